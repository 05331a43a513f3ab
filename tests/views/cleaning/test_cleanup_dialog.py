"""The clean-up dialog: preview first, then apply as one undoable step."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.services import customers
from crm_desktop.services.context import AppContext
from crm_desktop.views.cleaning.cleanup_dialog import CleanupDialog
from tests.views.customers.conftest import MakeCustomer


def _preview(qtbot: QtBot, dialog: CleanupDialog) -> None:
    dialog.preview_button.click()
    assert dialog.job is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)


def test_set_field_shows_the_preview_and_apply_writes_it_undoably(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    ids = [make_customer("甲公司", industry="贸易"), make_customer("乙公司", industry="制造")]
    dialog = CleanupDialog(context, ids, selected=True)
    qtbot.addWidget(dialog)
    assert "2 selected" in dialog.scope.text()
    assert not dialog.apply_button.isEnabled()
    dialog.field.setCurrentIndex(dialog.field.findData("industry"))
    dialog.value.setText("制造")
    _preview(qtbot, dialog)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (0, 2, 3)] == ["甲公司", "贸易", "制造"]
    assert "1 values of 1 customers" in dialog.summary.text()
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        dialog.apply_button.click()
    with context.session() as session:
        assert customers.get_customer(session, id=ids[0]).industry == "制造"
        assert context.undo is not None and context.undo.next_undo() is not None
        context.undo.undo(session)
    with context.session() as session:
        assert customers.get_customer(session, id=ids[0]).industry == "贸易"


def test_changing_the_operation_drops_the_stale_preview(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    ids = [make_customer("杭州客户", phones=["0571-88886666"])]
    dialog = CleanupDialog(context, ids, selected=False)
    qtbot.addWidget(dialog)
    assert "All 1 customers" in dialog.scope.text()
    dialog.operation.setCurrentIndex(dialog.operation.findData("fill_region"))
    assert not dialog.field.isVisibleTo(dialog)
    _preview(qtbot, dialog)
    assert dialog.table.rowCount() == 2 and dialog.apply_button.isEnabled()
    dialog.operation.setCurrentIndex(dialog.operation.findData("trim_spaces"))
    assert dialog.plan is None and dialog.table.rowCount() == 0
    assert not dialog.apply_button.isEnabled()
