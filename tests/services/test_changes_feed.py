"""Other people's changes reach this window: NOTIFY on PostgreSQL, data_version on SQLite."""

from __future__ import annotations

from sqlalchemy import text

from crm_desktop.db import Database, open_database
from crm_desktop.models import Customer, Tag
from crm_desktop.services.changes_feed import ANY, watch


def test_a_notify_reaches_the_other_client(pg_url: str) -> None:
    mine, theirs = open_database(pg_url), open_database(pg_url)
    watcher = watch(mine.engine)
    try:
        assert watcher.changed() == frozenset()
        with theirs.session() as session:
            session.add(Customer(name="张三", status_id=1))
            session.add(Tag(name="重要"))
        assert watcher.changed(timeout=5) == {"customers", "tags"}
        assert watcher.changed() == frozenset()
    finally:
        watcher.close()
        mine.close()
        theirs.close()


def test_a_rolled_back_write_sends_nothing(pg_url: str) -> None:
    mine, theirs = open_database(pg_url), open_database(pg_url)
    watcher = watch(mine.engine)
    try:
        with theirs.engine.connect() as connection:
            connection.execute(text("INSERT INTO tags (name) VALUES ('草稿')"))
            connection.rollback()
        assert watcher.changed(timeout=0.3) == frozenset()
    finally:
        watcher.close()
        mine.close()
        theirs.close()


def test_sqlite_counter_moves_when_another_connection_commits(database: Database) -> None:
    watcher = watch(database.engine)
    try:
        assert watcher.changed() == frozenset()
        with database.session() as session:
            session.add(Tag(name="重要"))
        assert watcher.changed() == {ANY}
        assert watcher.changed() == frozenset()
    finally:
        watcher.close()
