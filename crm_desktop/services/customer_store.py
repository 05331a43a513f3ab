"""The inside of the customer service: check a ``CustomerInput``, apply it, read it back.

``customers.py`` holds the public use cases; this module turns form values into column
values (raising ``ValidationError`` naming the field), keeps the derived columns
(completeness, pinyin, initials) in step, and snapshots a customer for the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Contact,
    Customer,
    CustomFieldValue,
    Staff,
    Status,
    Tag,
    utc_now,
)
from crm_desktop.models.customers import CUSTOMER_KINDS
from crm_desktop.services import custom_fields, tags, validation
from crm_desktop.services.completeness import completeness_score
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.pinyin import PinyinKeys, fitted, pinyin_keys

if TYPE_CHECKING:
    from crm_desktop.services.customers import ContactInput, CustomerInput

NOTES_MAX = 20_000
_TEXT_LIMITS = {
    "company": 200, "industry": 100, "size": 40, "region": 100, "city": 100, "address": 400,
    "source": 100, "wechat": 100, "website": 200,
}
_CONTACT_LIMITS = {"title": 100, "wechat": 100}
AUDITED_COLUMNS = (
    "kind", "name", "company", "industry", "size", "region", "city", "address", "source",
    "phones", "emails", "wechat", "website", "birthday", "notes", "marketing_consent",
    "status_id", "owner_id",
)


@dataclass
class CleanCustomer:
    """A checked ``CustomerInput``: column values, tag ids, stored custom texts, contacts."""

    columns: dict[str, Any]
    tag_ids: list[int]
    custom: dict[int, str | None]
    contacts: list[dict[str, Any]]


def check_input(session: Session, data: CustomerInput, *, customer_id: int | None) -> CleanCustomer:
    """Validate every field of ``data``; the first problem raises ``ValidationError``."""
    region = validation.phone_region(session)
    if data.kind not in CUSTOMER_KINDS:
        raise ValidationError("invalid_kind", "The kind must be “company” or “person”.",
                              field="kind", value=data.kind)
    columns: dict[str, Any] = {
        "kind": data.kind,
        "name": validation.required_text(data.name, field="name", max_length=200),
    }
    for name, limit in _TEXT_LIMITS.items():
        columns[name] = validation.text(getattr(data, name), field=name, max_length=limit)
    columns["notes"] = validation.text(data.notes, field="notes", max_length=NOTES_MAX,
                                       keep_newlines=True)
    columns["phones"] = _joined(validation.phones(data.phones, region=region), "phones", 200)
    columns["emails"] = _joined(validation.emails(data.emails), "emails", 300)
    columns["birthday"] = _birthday(data.birthday)
    columns["marketing_consent"] = bool(data.marketing_consent)
    columns["status_id"] = _status_id(session, data.status_id)
    columns["owner_id"] = _owner_id(session, data.owner_id)
    return CleanCustomer(
        columns=columns,
        tag_ids=tags.ensure_tags(session, names=list(data.tags)),
        custom=_custom(session, data.custom),
        contacts=_contacts(session, data.contacts, customer_id=customer_id, region=region),
    )


def apply(session: Session, customer: Customer, clean: CleanCustomer) -> None:
    """Write checked values onto ``customer`` (flushed, so it has an id afterwards)."""
    with session.no_autoflush:  # one UPDATE of the row, so the version moves on once
        tag_objects = list(session.scalars(select(Tag).where(Tag.id.in_(clean.tag_ids))))
        if customer.id is not None:
            customer.updated_at = utc_now()  # a row update even when only tags change
        for name, value in clean.columns.items():
            setattr(customer, name, value)
        customer.tags = tag_objects
        existing = {contact.id: contact for contact in customer.contacts}
        kept: list[Contact] = []
        for position, values in enumerate(clean.contacts):
            contact = existing.get(values["id"]) if values["id"] is not None else None
            if contact is None:
                contact = Contact()
            for name, value in values.items():
                if name != "id":
                    setattr(contact, name, value)
            contact.position = position
            kept.append(contact)
        customer.contacts = kept
        refresh_derived(customer)
    session.add(customer)
    session.flush()
    for field_id, stored in clean.custom.items():
        session.execute(delete(CustomFieldValue).where(
            CustomFieldValue.customer_id == customer.id, CustomFieldValue.field_id == field_id))
        if stored is not None:
            session.add(CustomFieldValue(customer_id=customer.id, field_id=field_id,
                                         value=stored))
    session.flush()


def refresh_derived(customer: Customer) -> None:
    """Recompute the stored completeness score and pinyin keys of ``customer``."""
    values = {name: getattr(customer, name) for name in AUDITED_COLUMNS}
    values["has_contact"] = bool(customer.contacts)
    customer.completeness = completeness_score(values)
    keys = customer_keys(" ".join(
        [customer.name, customer.company or "", *(c.name for c in customer.contacts)]))
    customer.pinyin = keys.pinyin or None
    customer.initials = keys.initials or None


def customer_keys(text: str) -> PinyinKeys:
    """Pinyin and initials of a customer's names, cut to fit ``customers.pinyin``/``initials``
    (PostgreSQL refuses longer values; SQLite would keep them)."""
    columns = Customer.__table__.c
    return fitted(pinyin_keys(text), pinyin_max=columns.pinyin.type.length,
                  initials_max=columns.initials.type.length)


def snapshot(session: Session, customer: Customer) -> dict[str, Any]:
    """The audited values of ``customer`` by field, for an old/new comparison."""
    values: dict[str, Any] = {name: getattr(customer, name) for name in AUDITED_COLUMNS}
    values["status_id"] = session.scalar(
        select(Status.name).where(Status.id == customer.status_id))
    values["owner_id"] = session.scalar(
        select(Staff.name).where(Staff.id == customer.owner_id)) if customer.owner_id else None
    values["status"] = values.pop("status_id")
    values["owner"] = values.pop("owner_id")
    values["tags"] = sorted(tag.name for tag in customer.tags)
    values["contacts"] = "\n".join(
        " ".join(part for part in (
            "*" if c.is_primary else "", c.name, c.title, c.mobile, c.phone, c.email, c.wechat,
        ) if part)
        for c in customer.contacts
    ) or None
    fields = custom_fields.fields_by_id(session)
    if customer.id is not None:
        for field_id, stored in session.execute(
            select(CustomFieldValue.field_id, CustomFieldValue.value)
            .where(CustomFieldValue.customer_id == customer.id)
        ).tuples():
            label = fields[field_id].label if field_id in fields else str(field_id)
            values[f"custom:{label}"] = stored
    return values


def load(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("customer_not_found", f"There is no customer with id {customer_id}.",
                       id=customer_id)
    return customer


def _joined(items: list[str], field: str, limit: int) -> str | None:
    text = "; ".join(items)
    if len(text) > limit:
        raise ValidationError(
            "too_many", f"Too many {field} for one customer; keep the main ones and put "
            "the rest on contacts.", field=field,
        )
    return text or None


def _birthday(value: dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not dt.date(1900, 1, 1) <= value <= dt.date.today():
        raise ValidationError("invalid_date", f"The birthday {value.isoformat()} is not possible.",
                              field="birthday", value=value.isoformat())
    return value


def _status_id(session: Session, status_id: int | None) -> int:
    if status_id is None:
        from crm_desktop.services.statuses import default_status_id

        return default_status_id(session)
    if session.get(Status, status_id) is None:
        raise ValidationError("unknown_status", f"There is no status with id {status_id}.",
                              field="status_id", value=status_id)
    return status_id


def _owner_id(session: Session, owner_id: int | None) -> int | None:
    if owner_id is not None and session.get(Staff, owner_id) is None:
        raise ValidationError("unknown_owner", f"There is no staff member with id {owner_id}.",
                              field="owner_id", value=owner_id)
    return owner_id


def _custom(session: Session, values: Any) -> dict[int, str | None]:
    fields = custom_fields.fields_by_id(session)
    clean: dict[int, str | None] = {}
    for field_id, value in dict(values).items():
        info = fields.get(int(field_id))
        if info is None:
            raise ValidationError("unknown_field", f"There is no custom field with id {field_id}.",
                                  field=f"custom.{field_id}", value=field_id)
        clean[info.id] = custom_fields.canonical_value(info, value)
    return clean


def _contacts(
    session: Session, contacts: Sequence[ContactInput], *, customer_id: int | None, region: str,
) -> list[dict[str, Any]]:
    own_ids: set[int] = set()
    if customer_id is not None:
        own_ids = set(session.scalars(
            select(Contact.id).where(Contact.customer_id == customer_id)))
    clean: list[dict[str, Any]] = []
    for index, contact in enumerate(contacts):
        where = f"contacts[{index + 1}]"
        if contact.id is not None and contact.id not in own_ids:
            raise ValidationError("unknown_contact", f"Contact {index + 1} belongs to another "
                                  "customer or no longer exists.", field=f"{where}.id")
        values: dict[str, Any] = {
            "id": contact.id,
            "name": validation.required_text(contact.name, field=f"{where}.name",
                                             max_length=100),
            "mobile": validation.one_phone(contact.mobile, region=region,
                                           field=f"{where}.mobile"),
            "phone": validation.one_phone(contact.phone, region=region, field=f"{where}.phone"),
            "email": validation.one_email(contact.email, field=f"{where}.email"),
            "notes": validation.text(contact.notes, field=f"{where}.notes", max_length=NOTES_MAX,
                                     keep_newlines=True),
            "is_primary": bool(contact.is_primary),
        }
        for name, limit in _CONTACT_LIMITS.items():
            values[name] = validation.text(getattr(contact, name), field=f"{where}.{name}",
                                           max_length=limit)
        clean.append(values)
    primaries = sum(1 for values in clean if values["is_primary"])
    if primaries > 1:
        raise ValidationError("several_primary", "Only one contact can be the primary contact.",
                              field="contacts")
    if clean and primaries == 0:
        clean[0]["is_primary"] = True  # the first contact is primary unless another is chosen
    return clean
