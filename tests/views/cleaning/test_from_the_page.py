"""The clean-up commands as the Customers page offers them, in the real main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers
from crm_desktop.services.context import AppContext
from crm_desktop.views.cleaning.cleanup_dialog import CleanupDialog
from crm_desktop.views.cleaning.merge_dialog import MergeDialog
from crm_desktop.views.customers.page import CustomersPage
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.pages import PAGES
from tests.views.customers.conftest import MakeCustomer


def _page(qtbot: QtBot, context: AppContext) -> CustomersPage:
    spec = next(spec for spec in PAGES if spec.key == "customers")
    window = MainWindow(context, pages=[spec])
    qtbot.addWidget(window)
    page = window.show_page("customers")
    assert isinstance(page, CustomersPage)
    return page


def _open(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    found += [w for w in QApplication.allWidgets() if isinstance(w, kind)]
    return found[0] if found else None


def test_merging_the_selected_customers_from_the_bulk_menu(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    """Two customers with nothing in common can still be merged by the user."""
    first, second = make_customer("甲"), make_customer("乙", city="杭州")
    page = _page(qtbot, context)
    page.refresh()
    page.select_ids([first])
    assert not page.bulk_menu.merge_action.isEnabled()
    page.select_ids([first, second])
    assert page.bulk_menu.merge_action.isEnabled()
    page.bulk_menu.merge_action.trigger()
    dialog = _open(MergeDialog)
    assert isinstance(dialog, MergeDialog)
    dialog.merge_button.click()
    with context.session() as session:
        gone = [customers.get_customer(session, id=i).in_trash for i in (first, second)]
    assert sorted(gone) == [False, True]
    assert page.model.rowCount() == 1


def test_clean_up_works_on_the_whole_list_when_nothing_is_selected(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    for name in ("甲", "乙", "丙"):
        make_customer(name)
    page = _page(qtbot, context)
    page.refresh()
    page.show_cleanup()
    dialog = _open(CleanupDialog)
    assert isinstance(dialog, CleanupDialog)
    assert "All 3 customers" in dialog.scope.text()
