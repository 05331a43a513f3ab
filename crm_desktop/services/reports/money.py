"""Money reports: received payments by month, what is still owed and how late, top customers.

Revenue is what was received (``payments.received_date``, a local calendar day), not what
was signed. The schema has no refunds (a payment is always positive), so nothing is
netted off. Payments and plans of orders in the trash are left out, and of cancelled and
draft orders nothing is owed. What an instalment still asks is its amount less the
payments made against it, never below zero (an over-payment does not pay another one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Deal, Instalment, Order, Payment, PipelineStage
from crm_desktop.services.reports.periods import DateRange, add_months
from crm_desktop.services.reports.tables import Column, Label, Table, month_bucket, share

OWING_ORDER_STATUSES = ("active", "completed")
AGEING_BUCKETS = ("not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90")
AGEING_LIMITS = (30, 60, 90)  # upper ends of the late buckets, in days past due


@dataclass(frozen=True)
class Receivables:
    total_minor: int
    overdue_minor: int


def _outstanding():  # noqa: ANN202 - a SQLAlchemy subquery
    """Per instalment of a live, owing order: its due date and what is still unpaid (>0)."""
    paid = (select(Payment.instalment_id, func.sum(Payment.amount_minor).label("paid"))
            .where(Payment.instalment_id.is_not(None)).group_by(Payment.instalment_id)
            .subquery())
    left = Instalment.amount_minor - func.coalesce(paid.c.paid, 0)
    return (select(Instalment.id, Instalment.due_date, Order.customer_id, left.label("left"))
            .join(Order, Order.id == Instalment.order_id)
            .outerjoin(paid, paid.c.instalment_id == Instalment.id)
            .where(Order.deleted_at.is_(None), Order.status.in_(OWING_ORDER_STATUSES),
                   left > 0)
            .subquery())


def receivables(session: Session, today: dt.date) -> Receivables:
    """All that is still owed, and the part of it whose due date is before ``today``."""
    owed = _outstanding()
    total, overdue = session.execute(select(
        func.coalesce(func.sum(owed.c.left), 0),
        func.coalesce(func.sum(case((owed.c.due_date < today, owed.c.left), else_=0)), 0),
    )).one()
    return Receivables(int(total), int(overdue))


def receivables_ageing(session: Session, period: DateRange | None = None, *,
                       today: dt.date) -> Table:
    """What is owed today, by how late it is: not yet due, 1–30, 31–60, 61–90, over 90 days."""
    owed = _outstanding()
    late = [today - dt.timedelta(days=days) for days in AGEING_LIMITS]
    bucket = case(
        (owed.c.due_date >= today, 0),
        (owed.c.due_date >= late[0], 1),
        (owed.c.due_date >= late[1], 2),
        (owed.c.due_date >= late[2], 3),
        else_=4,
    )
    inner = select(bucket.label("bucket"), owed.c.left, owed.c.customer_id).subquery()
    found = {b: (int(n), int(c), int(s)) for b, n, c, s in session.execute(
        select(inner.c.bucket, func.count(), func.count(func.distinct(inner.c.customer_id)),
               func.sum(inner.c.left)).group_by(inner.c.bucket))}
    total = sum(s for _n, _c, s in found.values())
    rows = []
    for index, key in enumerate(AGEING_BUCKETS):
        count, customers, amount = found.get(index, (0, 0, 0))
        rows.append((Label(key, kind="term"), count, customers, amount, share(amount, total)))
    return Table("receivables_ageing", None,
                 (Column("age", "text"), Column("instalments", "count"),
                  Column("customers", "count"), Column("outstanding", "money"),
                  Column("share", "percent")),
                 rows, chart="bar", plotted=("outstanding",), as_of=today)


def monthly_revenue(session: Session, period: DateRange, *, today: dt.date) -> Table:
    """Payments received per month of ``period``, beside the weighted forecast of open deals.

    The forecast puts each open deal's amount × its stage's probability in the month it is
    expected to close; deals whose expected date has passed count in the current month.
    """
    months = period.months()
    bucket = month_bucket(Payment.received_date, months, is_date=True)
    inner = (select(bucket.label("bucket"), Payment.amount_minor)
             .join(Order, Order.id == Payment.order_id)
             .where(Order.deleted_at.is_(None), Payment.received_date >= period.start,
                    Payment.received_date <= period.end).subquery())
    received = {b: (int(n), int(s)) for b, n, s in session.execute(
        select(inner.c.bucket, func.count(), func.sum(inner.c.amount_minor))
        .where(inner.c.bucket.is_not(None)).group_by(inner.c.bucket))}
    forecast = _forecast(session, months, today)
    rows = []
    for index, month in enumerate(months):
        count, amount = received.get(index, (0, 0))
        rows.append((month, count, amount, forecast.get(index, 0)))
    return Table("monthly_revenue", period,
                 (Column("month", "month"), Column("payments", "count"),
                  Column("received", "money"), Column("forecast", "money")),
                 rows, chart="bar", plotted=("received", "forecast"), as_of=today,
                 notes={"total_received": sum(r[2] for r in rows)})


def _forecast(session: Session, months: list[dt.date], today: dt.date) -> dict[int, int]:
    current = today.replace(day=1)
    future = [m for m in months if m >= current]
    if not future:
        return {}
    offset = months.index(future[0])
    expected = Deal.expected_close_date  # open deals without one are in no month
    whens = [(expected < current, 0)] if future[0] == current else []
    for i, month in enumerate(future):
        whens.append((and_(expected >= month, expected < add_months(month, 1)), i))
    inner = (select(case(*whens, else_=None).label("bucket"),
                    (Deal.amount_minor * PipelineStage.probability).label("weighted"))
             .join(PipelineStage, Deal.stage_id == PipelineStage.id)
             .where(Deal.deleted_at.is_(None), ~PipelineStage.is_won, ~PipelineStage.is_lost)
             .subquery())
    return {int(b) + offset: int(s) // 100 for b, s in session.execute(
        select(inner.c.bucket, func.sum(inner.c.weighted))
        .where(inner.c.bucket.is_not(None)).group_by(inner.c.bucket))}


def top_customers(session: Session, period: DateRange, *, limit: int = 10,
                  today: dt.date | None = None) -> Table:
    """The customers who paid the most in ``period``, with their share of all received."""
    live = and_(Order.deleted_at.is_(None), Payment.received_date >= period.start,
                Payment.received_date <= period.end)
    total = session.scalar(select(func.coalesce(func.sum(Payment.amount_minor), 0))
                           .join(Order, Order.id == Payment.order_id).where(live)) or 0
    paid = func.sum(Payment.amount_minor)
    per_customer = (select(Payment.customer_id, paid.label("paid"), func.count().label("n"))
                    .join(Order, Order.id == Payment.order_id).where(live)
                    .group_by(Payment.customer_id).subquery())
    rows = [(Label(name, id=customer_id), int(n), int(amount), share(int(amount), int(total)))
            for customer_id, name, amount, n in session.execute(
                select(Customer.id, Customer.name, per_customer.c.paid, per_customer.c.n)
                .join(per_customer, per_customer.c.customer_id == Customer.id)
                .order_by(per_customer.c.paid.desc(), Customer.id).limit(limit))]
    return Table("top_customers", period,
                 (Column("customer", "text"), Column("payments", "count"),
                  Column("received", "money"), Column("share", "percent")),
                 rows, chart="hbar", plotted=("received",), as_of=today,
                 notes={"total_received": int(total)})
