"""Merging duplicates: every related record moves to the survivor, one undo restores the
database exactly (full table dumps), on both engines."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.db import Database
from crm_desktop.models import (
    Attachment,
    AuditEntry,
    Base,
    Campaign,
    CampaignMember,
    CampaignResponse,
    Customer,
    Deal,
    Interaction,
    Order,
    Payment,
    PipelineStage,
    Staff,
    Task,
    Ticket,
)
from crm_desktop.services import custom_fields, statuses
from crm_desktop.services.cleaning import related
from crm_desktop.services.cleaning.merge import merge_customers, merge_proposal
from crm_desktop.services.customers import ContactInput, get_customer, update_customer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.search_index import has_fts
from crm_desktop.services.undo import UndoStack
from tests.services.customer_helpers import add

NOW = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def _give_everything(session: Session, customer_id: int, tag: str, campaign: int) -> None:
    """One record of every kind that belongs to a customer."""
    stage = session.scalars(select(PipelineStage)).first()
    assert stage is not None
    deal = Deal(customer_id=customer_id, title=f"deal {tag}", stage_id=stage.id)
    order = Order(number=f"SO-{tag}", customer_id=customer_id)
    session.add_all([deal, order])
    session.flush()
    session.add_all([
        Interaction(customer_id=customer_id, kind="call", occurred_at=NOW, subject=tag),
        Task(title=f"task {tag}", customer_id=customer_id),
        Ticket(customer_id=customer_id, title=f"ticket {tag}", status="open"),
        Payment(order_id=order.id, customer_id=customer_id, received_date=NOW.date(),
                amount_minor=100),
        CampaignMember(campaign_id=campaign, customer_id=customer_id),
        CampaignResponse(campaign_id=campaign, customer_id=customer_id, kind="replied"),
        Attachment(customer_id=customer_id, file_name=f"{tag}.pdf", content_hash=tag * 8),
    ])
    session.flush()


def _dump(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and the search index), in primary key order; the
    customers' ``version`` is left out (undo moves it on, so open editors notice)."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if not (table.name == "customers"
                                                    and c.name == "version")]
        rows = session.execute(select(*columns).order_by(*table.primary_key.columns))
        dump[table.name] = [tuple(row) for row in rows]
    if has_fts(session):
        dump["customer_search"] = [tuple(row) for row in session.execute(
            text("SELECT rowid, body FROM customer_search ORDER BY rowid"))]
    return dump


@pytest.fixture
def group(database: Database) -> tuple[int, int, int]:
    """Two records of one company (and a bystander), each with one of everything."""
    with database.session() as session:
        level = custom_fields.define_field(session, label="等级", kind="text")
        region = custom_fields.define_field(session, label="片区", kind="text")
        session.add(Staff(name="小李"))
        campaign = Campaign(name="春节促销")
        session.add(campaign)
        session.flush()
        keep = add(session, "上海张氏贸易有限公司", phones=["13812345678"], tags=["VIP"],
                   industry="贸易", custom={level.id: "A"},
                   contacts=[ContactInput(name="张三", mobile="13812345678",
                                          is_primary=True)])
        lose = add(session, "上海张氏贸易", phones=["13812345678", "021-55556666"],
                   tags=["VIP", "老客户"], region="上海", notes="老系统导入",
                   custom={level.id: "B", region.id: "华东"},
                   contacts=[ContactInput(name="李四", email="lisi@zhang.cn",
                                          is_primary=True)])
        other = add(session, "别家公司", tags=["老客户"])
        statuses.set_status(session, customer_ids=[lose.id], status_id=max(
            s.id for s in statuses.list_statuses(session)))
        for customer, tag in ((keep, "keep"), (lose, "lose"), (other, "other")):
            _give_everything(session, customer.id, tag, campaign.id)
    return keep.id, lose.id, other.id


def test_merge_moves_every_related_record_to_the_survivor(database: Database,
                                                         group: tuple[int, int, int]) -> None:
    keep, lose, other = group
    with database.session() as session:
        merge_customers(session, survivor_id=keep, loser_ids=[lose])
    with database.session() as session:
        for table in related.related_tables():
            left = session.execute(select(table.column).where(table.column == lose)).all()
            assert left == [], f"{table.table.name} still holds rows of the merged customer"
        survivor = get_customer(session, id=keep)
        loser = get_customer(session, id=lose)
        assert loser.in_trash and not survivor.in_trash
        assert survivor.tags == ("VIP", "老客户")
        assert [c.name for c in survivor.contacts] == ["张三", "李四"]
        assert [c.is_primary for c in survivor.contacts] == [True, False]
        assert survivor.phones == ("+8613812345678", "+862155556666")
        assert survivor.region == "上海" and survivor.notes == "老系统导入"
        assert sorted(survivor.custom.values()) == ["A", "华东"]
        assert session.scalar(select(Customer.name).where(Customer.id == other)) == "别家公司"
        for model in (Deal, Order, Payment, Task, Ticket, Interaction, CampaignResponse,
                      Attachment):
            assert session.scalar(select(model.id).where(model.customer_id == keep)
                                  .order_by(model.id.desc()).limit(1)) is not None
        assert session.scalars(select(CampaignMember.customer_id).where(
            CampaignMember.customer_id.in_([keep, lose]))).all() == [keep]
        history = session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "customer", AuditEntry.entity_id == keep)).all()
        assert "merge" in history and history.count("create") == 2  # its own and the loser's
        fields = dict(session.execute(select(AuditEntry.field, AuditEntry.new_value).where(
            AuditEntry.entity == "customer", AuditEntry.entity_id == keep,
            AuditEntry.action == "update")).tuples().all())
        assert fields["region"] == "上海" and "status_id" not in fields


def test_chosen_values_win_and_a_value_left_out_is_not_lost(database: Database,
                                                           group: tuple[int, int, int]) -> None:
    keep, lose, _ = group
    with database.session() as session:
        proposal = merge_proposal(session, ids=[keep, lose], survivor_id=keep)
        fields = {choice.field: choice for choice in proposal.fields}
        assert fields["name"].default == "上海张氏贸易有限公司"
        level = next(c for c in proposal.fields if c.label == "等级")
        assert [o.value for o in level.options] == ["A", "B"]
        merge_customers(session, survivor_id=keep, loser_ids=[lose],
                        values={"name": "上海张氏贸易", level.field: "B",
                                "phones": "+8613812345678"})
        survivor = get_customer(session, id=keep)
    assert survivor.name == "上海张氏贸易"
    assert "B" in survivor.custom.values()
    assert survivor.phones == ("+8613812345678",)


def test_one_undo_restores_every_table_exactly_and_redo_merges_again(
        database: Database, group: tuple[int, int, int]) -> None:
    keep, lose, _ = group
    stack = UndoStack()
    with database.session() as session:
        before = _dump(session)
        audit_rows = len(before["audit_log"])
    with database.session() as session:
        stack.merge_customers(session, survivor_id=keep, loser_ids=[lose])
    assert stack.next_undo() is not None and stack.next_undo().code == "merge_customers"
    with database.session() as session:
        assert _dump(session) != before
        stack.undo(session)
    with database.session() as session:
        after = _dump(session)
    new_audit = after.pop("audit_log")
    assert new_audit[:audit_rows] == before.pop("audit_log")  # history kept as it was
    assert {row[5] for row in new_audit[audit_rows:]} >= {"merge", "unmerge"}
    assert after == before
    with database.session() as session:
        stack.redo(session)
    with database.session() as session:
        assert get_customer(session, id=lose).in_trash
        assert [c.name for c in get_customer(session, id=keep).contacts] == ["张三", "李四"]
        stack.undo(session)  # the redone merge is undone exactly too
    with database.session() as session:
        again = _dump(session)
    assert again.pop("audit_log")[:audit_rows] == new_audit[:audit_rows]
    assert again == before


def test_undo_is_refused_when_the_survivor_was_edited_after_the_merge(
        database: Database, group: tuple[int, int, int]) -> None:
    keep, lose, _ = group
    stack = UndoStack()
    with database.session() as session:
        stack.merge_customers(session, survivor_id=keep, loser_ids=[lose])
    with database.session() as session:
        survivor = get_customer(session, id=keep)
        data = survivor.to_input()
        update_customer(session, id=keep, data=type(data)(**{**data.__dict__, "city": "上海"}),
                        expected_version=survivor.version)
    with database.session() as session, pytest.raises(ValidationError) as raised:
        stack.undo(session)
    assert raised.value.code == "stale_version"
    assert stack.can_undo()


def test_merge_refuses_a_group_with_a_trashed_or_single_customer(
        database: Database, group: tuple[int, int, int]) -> None:
    keep, lose, _ = group
    with database.session() as session, pytest.raises(ValidationError) as raised:
        merge_customers(session, survivor_id=keep, loser_ids=[])
    assert raised.value.code == "merge_too_few"
    with database.session() as session:
        merge_customers(session, survivor_id=keep, loser_ids=[lose])
    with database.session() as session, pytest.raises(ValidationError) as raised:
        merge_customers(session, survivor_id=keep, loser_ids=[lose])
    assert raised.value.code == "merge_gone"


def test_a_survivor_without_contacts_gets_the_merged_primary_contact(database: Database) -> None:
    with database.session() as session:
        keep = add(session, "甲公司").id
        lose = add(session, "甲公司有限公司", contacts=[
            ContactInput(name="张三"), ContactInput(name="李四", is_primary=True)]).id
        merge_customers(session, survivor_id=keep, loser_ids=[lose])
        contacts = get_customer(session, id=keep).contacts
    assert [(c.name, c.is_primary) for c in contacts] == [("张三", False), ("李四", True)]


def test_three_way_merge_and_its_undo_restore_every_table_exactly(
        database: Database, group: tuple[int, int, int]) -> None:
    keep, lose, other = group
    stack = UndoStack()
    with database.session() as session:
        before = _dump(session)
    with database.session() as session:
        stack.merge_customers(session, survivor_id=other, loser_ids=[keep, lose],
                              values={"name": "上海张氏贸易有限公司"})
    with database.session() as session:
        survivor = get_customer(session, id=other)
        assert survivor.name == "上海张氏贸易有限公司"
        assert [c.name for c in survivor.contacts] == ["张三", "李四"]
        assert session.scalars(select(Deal.title).where(Deal.customer_id == other)
                               .order_by(Deal.id)).all() == ["deal keep", "deal lose",
                                                             "deal other"]
        stack.undo(session)
    with database.session() as session:
        after = _dump(session)
    audit_rows = len(before["audit_log"])
    assert after.pop("audit_log")[:audit_rows] == before.pop("audit_log")
    assert after == before
