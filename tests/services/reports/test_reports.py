"""Every report's numbers on a crafted database, against values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db import Database
from crm_desktop.services import reports
from crm_desktop.services.errors import Cancelled
from crm_desktop.services.reports import customers, money, sales
from crm_desktop.services.reports.periods import DateRange
from tests.services.reports.helpers import (
    BEIJING,
    TODAY,
    customer,
    deal,
    instalment,
    local,
    move,
    order,
    pay,
)

D = dt.date
Q1 = DateRange(D(2024, 1, 1), D(2024, 3, 31))


def _texts(table: reports.Table, key: str) -> list[str | None]:
    return [label.name for label in table.column(key)]


def test_customers_by_industry_puts_blank_and_missing_together_last(database: Database) -> None:
    with database.session() as session:
        customer(session, "甲", industry="制造业")
        customer(session, "乙", industry="制造业 ")  # trimmed: the same industry
        customer(session, "丙", industry="零售")
        customer(session, "丁", industry="  ")
        customer(session, "戊")
        customer(session, "己", industry="零售", deleted_at=local(2024, 3, 1))
    with database.session() as session:
        table = customers.customers_by(session, "industry")
    assert _texts(table, "industry") == ["制造业", "零售", None]
    assert table.column("customers") == [2, 1, 2]
    assert table.column("share") == [40.0, 20.0, 40.0]


@pytest.mark.parametrize("dimension", customers.DIMENSIONS)
def test_every_dimension_groups(database: Database, dimension: str) -> None:
    with database.session() as session:
        customer(session, "甲", **{dimension: "A"})
        customer(session, "乙", **{dimension: "A"})
    with database.session() as session:
        assert customers.customers_by(session, dimension).column("customers") == [2]


def test_status_conversion_counts_moves_shares_and_median_days(database: Database) -> None:
    with database.session() as session:
        a, b = customer(session, "甲"), customer(session, "乙")
        move(session, a, "lead", local(2024, 1, 1, 10))
        move(session, a, "following", local(2024, 1, 11, 10), "lead")  # 10 days a lead
        # 01:00 on 1 February in Beijing is 31 January in UTC: a February move
        move(session, a, "signed", local(2024, 2, 1, 1), "following")
        move(session, b, "lead", local(2024, 1, 5, 10))
        move(session, b, "following", local(2024, 1, 8, 10), "lead")  # 3 days a lead
        move(session, b, "lost", local(2024, 2, 3, 10), "following")  # 26 days following
    with database.session() as session:
        january = customers.status_conversion(
            session, DateRange(D(2024, 1, 1), D(2024, 1, 31)), tz=BEIJING)
        february = customers.status_conversion(
            session, DateRange(D(2024, 2, 1), D(2024, 2, 29)), tz=BEIJING)
    assert [(f.name, t.code, n, s, d) for f, t, n, s, d in january.rows] == [
        ("new", "lead", 2, 100.0, None),
        ("潜在客户", "following", 2, 100.0, 6.5),  # median of 10 and 3
    ]
    assert [(f.code, t.code, n, s) for f, t, n, s, _d in february.rows] == [
        ("following", "signed", 1, 50.0), ("following", "lost", 1, 50.0)]
    days = dict(((f.code, t.code), d) for f, t, _n, _s, d in february.rows)
    assert days[("following", "lost")] == 26.0
    assert days[("following", "signed")] == pytest.approx(20.6, abs=0.05)  # 20 d 15 h


def test_sales_funnel_counts_deals_reaching_each_stage(database: Database) -> None:
    with database.session() as session:
        who = customer(session)
        deal(session, who, "won", 1_000, closed=local(2024, 2, 1),
             path=("qualify", "needs", "proposal", "won"))
        deal(session, who, "lost", 2_000, closed=local(2024, 2, 1),
             path=("qualify", "needs", "lost"))
        deal(session, who, "proposal", 40_000, path=("qualify", "proposal"))  # skips needs
        deal(session, who, "qualify", 10_000, path=("qualify",))
        deal(session, who, "qualify", 5_000, path=("qualify",), created=local(2023, 12, 31))
    with database.session() as session:
        table = sales.sales_funnel(session, Q1, tz=BEIJING)
    by_stage = {label.code: row for label, *row in table.rows}
    assert by_stage["qualify"] == [4, 100.0, 2, 15_000, 1_500]  # 2 open now (one of 2023)
    assert by_stage["needs"][:2] == [2, 50.0]
    assert by_stage["proposal"] == [2, 50.0, 1, 40_000, 20_000]  # the won one and the open one
    assert by_stage["won"] == [1, 25.0, None, None, None]
    assert by_stage["lost"][0] == 1
    assert _texts(table, "stage")[-2:] == ["赢单", "输单"]  # won and lost close the list


def test_won_lost_by_local_month_with_win_rate(database: Database) -> None:
    with database.session() as session:
        who = customer(session)
        deal(session, who, "won", 100, closed=local(2024, 1, 31, 23, 30))  # January
        deal(session, who, "won", 200, closed=local(2024, 2, 1, 0, 30))  # February (UTC: Jan)
        deal(session, who, "lost", 300, closed=local(2024, 2, 10))
        deal(session, who, "lost", 400, closed=local(2024, 2, 11))
        deal(session, who, "lost", 500, closed=local(2024, 4, 1, 0, 10))  # outside Q1
        deal(session, who, "won", 600, closed=local(2024, 2, 12), deleted_at=local(2024, 3, 1))
    with database.session() as session:
        table = sales.won_lost_by_month(session, Q1, tz=BEIJING)
    assert table.rows == [
        (D(2024, 1, 1), 1, 100, 0, 0, 100.0),
        (D(2024, 2, 1), 1, 200, 2, 700, 33.3),
        (D(2024, 3, 1), 0, 0, 0, 0, None),
    ]


def test_lost_reasons_groups_trimmed_reasons_and_not_given_last(database: Database) -> None:
    with database.session() as session:
        who = customer(session)
        deal(session, who, "lost", 100, closed=local(2024, 2, 1), lost_reason="价格太高")
        deal(session, who, "lost", 200, closed=local(2024, 2, 2), lost_reason="价格太高 ")
        deal(session, who, "lost", 300, closed=local(2024, 2, 3), lost_reason="预算取消")
        deal(session, who, "lost", 400, closed=local(2024, 2, 4), lost_reason="")
        deal(session, who, "lost", 500, closed=local(2024, 2, 5))
        deal(session, who, "won", 600, closed=local(2024, 2, 5))
        deal(session, who, "lost", 700, closed=local(2023, 12, 31, 23), lost_reason="预算取消")
    with database.session() as session:
        table = sales.lost_reasons(session, Q1, tz=BEIJING)
    assert [(label.name, n, s) for label, n, s, _p in table.rows] == [
        ("价格太高", 2, 300), ("预算取消", 1, 300), (None, 2, 900)]
    assert table.column("share") == [40.0, 20.0, 40.0]


def test_monthly_revenue_counts_received_days_and_the_weighted_forecast(
        database: Database) -> None:
    with database.session() as session:
        who = customer(session)
        live, trashed = order(session, who), order(session, who, deleted=True)
        pay(session, live, D(2024, 2, 29), 1_000)
        pay(session, live, D(2024, 3, 1), 2_000)
        pay(session, live, D(2024, 3, 31), 3_000)
        pay(session, live, D(2024, 4, 1), 9_999)  # after the range
        pay(session, order(session, who, status="cancelled"), D(2024, 1, 5), 500)  # was paid
        pay(session, trashed, D(2024, 3, 2), 70_000)
        deal(session, who, "proposal", 10_000, expected_close_date=D(2024, 3, 20))  # 5 000
        deal(session, who, "qualify", 10_000, expected_close_date=D(2024, 2, 1))  # late: 1 000
        deal(session, who, "negotiation", 10_000, expected_close_date=D(2024, 4, 2))
        deal(session, who, "won", 10_000, expected_close_date=D(2024, 3, 2),
             closed=local(2024, 3, 2))
    with database.session() as session:
        table = money.monthly_revenue(session, Q1, today=TODAY)
    assert table.rows == [
        (D(2024, 1, 1), 1, 500, 0),
        (D(2024, 2, 1), 1, 1_000, 0),  # past months have no forecast
        (D(2024, 3, 1), 2, 5_000, 6_000),
    ]
    assert table.notes["total_received"] == 6_500


def test_receivables_ageing_buckets_by_days_past_due(database: Database) -> None:
    with database.session() as session:
        a, b = customer(session, "甲"), customer(session, "乙")
        first, second = order(session, a), order(session, b, status="completed")
        instalment(session, first, D(2024, 3, 20), 100_000)  # not due
        instalment(session, first, TODAY, 50_000, paid=(20_000,))  # due today: not late
        instalment(session, first, D(2024, 3, 14), 40_000)  # 1 day
        instalment(session, second, D(2024, 2, 14), 25_000)  # 30 days
        instalment(session, second, D(2024, 2, 13), 12_000)  # 31 days
        instalment(session, second, D(2024, 1, 15), 6_000, paid=(1_000,))  # 60 days
        instalment(session, second, D(2024, 1, 14), 3_000)  # 61 days
        instalment(session, second, D(2023, 12, 16), 2_000)  # 90 days
        instalment(session, second, D(2023, 12, 15), 7_000)  # 91 days
        instalment(session, second, D(2023, 1, 1), 8_000, paid=(8_000,))  # paid in full
        instalment(session, order(session, b, status="draft"), D(2023, 1, 1), 9_000)
    with database.session() as session:
        table = money.receivables_ageing(session, today=TODAY)
    assert _texts(table, "age") == list(money.AGEING_BUCKETS)
    assert table.column("outstanding") == [130_000, 65_000, 17_000, 5_000, 7_000]
    assert table.column("instalments") == [2, 2, 2, 2, 1]
    assert table.column("customers") == [1, 2, 1, 1, 1]
    assert sum(table.column("outstanding")) == 224_000


def test_top_customers_by_money_received_in_the_range(database: Database) -> None:
    with database.session() as session:
        a, b, c = customer(session, "甲"), customer(session, "乙"), customer(session, "丙")
        pay(session, order(session, a), D(2024, 1, 10), 3_000)
        pay(session, order(session, a), D(2024, 2, 10), 3_000)
        pay(session, order(session, b), D(2024, 3, 10), 4_000)
        pay(session, order(session, c), D(2024, 3, 10), 2_000)
        pay(session, order(session, c), D(2024, 4, 10), 90_000)  # after the range
    with database.session() as session:
        table = money.top_customers(session, Q1, limit=2)
    assert [(label.name, n, amount, s) for label, n, amount, s in table.rows] == [
        ("甲", 2, 6_000, 50.0), ("乙", 1, 4_000, 33.3)]
    assert table.notes["total_received"] == 12_000


def test_an_empty_database_gives_empty_reports(database: Database) -> None:
    with database.session() as session:
        tables = reports.run_all(session, period=Q1, today=TODAY, tz=BEIJING)
    assert [t.name for t in tables] == list(reports.NAMES)
    assert all(t.is_empty() for t in tables)
    assert all(t.as_json()["name"] == t.name for t in tables)


def test_run_all_reports_progress_and_stops_when_cancelled(database: Database) -> None:
    seen: list[tuple[int, int]] = []
    with database.session() as session:
        reports.run_all(session, ("won_lost", "top_customers"), today=TODAY,
                        progress=lambda done, total: seen.append((done, total)))
        with pytest.raises(Cancelled):
            reports.run_all(session, today=TODAY, cancelled=lambda: True)
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_each_report_has_a_default_range() -> None:
    assert reports.run.__name__ == "run"
    assert reports.spec("monthly_revenue").default_range(TODAY) == \
        DateRange(D(2023, 4, 1), D(2024, 3, 31))
    with pytest.raises(KeyError):
        reports.spec("nonsense")
