"""Every record that belongs to a customer, found from the schema itself.

A table with a foreign key to ``customers.id`` is either a *link* (the key is part of its
primary key: tags, custom values, campaign members) or holds *records* with their own id
(contacts, interactions, status history, tasks, deals, orders, payments, tickets, campaign
responses, attachments). Kinds added later join by having the foreign key, so a merge
never leaves one behind. The rows are read and written back whole (Core, both engines),
so undo restores them exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import Base

CHUNK = 500
Row = dict[str, Any]


@dataclass(frozen=True)
class Related:
    table: Table
    column: Column[Any]  # the foreign key to customers.id
    link: bool


@lru_cache(maxsize=1)
def related_tables() -> tuple[Related, ...]:
    """The tables holding a customer's records, parents before children."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name == "customers":
            continue
        for column in table.columns:
            if any(fk.column.table.name == "customers" for fk in column.foreign_keys):
                found.append(Related(table, column, link=column.primary_key))
    return tuple(found)


def rows_of(session: Session, related: Related, ids: Sequence[int]) -> list[Row]:
    """Every row of ``related`` belonging to these customers, whole."""
    rows: list[Row] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start:start + CHUNK]
        query = select(related.table).where(related.column.in_(chunk))
        rows.extend(dict(row) for row in session.execute(query).mappings())
    return rows


def customer_rows(session: Session, ids: Sequence[int]) -> dict[int, Row]:
    table = Base.metadata.tables["customers"]
    query = select(table).where(table.c.id.in_(sorted(ids)))
    return {row["id"]: dict(row) for row in session.execute(query).mappings()}


def write_back(session: Session, table: Table, rows: Sequence[Row]) -> None:
    """Put rows (found by their primary key) back to these exact values."""
    if not rows:
        return
    keys = [column.name for column in table.primary_key.columns]
    names = [name for name in rows[0] if name not in keys]
    statement = (update(table)
                 .where(*(table.c[key] == bindparam(f"_key_{key}") for key in keys))
                 .values({name: bindparam(f"_value_{name}") for name in names}))
    params = [{**{f"_key_{key}": row[key] for key in keys},
               **{f"_value_{name}": row[name] for name in names}} for row in rows]
    session.connection().execute(statement, params)


def replace_links(session: Session, related: Related, ids: Sequence[int],
                  rows: Sequence[Row]) -> None:
    """Make ``rows`` the whole content of the link table for these customers."""
    session.execute(delete(related.table).where(related.column.in_(sorted(ids)))
                    .execution_options(synchronize_session=False))
    if rows:
        session.execute(insert(related.table), [dict(row) for row in rows])


def move_links(session: Session, related: Related, *, survivor: int,
               losers: Sequence[int]) -> None:
    """Give the losers' links to the survivor; one it already has is dropped (the survivor
    keeps its own value, e.g. of a custom field; the merge then writes the chosen one)."""
    held = {_other_key(related, row)
            for row in rows_of(session, related, [survivor])}
    moved: list[Row] = []
    for row in rows_of(session, related, losers):
        key = _other_key(related, row)
        if key not in held:
            held.add(key)
            moved.append({**row, related.column.name: survivor})
    session.execute(delete(related.table).where(related.column.in_(sorted(losers)))
                    .execution_options(synchronize_session=False))
    if moved:
        session.execute(insert(related.table), moved)


def move_records(session: Session, related: Related, *, survivor: int,
                 losers: Sequence[int]) -> None:
    session.execute(update(related.table).where(related.column.in_(sorted(losers)))
                    .values({related.column.name: survivor})
                    .execution_options(synchronize_session=False))


def _other_key(related: Related, row: Row) -> tuple[Any, ...]:
    return tuple(row[column.name] for column in related.table.primary_key.columns
                 if column.name != related.column.name)
