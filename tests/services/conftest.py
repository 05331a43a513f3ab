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
KNOWN_POSTGRES_GAPS: set[str] = set()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself")


def _sqlite_only(item: pytest.Item) -> bool:
    return bool(item.get_closest_marker("sqlite_only")) or item.path.name in SQLITE_ONLY_MODULES


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Drop the PostgreSQL run of tests about SQLite itself (deselected, not skipped)."""
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        on_server = params.get("database") == "postgresql"
        (dropped if on_server and _sqlite_only(item) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _known_gap(node: pytest.Item) -> str | None:
    key = f"{Path(str(node.path)).name}::{node.originalname}"  # type: ignore[attr-defined]
    return key if key in KNOWN_POSTGRES_GAPS else None


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """The test's database on each backend, open for writing; closed after the test."""
    if request.param == "postgresql":
        node = request.node
        if _sqlite_only(node):  # deselected at collection; kept for a direct node id
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
