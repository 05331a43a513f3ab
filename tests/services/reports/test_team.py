"""Team KPIs per owner, on a crafted database with the numbers worked by hand."""

from __future__ import annotations

import datetime as dt

from crm_desktop.db import Database
from crm_desktop.models import Interaction, Staff, Task
from crm_desktop.services.reports.periods import DateRange
from crm_desktop.services.reports.team import team_kpis
from tests.services.reports.helpers import BEIJING, TODAY, customer, deal, local, order, pay

MARCH = DateRange(dt.date(2024, 3, 1), dt.date(2024, 3, 31))


def test_team_kpis_per_owner_in_local_days(database: Database) -> None:
    with database.session() as session:
        wang, li = Staff(name="王芳"), Staff(name="李强")
        gone = Staff(name="离职", active=False)
        idle = Staff(name="闲置", active=False)
        session.add_all([wang, li, gone, idle])
        session.flush()
        a = customer(session, "甲", owner_id=wang.id, created=local(2024, 3, 1, 0, 30))
        customer(session, "乙", owner_id=wang.id, created=local(2024, 2, 29, 23, 30))  # Feb
        b = customer(session, "丙", owner_id=li.id, created=local(2024, 3, 5))
        customer(session, "丁", created=local(2024, 3, 6))  # nobody's
        session.add_all([
            Interaction(customer_id=a.id, staff_id=wang.id, kind="call",
                        occurred_at=local(2024, 3, 1, 0, 5)),
            Interaction(customer_id=a.id, staff_id=wang.id, kind="visit",
                        occurred_at=local(2024, 3, 31, 23, 55)),
            Interaction(customer_id=a.id, staff_id=wang.id, kind="note",
                        occurred_at=local(2024, 4, 1, 0, 5)),  # April
            Interaction(customer_id=b.id, staff_id=gone.id, kind="call",
                        occurred_at=local(2024, 3, 9)),
            Task(title="回访", assignee_id=li.id, due_at=local(2024, 3, 14, 18)),  # overdue
            Task(title="今天", assignee_id=li.id, due_at=local(2024, 3, 15, 9)),  # due today
            Task(title="做完", assignee_id=li.id, due_at=local(2024, 3, 1),
                 done_at=local(2024, 3, 2)),
        ])
        deal(session, a, "won", 30_000, closed=local(2024, 3, 3), owner_id=wang.id)
        deal(session, b, "won", 5_000, closed=local(2024, 2, 3), owner_id=li.id)  # Feb
        deal(session, b, "lost", 7_000, closed=local(2024, 3, 3), owner_id=li.id)
        pay(session, order(session, a), dt.date(2024, 3, 10), 12_000)
        mine = order(session, b)
        mine.owner_id = li.id
        pay(session, mine, dt.date(2024, 3, 11), 8_000)
        pay(session, mine, dt.date(2024, 2, 11), 1_000)  # Feb
    with database.session() as session:
        table = team_kpis(session, MARCH, tz=BEIJING, today=TODAY)
    rows = {label.name: tuple(values) for label, *values in table.rows}
    # interactions, new customers, won, won amount, received, overdue tasks
    assert rows == {
        "李强": (0, 1, 0, 0, 8_000, 1),
        "王芳": (2, 1, 1, 30_000, 0, 0),
        "离职": (1, 0, 0, 0, 0, 0),  # no longer active, but did work in March
        None: (0, 1, 0, 0, 12_000, 0),  # the order of 甲 has no owner; 丁 has none
    }
    assert table.rows[-1][0].name is None  # "not set" comes last


def test_team_kpis_against_the_monthly_targets_of_report_settings(database: Database) -> None:
    from crm_desktop.services.reports.settings import (
        ReportSettings,
        load_report_settings,
        save_report_settings,
    )

    with database.session() as session:
        wang = Staff(name="王芳")
        session.add(wang)
        session.flush()
        a = customer(session, "甲", owner_id=wang.id, created=local(2024, 3, 1, 9))
        session.add_all([Interaction(customer_id=a.id, staff_id=wang.id, kind="call",
                                     occurred_at=local(2024, 3, day)) for day in (2, 3, 4)])
        save_report_settings(session, ReportSettings(" 明达  贸易 ", {
            "interactions": 4, "received": 100_000, "new_customers": 0}))
    with database.session() as session:
        stored = load_report_settings(session)
        assert stored == ReportSettings("明达 贸易", {"interactions": 4, "received": 100_000})
        march = team_kpis(session, MARCH, tz=BEIJING, today=TODAY)
        quarter = team_kpis(session, DateRange(dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
                            tz=BEIJING, today=TODAY)
    keys = [column.key for column in march.columns]
    assert keys[-2:] == ["interactions_of_target", "received_of_target"]
    assert march.rows[0][-2:] == (75.0, 0.0)  # 3 of 4 calls; nothing received of ¥1,000
    assert quarter.rows[0][-2] == 25.0  # three months: a target of 12
    assert quarter.notes["targets"] == {"interactions": 12, "received": 300_000}


def test_report_settings_refuse_what_cannot_be_a_target(database: Database) -> None:
    import pytest

    from crm_desktop.services.errors import ValidationError
    from crm_desktop.services.reports.settings import ReportSettings, save_report_settings

    with database.session() as session:
        for bad in ({"interactions": -1}, {"calls": 3}, {"received": 1.5}):
            with pytest.raises(ValidationError):
                save_report_settings(session, ReportSettings("店", bad))
        with pytest.raises(ValidationError):
            save_report_settings(session, ReportSettings("店" * 101, {}))


def test_months_in_counts_calendar_months_or_a_share_of_the_year() -> None:
    from crm_desktop.services.reports.settings import months_in

    assert months_in(DateRange(dt.date(2024, 2, 1), dt.date(2024, 2, 29))) == 1
    assert months_in(DateRange(dt.date(2024, 1, 1), dt.date(2024, 12, 31))) == 12
    assert months_in(DateRange(dt.date(2024, 3, 1), dt.date(2024, 3, 7))) == 7 * 12 / 365.25
