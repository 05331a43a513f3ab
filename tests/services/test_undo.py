"""Named undo/redo of customer writes: create, edit, trash, restore, bulk status/tag/owner."""

from __future__ import annotations

import pytest

from crm_desktop.db import Database
from crm_desktop.services import audit, staff, statuses
from crm_desktop.services.customers import CustomerInput, get_customer, update_customer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.undo import UndoStack


def test_undo_of_create_trashes_and_redo_restores(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        created = stack.create_customer(session, data=CustomerInput(name="张三"))
        assert stack.undo_text() == "Add 张三" and stack.can_undo() and not stack.can_redo()
        stack.undo(session)
        assert get_customer(session, id=created.id).in_trash
        assert stack.redo_text() == "Add 张三"
        stack.redo(session)
        assert not get_customer(session, id=created.id).in_trash


def test_undo_of_edit_writes_the_old_values_back_as_new_history(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        created = stack.create_customer(session, data=CustomerInput(
            name="张三", region="上海", tags=["VIP"]))
        stack.update_customer(session, id=created.id, expected_version=created.version,
                              data=CustomerInput(name="张三丰", region="北京"))
        assert stack.undo_text() == "Edit 张三丰"
        stack.undo(session)
        back = get_customer(session, id=created.id)
        assert (back.name, back.region, back.tags) == ("张三", "上海", ("VIP",))
        stack.redo(session)
        again = get_customer(session, id=created.id)
        assert (again.name, again.region, again.tags) == ("张三丰", "北京", ())
        fields = [row.field for row in audit.history(session, entity="customer",
                                                      entity_id=created.id)]
        assert fields.count("region") == 3  # edit, undo, redo: history is never deleted


def test_undo_of_edit_is_refused_when_someone_edited_since(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        created = stack.create_customer(session, data=CustomerInput(name="A"))
        edited = stack.update_customer(session, id=created.id, data=CustomerInput(name="B"),
                                       expected_version=created.version)
        update_customer(session, id=created.id, data=CustomerInput(name="C"),
                        expected_version=edited.version)
        with pytest.raises(ValidationError) as caught:
            stack.undo(session)
        assert caught.value.code == "stale_version"
        assert stack.undo_text() == "Edit B"  # still there to retry


def test_trash_and_restore_are_undoable_with_counted_names(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        ids = [stack.create_customer(session, data=CustomerInput(name=n)).id
               for n in ("A", "B", "C")]
        stack.trash_customers(session, ids=ids)
        assert stack.undo_text() == "Delete 3 customers"
        stack.undo(session)
        assert not any(get_customer(session, id=i).in_trash for i in ids)
        stack.redo(session)
        assert all(get_customer(session, id=i).in_trash for i in ids)
        stack.restore_customers(session, ids=ids[:1])
        assert stack.undo_text() == "Restore A"
        assert not stack.can_redo()  # a new step forgets the redo side


def test_bulk_status_tag_and_owner_are_undoable(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        lead, signed = statuses.list_statuses(session)[0], statuses.list_statuses(session)[4]
        li = staff.add_staff(session, name="小李")
        wang = staff.add_staff(session, name="小王")
        a = stack.create_customer(session, data=CustomerInput(name="A", owner_id=li.id))
        b = stack.create_customer(session, data=CustomerInput(name="B", tags=["VIP"]))
        stack.set_status(session, ids=[a.id, b.id], status_id=signed.id)
        assert stack.undo_text() == "Set status of 2 customers"
        stack.add_tag(session, ids=[a.id, b.id], tag="VIP")
        assert stack.undo_text() == "Add tag VIP to A"  # only A lacked it
        stack.set_owner(session, ids=[a.id, b.id], owner_id=wang.id)
        assert get_customer(session, id=b.id).completeness > b.completeness
        stack.undo(session)
        assert [get_customer(session, id=i).owner_id for i in (a.id, b.id)] == [li.id, None]
        stack.undo(session)
        assert get_customer(session, id=a.id).tags == ()
        assert get_customer(session, id=b.id).tags == ("VIP",)
        stack.undo(session)
        assert {get_customer(session, id=i).status_id for i in (a.id, b.id)} == {lead.id}
        assert [h.to_name for h in statuses.status_history(session, customer_id=a.id)] == [
            "潜在客户", "已签约", "潜在客户"]


def test_empty_stack_does_nothing() -> None:
    stack = UndoStack()
    assert (stack.undo_text(), stack.redo_text(), stack.can_undo(), stack.can_redo()) == (
        "", "", False, False)
