"""Reading what an export writes: one plain dict per customer or per contact.

Customers are read a page of ids at a time with one query each for the customers, their
contacts, tags and custom values (no ORM object per row), so 100k customers stream out in
bounded memory. Values stay typed (dates, datetimes, bools, ints); the writers decide how a
format shows them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Contact,
    Customer,
    CustomFieldDefinition,
    CustomFieldValue,
    Staff,
    Status,
    Tag,
    customer_tags,
)
from crm_desktop.services.progress import CancelCheck, Progress, check, never_cancelled, no_progress

PAGE = 2000
CUSTOMER_FIELDS = ("id", "name", "kind", "company", "status", "owner", "industry", "size",
                   "region", "city", "address", "source", "phones", "emails", "wechat",
                   "website", "birthday", "notes", "tags", "marketing_consent", "completeness",
                   "created_at", "updated_at")
CONTACT_FIELDS = ("name", "title", "mobile", "phone", "email", "wechat", "notes", "is_primary")


def custom_labels(session: Session) -> list[str]:
    """The labels of the custom fields, in the order the editor shows them."""
    return list(session.scalars(select(CustomFieldDefinition.label)
                                .order_by(CustomFieldDefinition.position,
                                          CustomFieldDefinition.id)))


def live_ids(session: Session, ids: Sequence[int] | None) -> list[int]:
    """The ids of the customers not in the trash: all by id, or those of ``ids`` in its
    order (the order of the list the user exported)."""
    query = select(Customer.id).where(Customer.deleted_at.is_(None)).order_by(Customer.id)
    if ids is None:
        return list(session.scalars(query))
    live = set(session.scalars(query))
    seen: set[int] = set()
    wanted = []
    for cid in ids:
        if cid in live and cid not in seen:
            seen.add(cid)
            wanted.append(cid)
    return wanted


def customer_records(session: Session, ids: Sequence[int], *, progress: Progress = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> Iterator[dict[str, Any]]:
    """One plain dict per customer, in ``ids`` order, read a page at a time."""
    table = Customer.__table__
    own = tuple(key for key in CUSTOMER_FIELDS if key in table.c)
    customers = (select(*(table.c[key] for key in own), Status.name, Staff.name)
                 .join(Status, Status.id == table.c.status_id)
                 .outerjoin(Staff, Staff.id == table.c.owner_id))
    people = select(Contact.customer_id, *(Contact.__table__.c[key] for key in CONTACT_FIELDS))
    labelled = select(customer_tags.c.customer_id, Tag.name).join(
        Tag, Tag.id == customer_tags.c.tag_id)
    fields = select(CustomFieldValue.customer_id, CustomFieldDefinition.label,
                    CustomFieldValue.value).join(CustomFieldDefinition)
    for start in range(0, len(ids), PAGE):
        check(cancelled)
        page = list(ids[start:start + PAGE])
        contacts: dict[int, list[dict[str, Any]]] = {}
        for cid, *values in session.execute(people.where(
                in_page(Contact.customer_id, page)).order_by(
                Contact.customer_id, Contact.position, Contact.id)):
            contacts.setdefault(cid, []).append(dict(zip(CONTACT_FIELDS, values, strict=True)))
        tags: dict[int, list[str]] = {}
        for cid, name in session.execute(labelled.where(
                in_page(customer_tags.c.customer_id, page)).order_by(Tag.name)):
            tags.setdefault(cid, []).append(name)
        custom: dict[int, dict[str, str]] = {}
        for cid, label, value in session.execute(
                fields.where(in_page(CustomFieldValue.customer_id, page))):
            custom.setdefault(cid, {})[label] = value
        rows = {row[0]: row for row in session.execute(customers.where(
            in_page(table.c.id, page)))}
        for cid in page:
            row = rows.get(cid)
            if row is None:
                continue
            record = dict(zip(own, row, strict=False))
            record.update(status=row[-2], owner=row[-1], phones=split_list(record["phones"]),
                          emails=split_list(record["emails"]), tags=tags.get(cid, []),
                          contacts=contacts.get(cid, []), custom_fields=custom.get(cid, {}))
            yield record
        progress(min(len(ids), start + PAGE), len(ids))


def contact_records(session: Session, ids: Sequence[int], *, progress: Progress = no_progress,
                    cancelled: CancelCheck = never_cancelled) -> Iterator[dict[str, Any]]:
    """One plain dict per contact of the customers ``ids`` (in that order), with the
    customer's id and name, read a page of customers at a time."""
    table = Contact.__table__
    query = (select(Contact.customer_id, Customer.name,
                    *(table.c[key] for key in CONTACT_FIELDS), Contact.created_at,
                    Contact.updated_at)
             .join(Customer, Customer.id == Contact.customer_id))
    keys = ("customer_id", "customer", *CONTACT_FIELDS, "created_at", "updated_at")
    for start in range(0, len(ids), PAGE):
        check(cancelled)
        page = list(ids[start:start + PAGE])
        found: dict[int, list[dict[str, Any]]] = {}
        for row in session.execute(query.where(in_page(Contact.customer_id, page)).order_by(
                Contact.customer_id, Contact.position, Contact.id)):
            found.setdefault(row[0], []).append(dict(zip(keys, row, strict=True)))
        for cid in page:
            yield from found.get(cid, ())
        progress(min(len(ids), start + PAGE), len(ids))


def in_page(column: Any, page: list[int]) -> Any:
    """``column`` among the ids of ``page``: a range when they are about consecutive (a page
    of the whole list; rows of ids in the range but not in the page are never looked up),
    else a list of ids."""
    low, high = min(page), max(page)
    if high - low < 2 * len(page):
        return column.between(low, high)
    return column.in_(page)


def split_list(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]
