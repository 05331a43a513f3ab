"""The integrity check names damaged files and broken rules in plain words."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.db import Database, open_database
from crm_desktop.models import (
    Contact,
    Customer,
    Deal,
    Instalment,
    Order,
    Payment,
    PipelineStage,
    utc_now,
)
from crm_desktop.paths import backups_dir
from crm_desktop.services import integrity, startup
from crm_desktop.services.integrity import DAMAGED, ERROR, WARNING, check, format_money
from crm_desktop.services.search_index import rebuild_search_index


def raw(db_path: Path, *statements: str) -> None:
    """Write with SQLite's foreign key enforcement off, as a buggy tool would."""
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def insert_customer_sql(name: str, status_id: int) -> str:
    return ("INSERT INTO customers (kind, name, status_id, completeness, marketing_consent, "
            f"version, created_at, updated_at) VALUES ('company', '{name}', {status_id}, 0, 0, "
            "1, '2024-01-01', '2024-01-01')")


def codes(findings: list[integrity.Finding]) -> list[str]:
    return [finding.code for finding in findings]


def new_customer(session, name: str = "Acme", **values: object) -> Customer:  # noqa: ANN001
    customer = Customer(name=name, status_id=1, **values)
    session.add(customer)
    session.flush()
    return customer


def test_a_fresh_database_is_clean(database: Database) -> None:
    assert check(database.engine) == []
    assert check(database.engine, quick=True) == []


def test_a_customer_pointing_at_a_missing_status_is_named(db_path: Path) -> None:
    raw(db_path, insert_customer_sql("华为代理", 99))
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            findings = check(session)
    finally:
        database.close()
    messages = [finding.message for finding in findings if finding.severity == ERROR]
    assert "Customer #1 refers to status #99, which does not exist." in messages
    assert 'Customer "华为代理" (#1) has no status: status #99 does not exist.' in messages
    assert {"missing_reference", "customer_without_status"} <= set(codes(findings))


def test_payments_above_the_order_total_are_an_error(database: Database) -> None:
    with database.session() as session:
        customer = new_customer(session)
        order = Order(number="HT-2024-0012", customer_id=customer.id, total_minor=1_000_000)
        session.add(order)
        session.flush()
        for amount in (600_000, 600_000):
            session.add(Payment(order_id=order.id, customer_id=customer.id, amount_minor=amount,
                                received_date=dt.date(2024, 5, 1)))
    findings = check(database.engine)
    assert [f.message for f in findings if f.code == "payments_exceed_total"] == [
        "Order HT-2024-0012: payments received (¥12,000.00) exceed the order total "
        "(¥10,000.00)."
    ]


def test_instalments_above_the_order_total_are_an_error(database: Database) -> None:
    with database.session() as session:
        customer = new_customer(session)
        order = Order(number="HT-7", customer_id=customer.id, total_minor=50_000)
        session.add(order)
        session.flush()
        for seq in (1, 2):
            session.add(Instalment(order_id=order.id, seq=seq, amount_minor=30_000,
                                   due_date=dt.date(2024, seq, 1)))
        rebuild_search_index(session)
    findings = check(database.engine)
    assert codes(findings) == ["instalments_exceed_total"]
    assert findings[0].message == (
        "Order HT-7: planned instalments (¥600.00) exceed the order total (¥500.00).")


def test_payments_equal_to_the_total_are_fine(database: Database) -> None:
    with database.session() as session:
        customer = new_customer(session)
        order = Order(number="HT-8", customer_id=customer.id, total_minor=50_000)
        session.add(order)
        session.flush()
        session.add(Payment(order_id=order.id, customer_id=customer.id, amount_minor=50_000,
                            received_date=dt.date(2024, 5, 1)))
        rebuild_search_index(session)
    assert check(database.engine) == []


def test_two_primary_contacts_of_one_customer_are_an_error(database: Database) -> None:
    with database.session() as session:
        customer = new_customer(session, "王芳工作室")
        session.add_all([Contact(customer_id=customer.id, name=n, is_primary=True)
                         for n in ("王芳", "李雷")])
        rebuild_search_index(session)
    findings = check(database.engine)
    assert [(f.severity, f.message) for f in findings] == [(
        ERROR, 'Customer "王芳工作室" (#1) has 2 primary contacts; only one may be primary.'
    )]


