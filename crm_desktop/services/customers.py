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

from sqlalchemy.orm import Session

from crm_desktop.services.changes import Changes

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
        raise NotImplementedError


@dataclass(frozen=True)
class TrashedCustomer:
    id: int
    name: str
    company: str | None
    deleted_at: dt.datetime


def create_customer(session: Session, *, data: CustomerInput) -> CustomerDetail:
    """Validate and store a new customer; raises ``ValidationError`` naming the bad field."""
    raise NotImplementedError


def get_customer(session: Session, *, id: int) -> CustomerDetail:
    """The customer ``id`` (also when in the trash); raises ``NotFound``."""
    raise NotImplementedError


def update_customer(
    session: Session, *, id: int, data: CustomerInput, expected_version: int
) -> CustomerDetail:
    """Replace the customer's values with ``data``.

    ``expected_version`` is the ``version`` the form was loaded with; if someone saved in
    between, raises ``ValidationError`` code ``stale_version`` and changes nothing.
    """
    raise NotImplementedError


def trash_customers(session: Session, *, ids: Sequence[int]) -> Changes:
    """Move customers to the trash; their history stays and they can be restored."""
    raise NotImplementedError


def restore_customers(session: Session, *, ids: Sequence[int]) -> Changes:
    """Bring customers back from the trash."""
    raise NotImplementedError


def empty_trash(session: Session) -> Changes:
    """Delete every trashed customer for good (contacts and history go with them)."""
    raise NotImplementedError


def list_trash(session: Session) -> list[TrashedCustomer]:
    """The customers in the trash, most recently trashed first."""
    raise NotImplementedError
