"""Learning that someone else changed the shared database, so lists can refresh.

PostgreSQL: every write fires ``NOTIFY crm_changes, '<table>'`` from a trigger
(migration 0004); a watcher holds its own connection with ``LISTEN`` and collects the
table names. SQLite: ``PRAGMA data_version`` on the watcher's own connection moves on
whenever another connection commits; which tables changed is then unknown (``ANY``).

A view polls ``changed()`` from a timer (it never blocks with the default timeout) and
reloads what the names say, keeping the user's selection.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

CHANNEL = "crm_changes"
ANY = "*"  # some table changed, which one is not known


class ChangeWatcher(Protocol):
    def changed(self, timeout: float = 0.0) -> frozenset[str]:
        """Tables changed by others since the last call (``{ANY}`` when not known)."""

    def close(self) -> None: ...


class PostgresWatcher:
    """``LISTEN crm_changes`` on a connection of its own (autocommit, outside any pool)."""

    def __init__(self, engine: Engine) -> None:
        import psycopg

        url = make_url(engine.url).set(drivername="postgresql")
        self._connection = psycopg.connect(
            url.render_as_string(hide_password=False), autocommit=True
        )
        self._connection.execute(f"LISTEN {CHANNEL}")

    def changed(self, timeout: float = 0.0) -> frozenset[str]:
        """Wait up to ``timeout`` seconds for the first notice, then take what is queued."""
        first = self._connection.notifies(timeout=max(timeout, 0.001), stop_after=1)
        tables = {notice.payload or ANY for notice in first}
        if tables:
            tables |= {notice.payload or ANY
                       for notice in self._connection.notifies(timeout=0.001)}
        return frozenset(tables)

    def close(self) -> None:
        self._connection.close()


class SqliteWatcher:
    """Polls ``PRAGMA data_version``: it changes when another connection commits."""

    def __init__(self, path: str) -> None:
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                           check_same_thread=False)
        self._seen = self._version()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self, timeout: float = 0.0) -> frozenset[str]:
        version = self._version()
        if version == self._seen:
            return frozenset()
        self._seen = version
        return frozenset({ANY})

    def close(self) -> None:
        self._connection.close()


def watch(engine: Engine) -> ChangeWatcher:
    """A watcher for the database ``engine`` opens."""
    if engine.dialect.name == "postgresql":
        return PostgresWatcher(engine)
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database:
        raise ValueError(f"cannot watch {engine.dialect.name} databases for changes")
    return SqliteWatcher(database)
