"""Export of every customer to .xlsx, against openpyxl write-only (DESIGN.md's target) and
xlsxwriter constant-memory (the library the export uses) writing the same lines.

The export writes one line per contact (a customer without contacts: one line) with the
customer's fields, status and owner names, tags and custom values; the baselines read the
same lines with one plain ``sqlite3`` query and write them as they come.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row
from crm_desktop.db import open_database
from crm_desktop.services.exporting import export_customers

LINES = (
    "SELECT c.id, c.name, c.kind, c.company, s.name, o.name, c.industry, c.size, c.region, "
    "c.city, c.address, c.source, c.phones, c.emails, c.wechat, c.website, c.birthday, "
    "c.notes, (SELECT group_concat(t.name, '; ') FROM customer_tags ct "
    "JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id), "
    "k.name, k.title, k.mobile, k.phone, k.email, k.wechat, c.marketing_consent, "
    "c.completeness, c.created_at, c.updated_at, "
    "(SELECT group_concat(v.value, '; ') FROM custom_field_values v WHERE v.customer_id = c.id) "
    "FROM customers c JOIN statuses s ON s.id = c.status_id "
    "LEFT JOIN staff o ON o.id = c.owner_id LEFT JOIN contacts k ON k.customer_id = c.id "
    "WHERE c.deleted_at IS NULL ORDER BY c.id, k.position, k.id"
)


def _lines(path: Path) -> tuple[list[str], Iterator[Any], sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    cursor = connection.execute(LINES)
    return [column[0] for column in cursor.description], cursor, connection


def openpyxl_ms(path: Path, out: Path) -> float:
    """openpyxl write-only of the same lines, read with plain sqlite3."""
    from openpyxl import Workbook

    started = time.perf_counter()
    header, cursor, connection = _lines(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    sheet.append(header)
    for row in cursor:
        sheet.append(list(row))
    book.save(out)
    connection.close()
    return (time.perf_counter() - started) * 1000


def xlsxwriter_ms(path: Path, out: Path) -> float:
    """xlsxwriter constant-memory of the same lines, read with plain sqlite3."""
    import xlsxwriter

    started = time.perf_counter()
    header, cursor, connection = _lines(path)
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    sheet = book.add_worksheet("Customers")
    sheet.write_row(0, 0, header)
    for number, row in enumerate(cursor, start=1):
        sheet.write_row(number, 0, row)
    book.close()
    connection.close()
    return (time.perf_counter() - started) * 1000


def ours_ms(path: Path, out: Path) -> float:
    database = open_database(str(path), read_only=True)
    try:
        started = time.perf_counter()
        with database.session() as session:
            export_customers(session, out)
        return (time.perf_counter() - started) * 1000
    finally:
        database.close()


def run(size: str, workdir: Path) -> list[Row]:
    path = dataset_path(size)
    repeat = 1 if size == "large" else 3

    def median(measure: Callable[[Path, Path], float], name: str) -> float:
        return statistics.median(measure(path, workdir / name) for _ in range(repeat))

    ours = median(ours_ms, "ours.xlsx")
    raw = median(openpyxl_ms, "openpyxl.xlsx")
    fastest = median(xlsxwriter_ms, "xlsxwriter.xlsx")
    return [make_row(f"export {size} customers .xlsx", ours, "ms", baseline=raw, target=1.3),
            make_row(f"export {size} customers .xlsx vs xlsxwriter", ours, "ms",
                     baseline=fastest)]