def test_an_open_deal_of_a_trashed_customer_is_only_a_warning(database: Database) -> None:
    with database.session() as session:
        customer = new_customer(session, "Gone Ltd", deleted_at=utc_now())
        open_stage = session.query(PipelineStage).filter_by(code="proposal").one()
        won_stage = session.query(PipelineStage).filter_by(code="won").one()
        session.add(Deal(customer_id=customer.id, title="Big order", stage_id=open_stage.id))
        session.add(Deal(customer_id=customer.id, title="Done", stage_id=won_stage.id))
        rebuild_search_index(session)
    findings = check(database.engine)
    assert [(f.severity, f.message) for f in findings] == [(
        WARNING, 'Deal "Big order" (#1) is still open, but its customer "Gone Ltd" (#1) is in '
        "the trash."
    )]


def test_a_search_index_out_of_step_is_a_warning(database: Database) -> None:
    with database.session() as session:
        new_customer(session)
    findings = check(database.engine)
    assert codes(findings) == ["search_index_out_of_step"]
    assert findings[0].severity == WARNING
    assert "lists 0 customers but the database holds 1" in findings[0].message


def test_many_broken_rows_are_summed_up_after_the_first_twenty(db_path: Path) -> None:
    raw(db_path, *(insert_customer_sql(f"c{i}", 42) for i in range(25)))
    database = open_database(str(db_path))
    try:
        findings = [f for f in check(database.engine) if f.code == "customer_without_status"]
    finally:
        database.close()
    assert len(findings) == integrity.MAX_PER_CHECK + 1
    assert findings[-1].message == "… and 5 more customers without a status."


def damage(db_path: Path) -> None:
    """Garble the cell pointers of a table page in the middle of the file."""
    connection = sqlite3.connect(db_path)
    connection.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [(f"filler-{i}", "x" * 200) for i in range(2000)],
    )
    connection.commit()
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with open(db_path, "r+b") as handle:
        handle.seek((pages - 2) * page_size + 8)
        handle.write(b"\xff" * 16)


@pytest.mark.parametrize("quick", [True, False])
def test_a_damaged_file_is_reported_in_one_finding(db_path: Path, quick: bool) -> None:
    damage(db_path)
    database = open_database(str(db_path))
    try:
        findings = check(database.engine, quick=quick)
    finally:
        database.close()
    assert codes(findings) == [DAMAGED]
    assert findings[0].message.startswith("The database file is damaged")
    assert "Restore the latest backup" in findings[0].message


def test_format_money_uses_the_symbol_and_thousands() -> None:
    assert format_money(1_234_567, "CNY") == "¥12,345.67"
    assert format_money(5, "USD") == "$0.05"
    assert format_money(1500, "JPY") == "¥1,500"
    assert format_money(100, "CHF") == "CHF 1.00"


def test_opening_takes_the_daily_backup_once_and_reports_a_clean_file(db_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        first = startup.on_open(database, clock=lambda: dt.datetime(2026, 4, 1, 9, 0))
        second = startup.on_open(database, clock=lambda: dt.datetime(2026, 4, 1, 17, 0))
    finally:
        database.close()
    assert first.findings == [] and not first.damaged
    assert first.backup is not None and first.backup.reason == "daily"
    assert second.backup is None and second.backup_error is None


def test_opening_a_damaged_file_offers_restore_and_takes_no_backup(db_path: Path) -> None:
    damage(db_path)
    database = open_database(str(db_path))
    try:
        report = startup.on_open(database)
    finally:
        database.close()
    assert report.damaged and report.errors
    assert report.backup is None
    assert not backups_dir(db_path).exists()


def test_opening_read_only_takes_no_backup(db_path: Path) -> None:
    database = open_database(str(db_path), read_only=True)
    try:
        report = startup.on_open(database)
    finally:
        database.close()
    assert report.backup is None and report.findings == []


def test_a_file_damaged_beyond_opening_is_recognised(db_path: Path) -> None:
    error = sqlite3.DatabaseError("database disk image is malformed")
    assert startup.is_damaged_file_error(error)
    assert not startup.is_damaged_file_error(sqlite3.OperationalError("database is locked"))
    assert not startup.is_damaged_file_error(ValueError("malformed"))
