"""Customers and their contacts: create, read, edit, trash, restore (客户资料管理).

Every write validates its input, recomputes the completeness score and the pinyin search
keys, refreshes the search index in the same transaction and writes one audit row per
changed field. Views get frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Customer,
    CustomFieldValue,
    Order,
    Payment,
    Staff,
    Status,
    utc_now,
)
from crm_desktop.services import audit, custom_fields, statuses
from crm_desktop.services import customer_store as store
from crm_desktop.services.changes import Changes
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.search_index import reindex_customers

ENTITY = "customer"
CHUNK = 500

CustomValue = str | int | float | bool | dt.date


@dataclass(frozen=True)
class ContactInput:
    """A contact as the edit form gives it; ``id`` None means a new contact."""

    name: str
    id: int | None = None
    title: str | None = None
    mobile: str | None = None
    phone: str | None = None
    email: str | None = None
    wechat: str | None = None
    notes: str | None = None
    is_primary: bool = False


@dataclass(frozen=True)
class CustomerInput:
    """Everything the edit form can set. Phones and emails are raw user text, one per item.

    ``status_id`` None means the first active status; ``tags`` are tag names (created when
    new); ``custom`` maps a custom field id to its value (None or "" clears it).
    """

    name: str
    kind: str = "company"
    company: str | None = None
    industry: str | None = None
    size: str | None = None
    region: str | None = None
    city: str | None = None
    address: str | None = None
    source: str | None = None
    phones: Sequence[str] = ()
    emails: Sequence[str] = ()
    wechat: str | None = None
    website: str | None = None
    birthday: dt.date | None = None
    notes: str | None = None
    marketing_consent: bool = False
    status_id: int | None = None
    owner_id: int | None = None
    tags: Sequence[str] = ()
    custom: Mapping[int, Any] = field(default_factory=dict)
    contacts: Sequence[ContactInput] = ()


@dataclass(frozen=True)
class ContactDetail:
    id: int
    name: str
    title: str | None
    mobile: str | None
    phone: str | None
    email: str | None
    wechat: str | None
    notes: str | None
    is_primary: bool


@dataclass(frozen=True)
class CustomerDetail:
    """One customer as stored: phones in E.164, emails lower-case, custom values typed."""

    id: int
    kind: str
    name: str
    company: str | None
    industry: str | None
    size: str | None
    region: str | None
    city: str | None
    address: str | None
    source: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    wechat: str | None
    website: str | None
    birthday: dt.date | None
    notes: str | None
    marketing_consent: bool
    status_id: int
    status_name: str
    status_color: str
    owner_id: int | None
    owner_name: str | None
    tags: tuple[str, ...]
    custom: Mapping[int, CustomValue]
    contacts: tuple[ContactDetail, ...]
    completeness: int
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    deleted_at: dt.datetime | None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def to_input(self) -> CustomerInput:
        """The values of this customer as an edit form would submit them unchanged."""
        return CustomerInput(
            name=self.name, kind=self.kind, company=self.company, industry=self.industry,
            size=self.size, region=self.region, city=self.city, address=self.address,
            source=self.source, phones=self.phones, emails=self.emails, wechat=self.wechat,
            website=self.website, birthday=self.birthday, notes=self.notes,
            marketing_consent=self.marketing_consent, status_id=self.status_id,
            owner_id=self.owner_id, tags=self.tags, custom=dict(self.custom),
            contacts=tuple(
                ContactInput(id=c.id, name=c.name, title=c.title, mobile=c.mobile,
                             phone=c.phone, email=c.email, wechat=c.wechat, notes=c.notes,
                             is_primary=c.is_primary)
                for c in self.contacts
            ),
        )


@dataclass(frozen=True)
class TrashedCustomer:
    id: int
    name: str
    company: str | None
    deleted_at: dt.datetime


def create_customer(session: Session, *, data: CustomerInput,
                    actor_id: int | None = None) -> CustomerDetail:
    """Validate and store a new customer; raises ``ValidationError`` naming the bad field.

    ``actor_id`` (every write takes it) is the staff member doing it, for the history.
    """
    clean = store.check_input(session, data, customer_id=None)
    customer = Customer()
    store.apply(session, customer, clean)
    statuses.record_changes(session, [(customer.id, None, customer.status_id)],
                            actor_id=actor_id)
    audit.record(session, entity=ENTITY, entity_id=customer.id, action="create",
                 new_value=customer.name, staff_id=actor_id)
    reindex_customers(session, [customer.id])
    return get_customer(session, id=customer.id)


def get_customer(session: Session, *, id: int) -> CustomerDetail:
    """The customer ``id`` (also when in the trash); raises ``NotFound``."""
    return _detail(session, store.load(session, id))


def update_customer(
    session: Session, *, id: int, data: CustomerInput, expected_version: int,
    actor_id: int | None = None,
) -> CustomerDetail:
    """Replace the customer's values with ``data``.

    ``expected_version`` is the ``version`` the form was loaded with; if someone saved in
    between, raises ``ValidationError`` code ``stale_version`` and changes nothing.
    Tags and contacts are replaced by the lists given (a contact left out is removed);
    ``custom`` changes only the fields it names (None or "" clears one).
    """
    customer = store.load(session, id)
    if customer.version != expected_version:
        raise ValidationError(
            "stale_version",
            f"“{customer.name}” was changed elsewhere after you opened it; "
            "reopen it to see the changes, then edit again.",
            id=id, expected=expected_version, actual=customer.version, name=customer.name,
        )
    if customer.deleted_at is not None:
        raise ValidationError(
            "in_trash", f"“{customer.name}” is in the trash; restore it before editing.", id=id,
            name=customer.name)
    clean = store.check_input(session, data, customer_id=id)
    before = store.snapshot(session, customer)
    old_status = customer.status_id
    store.apply(session, customer, clean)
    statuses.record_changes(session, [(id, old_status, customer.status_id)],
                            actor_id=actor_id)
    audit.record_many(session, audit.diff_rows(ENTITY, id, before,
                                               store.snapshot(session, customer),
                                               staff_id=actor_id))
    reindex_customers(session, [id])
    return get_customer(session, id=id)


def trash_customers(session: Session, *, ids: Sequence[int],
                    actor_id: int | None = None) -> Changes:
    """Move customers to the trash; their history stays and they can be restored."""
    return _set_trashed(session, ids, trashed=True, actor_id=actor_id)


def restore_customers(session: Session, *, ids: Sequence[int],
                      actor_id: int | None = None) -> Changes:
    """Bring customers back from the trash."""
    return _set_trashed(session, ids, trashed=False, actor_id=actor_id)


def empty_trash(session: Session, *, actor_id: int | None = None) -> Changes:
    """Delete every trashed customer for good (contacts and history go with them).

    Customers with orders or payments stay in the trash (money records are never deleted
    with them); ``Changes.skipped`` names them.
    """
    trashed = list(session.scalars(select(Customer.id).where(Customer.deleted_at.is_not(None))))
    blocked = set(session.scalars(select(Order.customer_id).where(
        Order.customer_id.in_(select(Customer.id).where(Customer.deleted_at.is_not(None))))))
    blocked |= set(session.scalars(select(Payment.customer_id).where(
        Payment.customer_id.in_(select(Customer.id).where(Customer.deleted_at.is_not(None))))))
    doomed = [cid for cid in trashed if cid not in blocked]
    for start in range(0, len(doomed), CHUNK):
        chunk = doomed[start:start + CHUNK]
        session.execute(delete(Customer).where(Customer.id.in_(chunk))
                        .execution_options(synchronize_session=False))
    session.expire_all()
    reindex_customers(session, doomed)
    audit.record_many(session, [
        {"entity": ENTITY, "entity_id": cid, "action": "delete", "staff_id": actor_id}
        for cid in doomed
    ])
    audit.detach_history(session, entity=ENTITY, ids=doomed)
    return Changes(customer_ids=tuple(doomed), skipped=tuple(sorted(blocked)))


def list_trash(session: Session) -> list[TrashedCustomer]:
    """The customers in the trash, most recently trashed first."""
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.company, Customer.deleted_at)
        .where(Customer.deleted_at.is_not(None))
        .order_by(Customer.deleted_at.desc(), Customer.id.desc())
    ).tuples()
    return [TrashedCustomer(id=i, name=n, company=c, deleted_at=d) for i, n, c, d in rows]


def _set_trashed(session: Session, ids: Sequence[int], *, trashed: bool,
                 actor_id: int | None) -> Changes:
    wanted = sorted({int(i) for i in ids})
    state = Customer.deleted_at.is_(None) if trashed else Customer.deleted_at.is_not(None)
    changed: list[int] = []
    now = utc_now()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        found = list(session.scalars(select(Customer.id).where(Customer.id.in_(chunk), state)))
        if found:
            session.execute(
                update(Customer).where(Customer.id.in_(found))
                .values(deleted_at=now if trashed else None, updated_at=now,
                        version=Customer.version + 1)
                .execution_options(synchronize_session=False)
            )
            changed.extend(found)
    session.expire_all()
    action = "trash" if trashed else "restore"
    audit.record_many(session, [
        {"entity": ENTITY, "entity_id": cid, "action": action, "staff_id": actor_id}
        for cid in changed
    ])
    return Changes(customer_ids=tuple(changed))


def _detail(session: Session, customer: Customer) -> CustomerDetail:
    status_name, status_color = session.execute(
        select(Status.name, Status.color).where(Status.id == customer.status_id)).one()
    owner_name = session.scalar(select(Staff.name).where(Staff.id == customer.owner_id)) \
        if customer.owner_id is not None else None
    fields = custom_fields.fields_by_id(session)
    custom = {
        field_id: custom_fields.typed_value(fields[field_id].kind, value)
        for field_id, value in session.execute(
            select(CustomFieldValue.field_id, CustomFieldValue.value)
            .where(CustomFieldValue.customer_id == customer.id)
        ).tuples()
        if field_id in fields
    }
    return CustomerDetail(
        id=customer.id, kind=customer.kind, name=customer.name, company=customer.company,
        industry=customer.industry, size=customer.size, region=customer.region,
        city=customer.city, address=customer.address, source=customer.source,
        phones=split_list(customer.phones), emails=split_list(customer.emails),
        wechat=customer.wechat, website=customer.website, birthday=customer.birthday,
        notes=customer.notes, marketing_consent=customer.marketing_consent,
        status_id=customer.status_id, status_name=status_name, status_color=status_color,
        owner_id=customer.owner_id, owner_name=owner_name,
        tags=tuple(tag.name for tag in customer.tags), custom=custom,
        contacts=tuple(
            ContactDetail(id=c.id, name=c.name, title=c.title, mobile=c.mobile, phone=c.phone,
                          email=c.email, wechat=c.wechat, notes=c.notes,
                          is_primary=c.is_primary)
            for c in customer.contacts
        ),
        completeness=customer.completeness, created_at=customer.created_at,
        updated_at=customer.updated_at, version=customer.version,
        deleted_at=customer.deleted_at,
    )


def split_list(stored: str | None) -> tuple[str, ...]:
    """Stored "a; b" as ("a", "b")."""
    return tuple(part.strip() for part in (stored or "").split(";") if part.strip())
