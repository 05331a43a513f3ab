"""Pipeline stages: add, rename, reorder and retire without ever losing a deal."""

from __future__ import annotations

import pytest

from crm_desktop.db import Database
from crm_desktop.services import deals, stages
from crm_desktop.services.errors import ValidationError
from tests.services.deal_helpers import a_deal, stage_ids


def test_the_default_stages_come_in_pipeline_order(database: Database) -> None:
    with database.session() as session:
        listed = stages.list_stages(session)
    assert [(s.code, s.probability) for s in listed] == [
        ("qualify", 10), ("needs", 25), ("proposal", 50), ("negotiation", 75), ("won", 100),
        ("lost", 0)]
    assert [s.is_won for s in listed][-2:] == [True, False] and listed[-1].is_lost


def test_renaming_a_stage_keeps_its_deals(database: Database) -> None:
    with database.session() as session:
        deal = a_deal(session, stage="needs")
        stages.rename_stage(session, id=deal.stage_id, name="需求分析")
        assert deals.get_deal(session, id=deal.id).stage_name == "需求分析"
        with pytest.raises(ValidationError) as caught:
            stages.rename_stage(session, id=deal.stage_id, name="谈判审核")
    assert caught.value.code == "duplicate_stage"


def test_reordering_needs_every_active_stage_once(database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        order = [ids[c] for c in ("needs", "qualify", "proposal", "negotiation", "won", "lost")]
        assert [s.id for s in stages.reorder_stages(session, ids=order)] == order
        with pytest.raises(ValidationError) as caught:
            stages.reorder_stages(session, ids=order[:-1])
    assert caught.value.code == "stage_order_incomplete"


def test_retiring_a_stage_with_deals_is_refused_without_a_target(database: Database) -> None:
    with database.session() as session:
        deal = a_deal(session, stage="needs")
        with pytest.raises(ValidationError) as caught:
            stages.retire_stage(session, id=deal.stage_id)
        assert stages.get_stage(session, id=deal.stage_id).active
    assert caught.value.code == "stage_has_deals" and caught.value.params["count"] == 1


def test_retiring_with_a_target_moves_every_deal_there_with_history(database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
        live = a_deal(session, "在跟", stage="needs")
        trashed = a_deal(session, "已删", stage="needs")
        deals.trash_deals(session, ids=[trashed.id])
        retired = stages.retire_stage(session, id=ids["needs"], move_to=ids["proposal"])
        moved = [deals.get_deal(session, id=d.id) for d in (live, trashed)]
        history = deals.stage_history(session, id=live.id)
        listed = [s.code for s in stages.list_stages(session)]
    assert not retired.active and "needs" not in listed
    assert {d.stage_name for d in moved} == {"方案报价"}
    assert [v.stage_name for v in history] == ["需求确认", "方案报价"]


def test_an_empty_stage_retires_and_a_new_deal_cannot_go_there(database: Database) -> None:
    with database.session() as session:
        added = stages.add_stage(session, name="试用", probability=40)
        stages.retire_stage(session, id=added.id)
        with pytest.raises(ValidationError) as caught:
            deals.move_deal(session, id=a_deal(session).id, stage_id=added.id,
                            expected_version=1)
    assert caught.value.code == "stage_retired"


def test_a_probability_outside_0_to_100_is_refused(database: Database) -> None:
    with database.session() as session, pytest.raises(ValidationError) as caught:
        stages.add_stage(session, name="试用", probability=120)
    assert caught.value.code == "invalid_probability"
