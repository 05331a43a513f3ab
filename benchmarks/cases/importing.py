"""Import of a 100k-row customer .xlsx, against the raw floor on the same file.

The floor (DESIGN.md): python-calamine reading the sheet, plus ``sqlite3`` ``executemany``
inserting the rows into a plain table, plus raw ``sqlite3`` filling an FTS5 trigram table
with the search documents the import wrote (the index is part of the job). Ours: the whole
importer (read in a guarded child process, table detection, mapping, normalisation,
duplicate checks, bulk insert, search index), into an empty migrated database, committed;
the target is 1.5× the floor. Two more rows show the floor and its FTS5 part against the
reader + executemany alone.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.dataset import CACHE, dataset_path
from benchmarks.rows import Row, make_row
from crm_desktop.db import open_database

HEADER = ["客户名称", "联系人", "手机", "电话", "邮箱", "地址", "行业", "地区", "来源", "备注"]


def source_workbook(size: str) -> Path:
    """The customers of the data set as a shop keeps them: one .xlsx sheet, Chinese headers."""
    path = CACHE / f"import-{size}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    connection = sqlite3.connect(f"file:{dataset_path(size)}?mode=ro", uri=True)
    rows = connection.execute(
        "SELECT c.name, k.name, replace(k.mobile, '+86', ''), replace(c.phones, '+86', ''), "
        "c.emails, c.address, c.industry, c.region, c.source, c.notes "
        "FROM customers c LEFT JOIN contacts k ON k.customer_id = c.id AND k.is_primary "
        "ORDER BY c.id"
    )
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户名单")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    partial = path.with_suffix(".partial.xlsx")
    book.save(partial)
    partial.rename(path)
    connection.close()
    return path


def raw_floor_ms(workbook: Path, workdir: Path) -> float:
    from python_calamine import CalamineWorkbook

    target = workdir / "raw-import.sqlite3"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    sheet = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0).to_python()
    connection = sqlite3.connect(target)
    columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADER)))
    connection.execute(f"CREATE TABLE customers (id INTEGER PRIMARY KEY, {columns})")
    marks = ", ".join("?" * len(HEADER))
    connection.executemany(f"INSERT INTO customers VALUES (NULL, {marks})", sheet[1:])
    connection.commit()
    connection.close()
    return (time.perf_counter() - started) * 1000


def ours_ms(workbook: Path, workdir: Path, empty: Path) -> float:
    from crm_desktop.services.importing.execute import run_import
    from crm_desktop.services.importing.plan import prepare_import

    target = workdir / "ours-import.sqlite3"
    for leftover in workdir.glob("ours-import.sqlite3*"):
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    shutil.copy(empty, target)
    database = open_database(str(target))
    try:
        started = time.perf_counter()
        with database.session() as session:
            preview = prepare_import(session, workbook)
            report = run_import(session, preview, policy="create")
        elapsed = (time.perf_counter() - started) * 1000
    finally:
        database.close()
    assert report.created, "nothing was imported"
    return elapsed


def raw_search_index_ms(imported: Path, workdir: Path) -> float:
    """Raw sqlite3 filling an empty FTS5 trigram table with the documents the import
    wrote: the part of the import no tuning of ours can go below (the import target
    includes the search index)."""
    documents = sqlite3.connect(imported).execute(
        "SELECT rowid, body FROM customer_search").fetchall()
    target = workdir / "raw-index.sqlite3"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    connection = sqlite3.connect(target)
    connection.execute("CREATE VIRTUAL TABLE search USING fts5(body, tokenize='trigram')")
    connection.executemany("INSERT INTO search(rowid, body) VALUES (?, ?)", documents)
    connection.commit()
    connection.close()
    return (time.perf_counter() - started) * 1000


def run(size: str, workdir: Path) -> list[Row]:
    workbook = source_workbook(size)
    empty = workdir / "empty.sqlite3"
    open_database(str(empty)).close()
    repeat = 1 if size == "large" else 3
    raw = statistics.median(raw_floor_ms(workbook, workdir) for _ in range(repeat))
    ours = statistics.median(ours_ms(workbook, workdir, empty) for _ in range(repeat))
    index = statistics.median(raw_search_index_ms(workdir / "ours-import.sqlite3", workdir)
                              for _ in range(repeat))
    floor = raw + index
    return [make_row(f"import {size} customers .xlsx", ours, "ms", baseline=floor, target=1.5),
            make_row("import floor: reader + executemany + FTS5 fill", floor, "ms",
                     baseline=raw),
            make_row("import floor: raw FTS5 index of the same rows", index, "ms",
                     baseline=raw)]
