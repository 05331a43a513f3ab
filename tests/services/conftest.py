"""Service tests run on both backends: every test using ``database`` runs on SQLite and on
PostgreSQL (a fresh migrated database on the throwaway server, see ``conftest_pg.py``).

Tests about SQLite itself (its file, backups, FTS5, data_version) run on SQLite only:
their module is listed in ``SQLITE_ONLY_MODULES`` or the test is marked ``sqlite_only``.
``KNOWN_POSTGRES_GAPS`` lists service code not yet portable, expected to fail on
PostgreSQL with a database error until fixed (then they pass and should leave the list).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from crm_desktop.db import Database, open_database

SQLITE_ONLY_MODULES = frozenset({
    "test_backup.py", "test_integrity.py",  # the SQLite file: copies, integrity_check
    "test_transfer.py", "test_changes_feed.py",  # use ``database`` as the SQLite side
})
KNOWN_POSTGRES_GAPS = {
    # customer_list._ROWS_SQL uses SQLite's json_group_array (PostgreSQL: json_agg)
    "test_customer_list.py::test_sort_by_name_orders_chinese_by_pinyin",
    "test_customer_list.py::test_every_sortable_column_sorts_in_both_directions",
    "test_customer_list.py::test_filters_combine_with_and",
    "test_customer_list.py::test_search_text_and_created_dates_filter",
    "test_customer_list.py::test_trashed_customers_show_only_in_the_trash_view",
    "test_customer_list.py::test_rows_carry_what_the_list_shows",
    # demo data writes phones longer than customers.phones VARCHAR(200) (SQLite ignores it)
    "test_demo.py::test_large_demo_has_the_design_counts",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself")


def _known_gap(node: pytest.Item) -> str | None:
    key = f"{Path(str(node.path)).name}::{node.originalname}"  # type: ignore[attr-defined]
    return key if key in KNOWN_POSTGRES_GAPS else None


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """The test's database on each backend, open for writing; closed after the test."""
    if request.param == "postgresql":
        node = request.node
        if node.get_closest_marker("sqlite_only") or node.path.name in SQLITE_ONLY_MODULES:
            pytest.skip("about SQLite itself")
        if _known_gap(node):
            node.add_marker(pytest.mark.xfail(
                raises=DBAPIError, reason="service SQL not yet portable to PostgreSQL"))
        target = request.getfixturevalue("pg_url")
    else:
        target = str(db_path)
    opened = open_database(target)
    try:
        yield opened
    finally:
        opened.close()
