"""Copying a whole database between SQLite and PostgreSQL: ids, history, counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from crm_desktop.db import Database, open_database
from crm_desktop.models import (
    AuditEntry,
    Contact,
    Customer,
    Interaction,
    ProductCategory,
    Setting,
    Staff,
    Status,
    Tag,
)
from crm_desktop.services.errors import Cancelled, DomainError
from crm_desktop.services.transfer import copy_database, tables_in_order

NOW = dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)


def fill_sample(database: Database) -> None:
    """A little of everything, with gaps in ids and a child category before its parent."""
    with database.session() as session:
        owner = Staff(id=7, name="李娜")
        status = Status(id=30, code=None, name="VIP 客户", name_en="VIP", color="#123456",
                        position=9)
        session.add_all([owner, status, Setting(key="company_name", value='"小店"')])
        session.flush()
        session.add(ProductCategory(id=5, name="茶"))
        session.flush()
        session.add(ProductCategory(id=3, name="绿茶", parent_id=5))
        vip = Tag(id=11, name="重要")
        for number in (1, 2, 40):
            customer = Customer(
                id=number, name=f"张三{number}", company="北京茶叶有限公司", status_id=30,
                owner_id=7, pinyin="zhangsan", initials="zs", phones="+8613812345678",
                created_at=NOW, updated_at=NOW, deleted_at=NOW if number == 40 else None,
            )
            if number == 1:
                customer.tags.append(vip)
            customer.contacts.append(Contact(name="王芳", mobile="+8613900000000"))
            session.add(customer)
        session.flush()
        session.add(Interaction(customer_id=2, staff_id=7, kind="call", occurred_at=NOW,
                                subject="报价"))
        session.add(AuditEntry(at=NOW, staff_id=7, entity="customer", entity_id=2,
                               action="update", field="name", old_value="x", new_value="张三2"))


def dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in tables_in_order()
        }


def test_sqlite_to_postgres_keeps_every_row_and_id(database: Database, pg_url: str) -> None:
    fill_sample(database)
    target = open_database(pg_url)
    try:
        report = copy_database(database.engine, target.engine)
        assert dump(target.engine) == dump(database.engine)
        assert report.counts["customers"] == 3
        assert report.counts["audit_log"] == 1
    finally:
        target.close()


def test_postgres_ids_continue_after_the_copied_ones(database: Database, pg_url: str) -> None:
    fill_sample(database)
    target = open_database(pg_url)
    try:
        copy_database(database.engine, target.engine)
        with target.session() as session:
            new = Customer(name="新客户", status_id=30)
            session.add(new)
            session.flush()
            assert new.id == 41
            status = Status(name="新状态", color="#000000", position=10)
            session.add(status)
            session.flush()
            assert status.id == 31
    finally:
        target.close()


def test_postgres_back_to_a_new_sqlite_file(
    database: Database, pg_url: str, tmp_path: Path
) -> None:
    fill_sample(database)
    server = open_database(pg_url)
    try:
        copy_database(database.engine, server.engine)
        back = open_database(str(tmp_path / "back.sqlite3"))
        try:
            copy_database(server.engine, back.engine)
            assert dump(back.engine) == dump(database.engine)
            with back.engine.connect() as connection:
                indexed = connection.execute(text("SELECT count(*) FROM customer_search"))
                assert indexed.scalar_one() == 3
        finally:
            back.close()
    finally:
        server.close()


def test_sqlite_to_sqlite_rebuilds_the_search_index(database: Database, tmp_path: Path) -> None:
    fill_sample(database)
    copy = open_database(str(tmp_path / "copy.sqlite3"))
    try:
        copy_database(database.engine, copy.engine)
        with copy.engine.connect() as connection:
            rowids = connection.execute(text("SELECT rowid FROM customer_search ORDER BY rowid"))
            assert rowids.scalars().all() == [1, 2, 40]
    finally:
        copy.close()


def test_a_target_with_data_is_refused_and_left_alone(database: Database, tmp_path: Path) -> None:
    fill_sample(database)
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        with other.session() as session:
            session.add(Tag(name="已有"))
        before = dump(other.engine)
        with pytest.raises(DomainError) as caught:
            copy_database(database.engine, other.engine)
        assert caught.value.code == "copy_target_not_empty"
        assert "tags" in caught.value.message
        assert dump(other.engine) == before
    finally:
        other.close()


def test_cancel_part_way_leaves_the_target_empty(database: Database, tmp_path: Path) -> None:
    fill_sample(database)
    target = open_database(str(tmp_path / "target.sqlite3"))
    try:
        before = dump(target.engine)
        calls = []
        with pytest.raises(Cancelled):
            copy_database(database.engine, target.engine, chunk_rows=1,
                          cancelled=lambda: len(calls) > 3 or bool(calls.append(1)))
        assert dump(target.engine) == before
    finally:
        target.close()


def test_progress_counts_every_row_up_to_the_total(database: Database, tmp_path: Path) -> None:
    fill_sample(database)
    target = open_database(str(tmp_path / "target.sqlite3"))
    seen: list[tuple[int, int]] = []
    try:
        report = copy_database(database.engine, target.engine, chunk_rows=2,
                               progress=lambda done, total: seen.append((done, total)))
    finally:
        target.close()
    assert seen[0] == (0, report.rows)
    assert seen[-1] == (report.rows, report.rows)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
