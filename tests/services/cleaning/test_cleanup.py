"""Bulk clean-up: each operation previews exactly what it writes, writes only what is
still as previewed, and one undo puts the old values back; on both engines."""

from __future__ import annotations

from sqlalchemy import select, update

from crm_desktop.db import Database
from crm_desktop.models import Contact, Customer
from crm_desktop.services.cleaning import cleanup
from crm_desktop.services.customers import ContactInput, get_customer
from crm_desktop.services.search import search_customers
from crm_desktop.services.undo import UndoStack
from tests.services.customer_helpers import add


def test_set_field_previews_only_real_changes_and_undo_restores(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        a = add(session, "甲公司", industry="贸易").id
        b = add(session, "乙公司", industry="制造").id
        plan = cleanup.plan_set_field(session, ids=[a, b], field="industry", value=" 制造 ")
        assert [(c.customer_id, c.old, c.new) for c in plan.changes] == [(a, "贸易", "制造")]
        stack.apply_cleanup(session, plan=plan)
    with database.session() as session:
        assert get_customer(session, id=a).industry == "制造"
        assert stack.next_undo().code == "clean_up"  # type: ignore[union-attr]
        stack.undo(session)
    with database.session() as session:
        assert get_customer(session, id=a).industry == "贸易"


def test_trim_spaces_tidies_names_and_contacts_and_keeps_search_in_step(
        database: Database) -> None:
    with database.session() as session:
        cid = add(session, "甲公司", contacts=[ContactInput(name="张三")]).id
        session.execute(update(Customer).where(Customer.id == cid).values(
            name="  杭州\u3000瑞丰  贸易 ", city=" 杭州"))
        session.execute(update(Contact).where(Contact.customer_id == cid).values(
            title="  经理 "))
        plan = cleanup.plan_trim_spaces(session, ids=[cid])
        assert {(c.table, c.field, c.new) for c in plan.changes} == {
            ("customers", "name", "杭州 瑞丰 贸易"), ("customers", "city", "杭州"),
            ("contacts", "title", "经理")}
        cleanup.apply_plan(session, plan)
        detail = get_customer(session, id=cid)
        assert detail.name == "杭州 瑞丰 贸易" and detail.contacts[0].title == "经理"
        assert session.scalar(select(Customer.pinyin).where(Customer.id == cid)).startswith(
            "hangzhou")
        assert [hit.id for hit in search_customers(session, "瑞丰 贸易")] == [cid]


def test_normalize_phones_writes_e164_and_keeps_what_does_not_parse(
        database: Database) -> None:
    with database.session() as session:
        cid = add(session, "甲公司", contacts=[ContactInput(name="张三")]).id
        session.execute(update(Customer).where(Customer.id == cid).values(
            phones="138 1234 5678; (0571) 8888-6666; 分机"))
        session.execute(update(Contact).where(Contact.customer_id == cid).values(
            mobile="139-1234-5678"))
        plan = cleanup.plan_normalize_phones(session, ids=[cid])
        cleanup.apply_plan(session, plan)
        detail = get_customer(session, id=cid)
    assert detail.phones == ("+8613812345678", "+8657188886666", "分机")
    assert detail.contacts[0].mobile == "+8613912345678"


def test_fill_region_uses_the_area_code_and_leaves_filled_ones(database: Database) -> None:
    with database.session() as session:
        hz = add(session, "杭州客户", phones=["0571-88886666"]).id
        sh = add(session, "上海客户", contacts=[ContactInput(name="王五",
                                                        phone="021-55556666")]).id
        kept = add(session, "已有地区", phones=["0571-88886666"], region="华北", city="北京").id
        abroad = add(session, "国外客户", phones=["+1 415 555 0100"]).id
        plan = cleanup.plan_fill_region(session, ids=[hz, sh, kept, abroad])
        assert {(c.customer_id, c.field, c.new) for c in plan.changes} == {
            (hz, "region", "华东"), (hz, "city", "杭州"),
            (sh, "region", "华东"), (sh, "city", "上海")}


def test_apply_leaves_a_value_edited_after_the_preview(database: Database) -> None:
    with database.session() as session:
        cid = add(session, "甲公司", industry="贸易").id
        plan = cleanup.plan_set_field(session, ids=[cid], field="industry", value="制造")
        session.execute(update(Customer).where(Customer.id == cid).values(industry="零售"))
        changes = cleanup.apply_plan(session, plan)
        assert changes.customer_ids == ()
        assert get_customer(session, id=cid).industry == "零售"
