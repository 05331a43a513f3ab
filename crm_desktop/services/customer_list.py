"""The customer list: ids filtered and sorted in SQL, rows built a page at a time.

At 100,000 customers the view never holds more than the id list and the rows on
screen: ``customer_ids`` returns the ids in order (WHERE/ORDER BY in SQL, search through
``services.search``), ``customer_rows`` builds the rows of one page in one query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from crm_desktop.services.phone_display import shown_phone, shown_phones
from crm_desktop.services.search import PRIMARY_CONTACT_JOIN, match_subquery
from crm_desktop.services.validation import phone_region


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
    status_code: str | None = None  # with status_name_en: the default's name in English
    status_name_en: str | None = None
    phones_shown: tuple[str, ...] = ()  # ``phones`` (E.164) as people write them
    primary_contact_phone: str | None = None  # the contact's mobile (else phone), as shown
    primary_contact_email: str | None = None


@dataclass(frozen=True)
class Choice:
    id: int | None
    name: str
    color: str | None = None
    code: str | None = None  # statuses: see services/display_names.py
    name_en: str | None = None


@dataclass(frozen=True)
class FilterChoices:
    statuses: tuple[Choice, ...]
    tags: tuple[Choice, ...]
    owners: tuple[Choice, ...]
    industries: tuple[str, ...]
    regions: tuple[str, ...]
    sources: tuple[str, ...]


_SORT_SQL = {
    "name": "coalesce(nullif(c.pinyin, ''), lower(c.name))",
    "company": "c.company",
    "status": "s.position",
    "owner": "o.name",
    "phones": "c.phones",
    "emails": "c.emails",
    "industry": "c.industry",
    "region": "c.region",
    "city": "c.city",
    "source": "c.source",
    "completeness": "c.completeness",
    "created_at": "c.created_at",
    "updated_at": "c.updated_at",
}


def customer_ids(session: Session, query: CustomerQuery) -> list[int]:
    """The ids of the customers ``query`` selects, in its order (ties by id)."""
    where, params = _where(session, query)
    if query.sort_key not in _SORT_SQL:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    direction = "DESC" if query.descending else "ASC"
    joins = ""
    if query.sort_key == "status":
        joins = " JOIN statuses s ON s.id = c.status_id"
    elif query.sort_key == "owner":
        joins = " LEFT JOIN staff o ON o.id = c.owner_id"
    order = f"{_SORT_SQL[query.sort_key]} {direction}, c.id {direction}"
    statement = f"SELECT c.id FROM customers c{joins} WHERE {' AND '.join(where)} ORDER BY {order}"
    # 100k ids through SQLAlchemy's row objects cost ~2x the query itself: the driver's
    # own fetchall() skips the per-row calls (the sqlite3 driver takes the same :named
    # parameters; other drivers get the statement compiled to their style).
    if session.get_bind().dialect.name == "sqlite":
        result = session.connection().exec_driver_sql(statement, params)
    else:
        result = session.execute(sql(statement), params)
    try:
        return [row[0] for row in result.cursor.fetchall()]  # type: ignore[attr-defined]
    finally:
        result.close()


def _where(session: Session, query: CustomerQuery) -> tuple[list[str], dict[str, object]]:
    where = ["c.deleted_at IS NOT NULL" if query.trashed else "c.deleted_at IS NULL"]
    params: dict[str, object] = {}
    matched = match_subquery(session, query.text)
    if matched is not None:
        subquery, match_params = matched
        where.append(f"c.id IN ({subquery})")
        params.update(match_params)
    _in_list(where, params, "c.status_id", "status", [int(i) for i in query.status_ids])
    _in_list(where, params, "c.industry", "industry", list(query.industries))
    _in_list(where, params, "c.region", "region", list(query.regions))
    _in_list(where, params, "c.source", "source", list(query.sources))
    if query.owner_ids:
        owners = [int(i) for i in query.owner_ids if i is not None]
        parts = []
        if owners:
            names = _names(params, "owner", owners)
            parts.append(f"c.owner_id IN ({names})")
        if None in query.owner_ids:
            parts.append("c.owner_id IS NULL")
        where.append("(" + " OR ".join(parts) + ")")
    if query.tag_ids:
        names = _names(params, "tag", [int(i) for i in query.tag_ids])
        where.append(f"c.id IN (SELECT customer_id FROM customer_tags WHERE tag_id IN ({names}))")
    if query.created_from is not None:
        params["created_from"] = _utc_midnight(query.created_from)
        where.append("c.created_at >= :created_from")
    if query.created_to is not None:
        params["created_to"] = _utc_midnight(query.created_to + dt.timedelta(days=1))
        where.append("c.created_at < :created_to")
    return where, params


def _in_list(where: list[str], params: dict[str, object], column: str, prefix: str,
             values: list[object]) -> None:
    if values:
        where.append(f"{column} IN ({_names(params, prefix, values)})")


def _names(params: dict[str, object], prefix: str, values: Sequence[object]) -> str:
    names = []
    for index, value in enumerate(values):
        params[f"{prefix}{index}"] = value
        names.append(f":{prefix}{index}")
    return ", ".join(names)


def _utc_midnight(day: dt.date) -> str:
    """The start of ``day`` in the user's time zone, as the naive UTC text stored.

    A customer created at 07:00 in Beijing was created on that day, although it is still
    the day before in UTC.
    """
    local_midnight = dt.datetime.combine(day, dt.time()).astimezone()
    return local_midnight.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


_ROWS_SQL = f"""
SELECT c.id, c.name, c.company, c.status_id, s.name AS status_name, s.color AS status_color,
       s.code AS status_code, s.name_en AS status_name_en,
       o.name AS owner_name, c.phones, c.emails, c.industry, c.region, c.city, c.source,
       c.completeness, c.created_at, c.updated_at,
       pk.name AS primary_contact, coalesce(pk.mobile, pk.phone) AS primary_contact_phone,
       pk.email AS primary_contact_email
  FROM customers c
  JOIN statuses s ON s.id = c.status_id
  LEFT JOIN staff o ON o.id = c.owner_id
  {PRIMARY_CONTACT_JOIN}
