"""File ▸ Export…: the dialog's choices, what the customer list selects or shows, the file
written in the worker; and the import wizard saving the blank template."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.db import Database
from crm_desktop.services.context import AppContext
from crm_desktop.services.undo import UndoStack
from crm_desktop.views.exporting import commands
from crm_desktop.views.exporting.dialog import ALL, FILTERED, SELECTION, ExportChoice, ExportDialog
from crm_desktop.views.importing.wizard import ImportWizard
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.pages import PAGES
from tests.services.exporting.data import fill

TIMEOUT = 20000


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    fill(database, tmp_path)
    return AppContext(database, undo=UndoStack())


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, selected: str = "") -> list[str]:
    """Answer the save dialog with ``path``; returns the titles it was shown with."""
    titles: list[str] = []

    def answer(parent: object, title: str, *args: object) -> tuple[str, str]:
        titles.append(title)
        return str(path), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return titles


def choose(monkeypatch: pytest.MonkeyPatch, choice: ExportChoice) -> list[dict[str, object]]:
    asked: list[dict[str, object]] = []

    def answer(window: object, **counts: object) -> ExportChoice:
        asked.append(counts)
        return choice

    monkeypatch.setattr(commands, "ask_choice", answer)
    return asked


def test_file_menu_export_has_ctrl_e(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, pages=[])
    qtbot.addWidget(window)
    assert window.actions["file.export"].text() == "&Export…"
    assert window.actions["file.export"].shortcut().toString() == "Ctrl+E"


def test_export_without_the_customer_list_writes_all_customers(
        qtbot: QtBot, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(context, pages=[])
    qtbot.addWidget(window)
    asked = choose(monkeypatch, ExportChoice(("customers",), ALL, "utf-8"))
    save_as(monkeypatch, tmp_path / "客户", "JSON (*.json)")
    window.actions["file.export"].trigger()
    target = tmp_path / "客户.json"
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    assert asked == [{"selected": 0, "filtered": None}]
    records = json.loads(target.read_text(encoding="utf-8"))
    assert [record["name"] for record in records] == ["深圳甲科技有限公司", "-减号工作室", "乙贸易"]
    qtbot.waitUntil(lambda: "客户.json" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert "3 customers" in window.statusBar().currentMessage()


def test_export_of_the_selection_writes_only_the_selected_customers_with_their_contacts(
        qtbot: QtBot, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(context, pages=[spec for spec in PAGES if spec.key == "customers"])
    qtbot.addWidget(window)
    page = window.show_page("customers")
    page.select_ids([1, 3])
    asked = choose(monkeypatch, ExportChoice(("customers", "contacts"), SELECTION, "gbk"))
    save_as(monkeypatch, tmp_path / "chosen.csv")
    window.actions["file.export"].trigger()
    qtbot.waitUntil((tmp_path / "chosen-contacts.csv").exists, timeout=TIMEOUT)
    assert asked == [{"selected": 2, "filtered": 3}]
    with open(tmp_path / "chosen-customers.csv", encoding="gbk", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][1] == "Customer Name"  # the headers follow the language (English here)
    assert sorted({row[1] for row in rows[1:]}) == ["乙贸易", "深圳甲科技有限公司"]


def test_export_of_the_filtered_list_writes_what_it_shows_in_its_order(
        qtbot: QtBot, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(context, pages=[spec for spec in PAGES if spec.key == "customers"])
    qtbot.addWidget(window)
    page = window.show_page("customers")
    page.model.sort(page.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    shown = [page.model.cached_row(row).name for row in range(page.model.rowCount())]
    choose(monkeypatch, ExportChoice(("customers",), FILTERED, "utf-8"))
    save_as(monkeypatch, tmp_path / "shown.xlsx")
    window.actions["file.export"].trigger()
    qtbot.waitUntil((tmp_path / "shown.xlsx").exists, timeout=TIMEOUT)
    sheet = openpyxl.load_workbook(tmp_path / "shown.xlsx")["Customers"]
    names = list(dict.fromkeys(row[1] for row in sheet.iter_rows(min_row=2, values_only=True)))
    assert names == shown and shown != sorted(shown)
    page.search.setText("深圳")
    page.apply_query()
    (tmp_path / "shown.xlsx").unlink()
    window.actions["file.export"].trigger()
    qtbot.waitUntil((tmp_path / "shown.xlsx").exists, timeout=TIMEOUT)
    sheet = openpyxl.load_workbook(tmp_path / "shown.xlsx")["Customers"]
    names = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert names == {"深圳甲科技有限公司"}


def test_dialog_offers_the_selection_only_when_several_rows_are_selected(qtbot: QtBot) -> None:
    dialog = ExportDialog(selected=1, filtered=None)
    qtbot.addWidget(dialog)
    assert not dialog.scope_radios[SELECTION].isEnabled()
    assert dialog.scope_radios[FILTERED].isHidden()  # the list is not filtered
    assert dialog.choice() == ExportChoice(("customers",), ALL, "utf-8")
    several = ExportDialog(selected=5, filtered=40)
    qtbot.addWidget(several)
    assert several.scope_radios[SELECTION].text() == "The 5 selected customers"
    assert several.scope_radios[FILTERED].text() == "The 40 customers the list shows"
    several.contacts_box.setChecked(True)
    several.encoding_combo.setCurrentIndex(1)
    assert several.choice() == ExportChoice(("customers", "contacts"), SELECTION, "gbk")
    several.customers_box.setChecked(False)
    several.contacts_box.setChecked(False)
    assert not several.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_wizard_first_page_saves_the_blank_template(qtbot: QtBot, context: AppContext,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    titles = save_as(monkeypatch, tmp_path / "模板")
    qtbot.mouseClick(wizard.findChild(QPushButton, "import.blank_template"),
                     Qt.MouseButton.LeftButton)
    target = tmp_path / "模板.xlsx"
    assert target.exists() and titles == ["Save Import Template"]
    assert openpyxl.load_workbook(target).sheetnames[0] == "Customers"
    assert "模板.xlsx" in wizard.file_page.summary.text()
    assert wizard.currentId() == wizard.startId()

