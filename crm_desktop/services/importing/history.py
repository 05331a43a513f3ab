"""The import history, and undoing a whole import.

Undo deletes the customers the import created (refused, naming them, when any has since
got orders, payments, deals, interactions, tasks, tickets or campaign memberships or
responses), restores the old values of the customers it updated or merged (a field the user
has changed since is left alone),
removes the contacts, tags and custom values it added to them and the statuses, staff,
tags and custom fields it created that nothing uses any more, and marks the batch undone.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Contact,
    Customer,
    CustomFieldDefinition,
    CustomFieldValue,
    ImportBatch,
    Staff,
    Status,
    Tag,
    customer_tags,
    utc_now,
)
from crm_desktop.services import audit
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.search_index import reindex_customers

#: Tables whose rows make a created customer more than imported data.
_ACTIVITY = ("orders", "payments", "deals", "interactions", "tasks", "tickets",
             "campaign_members", "campaign_responses")
CHUNK = 500


@dataclass(frozen=True)
class ImportBatchInfo:
    id: int
    file_name: str
    sheet: str | None
    imported_at: dt.datetime
    created: int
    updated: int
    merged: int
    skipped: int
    undone_at: dt.datetime | None

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None


def import_history(session: Session) -> list[ImportBatchInfo]:
    """Every import, newest first."""
    rows = session.scalars(select(ImportBatch).order_by(ImportBatch.imported_at.desc(),
                                                        ImportBatch.id.desc()))
    return [ImportBatchInfo(b.id, b.file_name, b.sheet, b.imported_at, b.created_count,
                            b.updated_count, b.merged_count, b.skipped_count, b.undone_at)
            for b in rows]


def undo_import(session: Session, batch_id: int, *,
                actor_id: int | None = None) -> ImportBatchInfo:
    """Undo a whole import in the caller's transaction; returns the batch, now undone.

    Every field put back gets an audit row naming ``actor_id`` (the staff member undoing).
    """
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound("no_such_import", f"There is no import number {batch_id}", id=batch_id)
    if batch.undone_at is not None:
        raise ValidationError("import_already_undone",
                              f"The import of {batch.file_name} was already undone",
                              id=batch_id, file=batch.file_name)
    record: dict[str, Any] = json.loads(batch.report or "{}")
    created = [cid for first, last in record.get("created", []) for cid in range(first, last + 1)]
    _refuse_if_used(session, created, batch.file_name)
    for start in range(0, len(created), CHUNK):
        chunk = created[start:start + CHUNK]
        session.execute(delete(Customer.__table__).where(
            Customer.__table__.c.id.in_(chunk), Customer.__table__.c.import_batch_id == batch_id))
    audit.detach_history(session, entity="customer", ids=created)  # their ids may come again
    for cid, tag_id in record.get("tags", []):
        session.execute(delete(customer_tags).where(customer_tags.c.customer_id == cid,
                                                    customer_tags.c.tag_id == tag_id))
    for cid, field_id in record.get("custom", []):
        session.execute(delete(CustomFieldValue.__table__).where(
            CustomFieldValue.customer_id == cid, CustomFieldValue.field_id == field_id))
    # their search documents name what is removed here, even where no field changed
    touched = {cid for cid, _ in record.get("tags", [])} | {
        cid for cid, _ in record.get("custom", [])}
    contact_ids = record.get("contacts", [])
    for start in range(0, len(contact_ids), CHUNK):
        chunk = contact_ids[start:start + CHUNK]
        touched.update(session.scalars(select(Contact.customer_id).where(Contact.id.in_(chunk))))
        session.execute(delete(Contact.__table__).where(Contact.__table__.c.id.in_(chunk)))
    restored = _restore(session, record.get("updated", {}), actor_id=actor_id)
    restored = [*restored, *sorted(touched - set(restored) - set(created))]
    _drop_created_lookups(session, record.get("lookups", {}))
    if len(created) > 1000 and session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM customer_search WHERE rowid NOT IN "
                             "(SELECT id FROM customers)"))
        reindex_customers(session, restored)
    else:
        reindex_customers(session, [*created, *restored])
    batch.undone_at = utc_now()
    session.flush()
    return next(info for info in import_history(session) if info.id == batch_id)


def _refuse_if_used(session: Session, created: list[int], file_name: str) -> None:
    used: set[int] = set()
    for start in range(0, len(created), CHUNK):
        chunk = ", ".join(str(int(cid)) for cid in created[start:start + CHUNK])
        for table in _ACTIVITY:
            used.update(session.scalars(text(
                f"SELECT DISTINCT customer_id FROM {table} WHERE customer_id IN ({chunk})")))
    if not used:
        return
    names = list(session.scalars(select(Customer.name).where(Customer.id.in_(sorted(used)[:5]))
                                 .order_by(Customer.name)))
    more = f" and {len(used) - len(names)} more" if len(used) > len(names) else ""
    raise ValidationError(
        "import_in_use",
        f"The import of {file_name} cannot be undone: {', '.join(names)}{more} have orders, "
        "payments, deals, campaigns or activities recorded since", customers=sorted(used),
        file=file_name, names=", ".join(names), count=len(used))


def _restore(session: Session, updated: dict[str, Any], *,
             actor_id: int | None) -> list[int]:
    """Put back the old value of every field the import changed and nobody changed since."""
    table = Customer.__table__
    restored: list[int] = []
    audits: list[dict[str, Any]] = []
    for key, change in updated.items():
        cid = int(key)
        current = session.execute(select(table).where(table.c.id == cid)).mappings().first()
        if current is None:
            continue
        values: dict[str, Any] = {}
        for column, new in change["new"].items():
            if _stored(column, new) == current[column]:
                values[column] = _stored(column, change["old"][column])
        untouched = current["version"] == change["version"]
        if not values and not untouched:
            continue  # saved by someone since, and none of the import's fields is left
        if untouched:  # also when only a contact, tag or custom value was added
            values["completeness"] = change["old"]["completeness"]
            values["updated_at"] = _stored("updated_at", change["old"]["updated_at"])
        # Always a new version, never the one before the import: an editor still holding
        # that older version must fail the optimistic-lock check, not overwrite the undo.
        audits += audit.diff_rows(
            "customer", cid, {column: current[column] for column in change["new"]
                              if column in values},
            {column: values[column] for column in change["new"] if column in values},
            staff_id=actor_id)
        values["version"] = current["version"] + 1
        session.execute(update(table).where(table.c.id == cid).values(values))
        restored.append(cid)
    audit.record_many(session, audits)
    return restored


def _stored(column: str, value: Any) -> Any:
    """A value from the JSON undo record in the column's Python type."""
    if value is None:
        return None
    if column == "birthday" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if column == "updated_at" and isinstance(value, str):
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return value


