"""Inserting many rows at once, as fast as the database driver allows.

On SQLite the rows go straight to the driver's ``executemany`` through the session's own
connection (same transaction), with values already in the form SQLAlchemy stores them:
per-row parameter processing in Core costs more than the insert itself at 100k rows
(NOTES.md: Core ~80k rows/s, sqlite3 150–209k rows/s). Other databases use Core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the session's transaction."""
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    placeholders = ", ".join("?" for _ in columns)
    names = ", ".join(f'"{column}"' for column in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({placeholders})'
    session.connection().exec_driver_sql(sql, _stored_rows(rows, columns))


def _stored_rows(rows: Sequence[dict[str, Any]], columns: list[str]) -> list[tuple[Any, ...]]:
    """The rows as tuples of stored values, converted a column at a time: most columns
    hold only plain values and are taken as they are."""
    plain = _PLAIN
    cache: dict[Any, Any] = {}  # the rows of an import share one timestamp: format it once

    def stored(value: Any) -> Any:
        if type(value) in plain:
            return value
        if value not in cache:
            cache[value] = _stored(value)
        return cache[value]

    by_column = []
    for column in columns:
        values = [row[column] for row in rows]
        by_column.append(values if plain.issuperset(map(type, values))
                         else list(map(stored, values)))
    return list(zip(*by_column, strict=True))


_PLAIN = frozenset({str, int, float, type(None)})


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite types store it (UTC datetimes without zone, ISO dates)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


#: Below this many new rows, keeping the indexes up to date row by row is cheap enough.
REBUILD_FROM = 10_000


@contextmanager
def indexes_built_after(session: Session, table: Table, adding: int) -> Iterator[None]:
    """Around inserting ``adding`` rows into ``table``: on SQLite, when they are at least
    as many as the rows already there, drop the table's secondary indexes first and create
    them again after (sorting once beats 16 B-tree inserts a row: ~1 s per 100k
    customers). It is all in the caller's transaction: a rollback restores them as well.
    """
    if adding < REBUILD_FROM or session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    existing = connection.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar_one()
    if adding < existing:
        yield
        return
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (table.name,)).all()
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        connection.exec_driver_sql(sql)
