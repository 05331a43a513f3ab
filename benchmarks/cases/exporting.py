"""Export of every customer to .xlsx, against openpyxl write-only on the same rows."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row
from crm_desktop.db import open_database
from crm_desktop.services.exporting import export_customers


def raw_ms(path: Path, out: Path) -> float:
    """openpyxl write-only of the customers' columns, read with plain sqlite3."""
    from openpyxl import Workbook

    started = time.perf_counter()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    cursor = connection.execute(
        "SELECT c.*, (SELECT group_concat(t.name, ', ') FROM customer_tags ct "
        "JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id), "
        "(SELECT group_concat(k.name || ' ' || coalesce(k.mobile, ''), '; ') FROM contacts k "
        "WHERE k.customer_id = c.id) FROM customers c WHERE c.deleted_at IS NULL ORDER BY c.id"
    )
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    sheet.append([column[0] for column in cursor.description])
    for row in cursor:
        sheet.append(list(row))
    book.save(out)
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
    raw = statistics.median(raw_ms(path, workdir / "raw.xlsx") for _ in range(repeat))
    ours = statistics.median(ours_ms(path, workdir / "ours.xlsx") for _ in range(repeat))
    return [make_row(f"export {size} customers .xlsx", ours, "ms", baseline=raw, target=1.3)]
