"""Sales reports: the funnel by stage, deals won and lost per month, and why deals were lost.

A deal is won or lost in the local month of its ``closed_at`` (stored in UTC). Deals in the
trash are left out everywhere.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Deal, DealStageChange, PipelineStage
from crm_desktop.services.reports.periods import DateRange
from crm_desktop.services.reports.tables import Column, Label, Table, month_bucket, share


def _stage_label(stage: PipelineStage) -> Label:
    return Label(stage.name, stage.code, stage.name_en, "stage", id=stage.id)


def sales_funnel(session: Session, period: DateRange, *, tz: dt.tzinfo | None = None,
                 today: dt.date | None = None) -> Table:
    """Per open stage, in pipeline order: of the deals created in ``period``, how many reached
    it (from the stage history), the share of the first stage's, and what stands in it now
    (open deals today, their amount and weighted amount). Won and lost close the list.
    """
    low, high = period.utc_bounds(tz)
    stages = sorted(session.scalars(select(PipelineStage)),
                    key=lambda s: (s.is_won or s.is_lost, s.is_lost, s.position, s.id))
    reached = dict(session.execute(
        select(DealStageChange.to_stage_id, func.count(func.distinct(DealStageChange.deal_id)))
        .join(Deal, Deal.id == DealStageChange.deal_id)
        .where(Deal.deleted_at.is_(None), Deal.created_at >= low, Deal.created_at < high)
        .group_by(DealStageChange.to_stage_id)).all())
    standing = {stage_id: (int(n), int(total)) for stage_id, n, total in session.execute(
        select(Deal.stage_id, func.count(), func.sum(Deal.amount_minor))
        .where(Deal.deleted_at.is_(None)).group_by(Deal.stage_id))}
    open_stages = [s for s in stages if not s.is_won and not s.is_lost and s.active]
    won_reached = sum(int(reached.get(s.id, 0)) for s in stages if s.is_won)
    # the base of the shares: the open stage most deals reached (deals may skip the first)
    first = max((int(reached.get(s.id, 0)) for s in open_stages), default=0)
    rows = []
    for stage in stages:
        if not stage.active and stage.id not in standing and stage.id not in reached:
            continue
        n, total = standing.get(stage.id, (0, 0))
        is_open = not stage.is_won and not stage.is_lost
        count = int(reached.get(stage.id, 0))
        rows.append((_stage_label(stage), count, share(count, first), n if is_open else None,
                     total if is_open else None,
                     total * stage.probability // 100 if is_open else None))
    return Table("sales_funnel", period,
                 (Column("stage", "text"), Column("reached", "count"),
                  Column("of_first", "percent"), Column("open_deals", "count"),
                  Column("open_amount", "money"), Column("weighted", "money")),
                 rows, chart="hbar", plotted=("reached",), as_of=today,
                 notes={"won_reached": won_reached})


def won_lost_by_month(session: Session, period: DateRange, *, tz: dt.tzinfo | None = None,
                      today: dt.date | None = None) -> Table:
    """Per local month of ``period``: deals won and lost (count, amount) and the win rate."""
    low, high = period.utc_bounds(tz)
    months = period.months()
    bucket = month_bucket(Deal.closed_at, months, is_date=False, tz=tz)
    outcome = case((PipelineStage.is_won, "won"), else_="lost")
    inner = (select(bucket.label("bucket"), outcome.label("outcome"), Deal.amount_minor)
             .join(PipelineStage, Deal.stage_id == PipelineStage.id)
             .where(Deal.deleted_at.is_(None), PipelineStage.is_won | PipelineStage.is_lost,
                    Deal.closed_at >= low, Deal.closed_at < high).subquery())
    found = {(b, o): (int(n), int(s)) for b, o, n, s in session.execute(
        select(inner.c.bucket, inner.c.outcome, func.count(), func.sum(inner.c.amount_minor))
        .where(inner.c.bucket.is_not(None)).group_by(inner.c.bucket, inner.c.outcome))}
    rows = []
    for index, month in enumerate(months):
        won_n, won_s = found.get((index, "won"), (0, 0))
        lost_n, lost_s = found.get((index, "lost"), (0, 0))
        rows.append((month, won_n, won_s, lost_n, lost_s, share(won_n, won_n + lost_n)))
    return Table("won_lost", period,
                 (Column("month", "month"), Column("won", "count"),
                  Column("won_amount", "money"), Column("lost", "count"),
                  Column("lost_amount", "money"), Column("win_rate", "percent")),
                 rows, chart="bar", plotted=("won", "lost"), as_of=today)


def lost_reasons(session: Session, period: DateRange, *, tz: dt.tzinfo | None = None,
                 today: dt.date | None = None) -> Table:
    """Deals lost in ``period`` by their reason (blank reasons as one "not given" row, last)."""
    low, high = period.utc_bounds(tz)
    reason = func.nullif(func.trim(Deal.lost_reason), "")
    inner = (select(reason.label("reason"), Deal.amount_minor)
             .join(PipelineStage, Deal.stage_id == PipelineStage.id)
             .where(Deal.deleted_at.is_(None), PipelineStage.is_lost,
                    Deal.closed_at >= low, Deal.closed_at < high).subquery())
    found = session.execute(select(inner.c.reason, func.count(), func.sum(inner.c.amount_minor))
                            .group_by(inner.c.reason)).all()
    total = sum(int(n) for _r, n, _s in found)
    found.sort(key=lambda r: (r[0] is None, -r[1], r[0] or ""))
    rows = [(Label(r), int(n), int(s), share(int(n), total)) for r, n, s in found]
    return Table("lost_reasons", period,
                 (Column("reason", "text"), Column("lost", "count"),
                  Column("lost_amount", "money"), Column("share", "percent")),
                 rows, chart="hbar", plotted=("lost",), as_of=today)
