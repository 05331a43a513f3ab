"""Exporting customers to .json, .xlsx and .csv.

Customers are read a page of ids at a time with one query each for the customers, their
contacts, tags and custom values (no ORM object per row), so 100k customers stream out in
bounded memory. JSON holds plain values: dates as ISO strings, phones as a list in E.164,
emails as a list, tags, contacts and custom fields by label. Spreadsheets get a styled,
frozen, filterable header, real date and number cells, and text that could be read as a
formula (= + - @) is prefixed with ' so opening the file never runs anything.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
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
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.progress import CancelCheck, Progress, check, never_cancelled, no_progress

PAGE = 2000
FORMATS = (".json", ".xlsx", ".csv")
_FIELDS = ("id", "name", "kind", "company", "status", "owner", "industry", "size", "region",
           "city", "address", "source", "phones", "emails", "wechat", "website", "birthday",
           "notes", "tags", "marketing_consent", "completeness", "created_at", "updated_at")
_CONTACT_FIELDS = ("name", "title", "mobile", "phone", "email", "wechat", "notes", "is_primary")
_WIDTHS = {"id": 8, "name": 30, "kind": 10, "company": 30, "address": 40, "notes": 40,
           "phones": 22, "emails": 28, "tags": 20, "contacts": 40, "created_at": 20,
           "updated_at": 20, "birthday": 12}
#: Text that cannot be a formula however a spreadsheet reads it: a phone number, a number.
_HARMLESS = re.compile(r"[+\-]?[\d\s().;,+\-]*")


def export_customers(session: Session, path: str | Path, *, ids: Sequence[int] | None = None,
                     progress: Progress = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> int:
    """Write the live customers (or those in ``ids``) to ``path``; returns how many.

    The format follows the suffix (.json, .xlsx, .csv). The file appears only when it is
    complete (written beside it, then renamed).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("export_format", f"Cannot export to {path.name}: use a .json, "
                              ".xlsx or .csv file name", path=str(path))
    labels = list(session.scalars(select(CustomFieldDefinition.label)
                                  .order_by(CustomFieldDefinition.position,
                                            CustomFieldDefinition.id)))
    all_ids = _ids(session, ids)
    records = customer_records(session, all_ids, progress=progress, cancelled=cancelled)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        if suffix == ".json":
            _write_json(partial, records)
        elif suffix == ".csv":
            _write_csv(partial, records, labels)
        else:
            _write_xlsx(partial, records, labels)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return len(all_ids)


def _ids(session: Session, ids: Sequence[int] | None) -> list[int]:
    query = select(Customer.id).where(Customer.deleted_at.is_(None)).order_by(Customer.id)
    if ids is None:
        return list(session.scalars(query))
    wanted = set(ids)
    return [cid for cid in session.scalars(query) if cid in wanted]


