"""Duplicates against the database under each policy, and undoing a whole import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text

from crm_desktop.db import Database
from crm_desktop.models import Base, Customer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.history import import_history, undo_import
from crm_desktop.services.importing.plan import prepare_import
from tests.services.importing.sheets import write_sheet

# 公司邮箱: the company's own address (a plain 邮箱 beside 联系人 is the person's)
HEADER = ["客户名称", "联系人", "手机", "公司邮箱", "地址", "标签"]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    return write_sheet(path, HEADER, rows)


def snapshot(database: Database) -> str:
    """Every row of every table (the import record, the audit log and customer versions
    aside: undo gives a new version, never an old one, and the log keeps what the import
    changed), and the SQLite search index."""
    parts = []
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name not in ("import_batches", "audit_log"):
                columns = [c for c in table.columns
                           if not (table.name == "customers" and c.name == "version")]
                rows = connection.execute(select(*columns)).all()
                parts.append(f"{table.name}:{sorted(map(repr, rows))}")
        if connection.dialect.name == "sqlite":
            parts.append(repr(connection.execute(text(
                "SELECT rowid, body FROM customer_search ORDER BY rowid")).all()))
    return "\n".join(parts)


@pytest.fixture
def existing(database: Database, tmp_path: Path) -> Path:
    """The database already holds 华为技术 (one contact, no address) and 小米科技."""
    first = workbook(tmp_path / "first.xlsx", [
        ["华为技术有限公司", "王经理", "13800000001", "wang@huawei.com", None, "VIP"],
        ["小米科技", "雷先生", "13800000002", None, "北京海淀", None],
    ])
    with database.session() as session:
        run_import(session, prepare_import(session, first))
    return workbook(tmp_path / "second.xlsx", [
        ["华为技术（深圳）", "李工", "13900000009", None, "深圳坂田", "大客户"],
        ["小米科技有限公司", "雷先生", "138 0000 0002", None, "上海", None],
        ["全新公司", "周总", "13700000003", None, None, None],
    ])


def customer(database: Database, name: str) -> Customer:
    with database.session() as session:
        found = session.scalar(select(Customer).where(Customer.name == name))
        assert found is not None
        found.contacts, found.tags  # noqa: B018 - load before the session ends
        return found


def run(database: Database, path: Path, policy: str, db_path: Path | None = None):
    with database.session() as session:
        preview = prepare_import(session, path)
        return run_import(session, preview, policy=policy, db_path=db_path)


def test_duplicates_match_by_company_name_and_similar_names(database: Database,
                                                       existing: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, existing)
    similar, by_name = preview.row(2).duplicate, preview.row(3).duplicate
    assert by_name is not None and by_name.key == "name" and by_name.name == "小米科技"
    assert by_name.exact
    assert similar is None or not similar.exact  # 华为技术（深圳） is only similar
    assert preview.row(4).duplicate is None


def test_fuzzy_name_is_only_a_suggestion_until_the_user_says_merge(
        database: Database, existing: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, existing)
        suggestion = preview.row(2).duplicate
        assert suggestion is not None and suggestion.name == "华为技术有限公司"
        assert 88 <= suggestion.score < 100
        assert preview.planned_action(preview.row(2)) == "create"
        preview.set_action(2, "merge")
        report = run_import(session, preview, policy="skip")
    assert [item.row for item in report.merged] == [2]
    huawei = customer(database, "华为技术有限公司")
    assert [c.name for c in huawei.contacts] == ["王经理", "李工"]


def test_skip_policy_leaves_existing_customers_alone(database: Database, existing: Path,
                                                     db_path: Path) -> None:
    report = run(database, existing, "skip")
    assert [item.row for item in report.skipped] == [3]
    assert customer(database, "小米科技").address == "北京海淀"
    assert {item.name for item in report.created} == {"华为技术（深圳）", "全新公司"}


def test_update_policy_fills_only_empty_fields(database: Database, existing: Path,
                                               tmp_path: Path) -> None:
    path = workbook(tmp_path / "u.xlsx", [
        ["华为技术有限公司", "李工", "13900000009", "other@huawei.com", "深圳坂田", "大客户"],
    ])
    report = run(database, path, "update")
    assert [item.row for item in report.updated] == [2]
    huawei = customer(database, "华为技术有限公司")
    assert huawei.address == "深圳坂田"  # was empty: filled
    assert huawei.emails == "wang@huawei.com"  # was set: kept
    assert [c.name for c in huawei.contacts] == ["王经理"]
    assert [t.name for t in huawei.tags] == ["VIP"]


def test_merge_policy_adds_phones_emails_tags_and_contacts(database: Database,
                                                           tmp_path: Path,
                                                           existing: Path) -> None:
    path = workbook(tmp_path / "m.xlsx", [
        ["华为技术有限公司", "李工", "13900000009", "other@huawei.com", "深圳坂田", "大客户"],
    ])
    report = run(database, path, "merge")
    assert [item.row for item in report.merged] == [2]
    huawei = customer(database, "华为技术有限公司")
    assert huawei.emails == "wang@huawei.com; other@huawei.com"
    assert [c.name for c in huawei.contacts] == ["王经理", "李工"]
    assert sorted(t.name for t in huawei.tags) == ["VIP", "大客户"]
    assert huawei.version == 2


def test_create_policy_creates_anyway(database: Database, existing: Path) -> None:
    report = run(database, existing, "create")
    assert len(report.created) == 3
    with database.session() as session:
        names = session.scalars(select(Customer.name).order_by(Customer.id)).all()
    assert names.count("小米科技") == 1 and "小米科技有限公司" in names


def test_undo_restores_the_exact_previous_state(database: Database, db_path: Path,
                                                tmp_path: Path, existing: Path) -> None:
    before = snapshot(database)
    path = workbook(tmp_path / "m.xlsx", [
        ["华为技术有限公司", "李工", "13900000009", "other@huawei.com", "深圳坂田", "大客户"],
        ["小米科技", "新人", "13800000002", "mi@mi.com", "上海", "新标签"],
        ["全新公司", "周总", "13700000003", None, None, "新标签"],
    ])
    with database.session() as session:
        preview = prepare_import(session, path)
        preview.map_status("x", None)
        report = run_import(session, preview, policy="merge")
    assert snapshot(database) != before
    with database.session() as session:
        undone = undo_import(session, report.batch_id)
    assert undone.undone_at is not None and not undone.can_undo
    assert snapshot(database) == before
    with database.session() as session, pytest.raises(ValidationError):
        undo_import(session, report.batch_id)


def test_undo_keeps_a_field_changed_since_the_import(database: Database,
                                                     tmp_path: Path, existing: Path) -> None:
    path = workbook(tmp_path / "u.xlsx", [["华为技术有限公司", None, None, None, "深圳坂田", None]])
    report = run(database, path, "update")
    with database.session() as session:
        session.execute(text("UPDATE customers SET address = '东莞', version = version + 1 "
                             "WHERE name = '华为技术有限公司'"))
    with database.session() as session:
        undo_import(session, report.batch_id)
    assert customer(database, "华为技术有限公司").address == "东莞"


def test_undo_is_refused_when_a_created_customer_has_activity(database: Database,
                                                              existing: Path) -> None:
    report = run(database, existing, "skip")
    new_id = next(item.customer_id for item in report.created if item.name == "全新公司")
    with database.session() as session:
        session.execute(text(
            "INSERT INTO interactions (customer_id, kind, occurred_at, created_at, updated_at) "
            "VALUES (:c, 'call', :t, :t, :t)"), {"c": new_id, "t": dt.datetime(2024, 1, 1)})
    with database.session() as session, pytest.raises(ValidationError, match="全新公司"):
        undo_import(session, report.batch_id)


def test_history_lists_imports_newest_first(database: Database, existing: Path) -> None:
    run(database, existing, "skip")
    with database.session() as session:
        history = import_history(session)
    assert [item.file_name for item in history] == ["second.xlsx", "first.xlsx"]
    assert history[0].created == 2 and history[0].skipped == 1


def test_the_staff_member_importing_and_undoing_is_named_in_the_history(
        database: Database, tmp_path: Path, existing: Path) -> None:
    from crm_desktop.models import AuditEntry, Staff, StatusChange

    with database.session() as session:
        staff = Staff(name="王销售")
        session.add(staff)
        session.flush()
        me = staff.id
    path = workbook(tmp_path / "m.xlsx", [
        ["小米科技", "新人", "13800000002", "mi@mi.com", "上海", None],
        ["全新公司", "周总", "13700000003", None, None, None],
    ])
    with database.session() as session:
        report = run_import(session, prepare_import(session, path), policy="update",
                            actor_id=me)
    new_id, updated_id = report.created[0].customer_id, report.updated[0].customer_id
    with database.session() as session:
        assert session.scalars(select(StatusChange.changed_by_id).where(
            StatusChange.customer_id == new_id)).all() == [me]
        updates = session.execute(select(AuditEntry.field, AuditEntry.staff_id).where(
            AuditEntry.entity_id == updated_id, AuditEntry.action == "update")).all()
    assert sorted(updates) == [("emails", me), ("notes", me)]  # 上海 and 新人 kept in notes
    with database.session() as session:
        undo_import(session, report.batch_id, actor_id=me)
    with database.session() as session:
        rows = session.execute(select(AuditEntry.field, AuditEntry.old_value,
                                      AuditEntry.new_value, AuditEntry.staff_id)
                               .where(AuditEntry.entity_id == updated_id)
                               .order_by(AuditEntry.id)).all()
    assert rows[-1] == ("emails", "mi@mi.com", None, me)
