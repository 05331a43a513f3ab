"""Finding duplicate groups over the data set (DESIGN.md: under 10 s at 100k customers).

Baseline: reading the columns the finder needs (customers and their contacts) with plain
``sqlite3``, the floor any finder pays before comparing anything.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row
from crm_desktop.db import open_database
from crm_desktop.services.cleaning.finder import find_duplicate_groups

TARGET_S = 10


def run(size: str, workdir: Path) -> list[Row]:
    path = dataset_path(size)
    database = open_database(str(path), read_only=True)
    try:
        with database.session() as session:
            started = time.perf_counter()
            groups = find_duplicate_groups(session)
            ours = time.perf_counter() - started
    finally:
        database.close()
    print(f"duplicates: {len(groups)} groups, {sum(g.sure for g in groups)} sure",
          file=sys.stderr)
    return [make_row(f"duplicate groups {size}", ours, "s", baseline=_read_floor(path),
                     target=TARGET_S, absolute=True)]


def _read_floor(path: Path) -> float:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        started = time.perf_counter()
        connection.execute("SELECT id, name, company, kind, phones, emails FROM customers "
                           "WHERE deleted_at IS NULL").fetchall()
        connection.execute("SELECT k.customer_id, k.name, k.mobile, k.phone, k.email "
                           "FROM contacts k JOIN customers c ON c.id = k.customer_id "
                           "WHERE c.deleted_at IS NULL").fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()
