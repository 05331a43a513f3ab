"""The trash dialog (restore, empty with a counted confirmation) and the customer settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import custom_fields, customers, staff, statuses
from crm_desktop.services.context import AppContext
from crm_desktop.views.customers.settings_dialog import CustomerSettingsDialog
from crm_desktop.views.customers.trash import TrashDialog
from tests.views.customers.conftest import MakeCustomer


def trashed(context: AppContext, make_customer: MakeCustomer, *names: str) -> list[int]:
    ids = [make_customer(name) for name in names]
    with context.session() as session:
        customers.trash_customers(session, ids=ids)
    return ids


def test_restore_brings_the_chosen_customer_back(
    qtbot: QtBot, context: AppContext, make_customer: MakeCustomer
) -> None:
    trashed(context, make_customer, "甲", "乙")
    dialog = TrashDialog(context)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.table.rowCount() == 2 and "2" in dialog.summary.text()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed):
        dialog.restore_button.click()
    assert dialog.table.rowCount() == 1
    with context.session() as session:
        assert len(customers.list_trash(session)) == 1
    assert context.undo is not None and context.undo.can_undo()


def test_empty_trash_asks_naming_the_count_and_deletes_for_good(
    qtbot: QtBot, context: AppContext, make_customer: MakeCustomer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = trashed(context, make_customer, "甲", "乙", "丙")
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = TrashDialog(context)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        dialog.empty_button.click()
    assert asked and "3" in asked[0]
    assert dialog.table.rowCount() == 0
    with context.session() as session:
        assert customers.list_trash(session) == []
        with pytest.raises(Exception):  # noqa: B017 - gone for good: NotFound
            customers.get_customer(session, id=ids[0])


def test_declining_to_empty_keeps_the_trash(
    qtbot: QtBot, context: AppContext, make_customer: MakeCustomer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trashed(context, make_customer, "甲")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = TrashDialog(context)
    qtbot.addWidget(dialog)
    dialog.empty_button.click()
    assert dialog.table.rowCount() == 1


def test_settings_add_reorder_and_retire_statuses(qtbot: QtBot, context: AppContext) -> None:
    dialog = CustomerSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.add_status("回访", "#123456")
    with context.session() as session:
        names = [s.name for s in statuses.list_statuses(session)]
    assert names[-1] == "回访"
    dialog.statuses.list.setCurrentRow(dialog.statuses.list.count() - 1)
    dialog.move_status(-1)
    with context.session() as session:
        names = [s.name for s in statuses.list_statuses(session)]
    assert names[-2] == "回访"
    dialog.toggle_status()  # the current row follows the moved status
    with context.session() as session:
        assert "回访" not in [s.name for s in statuses.list_statuses(session)]
    assert "回访" in dialog.statuses.list.item(dialog.statuses.list.count() - 2).text()


def test_settings_define_custom_fields_and_staff(qtbot: QtBot, context: AppContext) -> None:
    dialog = CustomerSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.add_field("等级", "choice", ["A", "B"])
    assert dialog.add_field("签约日期", "date")
    assert dialog.add_staff("王经理")
    with context.session() as session:
        fields = custom_fields.list_fields(session)
        people = staff.list_staff(session)
    assert [(f.label, f.kind, f.choices) for f in fields] == [
        ("等级", "choice", ("A", "B")), ("签约日期", "date", ())]
    assert [p.name for p in people] == ["王经理"]
    assert dialog.fields.list.count() == 2 and dialog.staff.list.count() == 1


def test_a_refused_setting_is_explained(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = CustomerSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.add_field("Choice without options", "choice", [])
    assert shown
