"""The Reports page: every report lists, shows its chart and table, follows the range picker
and the language, and says "no data for this period" when empty."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.db import Database
from crm_desktop.services import reports
from crm_desktop.services.context import AppContext
from crm_desktop.views.reports import commands
from crm_desktop.views.reports.page import ReportsPage
from tests.services.reports.helpers import customer, order, pay


def cells(page: ReportsPage) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ReportsPage:
    shown = ReportsPage(context)
    qtbot.addWidget(shown)
    return shown


def test_every_report_is_listed_and_shows(page: ReportsPage) -> None:
    assert page.list.count() == len(reports.NAMES)
    for name in reports.NAMES:
        page.show_report(name)
        assert page.current_table().name == name
        assert page.chart is not None and page.chart.objectName() == f"chart.{name}"
        assert page.table.columnCount() == len(page.current_table().columns)


def test_top_customers_follow_the_range(page: ReportsPage, database: Database) -> None:
    with database.session() as session:
        a, b = customer(session, "上海贝壳贸易"), customer(session, "北京晨光")
        pay(session, order(session, a), dt.date(2024, 2, 10), 1_234_567)
        pay(session, order(session, b), dt.date(2023, 2, 10), 99_900)
    page.show_report("top_customers")
    page.picker.set_custom(dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert cells(page) == [["上海贝壳贸易", "1", "¥12,345.67", "100.0%"]]
    assert page.range_label.text() == "1 Jan 2024 to 31 Mar 2024"
    assert page.chart.empty_text == ""
    page.picker.set_custom(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert cells(page) == []
    assert page.chart.empty_text == "No data for this period"


def test_snapshot_reports_ignore_the_range(page: ReportsPage) -> None:
    page.show_report("receivables_ageing")
    assert not page.picker.isEnabled()
    assert [row[0] for row in cells(page)] == [
        "Not yet due", "1–30 days", "31–60 days", "61–90 days", "Over 90 days"]
    page.show_report("won_lost")
    assert page.picker.isEnabled()


def test_reports_page_in_chinese(qtbot: QtBot, context: AppContext, chinese: None) -> None:
    shown = ReportsPage(context)
    qtbot.addWidget(shown)
    shown.show_report("receivables_ageing")
    assert shown.heading.text() == "应收账款账龄"
    assert shown.table.horizontalHeaderItem(0).text() == "逾期天数"
    assert cells(shown)[0][0] == "未到期"
    assert shown.list.item(0).text() == "销售漏斗（按阶段）"


def test_the_page_prints_the_report_shown(qtbot: QtBot, page: ReportsPage) -> None:
    page.show_report("lost_reasons")
    document, title = page.print_document()
    assert title == "Lost reasons"
    assert "No data for this period" in document.toPlainText()
    page.list.setCurrentRow(0)
    assert page.list.currentItem().data(Qt.ItemDataRole.UserRole) == "sales_funnel"
    assert commands.suggested_file_name("Top: customers?") == "Top- customers-.pdf"


def test_month_labels_say_the_year_once_so_a_year_of_bars_fits() -> None:
    from crm_desktop.views.reports.charts import compact_months

    assert compact_months(["2026年11月", "2026年12月", "2027年1月", "2027年2月"]) == [
        "2026年11月", "12月", "2027年1月", "2月"]
    assert compact_months(["Nov 2026", "Dec 2026", "Jan 2027"]) == ["Nov 2026", "Dec", "Jan 2027"]
    assert compact_months(["华东", "华南"]) == ["华东", "华南"]


def test_report_settings_dialog_saves_the_shop_and_targets_and_the_page_shows_them(
        qtbot: QtBot, page: ReportsPage, context: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from crm_desktop.services.reports.settings import load_report_settings
    from crm_desktop.views.reports.settings_dialog import ReportSettingsDialog

    def fill_and_save(dialog: ReportSettingsDialog) -> int:
        dialog.shop.setText("明达贸易")  # (QTest cannot type Chinese: it aborts)
        dialog.targets["interactions"].setValue(20)
        dialog.targets["received"].setValue(50_000.5)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportSettingsDialog, "exec", fill_and_save)
    page.show_report("team_kpis")
    assert "Received, % of target" not in [
        page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    with context.session() as session:
        stored = load_report_settings(session)
    assert stored.shop_name == "明达贸易"
    assert stored.targets == {"interactions": 20, "received": 5_000_050}
    headers = [page.table.horizontalHeaderItem(c).text()
               for c in range(page.table.columnCount())]
    assert headers[-2:] == ["Interactions, % of target", "Received, % of target"]
    document, _title = page.print_document()
    assert "明达贸易" in document.toPlainText()


def test_report_settings_dialog_says_what_is_wrong_and_stays_open(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.views.reports.settings_dialog import ReportSettingsDialog

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: said.append(text)))
    dialog = ReportSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.shop.setMaxLength(500)
    dialog.shop.setText("店" * 120)
    dialog.accept()
    assert said == ["The shop's name is longer than 100 characters."]
    assert dialog.result() != dialog.DialogCode.Accepted
