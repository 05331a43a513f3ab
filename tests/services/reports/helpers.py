"""Builders for the report tests: a crafted database whose numbers are computed by hand.

Times are given in Beijing time (UTC+8, no daylight saving) and stored in UTC, so a
record at 01:00 on the 1st of a month is still in the month before in UTC.
"""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Customer,
    Deal,
    DealStageChange,
    Instalment,
    Order,
    Payment,
    PipelineStage,
    Status,
    StatusChange,
)

BEIJING = ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2024, 3, 15)
_numbers = itertools.count(1)


def local(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    """A Beijing wall-clock time as an aware datetime (stored as UTC by the column type)."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=BEIJING)


def statuses(session: Session) -> dict[str, Status]:
    return {s.code: s for s in session.scalars(select(Status))}


def stages(session: Session) -> dict[str, PipelineStage]:
    return {s.code: s for s in session.scalars(select(PipelineStage))}


def customer(session: Session, name: str = "客户", *, status: str = "lead",
             created: dt.datetime | None = None, **values: object) -> Customer:
    row = Customer(name=name, status_id=statuses(session)[status].id,
                   created_at=created or local(2023, 6, 1), **values)
    session.add(row)
    session.flush()
    return row


def deal(session: Session, who: Customer, stage: str, amount: int, *,
         closed: dt.datetime | None = None, created: dt.datetime | None = None,
         path: tuple[str, ...] = (), **values: object) -> Deal:
    """A deal in ``stage``; ``path`` the stages it went through (history rows), in order."""
    codes = stages(session)
    row = Deal(customer_id=who.id, title=f"deal {amount}", stage_id=codes[stage].id,
               amount_minor=amount, closed_at=closed,
               created_at=created or local(2024, 1, 2), **values)
    session.add(row)
    session.flush()
    previous = None
    for step, code in enumerate(path):
        session.add(DealStageChange(
            deal_id=row.id, from_stage_id=codes[previous].id if previous else None,
            to_stage_id=codes[code].id, changed_at=row.created_at + dt.timedelta(hours=step)))
        previous = code
    session.flush()
    return row


def order(session: Session, who: Customer, *, status: str = "active",
          deleted: bool = False) -> Order:
    row = Order(number=f"SO-{next(_numbers)}", customer_id=who.id, status=status,
                deleted_at=local(2024, 3, 1) if deleted else None)
    session.add(row)
    session.flush()
    return row


def instalment(session: Session, of: Order, due: dt.date, amount: int,
               paid: tuple[int, ...] = ()) -> Instalment:
    seq = len(session.scalars(select(Instalment).where(Instalment.order_id == of.id)).all())
    row = Instalment(order_id=of.id, seq=seq + 1, due_date=due, amount_minor=amount)
    session.add(row)
    session.flush()
    for amount_paid in paid:
        pay(session, of, due, amount_paid, instalment=row)
    return row


def pay(session: Session, of: Order, received: dt.date, amount: int, *,
        instalment: Instalment | None = None) -> Payment:
    row = Payment(order_id=of.id, customer_id=of.customer_id, received_date=received,
                  amount_minor=amount, instalment_id=instalment.id if instalment else None)
    session.add(row)
    session.flush()
    return row


def move(session: Session, who: Customer, to: str, at: dt.datetime,
         source: str | None = None) -> None:
    codes = statuses(session)
    session.add(StatusChange(customer_id=who.id, from_status_id=codes[source].id if source
                             else None, to_status_id=codes[to].id, changed_at=at))
    session.flush()
