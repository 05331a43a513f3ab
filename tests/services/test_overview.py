"""The Overview figures count live records and only the open ones where it says "open"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import (
    Contact,
    Customer,
    Deal,
    Order,
    PipelineStage,
    Status,
    Task,
    Ticket,
)
from crm_desktop.services.overview import OverviewCounts, counts

NOW = dt.datetime(2024, 3, 5, 9, 0, tzinfo=dt.UTC)


def test_counts_of_an_empty_database_are_all_zero(database: Database) -> None:
    with database.session() as session:
        assert counts(session) == OverviewCounts(0, 0, 0, 0, 0, 0)


def test_counts_skip_trashed_and_closed_records(database: Database) -> None:
    with database.session() as session:
        status = session.scalars(select(Status).order_by(Status.position)).first()
        stages = {stage.code: stage for stage in session.scalars(select(PipelineStage))}
        live = Customer(name="上海贝壳贸易", status_id=status.id)
        trashed = Customer(name="旧客户", status_id=status.id, deleted_at=NOW)
        session.add_all([live, trashed])
        session.flush()
        session.add_all([
            Contact(customer_id=live.id, name="张三"),
            Contact(customer_id=live.id, name="李四"),
            Contact(customer_id=trashed.id, name="王五"),
            Deal(customer_id=live.id, title="open", stage_id=stages["proposal"].id),
            Deal(customer_id=live.id, title="won", stage_id=stages["won"].id),
            Deal(customer_id=live.id, title="lost", stage_id=stages["lost"].id),
            Deal(customer_id=live.id, title="trashed", stage_id=stages["needs"].id,
                 deleted_at=NOW),
            Order(number="SO-1", customer_id=live.id),
            Order(number="SO-2", customer_id=live.id, deleted_at=NOW),
            Task(title="call back", customer_id=live.id),
            Task(title="done already", customer_id=live.id, done_at=NOW),
            Ticket(customer_id=live.id, title="broken", status="open"),
            Ticket(customer_id=live.id, title="looking", status="in_progress"),
            Ticket(customer_id=live.id, title="fixed", status="resolved"),
        ])
    with database.session() as session:
        assert counts(session) == OverviewCounts(
            customers=1, contacts=2, open_deals=1, orders=1, open_tasks=1, open_tickets=2
        )
