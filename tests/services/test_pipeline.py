"""The board and the forecast: cards, counts and (weighted) totals summed in SQL."""

from __future__ import annotations

import datetime as dt

from crm_desktop.db import Database
from crm_desktop.services import deals, pipeline
from crm_desktop.services.customers import trash_customers
from crm_desktop.services.pipeline import BoardFilter, MonthAmount
from crm_desktop.services.staff import add_staff
from tests.services.deal_helpers import a_customer, a_deal, stage_ids


def _columns(database: Database, **where: object) -> dict[str, pipeline.Column]:
    with database.session() as session:
        return {c.stage.code or c.stage.name: c
                for c in pipeline.board(session, where=BoardFilter(**where))}  # type: ignore[arg-type]


def test_each_stage_column_counts_and_sums_its_deals(database: Database) -> None:
    with database.session() as session:
        customer = a_customer(session)
        a_deal(session, "甲", customer_id=customer, amount_minor=100_000, stage="proposal")
        a_deal(session, "乙", customer_id=customer, amount_minor=33_333, stage="proposal")
        a_deal(session, "丙", customer_id=customer, amount_minor=5_000, stage="proposal",
               currency="USD")
    columns = _columns(database)
    assert list(columns) == ["qualify", "needs", "proposal", "negotiation", "won", "lost"]
    proposal = columns["proposal"]
    assert proposal.count == 3 and [c.title for c in proposal.cards] == ["甲", "乙", "丙"]
    assert [(t.currency, t.amount_minor, t.weighted_minor) for t in proposal.totals] == [
        ("CNY", 133_333, 66_667), ("USD", 5_000, 2_500)]
    assert columns["qualify"].count == 0 and columns["qualify"].totals == ()


def test_a_card_says_customer_owner_days_in_stage_and_overdue(database: Database) -> None:
    with database.session() as session:
        owner = add_staff(session, name="李雷").id
        a_deal(session, "过期", owner_id=owner, expected_close_date=dt.date(2020, 1, 31))
        a_deal(session, "未到期", expected_close_date=dt.date(2100, 1, 31))
    cards = {c.title: c for c in _columns(database)["qualify"].cards}
    assert cards["过期"].overdue and not cards["未到期"].overdue
    assert cards["过期"].owner_name == "李雷" and cards["过期"].customer_name == "星海科技"
    assert cards["过期"].days_in_stage == 0


def test_filters_by_owner_text_and_close_month(database: Database) -> None:
    with database.session() as session:
        owner = add_staff(session, name="李雷").id
        a_deal(session, "官网改版", owner_id=owner, expected_close_date=dt.date(2026, 3, 9))
        a_deal(session, "ERP 100%", customer_id=a_customer(session, "蓝天贸易"))
    assert [c.title for c in _columns(database, owner_id=owner)["qualify"].cards] == ["官网改版"]
    assert [c.title for c in _columns(database, text="蓝天")["qualify"].cards] == ["ERP 100%"]
    assert [c.title for c in _columns(database, text="erp 100%")["qualify"].cards] == [
        "ERP 100%"]
    assert _columns(database, text="_")["qualify"].count == 0
    by_month = _columns(database, close_month=(2026, 3))["qualify"]
    assert [c.title for c in by_month.cards] == ["官网改版"] and by_month.count == 1


def test_deals_in_the_trash_or_of_trashed_customers_leave_the_board(database: Database) -> None:
    with database.session() as session:
        gone = a_deal(session, "删了")
        other = a_deal(session, "客户删了", customer_id=a_customer(session, "蓝天贸易"))
        a_deal(session, "留着", customer_id=a_customer(session, "白云"))
        deals.trash_deals(session, ids=[gone.id])
        trash_customers(session, ids=[other.customer_id])
    assert [c.title for c in _columns(database)["qualify"].cards] == ["留着"]


def test_closed_columns_show_recent_closes_only(database: Database) -> None:
    with database.session() as session:
        won = a_deal(session, "新赢", stage="won")
        old = a_deal(session, "旧赢", stage="won")
        ids = stage_ids(session)
        deals.move_deal(session, id=old.id, stage_id=ids["won"], expected_version=old.version,
                        closed_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    column = _columns(database)["won"]
    assert [c.title for c in column.cards] == [won.title] and column.count == 1


def test_forecast_weights_open_deals_by_close_month_and_sums_won_by_month(
        database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        customer = a_customer(session)
        a_deal(session, "三月", customer_id=customer, amount_minor=10_000, stage="proposal",
               expected_close_date=dt.date(2026, 3, 1))
        a_deal(session, "三月二", customer_id=customer, amount_minor=10_000,
               stage="negotiation", expected_close_date=dt.date(2026, 3, 31))
        a_deal(session, "无日期", customer_id=customer, amount_minor=1_000, stage="qualify")
        won = a_deal(session, "赢", customer_id=customer, amount_minor=7_000, stage="proposal")
        deals.move_deal(session, id=won.id, stage_id=ids["won"], expected_version=won.version,
                        closed_at=dt.datetime(2025, 11, 30, 23, 0, tzinfo=dt.UTC))
        result = pipeline.forecast(session)
    assert result.weighted_by_close_month == (
        MonthAmount(2026, 3, "CNY", 12_500), MonthAmount(None, None, "CNY", 100))
    assert result.won_by_month == (MonthAmount(2025, 11, "CNY", 7_000),)
