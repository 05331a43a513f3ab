"""Bulk inserts for the demo data: plain tuples in chunks, checking for cancel between them.

On SQLite rows go straight to the driver's ``executemany`` on the session's own connection
(same transaction; NOTES.md: about twice SQLAlchemy Core's speed). Dates and times are
generated already in the text form SQLAlchemy stores on SQLite (``YYYY-MM-DD`` and
``YYYY-MM-DD HH:MM:SS.ffffff``, naive UTC), so the fast path converts nothing. Other
databases take the portable path: Core ``insert()`` with the values turned back into
``date`` and aware ``datetime`` objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Date, Table, func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models.types import UTCDateTime
from crm_desktop.services.progress import CancelCheck, check

CHUNK_ROWS = 20_000


class BulkWriter:
    """Writes rows of one table at a time inside the caller's transaction."""

    def __init__(self, session: Session, cancelled: CancelCheck, *, fast: bool | None = None,
                 ) -> None:
        self.session = session
        self.cancelled = cancelled
        is_sqlite = session.get_bind().dialect.name == "sqlite"
        self.fast = is_sqlite if fast is None else fast and is_sqlite
        self.counts: dict[str, int] = {}

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]],
               ) -> int:
        """Insert ``rows`` (tuples in ``columns`` order); returns how many were written."""
        written = 0
        iterator = iter(rows)
        write = self._fast_writer(table, columns) if self.fast else self._core_writer(
            table, columns)
        while chunk := list(islice(iterator, CHUNK_ROWS)):
            check(self.cancelled)
            write(chunk)
            written += len(chunk)
        self.counts[table.name] = self.counts.get(table.name, 0) + written
        return written

    def _fast_writer(self, table: Table, columns: Sequence[str],
                     ) -> Callable[[list[tuple[Any, ...]]], None]:
        sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        driver = self.session.connection().connection.driver_connection
        assert driver is not None

        def write(chunk: list[tuple[Any, ...]]) -> None:
            driver.executemany(sql, chunk)

        return write

    def _core_writer(self, table: Table, columns: Sequence[str],
                     ) -> Callable[[list[tuple[Any, ...]]], None]:
        converters = [_from_storage_text(table.c[name].type) for name in columns]
        statement = insert(table)

        def write(chunk: list[tuple[Any, ...]]) -> None:
            self.session.execute(statement, [
                {name: convert(value)
                 for name, convert, value in zip(columns, converters, row, strict=True)}
                for row in chunk
            ])

        return write


def _from_storage_text(column_type: object) -> Callable[[Any], Any]:
    if isinstance(column_type, UTCDateTime):
        return lambda v: None if v is None else dt.datetime.fromisoformat(v).replace(
            tzinfo=dt.UTC)
    if isinstance(column_type, Date):
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    return lambda v: v


def next_id(session: Session, table: Table) -> int:
    """The first free id of ``table`` (explicit ids let related rows be built in memory)."""
    return int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def existing_keys(session: Session, table: Table, key: str) -> dict[Any, int]:
    """``{key value: id}`` of the rows already there (staff, tags, products a user made)."""
    return {k: i for k, i in session.execute(select(table.c[key], table.c.id))}


def count_rows(session: Session, table: Table) -> int:
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())
