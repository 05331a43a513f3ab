"""The customer list: ids filtered and sorted in SQL, rows built a page at a time.

At 100,000 customers the view never holds more than the id list and the rows on
screen: ``customer_ids`` returns the ids in order (WHERE/ORDER BY in SQL, search through
``services.search``), ``customer_rows`` builds the rows of one page in one query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: str  # English; views translate
    sortable: bool = True


LIST_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("name", "Name"),
    ListColumn("company", "Company"),
    ListColumn("status", "Status"),
    ListColumn("owner", "Owner"),
    ListColumn("phones", "Phones"),
    ListColumn("emails", "Emails"),
    ListColumn("primary_contact", "Primary contact", sortable=False),
    ListColumn("industry", "Industry"),
    ListColumn("region", "Region"),
    ListColumn("city", "City"),
    ListColumn("source", "Source"),
    ListColumn("tags", "Tags", sortable=False),
    ListColumn("completeness", "Completeness"),
    ListColumn("created_at", "Created"),
    ListColumn("updated_at", "Updated"),
)
SORT_KEYS: tuple[str, ...] = tuple(column.key for column in LIST_COLUMNS if column.sortable)


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: search text, filters (empty = any) and the sort order."""

    text: str = ""
    status_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    owner_ids: tuple[int | None, ...] = ()  # None in the tuple = "no owner"
    industries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    created_from: dt.date | None = None
    created_to: dt.date | None = None  # inclusive
    trashed: bool = False
    sort_key: str = "created_at"
    descending: bool = True


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    company: str | None
    status_id: int
    status_name: str
    status_color: str
    owner_name: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    primary_contact: str | None
    industry: str | None
    region: str | None
    city: str | None
    source: str | None
    tags: tuple[str, ...]
    completeness: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class Choice:
    id: int | None
    name: str
    color: str | None = None


@dataclass(frozen=True)
class FilterChoices:
    statuses: tuple[Choice, ...]
    tags: tuple[Choice, ...]
    owners: tuple[Choice, ...]
    industries: tuple[str, ...]
    regions: tuple[str, ...]
    sources: tuple[str, ...]


def customer_ids(session: Session, query: CustomerQuery) -> list[int]:
    """The ids of the customers ``query`` selects, in its order (ties by id)."""
    raise NotImplementedError


def customer_rows(session: Session, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """The list rows of these customers (a page, ~100 ids), in one query."""
    raise NotImplementedError


def filter_choices(session: Session) -> FilterChoices:
    """The values the filter widgets offer: distinct industries, regions, sources, …"""
    raise NotImplementedError
