"""The numbers of the deals pipeline: the kanban board and the forecast, all summed in SQL.

A board column holds its cards (open deals; in won/lost stages only the deals closed in
the last ``closed_days`` days, so the board stays the size of the live pipeline) and its
count, total and weighted total (amount × the stage's win probability), per currency,
from one ``GROUP BY``. The forecast sums open deals weighted by probability per expected
close month, and won deals per month they were won (UTC), on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, extract, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Deal, DealStageChange, PipelineStage, Staff, utc_now
from crm_desktop.services.stages import StageInfo, list_stages

CLOSED_DAYS = 30


@dataclass(frozen=True)
class Card:
    id: int
    title: str
    customer_name: str
    amount_minor: int
    currency: str
    expected_close_date: dt.date | None
    owner_id: int | None
    owner_name: str | None
    stage_id: int
    position: int
    version: int
    days_in_stage: int
    overdue: bool  # an open deal whose expected close date has passed


@dataclass(frozen=True)
class Total:
    currency: str
    amount_minor: int
    weighted_minor: int  # amount × probability / 100, rounded to the minor unit


@dataclass(frozen=True)
class Column:
    stage: StageInfo
    cards: tuple[Card, ...]
    count: int
    totals: tuple[Total, ...]  # one per currency, the largest first


@dataclass(frozen=True)
class BoardFilter:
    owner_id: int | None = None  # None: everyone
    text: str = ""  # in the title or the customer's name
    close_month: tuple[int, int] | None = None  # (year, month) of the expected close date


@dataclass(frozen=True)
class MonthAmount:
    year: int | None  # None: deals without an expected close date
    month: int | None
    currency: str
    amount_minor: int


@dataclass(frozen=True)
class Forecast:
    weighted_by_close_month: tuple[MonthAmount, ...]
    won_by_month: tuple[MonthAmount, ...]


def _conditions(where: BoardFilter, *, now: dt.datetime, closed_days: int,
                stages: list[StageInfo]) -> list[ColumnElement[bool]]:
    """By stage id (the index leads with it) rather than by the stage's flags: the
    query then reads only the open deals and the closed stages' deals, not all of them."""
    cutoff = now - dt.timedelta(days=closed_days)
    open_ids = [s.id for s in stages if not s.is_closed]
    closed_ids = [s.id for s in stages if s.is_closed]
    conditions: list[ColumnElement[bool]] = [
        Deal.deleted_at.is_(None), Customer.deleted_at.is_(None),
        or_(Deal.stage_id.in_(open_ids),
            and_(Deal.stage_id.in_(closed_ids), Deal.closed_at >= cutoff)),
    ]
    if where.owner_id is not None:
        conditions.append(Deal.owner_id == where.owner_id)
    text = where.text.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(or_(Deal.title.ilike(pattern, escape="\\"),
                              Customer.name.ilike(pattern, escape="\\")))
    if where.close_month is not None:
        year, month = where.close_month
        conditions += [extract("year", Deal.expected_close_date) == year,
                       extract("month", Deal.expected_close_date) == month]
    return conditions