def customer_records(session: Session, ids: Sequence[int], *, progress: Progress = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> Iterator[dict[str, Any]]:
    """One plain dict per customer, in ``ids`` order, read a page at a time."""
    table = Customer.__table__
    own = tuple(key for key in _FIELDS if key in table.c)
    customers = (select(*(table.c[key] for key in own), Status.name, Staff.name)
                 .join(Status, Status.id == table.c.status_id)
                 .outerjoin(Staff, Staff.id == table.c.owner_id))
    people = select(Contact.customer_id, *(Contact.__table__.c[key] for key in _CONTACT_FIELDS))
    labelled = select(customer_tags.c.customer_id, Tag.name).join(
        Tag, Tag.id == customer_tags.c.tag_id)
    fields = select(CustomFieldValue.customer_id, CustomFieldDefinition.label,
                    CustomFieldValue.value).join(CustomFieldDefinition)
    for start in range(0, len(ids), PAGE):
        check(cancelled)
        page = list(ids[start:start + PAGE])
        contacts: dict[int, list[dict[str, Any]]] = {}
        for cid, *values in session.execute(people.where(
                _in_page(Contact.customer_id, page)).order_by(
                Contact.customer_id, Contact.position, Contact.id)):
            contacts.setdefault(cid, []).append(dict(zip(_CONTACT_FIELDS, values, strict=True)))
        tags: dict[int, list[str]] = {}
        for cid, name in session.execute(labelled.where(
                _in_page(customer_tags.c.customer_id, page)).order_by(Tag.name)):
            tags.setdefault(cid, []).append(name)
        custom: dict[int, dict[str, str]] = {}
        for cid, label, value in session.execute(
                fields.where(_in_page(CustomFieldValue.customer_id, page))):
            custom.setdefault(cid, {})[label] = value
        rows = {row[0]: row for row in session.execute(customers.where(
            _in_page(table.c.id, page)))}
        for cid in page:
            row = rows.get(cid)
            if row is None:
                continue
            record = dict(zip(own, row, strict=False))
            record.update(status=row[-2], owner=row[-1], phones=_split(record["phones"]),
                          emails=_split(record["emails"]), tags=tags.get(cid, []),
                          contacts=contacts.get(cid, []), custom_fields=custom.get(cid, {}))
            yield record
        progress(min(len(ids), start + PAGE), len(ids))


def _in_page(column: Any, page: list[int]) -> Any:
    """``column`` among the ids of ``page``: a range when they are about consecutive (a page
    of the whole list; rows of ids in the range but not in the page are never looked up),
    else a list of ids."""
    low, high = min(page), max(page)
    if high - low < 2 * len(page):
        return column.between(low, high)
    return column.in_(page)


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_json(path: Path, records: Iterator[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("[")
        for number, record in enumerate(records):
            handle.write(",\n" if number else "\n")
            handle.write(json.dumps(record, ensure_ascii=False, default=_plain))
        handle.write("\n]\n")


def _columns(labels: list[str]) -> list[str]:
    return [*_FIELDS, "contacts", *labels]


def _flat(record: dict[str, Any], labels: list[str]) -> list[Any]:
    """One spreadsheet line: lists joined with "; ", contacts as "name mobile email"."""
    values: list[Any] = []
    for key in _FIELDS:
        value = record.get(key)
        if isinstance(value, list):
            value = "; ".join(value)
        values.append(value)
    values.append("; ".join(" ".join(str(c[k]) for k in ("name", "mobile", "email") if c[k])
                            for c in record["contacts"]))
    values += [record["custom_fields"].get(label) for label in labels]
    return values


def safe_text(value: Any) -> Any:
    """Text that a spreadsheet would take as a formula gets a leading '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not (
            value[:1] != "=" and _HARMLESS.fullmatch(value)):
        return "'" + value
    return value


def _write_csv(path: Path, records: Iterator[dict[str, Any]], labels: list[str]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_columns(labels))
        for record in records:
            writer.writerow([safe_text(_plain(value)) for value in _flat(record, labels)])


def _write_xlsx(path: Path, records: Iterator[dict[str, Any]], labels: list[str]) -> None:
    """xlsxwriter in constant-memory mode: each row goes to disk as it is written, one
    format per column (dates) made once, and text is always written as text, so nothing
    in a cell is ever read as a formula (risky text also gets Excel's quote prefix)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                           "strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    try:
        sheet = book.add_worksheet("Customers")
        columns = _columns(labels)
        header = book.add_format({"bold": True, "font_color": "#FFFFFF",
                                  "bg_color": "#305496", "pattern": 1, "valign": "vcenter"})
        quoted = book.add_format({"quote_prefix": True})
        stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        for number, name in enumerate(columns):
            sheet.set_column(number, number, _WIDTHS.get(name, 16))
        sheet.freeze_panes(1, 0)
        for number, name in enumerate(columns):
            sheet.write_string(0, number, name, header)
        write_string, write_number = sheet.write_string, sheet.write_number
        write_datetime, write_boolean = sheet.write_datetime, sheet.write_boolean
        line = 0
        for record in records:
            line += 1
            for number, value in enumerate(_flat(record, labels)):
                kind = type(value)
                if value is None:
                    continue
                if kind is str:
                    if value[:1] in ("=", "+", "-", "@"):
                        write_string(line, number, value, quoted)
                    elif value:
                        write_string(line, number, value)
                elif kind is bool:
                    write_boolean(line, number, value)
                elif kind is int or kind is float:
                    write_number(line, number, value)
                elif kind is dt.datetime:
                    # Excel has no time zones: local time, as the user reads it elsewhere.
                    write_datetime(line, number, value.astimezone().replace(tzinfo=None),
                                   stamp)
                elif kind is dt.date:
                    write_datetime(line, number, value, day)
                else:
                    write_string(line, number, str(value))
        sheet.autofilter(0, 0, line, len(columns) - 1)
    finally:
        book.close()
