"""Demo data: deterministic, in every table, consistent, all or nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import String, func, select, text

from crm_desktop.db import Database, open_database
from crm_desktop.models import Base
from crm_desktop.paths import attachments_dir
from crm_desktop.services.demo import generate_demo
from crm_desktop.services.errors import Cancelled, DomainError

DIGEST_TABLES = ("customers", "contacts", "status_history", "deals", "orders", "order_lines",
                 "instalments", "payments", "interactions", "tasks", "campaign_members")


def _fresh(migrated_master: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crm.sqlite3"
    shutil.copyfile(migrated_master, path)
    return path


def _generate(path: Path, **options: object) -> dict[str, int]:
    database = open_database(str(path))
    try:
        return generate_demo(database, **{"size": "small", "seed": 7, **options})  # type: ignore[arg-type]
    finally:
        database.close()


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(path) as connection:
        for table in DIGEST_TABLES:
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory, migrated_master: Path) -> Path:
    """One small demo database shared by the read-only checks below."""
    path = _fresh(migrated_master, tmp_path_factory.mktemp("demo"))
    _generate(path)
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_same_seed_gives_the_same_rows_and_another_seed_other_rows(
        small_demo: Path, migrated_master: Path, tmp_path: Path) -> None:
    again = _fresh(migrated_master, tmp_path / "again")
    other = _fresh(migrated_master, tmp_path / "other")
    _generate(again)
    _generate(other, seed=8)
    assert _digest(again) == _digest(small_demo)
    assert _digest(other) != _digest(small_demo)


def test_portable_core_path_writes_the_same_rows_as_the_fast_path(
        small_demo: Path, migrated_master: Path, tmp_path: Path) -> None:
    portable = _fresh(migrated_master, tmp_path / "portable")
    _generate(portable, portable=True)
    assert _digest(portable) == _digest(small_demo)


def test_small_demo_fills_every_table_and_the_search_index(small_demo: Path) -> None:
    empty = [table.name for table in Base.metadata.sorted_tables
             if _rows(small_demo, f"SELECT count(*) FROM {table.name}")[0][0] == 0]
    assert empty == []
    assert _rows(small_demo, "SELECT count(*) FROM customer_search") == [(300,)]
    assert _rows(small_demo, "SELECT count(*) FROM customers") == [(300,)]
    assert _rows(small_demo, "SELECT count(*) FROM payments") == [(180,)]


def test_small_demo_passes_sqlite_integrity_and_foreign_key_checks(small_demo: Path) -> None:
    assert _rows(small_demo, "PRAGMA foreign_key_check") == []
    assert _rows(small_demo, "PRAGMA integrity_check") == [("ok",)]


def test_money_adds_up_and_no_order_is_paid_beyond_its_total(small_demo: Path) -> None:
    overpaid = """SELECT count(*) FROM orders o WHERE o.total_minor <
                  (SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.order_id = o.id)"""
    lines_off = """SELECT count(*) FROM orders o WHERE o.total_minor <>
                   (SELECT sum(amount_minor) FROM order_lines l WHERE l.order_id = o.id)"""
    plan_off = """SELECT count(*) FROM orders o WHERE o.total_minor <>
                  (SELECT sum(amount_minor) FROM instalments i WHERE i.order_id = o.id)"""
    instalment_overpaid = """SELECT count(*) FROM instalments i WHERE i.amount_minor <
        (SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.instalment_id = i.id)"""
    completed_unpaid = """SELECT count(*) FROM orders o WHERE o.status = 'completed' AND
        o.total_minor <> (SELECT sum(amount_minor) FROM payments p WHERE p.order_id = o.id)"""
    for sql in (overpaid, lines_off, plan_off, instalment_overpaid, completed_unpaid):
        assert _rows(small_demo, sql) == [(0,)], sql
    numbers = _rows(small_demo, "SELECT number FROM orders")
    assert all(str(n).startswith(("HT-", "DD-")) for (n,) in numbers)


def test_histories_end_in_the_current_status_and_stage(small_demo: Path) -> None:
    status_off = """SELECT count(*) FROM customers c WHERE c.status_id <>
        (SELECT to_status_id FROM status_history h WHERE h.customer_id = c.id
         ORDER BY changed_at DESC, id DESC LIMIT 1)"""
    stage_off = """SELECT count(*) FROM deals d WHERE d.stage_id <>
        (SELECT to_stage_id FROM deal_stage_history h WHERE h.deal_id = d.id
         ORDER BY changed_at DESC, id DESC LIMIT 1)"""
    won_off = """SELECT count(*) FROM orders o JOIN deals d ON d.id = o.deal_id
                 WHERE d.amount_minor <> o.total_minor"""
    for sql in (status_off, stage_off, won_off):
        assert _rows(small_demo, sql) == [(0,)], sql


def test_phone_numbers_are_valid_e164_and_names_are_chinese_and_english(
        small_demo: Path) -> None:
    phones = [p for (cell,) in _rows(small_demo, "SELECT phones FROM customers WHERE phones "
                                                 "IS NOT NULL UNION ALL SELECT mobile FROM "
                                                 "contacts WHERE mobile IS NOT NULL")
              for p in str(cell).split("; ")]
    assert phones and all(phonenumbers.is_valid_number(phonenumbers.parse(p)) for p in phones)
    names = [str(n) for (n,) in _rows(small_demo, "SELECT name FROM customers")]
    chinese = sum(1 for n in names if any("\u4e00" <= ch <= "\u9fff" for ch in n))
    assert 0.6 * len(names) < chinese < 0.95 * len(names)
    assert any(n.endswith("有限公司") for n in names)


def test_demo_refuses_a_database_that_already_has_customers(small_demo: Path,
                                                            tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(small_demo, copy)
    with pytest.raises(DomainError, match="already has 300 customers"):
        _generate(copy)


def test_cancel_leaves_nothing_behind(database: Database, db_path: Path) -> None:
    calls = 0

    def cancel_after_a_while() -> bool:
        nonlocal calls
        calls += 1
        return calls > 26  # after the attachment files, during the interactions

    with pytest.raises(Cancelled):
        generate_demo(database, size="small", seed=1, cancelled=cancel_after_a_while)
    for table in ("customers", "staff", "tags", "products", "campaigns", "orders"):
        assert _rows(db_path, f"SELECT count(*) FROM {table}") == [(0,)], table
    folder = attachments_dir(db_path)
    assert not folder.exists() or not any(folder.iterdir())


def test_unknown_size_is_refused(database: Database) -> None:
    with pytest.raises(DomainError, match="Unknown demo size"):
        generate_demo(database, size="huge", seed=1)


@pytest.mark.slow
def test_large_demo_has_the_design_counts_and_fits_every_column(database: Database) -> None:
    counts = generate_demo(database, size="large", seed=20240305)
    expected = {"customers": 100_000, "contacts": 150_000, "interactions": 500_000,
                "deals": 20_000, "orders": 30_000, "payments": 60_000}
    assert {name: counts[name] for name in expected} == expected
    with database.session() as session:  # on either backend: count what the server holds
        for name, count in expected.items():
            assert session.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() == count
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String) and column.type.length:
                    longest = session.execute(
                        select(func.max(func.length(column)))).scalar_one() or 0
                    assert longest <= column.type.length, f"{table.name}.{column.name}"
