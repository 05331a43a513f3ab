"""The audit history: one row per changed field of a record, kept forever."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import AuditEntry, Staff, utc_now


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    action: str  # create, update, trash, restore, delete
    field: str | None
    old_value: str | None
    new_value: str | None
    staff_name: str | None


def as_text(value: Any) -> str | None:
    """How a value is written in the history: ISO dates, "yes"/"no", lists joined by "; "."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value) or None
    text = str(value)
    return text if text != "" else None


def record(
    session: Session, *, entity: str, entity_id: int, action: str, field: str | None = None,
    old_value: object = None, new_value: object = None, staff_id: int | None = None,
) -> None:
    """Add one audit row (values are written as text)."""
    record_many(session, [{
        "entity": entity, "entity_id": entity_id, "action": action, "field": field,
        "old_value": old_value, "new_value": new_value, "staff_id": staff_id,
    }])


def record_many(session: Session, rows: list[Mapping[str, Any]]) -> None:
    """Add many audit rows in one statement (bulk edits of thousands of customers)."""
    if not rows:
        return
    now = utc_now()
    session.execute(insert(AuditEntry), [
        {
            "at": now, "entity": row["entity"], "entity_id": row["entity_id"],
            "action": row["action"], "field": row.get("field"),
            "old_value": as_text(row.get("old_value")),
            "new_value": as_text(row.get("new_value")), "staff_id": row.get("staff_id"),
        }
        for row in rows
    ])


def diff_rows(
    entity: str, entity_id: int, old: Mapping[str, Any], new: Mapping[str, Any], *,
    staff_id: int | None = None,
) -> list[dict[str, Any]]:
    """One "update" row per key whose text differs between ``old`` and ``new``."""
    rows = []
    for key in dict.fromkeys([*old, *new]):
        before, after = as_text(old.get(key)), as_text(new.get(key))
        if before != after:
            rows.append({"entity": entity, "entity_id": entity_id, "action": "update",
                         "field": key, "old_value": before, "new_value": after,
                         "staff_id": staff_id})
    return rows


def history(session: Session, *, entity: str, entity_id: int) -> list[AuditRow]:
    """Every audit row of one record, newest first."""
    rows = session.execute(
        select(AuditEntry, Staff.name)
        .outerjoin(Staff, AuditEntry.staff_id == Staff.id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    ).all()
    return [
        AuditRow(at=entry.at, action=entry.action, field=entry.field,
                 old_value=entry.old_value, new_value=entry.new_value, staff_name=name)
        for entry, name in rows
    ]


def detach_history(session: Session, *, entity: str, ids: Sequence[int]) -> None:
    """Keep the audit rows of records deleted for good, but under ``<entity>:erased``.

    SQLite may give a deleted row's id to the next new record; without this, a new
    customer would show (and leak) the history of the one erased before it.
    """
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(chunk))
            .values(entity=f"{entity}:erased")
            .execution_options(synchronize_session=False)
        )
