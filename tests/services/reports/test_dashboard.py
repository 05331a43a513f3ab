"""The dashboard's key figures on a crafted database, the expected numbers worked by hand."""

from __future__ import annotations

import datetime as dt

from crm_desktop.db import Database
from crm_desktop.models import Task
from crm_desktop.services.reports.dashboard import figures
from crm_desktop.services.reports.periods import preset
from tests.services.reports.helpers import (
    BEIJING,
    TODAY,
    customer,
    deal,
    instalment,
    local,
    order,
)

MARCH = preset("this_month", TODAY)


def test_an_empty_database_has_zero_figures_and_every_status(database: Database) -> None:
    with database.session() as session:
        shown = figures(session, MARCH, today=TODAY, tz=BEIJING)
    assert [s.status.code for s in shown.by_status][:2] == ["lead", "following"]
    assert all(s.count == 0 for s in shown.by_status)
    assert (shown.customers, shown.new_customers, shown.open_deals, shown.won_minor,
            shown.receivable_minor, shown.tasks_due_today) == (0, 0, 0, 0, 0, 0)


def test_new_customers_count_by_the_local_day(database: Database) -> None:
    with database.session() as session:
        # 1 March 01:00 in Beijing is still 29 February in UTC: a March customer
        customer(session, "三月初", created=local(2024, 3, 1, 1, 0))
        # 29 February 23:59 in Beijing: February
        customer(session, "二月底", status="following", created=local(2024, 2, 29, 23, 59))
        customer(session, "三月底", created=local(2024, 3, 31, 23, 59))
        customer(session, "四月初", created=local(2024, 4, 1, 0, 0))
        customer(session, "回收站", created=local(2024, 3, 10), deleted_at=local(2024, 3, 11))
    with database.session() as session:
        shown = figures(session, MARCH, today=TODAY, tz=BEIJING)
    assert shown.new_customers == 2
    assert shown.new_customers_previous == 1
    assert shown.customers == 4  # the trashed one is not counted
    counts = {s.status.code: s.count for s in shown.by_status}
    assert counts["lead"] == 3 and counts["following"] == 1


def test_pipeline_and_won_this_month_against_last(database: Database) -> None:
    with database.session() as session:
        who = customer(session)
        deal(session, who, "proposal", 200_000)  # 50 %
        deal(session, who, "negotiation", 100_001)  # 75 %
        deal(session, who, "qualify", 999_999, deleted_at=local(2024, 3, 1))  # trash
        # won at 00:30 on 1 March in Beijing (16:30 on 29 February in UTC): March
        deal(session, who, "won", 100_000, closed=local(2024, 3, 1, 0, 30))
        deal(session, who, "won", 7_000, closed=local(2024, 3, 31, 23, 0))
        deal(session, who, "won", 50_000, closed=local(2024, 2, 10))
        deal(session, who, "lost", 80_000, closed=local(2024, 3, 5), lost_reason="价格太高")
    with database.session() as session:
        shown = figures(session, MARCH, today=TODAY, tz=BEIJING)
    assert (shown.open_deals, shown.open_pipeline_minor) == (2, 300_001)
    # (200000 × 50 + 100001 × 75) / 100 = 175000.75, rounded down to whole fen
    assert shown.weighted_pipeline_minor == 175_000
    assert (shown.won_deals, shown.won_minor) == (2, 107_000)
    assert (shown.won_deals_previous, shown.won_minor_previous) == (1, 50_000)


def test_receivables_and_overdue(database: Database) -> None:
    with database.session() as session:
        who = customer(session)
        active = order(session, who)
        instalment(session, active, dt.date(2024, 3, 20), 100_000)  # not due
        instalment(session, active, TODAY, 50_000, paid=(20_000,))  # due today: 30 000
        instalment(session, active, dt.date(2024, 3, 14), 40_000)  # 1 day late
        instalment(session, active, dt.date(2024, 1, 1), 10_000, paid=(15_000,))  # over-paid
        instalment(session, order(session, who, status="draft"), dt.date(2024, 1, 1), 5_000)
        instalment(session, order(session, who, status="cancelled"), dt.date(2024, 1, 1), 5_000)
        instalment(session, order(session, who, deleted=True), dt.date(2024, 1, 1), 5_000)
    with database.session() as session:
        shown = figures(session, MARCH, today=TODAY, tz=BEIJING)
    assert shown.receivable_minor == 170_000
    assert shown.overdue_minor == 40_000


def test_tasks_due_today_by_the_local_day(database: Database) -> None:
    with database.session() as session:
        session.add_all([
            Task(title="早上", due_at=local(2024, 3, 15, 0, 10)),  # 14 March in UTC
            Task(title="晚上", due_at=local(2024, 3, 15, 23, 50)),
            Task(title="明天", due_at=local(2024, 3, 16, 0, 5)),
            Task(title="昨天", due_at=local(2024, 3, 14, 23, 55)),
            Task(title="做完", due_at=local(2024, 3, 15, 9), done_at=local(2024, 3, 15, 10)),
            Task(title="没有日期"),
        ])
    with database.session() as session:
        shown = figures(session, MARCH, today=TODAY, tz=BEIJING)
    assert (shown.tasks_due_today, shown.tasks_overdue) == (2, 1)
