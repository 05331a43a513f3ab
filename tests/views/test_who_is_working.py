"""Who is working: chosen at start on a shared database, remembered, passed to every write."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import AuditEntry
from crm_desktop.services import staff
from crm_desktop.services.context import AppContext
from crm_desktop.services.undo import UndoStack
from crm_desktop.views.customers.editor import CustomerEditor
from crm_desktop.views.customers.page import CustomersPage
from crm_desktop.views.who_is_working import WhoIsWorkingDialog, remember, remembered

Ok = QDialogButtonBox.StandardButton.Ok


def _listed(dialog: WhoIsWorkingDialog) -> list[str]:
    return [dialog.people.item(row).text() for row in range(dialog.people.count())]


def test_dialog_lists_active_staff_with_last_choice_on_this_database_selected(
        qtbot: QtBot, context: AppContext) -> None:
    with context.session() as session:
        wang = staff.add_staff(session, name="王芳").id
        staff.add_staff(session, name="李雷")
        gone = staff.add_staff(session, name="张伟").id
        staff.set_staff_active(session, id=gone, active=False)
    remember(context, wang)
    dialog = WhoIsWorkingDialog(context)
    qtbot.addWidget(dialog)
    assert _listed(dialog) == sorted(["王芳", "李雷"])
    assert dialog.chosen() == (wang, "王芳")


def test_ok_waits_for_a_choice(qtbot: QtBot, context: AppContext) -> None:
    with context.session() as session:
        staff.add_staff(session, name="王芳")
        staff.add_staff(session, name="李雷")
    dialog = WhoIsWorkingDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(Ok).isEnabled()
    dialog.people.setCurrentRow(1)
    assert dialog.buttons.button(Ok).isEnabled()


def test_someone_not_listed_adds_themselves_and_is_chosen(
        qtbot: QtBot, context: AppContext) -> None:
    dialog = WhoIsWorkingDialog(context)
    qtbot.addWidget(dialog)
    assert _listed(dialog) == [] and not dialog.add_button.isEnabled()
    dialog.new_name.setText("赵敏")  # (QTest cannot type Chinese)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert _listed(dialog) == ["赵敏"]
    chosen = dialog.chosen()
    assert chosen is not None and chosen[1] == "赵敏"
    with context.session() as session:
        assert [person.name for person in staff.list_staff(session)] == ["赵敏"]


def test_choosing_puts_the_person_in_the_context_and_remembers_them(
        qtbot: QtBot, context: AppContext, monkeypatch: object) -> None:
    from crm_desktop.views import who_is_working

    with context.session() as session:
        li = staff.add_staff(session, name="李雷").id

    def accept_first(dialog: WhoIsWorkingDialog) -> int:
        dialog.people.setCurrentRow(0)
        return WhoIsWorkingDialog.DialogCode.Accepted.value

    monkeypatch.setattr(WhoIsWorkingDialog, "exec", accept_first)  # type: ignore[attr-defined]
    assert who_is_working.choose_who_is_working(context)
    assert (context.actor_id, context.actor_name) == (li, "李雷")
    assert remembered(context) == li


def test_the_editor_saves_in_the_name_of_the_person_working(
        qtbot: QtBot, context: AppContext) -> None:
    with context.session() as session:
        context.actor_id = staff.add_staff(session, name="王芳").id
    context.undo = UndoStack()
    editor = CustomerEditor(context, None)
    qtbot.addWidget(editor)
    editor.open()
    editor.edits["name"].setText("上海东方贸易")
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    with context.session() as session:
        actors = set(session.scalars(select(AuditEntry.staff_id)))
    assert actors == {context.actor_id}


def test_my_customers_shows_only_the_customers_of_the_person_working(
        qtbot: QtBot, context: AppContext) -> None:
    from crm_desktop.services.customers import CustomerInput, create_customer

    with context.session() as session:
        me = staff.add_staff(session, name="王芳").id
        other = staff.add_staff(session, name="李雷").id
        for name, owner in (("甲", me), ("乙", other), ("丙", None), ("丁", me)):
            create_customer(session, data=CustomerInput(name=name, owner_id=owner))
    context.actor_id, context.actor_name = me, "王芳"
    page = CustomersPage(context)
    qtbot.addWidget(page)
    assert not page.mine_button.isHidden() and page.model.rowCount() == 4
    page.mine_button.click()
    column = page.model.column_of("name")
    names = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert names == {"甲", "丁"} and page.mine_button.isChecked()
    page.filters.select("owner_ids", (other,))  # another owner in the combo: not "mine"
    assert page.model.rowCount() == 1 and not page.mine_button.isChecked()
    page.mine_button.click()
    page.mine_button.click()  # off again: everyone's customers
    assert page.model.rowCount() == 4 and not page.mine_button.isChecked()


def test_my_customers_is_hidden_when_no_one_is_working(
        qtbot: QtBot, context: AppContext) -> None:
    page = CustomersPage(context)
    qtbot.addWidget(page)
    assert page.mine_button.isHidden()
