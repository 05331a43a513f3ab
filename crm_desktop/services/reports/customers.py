"""Customer reports: live customers by industry, region, size or source, and how customers
moved between statuses (from the dated status history)."""

from __future__ import annotations

import datetime as dt
import statistics

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Status, StatusChange
from crm_desktop.services.reports.periods import DateRange
from crm_desktop.services.reports.tables import Column, Label, Table, share

DIMENSIONS = ("industry", "region", "size", "source")


def customers_by(session: Session, dimension: str, *, today: dt.date | None = None) -> Table:
    """Live customers grouped by ``dimension``; the not-set ones as one row (name None), last."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    column = getattr(Customer, dimension)
    value = func.nullif(func.trim(column), "")
    inner = select(value.label("value")).where(Customer.deleted_at.is_(None)).subquery()
    found = session.execute(select(inner.c.value, func.count()).group_by(inner.c.value)).all()
    total = sum(n for _v, n in found)
    found.sort(key=lambda row: (row[0] is None, -row[1], row[0] or ""))
    rows = [(Label(v), int(n), share(int(n), total)) for v, n in found]
    return Table(f"customers_by_{dimension}", None,
                 (Column(dimension, "text"), Column("customers", "count"),
                  Column("share", "percent")),
                 rows, chart="hbar", plotted=("customers",), as_of=today)


def status_conversion(session: Session, period: DateRange, *, tz: dt.tzinfo | None = None,
                      today: dt.date | None = None) -> Table:
    """Every move from one status to another made in ``period``: how many, what share of all
    moves out of that status, and the median days spent in it before moving on.

    A customer's first status (no ``from``) is its start: counted as a move from "new", with
    no days. Days in a status are counted from the change that brought the customer there,
    even when that change was before the period.
    """
    low, high = period.utc_bounds(tz)
    pairs = session.execute(
        select(StatusChange.from_status_id, StatusChange.to_status_id, func.count())
        .where(StatusChange.changed_at >= low, StatusChange.changed_at < high)
        .group_by(StatusChange.from_status_id, StatusChange.to_status_id)).all()
    statuses = {s.id: s for s in session.scalars(select(Status))}
    out_of: dict[int | None, int] = {}
    for from_id, _to_id, n in pairs:
        out_of[from_id] = out_of.get(from_id, 0) + int(n)
    days = _days_before_moving(session, low, high)

    def label(status_id: int | None) -> Label:
        if status_id is None:
            return Label("new", kind="term")
        s = statuses[status_id]
        return Label(s.name, s.code, s.name_en, "status", id=s.id)

    def position(status_id: int | None) -> tuple[int, int]:
        return (-1, 0) if status_id is None else (statuses[status_id].position, status_id)

    pairs.sort(key=lambda r: (position(r[0]), position(r[1])))
    rows = []
    for from_id, to_id, n in pairs:
        spent = days.get((from_id, to_id))
        rows.append((label(from_id), label(to_id), int(n), share(int(n), out_of[from_id]),
                     round(statistics.median(spent), 1) if spent else None))
    return Table("status_conversion", period,
                 (Column("from_status", "text"), Column("to_status", "text"),
                  Column("moves", "count"), Column("share", "percent"),
                  Column("median_days", "days")),
                 rows, chart="hbar", plotted=("moves",), as_of=today)


def _days_before_moving(session: Session, low: dt.datetime,
                        high: dt.datetime) -> dict[tuple[int | None, int], list[float]]:
    """Per (from, to) move in [low, high): the days since the customer's change before it."""
    previous = func.lag(StatusChange.changed_at).over(
        partition_by=StatusChange.customer_id,
        order_by=(StatusChange.changed_at, StatusChange.id))
    before = type_coerce(previous, StatusChange.changed_at.type).label("before")
    inner = select(StatusChange.from_status_id, StatusChange.to_status_id,
                   StatusChange.changed_at, before).subquery()
    found: dict[tuple[int | None, int], list[float]] = {}
    rows = session.execute(
        select(inner.c.from_status_id, inner.c.to_status_id, inner.c.changed_at,
               inner.c.before)
        .where(inner.c.changed_at >= low, inner.c.changed_at < high,
               inner.c.before.is_not(None), inner.c.from_status_id.is_not(None)))
    for from_id, to_id, at, before in rows:
        found.setdefault((from_id, to_id), []).append((at - before).total_seconds() / 86400)
    return found