"""


def customer_rows(session: Session, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """The list rows of these customers (a page, ~100 ids), in one query."""
    if not ids:
        return {}
    id_list = ", ".join(str(int(i)) for i in ids)
    rows = session.execute(sql(f"{_ROWS_SQL} WHERE c.id IN ({id_list})")).mappings()
    region = phone_region(session)
    tags = _tag_names(session, id_list)
    result: dict[int, CustomerRow] = {}
    for row in rows:
        phones = _split(row["phones"])
        result[row["id"]] = CustomerRow(
            id=row["id"], name=row["name"], company=row["company"], status_id=row["status_id"],
            status_name=row["status_name"], status_color=row["status_color"],
            owner_name=row["owner_name"], phones=phones,
            emails=_split(row["emails"]), primary_contact=row["primary_contact"],
            industry=row["industry"], region=row["region"], city=row["city"],
            source=row["source"], tags=tuple(tags.get(row["id"], ())),
            completeness=row["completeness"], created_at=_as_utc(row["created_at"]),
            updated_at=_as_utc(row["updated_at"]), status_code=row["status_code"],
            status_name_en=row["status_name_en"], phones_shown=shown_phones(phones, region),
            primary_contact_phone=shown_phone(row["primary_contact_phone"], region)
            if row["primary_contact_phone"] else None,
            primary_contact_email=row["primary_contact_email"],
        )
    return result


def _tag_names(session: Session, id_list: str) -> dict[int, list[str]]:
    """Tag names by customer, alphabetical (a second query: SQLite and PostgreSQL aggregate
    into JSON differently)."""
    names: dict[int, list[str]] = {}
    for customer_id, name in session.execute(sql(
            "SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
            f"WHERE ct.customer_id IN ({id_list}) ORDER BY ct.customer_id, t.name")):
        names.setdefault(customer_id, []).append(name)
    return names


def filter_choices(session: Session) -> FilterChoices:
    """The values the filter widgets offer: distinct industries, regions, sources, …"""
    def distinct(column: str) -> tuple[str, ...]:
        return tuple(session.scalars(sql(
            f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL "
            f"AND {column} <> '' ORDER BY {column}")))

    statuses = tuple(
        Choice(id=r.id, name=r.name, color=r.color, code=r.code, name_en=r.name_en)
        for r in session.execute(sql("SELECT id, name, color, code, name_en FROM statuses "
                                     "WHERE active ORDER BY position, id")))
    tags = tuple(Choice(id=r.id, name=r.name, color=r.color) for r in session.execute(sql(
        "SELECT id, name, color FROM tags ORDER BY name")))
    owners = tuple(Choice(id=r.id, name=r.name) for r in session.execute(sql(
        "SELECT id, name FROM staff WHERE active ORDER BY name")))
    return FilterChoices(statuses=statuses, tags=tags, owners=owners,
                         industries=distinct("industry"), regions=distinct("region"),
                         sources=distinct("source"))


def _split(stored: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (stored or "").split(";") if part.strip())


def _as_utc(value: object) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC)
