"""Undo and redo are named in the window's language, one customer by name, several counted."""

from __future__ import annotations

import pytest

from crm_desktop.services import customers
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.undo import UndoStack
from crm_desktop.views.undo_names import step_name


@pytest.fixture
def stack_with_steps(database: object) -> tuple[UndoStack, AppContext]:
    stack = UndoStack()
    context = AppContext(database, undo=stack)  # type: ignore[arg-type]
    with context.session() as session:
        ids = [customers.create_customer(session, data=CustomerInput(name=name)).id
               for name in ("张三", "李四", "王五")]
        stack.trash_customers(session, ids=ids)
        stack.restore_customers(session, ids=ids[:1])
        stack.add_tag(session, ids=ids, tag="VIP")
    return stack, context


def test_steps_carry_a_code_and_params_beside_the_english_text(
        stack_with_steps: tuple[UndoStack, AppContext]) -> None:
    stack, _context = stack_with_steps
    step = stack.next_undo()
    assert step is not None
    assert (step.code, step.params, step.text) == (
        "add_tag", {"count": 3, "tag": "VIP"}, "Add tag VIP to 3 customers")


def test_english_names_count_several_customers_and_name_one(
        qapp: object, stack_with_steps: tuple[UndoStack, AppContext]) -> None:
    stack, context = stack_with_steps
    assert step_name(stack.next_undo()) == "Add tag VIP to 3 customers"
    with context.session() as session:
        stack.undo(session)
    assert step_name(stack.next_undo()) == "Restore 张三"
    assert step_name(stack.next_redo()) == "Add tag VIP to 3 customers"
    with context.session() as session:
        stack.undo(session)
    assert step_name(stack.next_undo()) == "Delete 3 customers"


def test_chinese_names_leave_no_english_words(
        qapp: object, chinese: None, stack_with_steps: tuple[UndoStack, AppContext]) -> None:
    stack, context = stack_with_steps
    assert step_name(stack.next_undo()) == "给 3 个客户添加标签“VIP”"
    with context.session() as session:
        stack.undo(session)
    assert step_name(stack.next_undo()) == "恢复“张三”"
    with context.session() as session:
        stack.undo(session)
    assert step_name(stack.next_undo()) == "删除 3 个客户"


def test_an_unknown_step_keeps_its_english_text(qapp: object) -> None:
    from crm_desktop.services.changes import Changes
    from crm_desktop.services.undo import UndoStep

    step = UndoStep(text="Merge 2 customers", undo=lambda s: Changes(),
                    redo=lambda s: Changes(), code="merge_customers", params={"count": 2})
    assert step_name(step) == "Merge 2 customers"
    assert step_name(None) == ""
