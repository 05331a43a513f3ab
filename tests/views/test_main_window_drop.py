"""A spreadsheet or vCard dropped on the main window opens the import wizard on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.context import AppContext
from crm_desktop.views.importing.wizard import ImportWizard
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.pages import PAGES

TIMEOUT = 20000


def dragged(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def drop(window: MainWindow, data: QMimeData) -> QDropEvent:
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def drag_enter(window: MainWindow, data: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    return event


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    overview = [spec for spec in PAGES if spec.key == "overview"]
    window = MainWindow(context, pages=overview)
    qtbot.addWidget(window)
    return window


def wizards(window: MainWindow) -> list[ImportWizard]:
    return window.findChildren(ImportWizard)


def test_dropping_a_csv_opens_the_import_wizard_on_it(
        qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "客户名单.csv"
    path.write_text("客户名称,电话\n甲公司,13800000000\n", encoding="utf-8")
    window = open_window(qtbot, context)
    assert window.acceptDrops()
    assert drag_enter(window, dragged(path)).isAccepted()
    drop(window, dragged(path))
    [wizard] = wizards(window)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=TIMEOUT)
    assert wizard.file_page.path_edit.text() == str(path)
    wizard.reject()


def test_every_importable_kind_is_accepted_whatever_the_case_of_its_suffix(
        qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    window = open_window(qtbot, context)
    for name in ("a.xlsx", "b.XLS", "c.ods", "d.csv", "e.txt", "f.vcf"):
        assert drag_enter(window, dragged(tmp_path / name)).isAccepted(), name


def test_other_files_and_several_files_are_not_taken(
        qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    window = open_window(qtbot, context)
    for data in (dragged(tmp_path / "photo.png"), dragged(tmp_path / "report.pdf"),
                 dragged(tmp_path / "a.xlsx", tmp_path / "b.xlsx")):
        assert not drag_enter(window, data).isAccepted()
        drop(window, data)
    assert wizards(window) == []


def test_a_read_only_database_refuses_the_drop_without_a_wizard(
        qtbot: QtBot, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    monkeypatch.setattr(type(context), "read_only", property(lambda self: True))
    window = open_window(qtbot, context)
    drop(window, dragged(tmp_path / "客户.xlsx"))
    assert told and wizards(window) == []
