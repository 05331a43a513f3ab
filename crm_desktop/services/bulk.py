"""Bulk edits of a selection of customers, each in one transaction (the caller's session)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.models import Contact, Customer, Staff, utc_now
from crm_desktop.services import audit, customers, statuses, tags
from crm_desktop.services.changes import Changes
from crm_desktop.services.completeness import completeness_score
from crm_desktop.services.customer_store import AUDITED_COLUMNS
from crm_desktop.services.errors import ValidationError

CHUNK = 500


def bulk_set_status(session: Session, *, ids: Sequence[int], status_id: int,
                    actor_id: int | None = None) -> Changes:
    return statuses.set_status(session, customer_ids=ids, status_id=status_id,
                               actor_id=actor_id)


def bulk_add_tag(session: Session, *, ids: Sequence[int], tag: str,
                 actor_id: int | None = None) -> Changes:
    return tags.add_tag(session, customer_ids=ids, name=tag, actor_id=actor_id)


def bulk_remove_tag(session: Session, *, ids: Sequence[int], tag: str,
                    actor_id: int | None = None) -> Changes:
    return tags.remove_tag(session, customer_ids=ids, name=tag, actor_id=actor_id)


def bulk_trash(session: Session, *, ids: Sequence[int], actor_id: int | None = None,
               ) -> Changes:
    return customers.trash_customers(session, ids=ids, actor_id=actor_id)


def owners_of(session: Session, ids: Sequence[int]) -> dict[int, int | None]:
    """The current owner of each customer (for undo)."""
    found: dict[int, int | None] = {}
    wanted = sorted({int(i) for i in ids})
    for start in range(0, len(wanted), CHUNK):
        found.update(session.execute(select(Customer.id, Customer.owner_id)
                                     .where(Customer.id.in_(wanted[start:start + CHUNK]))).all())
    return found


def bulk_set_owner(session: Session, *, ids: Sequence[int], owner_id: int | None,
                   actor_id: int | None = None) -> Changes:
    """Give these customers to ``owner_id`` (None: no owner); completeness follows."""
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    if owner_id is not None and owner_id not in names:
        raise ValidationError("unknown_owner", f"There is no staff member with id {owner_id}.",
                              field="owner_id", value=owner_id)
    before = owners_of(session, ids)
    changed = sorted(cid for cid, old in before.items() if old != owner_id)
    now = utc_now()
    for start in range(0, len(changed), CHUNK):
        session.execute(
            update(Customer).where(Customer.id.in_(changed[start:start + CHUNK]))
            .values(owner_id=owner_id, updated_at=now, version=Customer.version + 1)
            .execution_options(synchronize_session=False))
    recompute_completeness(session, changed)
    audit.record_many(session, [
        {"entity": "customer", "entity_id": cid, "action": "update", "field": "owner",
         "old_value": names.get(before[cid]) if before[cid] else None,
         "new_value": names.get(owner_id) if owner_id else None, "staff_id": actor_id}
        for cid in changed
    ])
    session.expire_all()
    return Changes(customer_ids=tuple(changed))


def recompute_completeness(session: Session, ids: Sequence[int]) -> None:
    """Store the completeness score of these customers again (after a bulk column change)."""
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        with_contacts = set(session.scalars(
            select(Contact.customer_id).where(Contact.customer_id.in_(chunk)).distinct()))
        columns = [getattr(Customer, name) for name in AUDITED_COLUMNS]
        rows = session.execute(select(Customer.id, *columns).where(Customer.id.in_(chunk)))
        for row in rows.mappings():
            values = dict(row)
            values["has_contact"] = row["id"] in with_contacts
            session.execute(update(Customer).where(Customer.id == row["id"])
                            .values(completeness=completeness_score(values))
                            .execution_options(synchronize_session=False))
