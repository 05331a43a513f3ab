"""Copying a whole database to another one: a local file to a shared server, or back.

Every table of the data model is copied in dependency order, ids kept, in chunks with
Core ``executemany``, all inside one transaction on the target: a failure or a cancel
leaves the target as it was. Afterwards PostgreSQL sequences continue after the highest
copied id, a SQLite target gets its search index rebuilt, and the row count of every
table is compared with the source before anything is committed.

The target must be empty: migrated, with nothing in it but the defaults the migrations
seed (statuses, pipeline stages, settings), which are replaced by the source's own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from crm_desktop import migrate
from crm_desktop.models import Base
from crm_desktop.services.errors import DomainError
from crm_desktop.services.progress import CancelCheck, Progress, check, never_cancelled, no_progress
from crm_desktop.services.search_index import rebuild_search_index

SEEDED_TABLES = frozenset({"statuses", "pipeline_stages", "settings"})
CHUNK_ROWS = 5_000


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table (verified equal on both sides)."""

    counts: Mapping[str, int]

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    @property
    def tables(self) -> int:
        return len(self.counts)


def tables_in_order() -> list[Table]:
    """Every table of the data model, parents before the tables that point at them."""
    return list(Base.metadata.sorted_tables)


def count_rows(connection: Connection) -> dict[str, int]:
    return {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in tables_in_order()
    }


def copy_database(
    source: Engine, target: Engine, *, chunk_rows: int = CHUNK_ROWS,
    progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled,
) -> CopyReport:
    """Copy everything in ``source`` into the empty, migrated ``target``; verify the counts."""
    _require_same_schema(source, target)
    with _snapshot(source) as reading, target.begin() as writing:
        _refuse_non_empty(writing)
        counts = count_rows(reading)
        total, done = sum(counts.values()), 0
        progress(0, total)
        for table in tables_in_order():
            if table.name in SEEDED_TABLES:
                writing.execute(delete(table))
            for copied in _copy_table(reading, writing, table, chunk_rows):
                done += copied
                progress(done, total)
                check(cancelled)
        _after_copy(writing)
        _verify(writing, counts)
    return CopyReport(counts=counts)


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees one consistent state of the source while copying."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection


def _require_same_schema(source: Engine, target: Engine) -> None:
    head = migrate.head_revision()
    for role, engine in (("source", source), ("target", target)):
        revision = migrate.current_revision(engine)
        if revision != head:
            raise DomainError(
                "copy_schema_mismatch",
                f"The {role} database is not at this app's version ({revision or 'empty'}); "
                "open it once with this version of CRM Desktop first.",
                role=role, revision=revision,
            )


def _refuse_non_empty(connection: Connection) -> None:
    for table in tables_in_order():
        if table.name in SEEDED_TABLES:
            continue
        rows = connection.execute(select(func.count()).select_from(table)).scalar_one()
        if rows:
            raise DomainError(
                "copy_target_not_empty",
                f"The target database is not empty ({table.name}: {rows} rows); "
                "copy only into a new, empty database.",
                table=table.name, rows=rows,
            )


def _copy_table(
    reading: Connection, writing: Connection, table: Table, chunk_rows: int
) -> Iterator[int]:
    """Insert the rows of ``table`` chunk by chunk; yields the size of each chunk.

    A column pointing at its own table (a category's parent) is filled in afterwards,
    so a child never waits for a parent with a higher id.
    """
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    primary_key = list(table.primary_key.columns)
    query = select(table).order_by(*primary_key)
    result = reading.execution_options(yield_per=chunk_rows).execute(query)
    links: list[dict[str, object]] = []
    for chunk in result.partitions(chunk_rows):
        rows = [dict(row._mapping) for row in chunk]
        if self_refs:
            for row in rows:
                if any(row[name] is not None for name in self_refs):
                    links.append({f"k_{c.name}": row[c.name] for c in primary_key}
                                 | {f"v_{name}": row[name] for name in self_refs})
                    row.update(dict.fromkeys(self_refs))
        writing.execute(table.insert(), rows)
        yield len(rows)
    if links:
        statement = update(table).where(
            *[c == bindparam(f"k_{c.name}") for c in primary_key]
        ).values({name: bindparam(f"v_{name}") for name in self_refs})
        writing.execute(statement, links)


def _after_copy(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        reset_sequences(connection)
    if connection.dialect.name == "sqlite":
        with Session(bind=connection) as session:
            rebuild_search_index(session)


def reset_sequences(connection: Connection) -> None:
    """Make every id sequence continue after the highest id now in its table."""
    for table in tables_in_order():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].autoincrement is False:
            continue
        column = keys[0]
        try:
            if column.type.python_type is not int:
                continue
        except NotImplementedError:
            continue
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
            f"coalesce(max({column.name}), 0) + 1, false) FROM {table.name} "
            f"HAVING pg_get_serial_sequence(:table, :column) IS NOT NULL"
        ), {"table": table.name, "column": column.name})


def _verify(connection: Connection, expected: Mapping[str, int]) -> None:
    copied = count_rows(connection)
    for name, rows in expected.items():
        if copied[name] != rows:
            raise DomainError(
                "copy_count_mismatch",
                f"The copy was stopped and undone: {name} has {copied[name]} rows in the "
                f"target but {rows} in the source.",
                table=name, expected=rows, copied=copied[name],
            )
