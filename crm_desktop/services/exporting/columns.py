"""The columns of each kind of list in a spreadsheet, and a record's lines under them.

A column has a key, a header, a type (how a writer shows the value: text, phone, date,
datetime, int, money, bool) and a width. The headers are words the importer recognises
(``services/importing/mapping.py``), in English or in the caller's language, so an exported
sheet imports again without mapping a column by hand.

The customers sheet has one line per contact, the customer's own fields repeated on each
(a customer without contacts has one line): filtering or sorting in the spreadsheet keeps
every line whole, and the importer folds the lines of one customer back into one customer
with all its contacts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

TEXT, PHONE, DATE, DATETIME, INT, MONEY, BOOL = (
    "text", "phone", "date", "datetime", "int", "money", "bool")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    type: str = TEXT
    width: int = 16


#: key → (English header, type, width). Headers the importer maps without help.
CUSTOMER_COLUMNS: tuple[tuple[str, str, str, int], ...] = (
    ("id", "ID", INT, 8),
    ("name", "Customer Name", TEXT, 30),
    ("kind", "Type", TEXT, 10),
    ("company", "Company", TEXT, 30),
    ("status", "Status", TEXT, 12),
    ("owner", "Owner", TEXT, 12),
    ("industry", "Industry", TEXT, 14),
    ("size", "Size", TEXT, 10),
    ("region", "Region", TEXT, 12),
    ("city", "City", TEXT, 12),
    ("address", "Address", TEXT, 40),
    ("source", "Source", TEXT, 12),
    ("phones", "Phones", PHONE, 22),
    ("emails", "Emails", TEXT, 28),
    ("wechat", "WeChat", TEXT, 16),
    ("website", "Website", TEXT, 24),
    ("birthday", "Birthday", DATE, 12),
    ("notes", "Notes", TEXT, 40),
    ("tags", "Tags", TEXT, 20),
    ("contact_name", "Contact Name", TEXT, 14),
    ("contact_title", "Contact Title", TEXT, 14),
    ("contact_mobile", "Contact Mobile", PHONE, 18),
    ("contact_phone", "Contact Phone", PHONE, 18),
    ("contact_email", "Contact Email", TEXT, 26),
    ("contact_wechat", "Contact WeChat", TEXT, 16),
    ("marketing_consent", "Marketing Consent", BOOL, 10),
    ("completeness", "Completeness", INT, 10),
    ("created_at", "Created", DATETIME, 20),
    ("updated_at", "Updated", DATETIME, 20),
)
CONTACT_COLUMNS: tuple[tuple[str, str, str, int], ...] = (
    ("customer_id", "Customer ID", INT, 10),
    ("customer", "Customer Name", TEXT, 30),
    ("name", "Contact Name", TEXT, 14),
    ("title", "Contact Title", TEXT, 14),
    ("mobile", "Contact Mobile", PHONE, 18),
    ("phone", "Contact Phone", PHONE, 18),
    ("email", "Contact Email", TEXT, 26),
    ("wechat", "Contact WeChat", TEXT, 16),
    ("notes", "Contact Notes", TEXT, 40),
    ("is_primary", "Primary Contact", BOOL, 10),
    ("created_at", "Created", DATETIME, 20),
    ("updated_at", "Updated", DATETIME, 20),
)
KIND_COLUMNS = {"customers": CUSTOMER_COLUMNS, "contacts": CONTACT_COLUMNS}
#: The sheet of each kind (and the suffix of its file when a CSV holds one kind of several).
SHEET_NAMES = {"customers": "Customers", "contacts": "Contacts"}
ENGLISH_HEADERS = {f"{kind}.{key}": header for kind, columns in KIND_COLUMNS.items()
                   for key, header, _type, _width in columns}


def columns_of(kind: str, custom_labels: Sequence[str] = (),
               headers: Mapping[str, str] | None = None) -> list[Column]:
    """The columns of ``kind``; ``headers`` maps ``kind.key`` to a header in the user's
    language (English for those it lacks). Custom fields come last under their label."""
    headers = headers or {}
    columns = [Column(key, headers.get(f"{kind}.{key}") or header, type_, width)
               for key, header, type_, width in KIND_COLUMNS[kind]]
    if kind == "customers":
        columns += [Column(f"custom:{label}", label, TEXT, 16) for label in custom_labels]
    return columns


def customer_lines(records: Iterable[dict[str, Any]],
                   columns: Sequence[Column]) -> Iterator[list[Any]]:
    """One line per contact of each customer record (one for a customer without any)."""
    own = [column.key for column in columns if not column.key.startswith("contact_")]
    for record in records:
        base = {}
        for key in own:
            if key.startswith("custom:"):
                base[key] = record["custom_fields"].get(key[len("custom:"):])
                continue
            value = record.get(key)
            base[key] = "; ".join(value) if isinstance(value, list) else value
        for contact in record["contacts"] or [{}]:
            line = dict(base)
            for field in ("name", "title", "mobile", "phone", "email", "wechat"):
                line[f"contact_{field}"] = contact.get(field)
            yield [line.get(column.key) for column in columns]


def contact_lines(records: Iterable[dict[str, Any]],
                  columns: Sequence[Column]) -> Iterator[list[Any]]:
    for record in records:
        yield [record.get(column.key) for column in columns]
