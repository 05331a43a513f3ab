"""The dashboard's key figures for a date range: a dozen GROUP BY / SUM queries on indexes.

"In the period" means: customers created, deals closed (won) in it, by the user's local
days. Open pipeline, receivables and today's tasks are what stands today, whatever the
period. Records in the trash are not counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Deal, PipelineStage, Status, Task
from crm_desktop.models.types import DEFAULT_CURRENCY
from crm_desktop.services.reports.money import receivables
from crm_desktop.services.reports.periods import DateRange, local_today, utc_midnight
from crm_desktop.services.reports.tables import Label


@dataclass(frozen=True)
class StatusCount:
    status: Label  # status.id is the filter the Customers page takes
    color: str
    count: int


@dataclass(frozen=True)
class Figures:
    period: DateRange
    previous: DateRange
    today: dt.date
    by_status: tuple[StatusCount, ...]
    customers: int
    new_customers: int
    new_customers_previous: int
    open_deals: int
    open_pipeline_minor: int
    weighted_pipeline_minor: int
    won_deals: int
    won_minor: int
    won_deals_previous: int
    won_minor_previous: int
    receivable_minor: int
    overdue_minor: int
    tasks_due_today: int
    tasks_overdue: int
    currency: str = DEFAULT_CURRENCY


def customers_by_status(session: Session) -> tuple[StatusCount, ...]:
    """Live customers per status, every active status listed (with 0), in status order."""
    counted = (select(Customer.status_id, func.count().label("n"))
               .where(Customer.deleted_at.is_(None)).group_by(Customer.status_id).subquery())
    rows = session.execute(
        select(Status.id, Status.name, Status.code, Status.name_en, Status.color,
               func.coalesce(counted.c.n, 0), Status.active)
        .outerjoin(counted, counted.c.status_id == Status.id)
        .order_by(Status.position, Status.id))
    return tuple(
        StatusCount(Label(name, code, name_en, "status", id=status_id), color, count)
        for status_id, name, code, name_en, color, count, active in rows if active or count)


def _new_customers(session: Session, period: DateRange, tz: dt.tzinfo | None) -> int:
    low, high = period.utc_bounds(tz)
    return session.scalar(select(func.count(Customer.id)).where(
        Customer.deleted_at.is_(None), Customer.created_at >= low,
        Customer.created_at < high)) or 0


def _won(session: Session, period: DateRange, tz: dt.tzinfo | None) -> tuple[int, int]:
    low, high = period.utc_bounds(tz)
    count, total = session.execute(
        select(func.count(Deal.id), func.coalesce(func.sum(Deal.amount_minor), 0))
        .join(PipelineStage, Deal.stage_id == PipelineStage.id)
        .where(Deal.deleted_at.is_(None), PipelineStage.is_won,
               Deal.closed_at >= low, Deal.closed_at < high)).one()
    return int(count), int(total)


def open_pipeline(session: Session) -> tuple[int, int, int]:
    """Open deals: how many, their amount, and the amount weighted by the stage probability."""
    count, total, weighted = session.execute(
        select(func.count(Deal.id), func.coalesce(func.sum(Deal.amount_minor), 0),
               func.coalesce(func.sum(Deal.amount_minor * PipelineStage.probability), 0))
        .join(PipelineStage, Deal.stage_id == PipelineStage.id)
        .where(Deal.deleted_at.is_(None), ~PipelineStage.is_won, ~PipelineStage.is_lost)).one()
    return int(count), int(total), int(weighted) // 100


def _tasks(session: Session, today: dt.date, tz: dt.tzinfo | None) -> tuple[int, int]:
    low = utc_midnight(today, tz)
    high = utc_midnight(today + dt.timedelta(days=1), tz)
    open_task = Task.done_at.is_(None)
    due_today = session.scalar(select(func.count(Task.id)).where(
        open_task, Task.due_at >= low, Task.due_at < high)) or 0
    overdue = session.scalar(select(func.count(Task.id)).where(
        open_task, Task.due_at < low)) or 0
    return due_today, overdue


def figures(session: Session, period: DateRange, *, today: dt.date | None = None,
            tz: dt.tzinfo | None = None) -> Figures:
    """Every key figure of the dashboard for ``period`` (``tz`` None: the system's zone)."""
    today = today or local_today(tz)
    previous = period.previous()
    by_status = customers_by_status(session)
    open_deals, pipeline, weighted = open_pipeline(session)
    won_deals, won_minor = _won(session, period, tz)
    won_previous, won_minor_previous = _won(session, previous, tz)
    owed = receivables(session, today)
    due_today, overdue_tasks = _tasks(session, today, tz)
    return Figures(
        period=period, previous=previous, today=today, by_status=by_status,
        customers=sum(s.count for s in by_status),
        new_customers=_new_customers(session, period, tz),
        new_customers_previous=_new_customers(session, previous, tz),
        open_deals=open_deals, open_pipeline_minor=pipeline, weighted_pipeline_minor=weighted,
        won_deals=won_deals, won_minor=won_minor, won_deals_previous=won_previous,
        won_minor_previous=won_minor_previous,
        receivable_minor=owed.total_minor, overdue_minor=owed.overdue_minor,
        tasks_due_today=due_today, tasks_overdue=overdue_tasks,
    )
