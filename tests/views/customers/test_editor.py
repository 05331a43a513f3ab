"""The customer editor: validation, contacts, custom fields, status and audit history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from crm_desktop.services import custom_fields, customers, statuses
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import ContactInput
from crm_desktop.views.customers.editor import CustomerEditor
from tests.views.customers.conftest import MakeCustomer

Ok = QDialogButtonBox.StandardButton.Ok


def open_editor(qtbot: QtBot, context: AppContext, customer_id: int | None = None
                ) -> CustomerEditor:
    editor = CustomerEditor(context, customer_id)
    qtbot.addWidget(editor)
    editor.open()
    return editor


def test_a_refused_email_is_explained_and_the_dialog_stays_open(
    qtbot: QtBot, context: AppContext
) -> None:
    """The service's message is shown and the cursor goes to the field it names."""
    editor = open_editor(qtbot, context)
    editor.edits["name"].setText("王芳")
    qtbot.keyClicks(editor.edits["emails"], "not-an-email")
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error.isVisible() and "not-an-email" in editor.error.text()
    assert editor.focusWidget() is editor.edits["emails"]
    with context.session() as session:
        assert customers.list_trash(session) == []


def test_a_blank_name_is_refused(qtbot: QtBot, context: AppContext) -> None:
    editor = open_editor(qtbot, context)
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.error.text()


def test_custom_fields_defined_in_settings_appear_and_are_saved(
    qtbot: QtBot, context: AppContext
) -> None:
    """A number and a choice field show in the Custom Fields tab; their values are stored."""
    with context.session() as session:
        budget = custom_fields.define_field(session, label="预算", kind="number")
        grade = custom_fields.define_field(session, label="等级", kind="choice",
                                           choices=["A", "B"])
    editor = open_editor(qtbot, context)
    budget_edit = editor.custom_tab.editors[budget.id]
    grade_combo = editor.custom_tab.editors[grade.id]
    assert isinstance(budget_edit, QLineEdit) and isinstance(grade_combo, QComboBox)
    editor.edits["name"].setText("赵六")
    qtbot.keyClicks(budget_edit, "5000")
    grade_combo.setCurrentIndex(grade_combo.findData("B"))
    saved: list[object] = []
    editor.saved.connect(saved.append)
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert saved, editor.error.text()
    with context.session() as session:
        detail = customers.get_customer(session, id=saved[0].id)  # type: ignore[attr-defined]
    assert detail.custom[budget.id] == 5000
    assert detail.custom[grade.id] == "B"


def test_contacts_keep_exactly_one_primary(
    qtbot: QtBot, context: AppContext
) -> None:
    """Ticking another contact as primary unticks the first; the service stores that."""
    editor = open_editor(qtbot, context)
    editor.edits["name"].setText("Acme")
    tab = editor.contacts_tab
    for row, name in enumerate(("Ann", "Bob")):
        tab.add_contact()
        tab.table.item(row, 0).setText(name)
    tab.set_primary(1)
    assert [c.is_primary for c in tab.contacts()] == [False, True]
    saved: list[object] = []
    editor.saved.connect(saved.append)
    editor.save()
    contacts = saved[0].contacts  # type: ignore[attr-defined]
    assert [(c.name, c.is_primary) for c in contacts] == [("Ann", False), ("Bob", True)]


def test_status_history_tab_shows_each_change_with_from_and_to(
    qtbot: QtBot, context: AppContext, make_customer: MakeCustomer
) -> None:
    customer_id = make_customer("孙七", contacts=[ContactInput(name="孙七")])
    with context.session() as session:
        lead, following = statuses.list_statuses(session)[:2]
        statuses.set_status(session, customer_ids=[customer_id], status_id=following.id)
    editor = open_editor(qtbot, context, customer_id)
    table = editor.history_tab.table
    assert table.rowCount() == 2
    newest = [table.item(0, column).text() for column in range(3)]
    # the window speaks English here, so the default statuses show their English names
    assert newest[1:] == [lead.name_en, following.name_en] and newest[0]
    assert editor.status.currentData() == following.id


def test_audit_tab_lists_changed_fields_and_completeness_is_shown(
    qtbot: QtBot, context: AppContext, make_customer: MakeCustomer
) -> None:
    customer_id = make_customer("周八")
    editor = open_editor(qtbot, context, customer_id)
    before = editor.completeness.value()
    qtbot.keyClicks(editor.edits["industry"], "Retail")
    assert editor.completeness.value() > before
    editor.save()
    again = open_editor(qtbot, context, customer_id)
    rows = [[again.audit_tab.table.item(r, c).text() for c in range(5)]
            for r in range(again.audit_tab.table.rowCount())]
    assert any(row[2] == "industry" and row[4] == "Retail" for row in rows)
