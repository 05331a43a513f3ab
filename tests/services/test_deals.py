"""Deals: validation, editing with the version check, moves with stage history, trash."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from crm_desktop.db import Database
from crm_desktop.services import audit, deals
from crm_desktop.services.deals import DealInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.staff import add_staff
from tests.services.deal_helpers import a_customer, a_deal, stage_ids


def test_a_new_deal_starts_in_the_first_open_stage_with_history_and_audit(
        database: Database) -> None:
    with database.session() as session:
        customer = a_customer(session)
        owner = add_staff(session, name="王芳").id
        created = deals.create_deal(session, data=DealInput(
            title=" 官网改版 ", customer_id=customer, amount_minor=1_250_050, currency="cny",
            expected_close_date=dt.date(2026, 12, 31), owner_id=owner, source="展会"),
            actor_id=owner)
        history = deals.stage_history(session, id=created.id)
        rows = audit.history(session, entity="deal", entity_id=created.id)
    assert created.title == "官网改版" and created.currency == "CNY"
    assert created.amount_minor == 1_250_050 and created.owner_name == "王芳"
    assert created.stage_name == "初步接洽" and created.closed_at is None
    assert [visit.stage_name for visit in history] == ["初步接洽"]
    assert [(row.action, row.staff_name) for row in rows] == [("create", "王芳")]


@pytest.mark.parametrize(("change", "code"), [
    ({"title": "  "}, "required"),
    ({"customer_id": 9999}, "unknown_customer"),
    ({"amount_minor": -1}, "invalid_amount"),
    ({"amount_minor": 12.5}, "invalid_amount"),
    ({"currency": "RMB¥"}, "invalid_currency"),
    ({"owner_id": 9999}, "unknown_owner"),
    ({"expected_close_date": dt.date(1970, 1, 1)}, "invalid_date"),
])
def test_invalid_deal_values_are_refused_naming_the_field(
        database: Database, change: dict[str, object], code: str) -> None:
    with database.session() as session:
        data = replace(DealInput(title="x", customer_id=a_customer(session)), **change)
        with pytest.raises(ValidationError) as caught:
            deals.create_deal(session, data=data)
    assert caught.value.code == code


def test_a_deal_created_in_a_lost_stage_needs_a_lost_reason(database: Database) -> None:
    with database.session() as session:
        with pytest.raises(ValidationError) as caught:
            a_deal(session, stage="lost")
        assert caught.value.code == "lost_reason_required"
        lost = a_deal(session, "旧项目", stage="lost", lost_reason="预算砍掉")
    assert lost.lost_reason == "预算砍掉" and lost.closed_at is not None


def test_editing_writes_one_audit_row_per_changed_field(database: Database) -> None:
    with database.session() as session:
        deal = a_deal(session)
        edited = deals.update_deal(session, id=deal.id, expected_version=deal.version,
                                   data=replace(deal.to_input(), amount_minor=5, notes="加急"))
        fields = {row.field for row in audit.history(session, entity="deal", entity_id=deal.id)
                  if row.action == "update"}
    assert edited.version == deal.version + 1
    assert fields == {"amount_minor", "notes"}


def test_editing_a_stale_version_is_refused_and_changes_nothing(database: Database) -> None:
    with database.session() as session:
        deal = a_deal(session)
        deals.update_deal(session, id=deal.id, expected_version=deal.version,
                          data=replace(deal.to_input(), title="新标题"))
    with pytest.raises(ValidationError) as caught, database.session() as session:
        deals.update_deal(session, id=deal.id, expected_version=deal.version,
                          data=replace(deal.to_input(), amount_minor=1))
    assert caught.value.code == "stale_version"
    with database.session() as session:
        stored = deals.get_deal(session, id=deal.id)
    assert stored.title == "新标题" and stored.amount_minor == deal.amount_minor


def test_a_move_records_the_stage_change_and_the_audit_row(database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        deal = a_deal(session)
        moved = deals.move_deal(session, id=deal.id, stage_id=ids["negotiation"],
                                expected_version=deal.version)
        history = deals.stage_history(session, id=deal.id)
        rows = audit.history(session, entity="deal", entity_id=deal.id)
    assert moved.stage_name == "谈判审核" and moved.version == deal.version + 1
    assert [v.stage_name for v in history] == ["初步接洽", "谈判审核"]
    assert history[0].left_at == history[1].entered_at and history[1].left_at is None
    assert (rows[0].field, rows[0].old_value, rows[0].new_value) == ("stage", "初步接洽",
                                                                     "谈判审核")


def test_a_move_to_a_position_puts_the_card_before_the_one_there(database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        customer = a_customer(session)
        first, second, third = (a_deal(session, t, customer_id=customer, stage="needs")
                                for t in ("甲", "乙", "丙"))
        deals.move_deal(session, id=third.id, stage_id=ids["needs"], position=first.position,
                        expected_version=third.version)
        order = sorted((deals.get_deal(session, id=d.id) for d in (first, second, third)),
                       key=lambda d: d.position)
    assert [d.title for d in order] == ["丙", "甲", "乙"]


def test_moving_to_lost_needs_a_reason_and_won_sets_the_close_time(database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        deal = a_deal(session)
        with pytest.raises(ValidationError) as caught:
            deals.move_deal(session, id=deal.id, stage_id=ids["lost"],
                            expected_version=deal.version, lost_reason="  ")
        assert caught.value.code == "lost_reason_required"
        lost = deals.move_deal(session, id=deal.id, stage_id=ids["lost"],
                               expected_version=deal.version, lost_reason="价格太高")
        won = deals.move_deal(session, id=deal.id, stage_id=ids["won"],
                              expected_version=lost.version)
        reopened = deals.move_deal(session, id=deal.id, stage_id=ids["proposal"],
                                   expected_version=won.version)
    assert lost.lost_reason == "价格太高" and lost.closed_at is not None
    assert won.lost_reason is None and won.closed_at is not None
    assert reopened.closed_at is None


def test_the_second_of_two_moves_from_the_same_version_is_refused(database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        deal = a_deal(session)
    with database.session() as session:
        deals.move_deal(session, id=deal.id, stage_id=ids["proposal"],
                        expected_version=deal.version)
    with pytest.raises(ValidationError) as caught, database.session() as session:
        deals.move_deal(session, id=deal.id, stage_id=ids["lost"], lost_reason="x",
                        expected_version=deal.version)
    assert caught.value.code == "stale_version" and "官网改版" in caught.value.message
    with database.session() as session:
        assert deals.get_deal(session, id=deal.id).stage_name == "方案报价"
        assert len(deals.stage_history(session, id=deal.id)) == 2


def test_a_trashed_deal_cannot_move_and_comes_back_on_restore(database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        deal = a_deal(session)
        changes = deals.trash_deals(session, ids=[deal.id])
        trashed = deals.get_deal(session, id=deal.id)
        with pytest.raises(ValidationError) as caught:
            deals.move_deal(session, id=deal.id, stage_id=ids["won"],
                            expected_version=trashed.version)
        deals.restore_deals(session, ids=[deal.id])
        restored = deals.get_deal(session, id=deal.id)
        actions = [r.action for r in audit.history(session, entity="deal", entity_id=deal.id)]
    assert changes.customer_ids == (deal.customer_id,) and trashed.deleted_at is not None
    assert caught.value.code == "deal_in_trash"
    assert restored.deleted_at is None and actions[:2] == ["restore", "trash"]
