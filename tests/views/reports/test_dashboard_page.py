"""The Dashboard page driven with qtbot: its figures, its range, clicks that open the filtered
customer list, both languages, and File ▸ Print/Preview/Export PDF from the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.db import Database
from crm_desktop.services.context import AppContext
from crm_desktop.services.reports.periods import local_today, preset
from crm_desktop.views.dashboard_page import DashboardPage
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.pages import PAGES
from crm_desktop.views.reports import commands
from tests.services.reports.helpers import customer, deal, order, pay


def fill(database: Database) -> None:
    """Three live customers this month (two leads, one following) and a won deal today."""
    now = dt.datetime.now(dt.UTC)
    today = local_today()
    with database.session() as session:
        a = customer(session, "上海贝壳贸易", created=now)
        customer(session, "北京晨光", created=now)
        customer(session, "深圳海风", status="following", created=now)
        customer(session, "回收站", created=now, deleted_at=now)
        deal(session, a, "won", 1_234_567, closed=now)
        deal(session, a, "proposal", 200_000)
        pay(session, order(session, a), today, 50_000)


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def text(page: DashboardPage, name: str) -> str:
    return page.findChild(QLabel, name).text()


def test_dashboard_shows_the_key_figures(qtbot: QtBot, database: Database,
                                         context: AppContext) -> None:
    fill(database)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    assert text(page, "heading") == "Dashboard"
    assert text(page, "count.customers") == "3"
    assert text(page, "count.new_customers") == "3"
    assert text(page, "count.won") == "¥12,345.67"  # currency and thousands separators
    assert text(page, "count.pipeline") == "¥2,000.00"
    assert "weighted ¥1,000.00" in text(page, "detail.pipeline")
    assert [card.number.text() for card in page.status_cards()][:2] == ["2", "1"]


def test_last_month_has_none_of_this_months_figures(qtbot: QtBot, database: Database,
                                                    context: AppContext) -> None:
    fill(database)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.picker.set_key("last_month")
    assert page.figures().period == preset("last_month", local_today())
    assert text(page, "count.new_customers") == "0"
    assert text(page, "count.won") == "¥0.00"
    assert "period before: 0" in text(page, "detail.new_customers")
    page.picker.set_custom(dt.date(2000, 1, 1), local_today())
    assert text(page, "count.new_customers") == "3"


def test_clicking_a_status_opens_the_customers_filtered_to_it(
        qtbot: QtBot, database: Database, context: AppContext) -> None:
    fill(database)
    window = open_window(qtbot, context)
    dashboard = window.show_page("overview")
    following = next(card for card in dashboard.status_cards()
                     if card.objectName() == "card.status.following")
    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert window.current_key() == "customers"
    customers = window.current_page()
    assert customers.current_query().status_ids == (following.status_id,)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1, timeout=3000)


def test_clicking_new_customers_lists_those_of_the_period(
        qtbot: QtBot, database: Database, context: AppContext) -> None:
    fill(database)
    window = open_window(qtbot, context)
    dashboard = window.show_page("overview")
    qtbot.mouseClick(dashboard.findChild(QLabel, "count.new_customers").parent(),
                     Qt.MouseButton.LeftButton)
    assert window.current_key() == "customers"
    query = window.current_page().current_query()
    period = preset("this_month", local_today())
    assert (query.created_from, query.created_to) == (period.start, period.end)


def test_the_dashboard_speaks_chinese(qtbot: QtBot, database: Database, context: AppContext,
                                      chinese: None) -> None:
    fill(database)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    assert text(page, "heading") == "仪表板"
    assert [card.caption.text() for card in page.status_cards()][:2] == ["潜在客户", "跟进中"]
    assert page.picker.combo.currentText() == "本月"


def test_an_empty_database_says_no_data_in_its_charts(qtbot: QtBot, context: AppContext) -> None:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    revenue = page.findChild(object, "chart.monthly_revenue")
    assert revenue is not None and revenue.empty_text == "No data for this period"


def test_file_menu_prints_previews_and_exports_the_dashboard(
        qtbot: QtBot, database: Database, context: AppContext, tmp_path: Path) -> None:
    fill(database)
    window = open_window(qtbot, context)
    window.show_page("overview")
    for command in ("file.print", "file.print_preview", "file.export_pdf"):
        assert window.actions.is_bound(command)
        assert window.actions[command] in window.menus["file"].actions()
    written = commands.export_pdf(window, str(tmp_path / "dashboard"))
    assert written == tmp_path / "dashboard.pdf"
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(str(written)).pages)
    assert "Dashboard" in text and "12,345.67" in text
    assert "Customers by status" in text and "Monthly revenue" in text  # both charts
    preview = commands.print_preview(window)
    qtbot.addWidget(preview)
    assert preview.objectName() == "print_preview"
    preview.close()


def test_printing_from_a_page_that_cannot_print_prints_the_dashboard(
        qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    window.show_page("customers")
    found = commands.printable(window)
    assert found is not None and found[1] == "Dashboard"


def test_a_window_without_a_printable_page_prints_nothing(qtbot: QtBot,
                                                          context: AppContext) -> None:
    window = MainWindow(context, pages=[spec for spec in PAGES if spec.key == "customers"])
    qtbot.addWidget(window)
    assert commands.printable(window) is None
    assert commands.export_pdf(window, "/nonexistent/x.pdf") is None
    assert not commands.print_page(window)


def test_a_bar_of_the_status_chart_opens_its_status(qtbot: QtBot, database: Database,
                                                    context: AppContext) -> None:
    fill(database)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    opened: list[object] = []
    page.open_customers.disconnect()
    page.open_customers.connect(opened.append)
    statuses = page.figures().by_status
    top = len(statuses) - 1  # the first status is drawn on top
    assert page.status_at(top) == statuses[0].status.id
    assert page.status_at(top - 1) == statuses[1].status.id
    assert page.status_at(top + 3) is None
    page.open_status(page.status_at(top - 1))
    assert [q.status_ids for q in opened] == [(statuses[1].status.id,)]


def test_clicking_a_bar_of_the_status_chart(qtbot: QtBot, database: Database,
                                            context: AppContext) -> None:
    fill(database)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    with qtbot.waitExposed(page):
        page.show()
    opened: list[object] = []
    page.open_customers.disconnect()
    page.open_customers.connect(opened.append)
    chart = page.findChild(object, "chart.customers_by_status")
    statuses = page.figures().by_status
    view = chart.getPlotItem().vb
    scene_point = view.mapViewToScene(QPointF(0.5, len(statuses) - 2))  # the second bar
    widget_point = chart.mapFromScene(scene_point)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert [q.status_ids for q in opened] == [(statuses[1].status.id,)]


def test_export_pdf_asks_which_way_up_through_the_file_type(
        qtbot: QtBot, database: Database, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    fill(database)
    window = open_window(qtbot, context)
    window.show_page("overview")
    offered: list[str] = []

    def save_as(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        return str(tmp_path / "wide.pdf"), offered[1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    written = commands.export_pdf(window)
    assert offered == ["PDF, A4 portrait (*.pdf)", "PDF, A4 landscape (*.pdf)"]
    box = PdfReader(str(written)).pages[0].mediabox
    assert box.width > box.height  # landscape A4
