"""Migration 0006: on PostgreSQL the list's default order (live customers, newest first,
ties by id) is read from one partial index, with no sort step."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, event, text

from crm_desktop import migrate
from crm_desktop.db import open_database
from crm_desktop.models import Customer
from crm_desktop.services.customer_list import CustomerQuery, customer_ids

INDEX = "ix_customers_live_newest"


def test_the_default_list_order_is_an_index_scan_without_a_sort(pg_url: str) -> None:
    server = open_database(pg_url)
    executed: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        executed.append((statement, parameters))

    try:
        with server.session() as session:
            session.add_all([Customer(name=f"客户{n}", status_id=1) for n in range(30)])
            session.flush()
            event.listen(server.engine, "before_cursor_execute", remember)
            ids = customer_ids(session, CustomerQuery())
            event.remove(server.engine, "before_cursor_execute", remember)
            assert len(ids) == 30
            statement, parameters = next(item for item in executed
                                         if "ORDER BY" in item[0])
            session.execute(text("SET LOCAL enable_seqscan = off"))
            cursor = session.connection().connection.driver_connection.cursor()
            cursor.execute("EXPLAIN " + statement, parameters)
            plan = "\n".join(row[0] for row in cursor.fetchall())
    finally:
        server.close()
    assert INDEX in plan and "Backward" in plan
    assert "Sort" not in plan


def test_list_order_migration_downgrades_and_upgrades_again(pg_url: str) -> None:
    engine = create_engine(pg_url)
    query = text("SELECT count(*) FROM pg_indexes WHERE indexname = :name")
    try:
        migrate.downgrade(engine, "0005_postgres_short_search")
        with engine.connect() as connection:
            assert connection.execute(query, {"name": INDEX}).scalar_one() == 0
        migrate.upgrade(engine, "head")
        with engine.connect() as connection:
            assert connection.execute(query, {"name": INDEX}).scalar_one() == 1
    finally:
        engine.dispose()