def board(session: Session, *, where: BoardFilter | None = None,
          closed_days: int = CLOSED_DAYS, today: dt.date | None = None) -> list[Column]:
    """Every active stage (and a retired one still holding deals) with its cards and sums."""
    where = where or BoardFilter()
    now = utc_now()
    today = today or dt.date.today()
    all_stages = list_stages(session, include_retired=True)
    conditions = _conditions(where, now=now, closed_days=closed_days, stages=all_stages)
    closed = {stage.id for stage in all_stages if stage.is_closed}
    entered = (select(func.max(DealStageChange.changed_at))
               .where(DealStageChange.deal_id == Deal.id).scalar_subquery())
    rows = session.execute(
        select(Deal.id, Deal.title, Customer.name, Deal.amount_minor, Deal.currency,
               Deal.expected_close_date, Deal.owner_id, Staff.name, Deal.stage_id,
               Deal.position, Deal.version, func.coalesce(entered, Deal.created_at))
        .join(Customer, Customer.id == Deal.customer_id)
        .outerjoin(Staff, Staff.id == Deal.owner_id)
        .where(*conditions)
        .order_by(Deal.stage_id, Deal.position, Deal.id)).tuples()
    cards: dict[int, list[Card]] = {}
    for (deal_id, title, customer, amount, currency, close, owner_id, owner, stage_id,
         position, version, since) in rows:
        cards.setdefault(stage_id, []).append(Card(
            id=deal_id, title=title, customer_name=customer, amount_minor=amount,
            currency=currency, expected_close_date=close, owner_id=owner_id,
            owner_name=owner, stage_id=stage_id, position=position, version=version,
            days_in_stage=max(0, (now - _aware(since)).days),
            overdue=stage_id not in closed and close is not None and close < today))
    sums: dict[int, list[Total]] = {}
    counts: dict[int, int] = {}
    for stage_id, currency, count, total, weighted in session.execute(
        select(Deal.stage_id, Deal.currency, func.count(Deal.id), func.sum(Deal.amount_minor),
               func.sum(Deal.amount_minor * PipelineStage.probability))
        .join(Customer, Customer.id == Deal.customer_id)
        .join(PipelineStage, PipelineStage.id == Deal.stage_id)
        .where(*conditions)
        .group_by(Deal.stage_id, Deal.currency)).tuples():
        counts[stage_id] = counts.get(stage_id, 0) + int(count)
        sums.setdefault(stage_id, []).append(
            Total(currency=currency, amount_minor=int(total or 0),
                  weighted_minor=_percent(int(weighted or 0))))
    columns = []
    for stage in all_stages:
        if not stage.active and stage.id not in counts:
            continue
        totals = sorted(sums.get(stage.id, []), key=lambda t: (-t.amount_minor, t.currency))
        columns.append(Column(stage=stage, cards=tuple(cards.get(stage.id, ())),
                              count=counts.get(stage.id, 0), totals=tuple(totals)))
    return columns


def forecast(session: Session) -> Forecast:
    """Open deals weighted by probability per expected close month; won amounts per month."""
    year = extract("year", Deal.expected_close_date)
    month = extract("month", Deal.expected_close_date)
    live = [Deal.deleted_at.is_(None), Customer.deleted_at.is_(None)]
    all_stages = list_stages(session, include_retired=True)
    open_ids = [s.id for s in all_stages if not s.is_closed]
    won_ids = [s.id for s in all_stages if s.is_won]
    weighted = session.execute(
        select(year, month, Deal.currency,
               func.sum(Deal.amount_minor * PipelineStage.probability))
        .join(Customer, Customer.id == Deal.customer_id)
        .join(PipelineStage, PipelineStage.id == Deal.stage_id)
        .where(*live, Deal.stage_id.in_(open_ids))
        .group_by(year, month, Deal.currency)
        .order_by(year, month, Deal.currency)).tuples().all()
    won_year, won_month = extract("year", Deal.closed_at), extract("month", Deal.closed_at)
    won = session.execute(
        select(won_year, won_month, Deal.currency, func.sum(Deal.amount_minor))
        .join(Customer, Customer.id == Deal.customer_id)
        .where(*live, Deal.stage_id.in_(won_ids), Deal.closed_at.is_not(None))
        .group_by(won_year, won_month, Deal.currency)
        .order_by(won_year, won_month, Deal.currency)).tuples().all()
    return Forecast(
        weighted_by_close_month=_months(weighted, weighted=True),
        won_by_month=_months(won, weighted=False))


def _months(rows: list[tuple], *, weighted: bool) -> tuple[MonthAmount, ...]:
    found = [MonthAmount(
        year=None if y is None else int(y), month=None if m is None else int(m),
        currency=currency, amount_minor=_percent(int(total or 0)) if weighted else int(total or 0))
        for y, m, currency, total in rows]
    # months in order, the deals without a date last
    return tuple(sorted(found, key=lambda a: (a.year is None, a.year or 0, a.month or 0,
                                              a.currency)))


def _percent(value: int) -> int:
    """``value`` / 100 rounded half up (amount × percent summed in SQL, in minor units)."""
    return (value + 50) // 100


def _aware(value: dt.datetime | str) -> dt.datetime:
    """A stage-entry time as aware UTC (SQLite may hand back the stored text)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)

