"""The Customers page in the real main window, driven with keys and clicks through qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import statuses
from crm_desktop.services.context import AppContext
from crm_desktop.views.customers.page import CustomersPage
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.pages import PAGES
from tests.views.customers.conftest import MakeCustomer

Ok = QDialogButtonBox.StandardButton.Ok
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    spec = next(spec for spec in PAGES if spec.key == "customers")
    window = MainWindow(context, pages=[spec])
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    return window


@pytest.fixture
def page(window: MainWindow) -> CustomersPage:
    page = window.show_page("customers")
    assert isinstance(page, CustomersPage)
    return page


def names(page: CustomersPage) -> list[str]:
    column = page.model.column_of("name")
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def select_row(qtbot: QtBot, page: CustomersPage, row: int) -> None:
    page.table.setFocus()
    customer_id = page.model.customer_id(row)
    page.select_ids([customer_id], customer_id)  # selectRow would depend on held modifiers
    assert page.selected_ids() == [page.model.customer_id(row)]


def yes_to_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_ctrl_n_opens_the_editor_and_ok_creates_the_customer(
    qtbot: QtBot, window: MainWindow, page: CustomersPage
) -> None:
    """Ctrl+N, a Chinese name and a phone, OK: the customer is listed and counted."""
    qtbot.keyClick(page.table, Qt.Key.Key_N, Ctrl)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.edits["name"].setText("张三")  # keyClicks is ASCII only
    qtbot.keyClicks(editor.edits["phones"], "138 1234 5678")
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert names(page) == ["张三"]
    # stored in E.164, shown as dialled at home (the default region is China)
    assert page.model.cached_row(0).phones == ("+8613812345678",)
    assert page.model.index(0, page.model.column_of("phones")).data() == "138 1234 5678"
    assert page.count_label.text() == "1 customer"
    assert page.selected_ids() == [page.model.customer_id(0)]
    assert window.actions["edit.undo"].isEnabled()


def test_enter_opens_the_selected_customer_and_the_edit_is_saved(
    qtbot: QtBot, page: CustomersPage, make_customer: MakeCustomer
) -> None:
    """Enter on a row opens it; a changed company shows in the list and the selection stays."""
    make_customer("李四")
    page.refresh()
    select_row(qtbot, page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.customer is not None
    assert editor.edits["name"].text() == "李四"
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClicks(editor.edits["company"], "Acme")
    qtbot.keyClick(editor.edits["company"], Qt.Key.Key_Return)  # Enter in a field is OK
    assert not editor.isVisible(), editor.error.text()
    assert page.model.index(0, page.model.column_of("company")).data() == "Acme"
    assert page.selected_ids() == [page.model.customer_id(0)]


def test_delete_key_asks_then_trashes_and_ctrl_z_brings_them_back(
    qtbot: QtBot, window: MainWindow, page: CustomersPage, make_customer: MakeCustomer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Delete asks naming the count; Edit ▸ Undo is named after the step and restores them."""
    for name in ("甲公司", "乙公司", "丙公司"):
        make_customer(name)
    page.refresh()
    asked = yes_to_questions(monkeypatch)
    page.table.setFocus()
    page.table.selectAll()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "3" in asked[0]
    assert page.model.rowCount() == 0
    window.update_undo_actions()
    assert "Delete 3 customers" in window.actions["edit.undo"].text()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Ctrl)
    assert sorted(names(page)) == sorted(["甲公司", "乙公司", "丙公司"])
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert page.model.rowCount() == 0


def test_declining_the_delete_question_keeps_the_customer(
    qtbot: QtBot, page: CustomersPage, make_customer: MakeCustomer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_customer("王五")
    page.refresh()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.No)
    select_row(qtbot, page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert names(page) == ["王五"]


@pytest.mark.parametrize("typed", ["张", "zhangsan", "zs", "138 1234 5678", "+86 138-1234-5678"])
def test_search_as_you_type_finds_by_chinese_pinyin_and_phone(
    qtbot: QtBot, window: MainWindow, page: CustomersPage, make_customer: MakeCustomer,
    typed: str,
) -> None:
    """One box finds 张三 by a character, by pinyin or initials, and by a phone typed anyhow."""
    make_customer("张三", phones=["13812345678"])
    make_customer("李四", phones=["13900000000"])
    page.refresh()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Ctrl)
    assert page.search.hasFocus()
    page.search.setText(typed)
    qtbot.waitUntil(lambda: names(page) == ["张三"], timeout=2000)
    assert page.count_label.text() == "1 customer"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)


def test_status_filter_shows_only_customers_with_that_status(
    qtbot: QtBot, context: AppContext, page: CustomersPage, make_customer: MakeCustomer
) -> None:
    with context.session() as session:
        lead, following = statuses.list_statuses(session)[:2]
    make_customer("Lead Co", status_id=lead.id)
    make_customer("Follow Co", status_id=following.id)
    page.refresh()
    page.filters.select("status_ids", (following.id,))
    assert names(page) == ["Follow Co"]
    page.filters.clear_button.click()
    assert page.model.rowCount() == 2


def test_a_saved_filter_comes_back_by_name(
    qtbot: QtBot, context: AppContext, page: CustomersPage, make_customer: MakeCustomer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Save search + filters under a name; choosing it later shows the same customers."""
    make_customer("Alpha", industry="Retail")
    make_customer("Beta", industry="Software")
    make_customer("Gamma", industry="Software")
    page.refresh()
    page.filters.select("industries", ("Software",))
    page.search.setText("Gam")
    qtbot.waitUntil(lambda: names(page) == ["Gamma"], timeout=2000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("软件 Gamma", True))
    page.save_segment_button.click()
    assert page.segment_combo.currentText() == "软件 Gamma"
    page.segment_combo.setCurrentIndex(0)  # All customers
    page.segment_combo.activated.emit(0)
    assert page.model.rowCount() == 3 and page.search.text() == ""
    index = page.segment_combo.findText("软件 Gamma")
    page.segment_combo.setCurrentIndex(index)
    page.segment_combo.activated.emit(index)
    assert names(page) == ["Gamma"]
    assert page.search.text() == "Gam"
    assert page.filters.values("industries") == ("Software",)


def test_bulk_status_change_is_one_undo_step_and_keeps_the_selection(
    qtbot: QtBot, context: AppContext, window: MainWindow, page: CustomersPage,
    make_customer: MakeCustomer,
) -> None:
    for name in ("One", "Two"):
        make_customer(name)
    page.refresh()
    with context.session() as session:
        signed = statuses.list_statuses(session)[4]
    page.table.selectAll()
    page.bulk_menu.set_status(signed.id)
    column = page.model.column_of("status")
    assert {page.model.index(r, column).data() for r in range(2)} == {signed.name_en}
    assert len(page.selected_ids()) == 2
    window.update_undo_actions()
    assert window.actions["edit.undo"].isEnabled()


def test_column_chooser_hides_a_column_and_remembers_it(
    qtbot: QtBot, context: AppContext, page: CustomersPage
) -> None:
    column = page.model.column_of("industry")
    assert not page.table.isColumnHidden(column)
    menu = page.columns.menu()
    action = next(a for a in menu.actions() if a.objectName() == "column.industry")
    action.setChecked(False)
    assert page.table.isColumnHidden(column)
    again = CustomersPage(context)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(column)
    assert "industry" not in again.columns.visible_keys()
