"""Lifecycle statuses (CRM状态): configure them, set them, and keep every change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, aliased

from crm_desktop.models import Customer, Staff, Status, StatusChange, utc_now
from crm_desktop.services import audit, validation
from crm_desktop.services.changes import Changes
from crm_desktop.services.errors import NotFound, ValidationError

CHUNK = 500


@dataclass(frozen=True)
class StatusInfo:
    id: int
    code: str | None
    name: str
    name_en: str | None
    color: str
    position: int
    active: bool


@dataclass(frozen=True)
class StatusHistoryRow:
    """One change of a customer's status; ``from_id`` None for the first status."""

    at: dt.datetime
    from_id: int | None
    from_name: str | None
    to_id: int
    to_name: str
    by_name: str | None


def _info(status: Status) -> StatusInfo:
    return StatusInfo(id=status.id, code=status.code, name=status.name, name_en=status.name_en,
                      color=status.color, position=status.position, active=status.active)


def list_statuses(session: Session, *, include_retired: bool = False) -> list[StatusInfo]:
    """Statuses in their configured order; retired ones only when asked."""
    query = select(Status).order_by(Status.position, Status.id)
    if not include_retired:
        query = query.where(Status.active)
    return [_info(status) for status in session.scalars(query)]


def default_status_id(session: Session) -> int:
    """The first active status: where a new customer starts."""
    status_id = session.scalar(
        select(Status.id).where(Status.active).order_by(Status.position, Status.id).limit(1)
    )
    if status_id is None:
        raise ValidationError("no_status", "There is no active status; add one in Settings.",
                              field="status_id")
    return status_id


def get_status(session: Session, *, id: int) -> StatusInfo:
    return _info(_load(session, id))


def add_status(
    session: Session, *, name: str, name_en: str | None = None, color: str = "#9e9e9e"
) -> StatusInfo:
    """Add a status at the end of the order."""
    status = Status(active=True)
    status.position = (session.scalar(select(func.max(Status.position))) or 0) + 1
    _set_names(session, status, name, name_en)
    status.color = validation.colour(color)
    session.add(status)
    session.flush()
    return _info(status)


def rename_status(
    session: Session, *, id: int, name: str, name_en: str | None = None
) -> StatusInfo:
    status = _load(session, id)
    _set_names(session, status, name, name_en)
    session.flush()
    return _info(status)


def recolour_status(session: Session, *, id: int, color: str) -> StatusInfo:
    """Set the colour (``#rrggbb``)."""
    status = _load(session, id)
    status.color = validation.colour(color)
    session.flush()
    return _info(status)


def reorder_statuses(session: Session, *, ids: Sequence[int]) -> list[StatusInfo]:
    """Put the statuses in the order of ``ids`` (every status, active or retired)."""
    statuses = {status.id: status for status in session.scalars(select(Status))}
    if sorted(ids) != sorted(statuses):
        raise ValidationError("bad_order", "The new order must list every status exactly once.",
                              field="ids")
    for position, status_id in enumerate(ids):
        statuses[status_id].position = position
    session.flush()
    return list_statuses(session, include_retired=True)


def retire_status(session: Session, *, id: int, retired: bool = True) -> StatusInfo:
    """Stop (or resume) offering a status; customers and history keep it."""
    status = _load(session, id)
    if retired and status.active:
        others = session.scalar(select(func.count()).where(Status.active, Status.id != id))
        if not others:
            raise ValidationError("last_status", "The last active status cannot be retired.",
                                  field="status_id")
    status.active = not retired
    session.flush()
    return _info(status)


def set_status(
    session: Session, *, customer_ids: Sequence[int], status_id: int,
    actor_id: int | None = None,
) -> Changes:
    """Set the status of these customers, recording a history row for each real change."""
    target = _load(session, status_id)
    names = dict(session.execute(select(Status.id, Status.name)).all())
    wanted = sorted({int(i) for i in customer_ids})
    current: list[tuple[int, int]] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        current.extend(session.execute(
            select(Customer.id, Customer.status_id)
            .where(Customer.id.in_(chunk), Customer.status_id != status_id)
        ).tuples())
    changed = [cid for cid, _ in current]
    if not changed:
        return Changes()
    now = utc_now()
    for start in range(0, len(changed), CHUNK):
        session.execute(
            update(Customer).where(Customer.id.in_(changed[start:start + CHUNK]))
            .values(status_id=target.id, updated_at=now, version=Customer.version + 1)
            .execution_options(synchronize_session=False)
        )
    record_changes(session, [(cid, old, target.id) for cid, old in current], at=now,
                   actor_id=actor_id)
    audit.record_many(session, [
        {"entity": "customer", "entity_id": cid, "action": "update", "field": "status",
         "old_value": names.get(old), "new_value": target.name, "staff_id": actor_id}
        for cid, old in current
    ])
    session.expire_all()
    return Changes(customer_ids=tuple(changed))


def statuses_of(session: Session, customer_ids: Sequence[int]) -> dict[int, int]:
    """The current status of each customer (for undo)."""
    found: dict[int, int] = {}
    wanted = sorted({int(i) for i in customer_ids})
    for start in range(0, len(wanted), CHUNK):
        found.update(session.execute(select(Customer.id, Customer.status_id).where(
            Customer.id.in_(wanted[start:start + CHUNK]))).all())
    return found


def record_changes(
    session: Session, changes: Sequence[tuple[int, int | None, int]], *,
    at: dt.datetime | None = None, actor_id: int | None = None,
) -> None:
    """Write history rows ``(customer_id, from_status_id, to_status_id)`` in one statement."""
    rows = [
        {"customer_id": cid, "from_status_id": old, "to_status_id": new,
         "changed_at": at or utc_now(), "changed_by_id": actor_id}
        for cid, old, new in changes if old != new
    ]
    if rows:
        session.execute(insert(StatusChange), rows)


def status_history(session: Session, *, customer_id: int) -> list[StatusHistoryRow]:
    """Every status change of a customer, oldest first."""
    before, after = aliased(Status), aliased(Status)
    rows = session.execute(
        select(StatusChange, before.name, after.name, Staff.name)
        .outerjoin(before, before.id == StatusChange.from_status_id)
        .join(after, after.id == StatusChange.to_status_id)
        .outerjoin(Staff, Staff.id == StatusChange.changed_by_id)
        .where(StatusChange.customer_id == customer_id)
        .order_by(StatusChange.changed_at, StatusChange.id)
    ).all()
    return [
        StatusHistoryRow(at=change.changed_at, from_id=change.from_status_id, from_name=old,
                         to_id=change.to_status_id, to_name=new, by_name=by)
        for change, old, new, by in rows
    ]


def _load(session: Session, id: int) -> Status:
    status = session.get(Status, id)
    if status is None:
        raise NotFound("status_not_found", f"There is no status with id {id}.", id=id)
    return status


def _set_names(session: Session, status: Status, name: str, name_en: str | None) -> None:
    clean = validation.required_text(name, field="name", max_length=60)
    clash = session.scalar(select(Status.id).where(Status.name == clean, Status.id != status.id))
    if clash is not None:
        raise ValidationError("duplicate_name", f"There is already a status “{clean}”.",
                              field="name", value=clean, what="status")
    status.name = clean
    status.name_en = validation.text(name_en, field="name_en", max_length=60)
