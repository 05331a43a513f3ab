"""Team KPIs per owner for a period: interactions logged, new customers, deals won, money
received on their orders, and their open tasks already past due (overdue follow-ups).

Where Report Settings give a monthly target per person, a column beside the figures says
how much of it each person reached in the period (the target times the months in it).
People with nothing in the period and no longer active are left out; work without an
owner is one row "not set", last (it has no target).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Customer,
    Deal,
    Interaction,
    Order,
    Payment,
    PipelineStage,
    Staff,
    Task,
)
from crm_desktop.services.reports.periods import DateRange, local_today, utc_midnight
from crm_desktop.services.reports.settings import (
    TARGET_FIGURES,
    load_report_settings,
    months_in,
)
from crm_desktop.services.reports.tables import Column, Label, Table, share

FIGURES = ("interactions", "new_customers", "won", "won_amount", "received", "overdue_tasks")


def team_kpis(session: Session, period: DateRange, *, tz: dt.tzinfo | None = None,
              today: dt.date | None = None) -> Table:
    today = today or local_today(tz)
    low, high = period.utc_bounds(tz)
    found: dict[int | None, dict[str, int]] = {}

    def add(key: str, rows: object) -> None:
        for owner, value in rows:  # type: ignore[attr-defined]
            found.setdefault(owner, {})[key] = int(value or 0)

    add("interactions", session.execute(
        select(Interaction.staff_id, func.count())
        .where(Interaction.occurred_at >= low, Interaction.occurred_at < high)
        .group_by(Interaction.staff_id)))
    add("new_customers", session.execute(
        select(Customer.owner_id, func.count())
        .where(Customer.deleted_at.is_(None), Customer.created_at >= low,
               Customer.created_at < high)
        .group_by(Customer.owner_id)))
    won = session.execute(
        select(Deal.owner_id, func.count(), func.sum(Deal.amount_minor))
        .join(PipelineStage, Deal.stage_id == PipelineStage.id)
        .where(Deal.deleted_at.is_(None), PipelineStage.is_won, Deal.closed_at >= low,
               Deal.closed_at < high)
        .group_by(Deal.owner_id)).all()
    add("won", [(owner, n) for owner, n, _s in won])
    add("won_amount", [(owner, s) for owner, _n, s in won])
    add("received", session.execute(
        select(Order.owner_id, func.sum(Payment.amount_minor))
        .join(Order, Order.id == Payment.order_id)
        .where(Order.deleted_at.is_(None), Payment.received_date >= period.start,
               Payment.received_date <= period.end)
        .group_by(Order.owner_id)))
    add("overdue_tasks", session.execute(
        select(Task.assignee_id, func.count())
        .where(Task.done_at.is_(None), Task.due_at < utc_midnight(today, tz))
        .group_by(Task.assignee_id)))
    targets = load_report_settings(session).targets
    months = months_in(period)
    goals = {key: round(targets[key] * months) for key in TARGET_FIGURES if key in targets}

    def reached(values: dict[str, int], owned: bool) -> tuple[float | None, ...]:
        return tuple(share(values.get(key, 0), goal) if owned else None
                     for key, goal in goals.items())

    rows = []
    for staff in session.scalars(select(Staff).order_by(Staff.name)):
        values = found.pop(staff.id, {})
        if staff.active or any(values.values()):
            rows.append((Label(staff.name, id=staff.id),
                         *(values.get(key, 0) for key in FIGURES), *reached(values, True)))
    unowned = found.pop(None, {})
    if any(unowned.values()):
        rows.append((Label(None), *(unowned.get(key, 0) for key in FIGURES),
                     *reached(unowned, False)))
    return Table("team_kpis", period,
                 (Column("owner", "text"), Column("interactions", "count"),
                  Column("new_customers", "count"), Column("won", "count"),
                  Column("won_amount", "money"), Column("received", "money"),
                  Column("overdue_tasks", "count"),
                  *(Column(f"{key}_of_target", "percent") for key in goals)),
                 rows, chart="hbar", plotted=("received",), as_of=today,
                 notes={"targets": goals})
