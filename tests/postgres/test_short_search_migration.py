"""Migration 0005: the character index of short searches, on PostgreSQL only."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from crm_desktop import migrate
from crm_desktop.db import open_database

INDEXES = {"ix_customers_wide_chars", "ix_contacts_wide_chars"}


def _indexes_and_function(engine: Engine) -> tuple[set[str], bool]:
    with engine.connect() as connection:
        names = set(connection.execute(text(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%wide_chars'")).scalars())
        function = connection.execute(text(
            "SELECT 1 FROM pg_proc WHERE proname = 'crm_wide_chars'")).first() is not None
    return names, function


def test_short_search_migration_downgrades_and_upgrades_again(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        assert _indexes_and_function(engine) == (INDEXES, True)
        migrate.downgrade(engine, "0004_postgres_change_notify")
        assert _indexes_and_function(engine) == (set(), False)
        migrate.upgrade(engine, "head")
        assert _indexes_and_function(engine) == (INDEXES, True)
    finally:
        engine.dispose()


def test_the_function_lists_the_distinct_non_ascii_characters_lower_cased(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            chars = connection.execute(text(
                "SELECT crm_wide_chars('北京王芳', NULL, 'wang@acme.cn', 'ÉÉ 芳')")).scalar_one()
    finally:
        engine.dispose()
    assert sorted(chars) == sorted(["北", "京", "王", "芳", "é"])


def test_short_search_migration_is_a_no_op_on_sqlite(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "plain.sqlite3"))
    try:
        with database.engine.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE '%wide_chars%'").scalars().all()
    finally:
        database.close()
    assert names == []
