"""Named undo of deal writes, and two people moving one deal at once."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from crm_desktop.db import Database, open_database
from crm_desktop.services import deal_undo, deals
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.undo import UndoStack
from tests.services.deal_helpers import a_deal, stage_ids


def test_a_move_is_named_and_undo_puts_the_deal_back_where_it_was(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        ids = stage_ids(session)
        deal = a_deal(session, stage="proposal")
        deal_undo.move_deal(stack, session, id=deal.id, stage_id=ids["lost"],
                            expected_version=deal.version, lost_reason="预算不足")
    step = stack.next_undo()
    assert step is not None and step.code == "move_deal"
    assert stack.undo_text() == "Move “官网改版” to 输单" and step.params["stage"] == "输单"
    with database.session() as session:
        stack.undo(session)
        back = deals.get_deal(session, id=deal.id)
    assert (back.stage_name, back.position, back.lost_reason, back.closed_at) == (
        "方案报价", deal.position, None, None)
    with database.session() as session:
        stack.redo(session)
        again = deals.get_deal(session, id=deal.id)
        history = [v.stage_name for v in deals.stage_history(session, id=deal.id)]
    assert again.stage_name == "输单" and again.lost_reason == "预算不足"
    assert history == ["方案报价", "输单", "方案报价", "输单"]


def test_undoing_a_move_over_someone_elses_later_move_is_refused(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        ids = stage_ids(session)
        deal = a_deal(session)
        moved = deal_undo.move_deal(stack, session, id=deal.id, stage_id=ids["needs"],
                                    expected_version=deal.version)
        deals.move_deal(session, id=deal.id, stage_id=ids["won"], expected_version=moved.version)
    with pytest.raises(ValidationError) as caught, database.session() as session:
        stack.undo(session)
    assert caught.value.code == "stale_version" and stack.can_undo()


def test_add_edit_and_delete_of_a_deal_undo(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        customer = a_deal(session, "先有").customer_id
        created = deal_undo.create_deal(stack, session, data=replace(
            deals.get_deal(session, id=1).to_input(), title="新单", customer_id=customer))
        edited = deal_undo.update_deal(stack, session, id=created.id, expected_version=1,
                                       data=replace(created.to_input(), amount_minor=9))
        deal_undo.trash_deals(stack, session, ids=[created.id])
    assert stack.undo_text() == "Delete deal “新单”"
    with database.session() as session:
        stack.undo(session)
        assert deals.get_deal(session, id=created.id).deleted_at is None
        assert stack.undo_text() == "Edit deal “新单”"
        stack.undo(session)
        assert deals.get_deal(session, id=created.id).amount_minor == created.amount_minor
        stack.undo(session)
        assert deals.get_deal(session, id=created.id).deleted_at is not None
    assert edited.amount_minor == 9


def test_two_people_moving_one_deal_at_once_on_the_server_one_is_refused(pg_url: str) -> None:
    """Both pass the version check before either commits; the UPDATE decides."""
    setup = open_database(pg_url)
    with setup.session() as session:
        ids = stage_ids(session)
        deal = a_deal(session)
    setup.close()
    both_checked = threading.Barrier(2, timeout=10)
    outcomes: dict[str, object] = {}

    def move(who: str, stage: str) -> None:
        database = open_database(pg_url)
        try:
            with database.session() as session:
                loaded = deals.get_deal(session, id=deal.id)
                both_checked.wait()
                deals.move_deal(session, id=deal.id, stage_id=ids[stage],
                                expected_version=loaded.version)
            outcomes[who] = "moved"
        except Exception as error:  # noqa: BLE001 - the outcome is what is checked
            outcomes[who] = error
        finally:
            database.close()

    threads = [threading.Thread(target=move, args=args)
               for args in (("alice", "proposal"), ("bob", "negotiation"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    refused = [o for o in outcomes.values() if o != "moved"]
    assert len(outcomes) == 2 and len(refused) == 1, outcomes
    assert isinstance(refused[0], ValidationError) and refused[0].code == "stale_version"
    check = open_database(pg_url)
    with check.session() as session:
        history = deals.stage_history(session, id=deal.id)
    check.close()
    assert len(history) == 2  # only the move that won is in the history
