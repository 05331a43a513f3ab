"""Import history with undo, the File menu commands, templates, sheets and drops (export:
tests/views/exporting)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.services.context import AppContext
from crm_desktop.services.importing.duplicates import KeyIndex
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from crm_desktop.services.importing.preview import ImportPreview, PreparedRow
from crm_desktop.views.importing import commands
from crm_desktop.views.importing.history_dialog import ImportHistoryDialog
from crm_desktop.views.importing.preview_model import FIXED_COLUMNS, ImportPreviewModel
from crm_desktop.views.importing.wizard import MAPPING_PAGE, ImportWizard
from crm_desktop.views.main_window import MainWindow

TIMEOUT = 20000


def versionless_dump(db_path: Path) -> list[str]:
    """The dump with every customer's version set to 0: undo writes a new version on
    purpose (a reused one could let a stale editor's save through)."""
    import sqlite3

    source = sqlite3.connect(db_path)
    copy = sqlite3.connect(":memory:")
    try:
        source.backup(copy)
        copy.execute("UPDATE customers SET version = 0")
        return list(copy.iterdump())
    finally:
        source.close()
        copy.close()


def without_import_records(dump: list[str]) -> list[str]:
    """The dump without the import's own record, the audit trail (kept on purpose: the
    merge happened, and so did its undo) and the search index's internal pages (rebuilt,
    they hold the same entries in other segments)."""
    return [line for line in dump if not line.startswith(('INSERT INTO "import_batches"',
                                                          'INSERT INTO "audit_log"',
                                                          'INSERT INTO "customer_search_'))]


def test_history_lists_the_import_and_undo_restores_the_database(
        qtbot: QtBot, context: AppContext, existing: int, messy: Path, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = without_import_records(versionless_dump(db_path))
    with context.session() as session:
        run_import(session, prepare_import(session, messy), policy="merge")
    assert without_import_records(versionless_dump(db_path)) != before
    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "客户名单.xlsx"
    assert [dialog.table.item(0, c).text() for c in (3, 5)] == ["3", "1"]  # created, merged
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.findChild(QPushButton, "import_history.undo"),
                     Qt.MouseButton.LeftButton)
    assert "deleted: 3" in asked[0] and "back: 1" in asked[0]
    qtbot.waitUntil(lambda: bool(changed), timeout=TIMEOUT)
    assert dialog.table.item(0, 7).text()  # marked undone
    assert not dialog.undo_button.isEnabled()
    assert without_import_records(versionless_dump(db_path)) == before


def test_undo_is_not_done_when_the_user_says_cancel(
        qtbot: QtBot, context: AppContext, messy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with context.session() as session:
        run_import(session, prepare_import(session, messy))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: QMessageBox.StandardButton.Cancel))
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    dialog.undo_selected()
    dialog.reload()
    assert dialog.batches[0].can_undo


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, pages=[])
    qtbot.addWidget(window)
    return window


def test_file_menu_offers_import_history_and_export(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    texts = [action.text() for action in window.menus["file"].actions()]
    assert {"&Import…", "Import &History…", "&Export…"} <= set(texts)
    assert window.actions["file.import"].shortcut().toString() == "Ctrl+I"


def test_import_command_opens_the_wizard_and_refreshes_the_window_after_the_import(
        qtbot: QtBot, context: AppContext, messy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, context)
    refreshed: list[bool] = []
    monkeypatch.setattr(window, "refresh_pages", lambda: refreshed.append(True))
    wizard = commands.import_file(window, messy)
    assert wizard is not None and wizard.parent() is window
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=TIMEOUT)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != MAPPING_PAGE, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=TIMEOUT)
    assert refreshed


def test_saved_template_is_applied_when_the_same_columns_come_again(
        qtbot: QtBot, wizard: ImportWizard, context: AppContext, choose_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *args, **kwargs: ("每月名单", True)))
    wizard.file_page.choose_file()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=TIMEOUT)
    wizard.next()
    wizard.mapping_page.set_target(5, "tags")
    qtbot.mouseClick(wizard.findChild(QPushButton, "import.save_template"),
                     Qt.MouseButton.LeftButton)
    assert wizard.mapping_page.template_combo.currentText() == "每月名单"

    again = ImportWizard(context)
    qtbot.addWidget(again)
    again.show()
    again.file_page.load(choose_file)
    qtbot.waitUntil(lambda: again.preview is not None, timeout=TIMEOUT)
    assert again.preview.template == "每月名单"
    assert "每月名单" in again.file_page.summary.text()
    again.next()
    assert again.mapping_page.targets()[5] == "tags"


def test_sheet_chooser_prepares_the_sheet_the_user_picks(
        qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "two sheets.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "说明"
    for title, name in (("北京", "北京甲公司"), ("上海", "上海乙公司")):
        sheet = book.create_sheet(title)
        sheet.append(["客户名称", "电话"])
        sheet.append([name, "13800000000"])
    book.save(path)
    wizard.file_page.load(path)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=TIMEOUT)
    combo = wizard.file_page.sheet_combo
    assert wizard.preview.sheet == "北京" and combo.currentText() == "北京"
    assert combo.isEnabled() and not wizard.file_page.encoding_combo.isEnabled()
    combo.setCurrentIndex(combo.findText("上海"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: wizard.preview is not None and wizard.preview.sheet == "上海",
                    timeout=TIMEOUT)
    assert wizard.preview.rows[0].values["name"] == "上海乙公司"


def test_text_file_shows_its_encoding_and_a_refused_file_says_why(
        qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes("客户名称,电话\n甲公司,13800000000\n乙公司,13900000000\n".encode("gbk"))
    wizard.file_page.load(path)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=TIMEOUT)
    assert wizard.file_page.encoding_combo.isEnabled()
    assert "gb18030" in wizard.file_page.summary.text().lower()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard.file_page.load(empty)
    qtbot.waitUntil(lambda: bool(wizard.file_page.error.text()), timeout=TIMEOUT)
    assert "empty.csv" in wizard.file_page.error.text()
    assert wizard.preview is None and not wizard.file_page.isComplete()


def test_dropping_a_file_on_the_wizard_reads_it(
        qtbot: QtBot, wizard: ImportWizard, messy: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(messy))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wizard.dropEvent(event)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=TIMEOUT)
    assert wizard.file_page.path_edit.text() == str(messy)


def test_preview_model_over_100k_rows_builds_cells_only_when_asked() -> None:
    """No row is converted up front: a huge file opens as fast as a small one."""
    rows = [PreparedRow(number, [f"公司{number}", "13800000000"])
            for number in range(2, 100_002)]
    preview = ImportPreview("big.xlsx", "s", ["s"], ["客户名称", "电话"], 1, ["name", "phone"],
                            rows, KeyIndex(), {})
    model = ImportPreviewModel(preview)
    assert model.rowCount() == 100_000
    last = model.index(99_999, FIXED_COLUMNS)
    assert last.data() == "公司100001"  # not normalised yet: shows the cell as in the file
    assert model.headerData(99_999, Qt.Orientation.Vertical) == "100001"