def _drop_created_lookups(session: Session, created: dict[str, list[int]]) -> None:
    """Remove the statuses, staff, tags and custom fields the import made, if unused now."""
    if ids := created.get("custom_fields"):
        used = select(CustomFieldValue.field_id).distinct()
        session.execute(delete(CustomFieldDefinition.__table__).where(
            CustomFieldDefinition.id.in_(ids), CustomFieldDefinition.id.not_in(used)))
    if ids := created.get("tags"):
        session.execute(delete(Tag.__table__).where(
            Tag.id.in_(ids), Tag.id.not_in(select(customer_tags.c.tag_id).distinct())))
    if ids := created.get("staff"):
        session.execute(delete(Staff.__table__).where(
            Staff.id.in_(ids), Staff.id.not_in(_staff_references())))
    if ids := created.get("statuses"):
        from crm_desktop.models import StatusChange

        in_use = select(Customer.status_id).union(select(StatusChange.to_status_id),
                                                  select(StatusChange.from_status_id).where(
                                                      StatusChange.from_status_id.is_not(None)))
        session.execute(delete(Status.__table__).where(Status.id.in_(ids),
                                                       Status.id.not_in(in_use)))


def _staff_references() -> Any:
    """Staff ids some record still points at (owners, and anything else holding staff_id)."""
    from crm_desktop.models import Base

    selects = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for key in column.foreign_keys:
                if key.column.table.name == "staff" and table.name != "staff":
                    selects.append(select(column).where(column.is_not(None)))
    return selects[0].union(*selects[1:]) if selects else select(func.null())

