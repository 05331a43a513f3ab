"""File ▸ Back Up Now and File ▸ Restore Backup…: what the window shows and asks."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.paths import backups_dir
from crm_desktop.services.backup import backup_now, list_backups
from crm_desktop.services.context import AppContext
from crm_desktop.views import backup_dialogs
from crm_desktop.views.backup_dialogs import (
    RestoreDialog,
    newest_good_backup,
    size_text,
    tell_task_running,
    time_text,
)
from crm_desktop.views.main_window import MainWindow
from tests.modal_clicks import click_when_shown


def at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, 30, 15)


def backups_taken(db_path: Path, *moments: tuple[str, dt.datetime]) -> list[Path]:
    return [backup_now(db_path, reason, clock=lambda when=when: when).path
            for reason, when in moments]


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def rows(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(row).text(column) for column in range(3)]
            for row in range(table.topLevelItemCount())]


def test_file_menu_offers_back_up_now_and_restore(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    names = [action.objectName() for action in window.menus["file"].actions()]
    assert "file.backup" in names and "file.restore" in names


def test_back_up_now_saves_a_backup_and_names_it_in_the_status_bar(
    qtbot: QtBot, context: AppContext, db_path: Path
) -> None:
    window = open_window(qtbot, context)
    job = backup_dialogs.back_up_now(window)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    [made] = list_backups(db_path)
    assert made.reason == "manual" and made.path.stat().st_size > 0
    message = window.statusBar().currentMessage()
    assert message.startswith("Backup saved: ") and str(made.path) in message
    assert message.endswith(" KB)")


def test_sizes_read_in_kilobytes_and_megabytes() -> None:
    assert size_text(300) == "1 KB"
    assert size_text(200 * 1024) == "200 KB"
    assert size_text(3_500_000) == "3.3 MB"


def test_restore_dialog_lists_backups_newest_first_with_kind_and_size(
    qtbot: QtBot, db_path: Path
) -> None:
    backups_taken(db_path, ("daily", at(1)), ("pre-import", at(2)), ("manual", at(3, 17)))
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert [kind for _when, kind, _size in listed] == [
        "Backed up by hand", "Before an import", "Daily"]
    assert all(size.endswith(" KB") for _when, _kind, size in listed)
    assert listed[0][0] == time_text(at(3, 17)) and ("17:30" in listed[0][0]
                                                     or "5:30" in listed[0][0])
    assert dialog.selected() is not None and dialog.selected().reason == "manual"
    assert dialog.restore_button.isEnabled() and dialog.folder_button.isEnabled()


def test_restore_dialog_without_backups_says_how_to_take_one(
    qtbot: QtBot, db_path: Path
) -> None:
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    assert rows(dialog) == []
    assert "no backups" in dialog.intro.text() and "Back Up Now" in dialog.intro.text()
    assert not dialog.restore_button.isEnabled() and not dialog.folder_button.isEnabled()


def test_restore_asks_first_and_says_the_current_file_is_backed_up(
    qtbot: QtBot, db_path: Path
) -> None:
    older, newer = backups_taken(db_path, ("daily", at(1)), ("daily", at(2)))
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    seen: list[str] = []
    click_when_shown("backup.confirm_restore", "backup.cancel", seen)
    dialog.restore_selected()
    assert dialog.chosen is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "backed up first" in seen[0] and "Before a restore" in seen[0]

    click_when_shown("backup.confirm_restore", "backup.confirm")
    dialog.restore_selected()
    assert dialog.chosen == older != newer
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_read_only_window_cannot_restore(qtbot: QtBot, db_path: Path) -> None:
    backups_taken(db_path, ("daily", at(1)))
    dialog = RestoreDialog(db_path, read_only=True)
    qtbot.addWidget(dialog)
    assert len(rows(dialog)) == 1
    assert not dialog.restore_button.isEnabled()
    assert "read-only" in dialog.intro.text()
    dialog.restore_selected()  # a double-click does nothing either
    assert dialog.chosen is None


def test_open_backups_folder_shows_it_in_the_file_manager(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    backups_taken(db_path, ("daily", at(1)))
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [backups_dir(db_path)]


def test_menu_restore_asks_the_application_with_the_chosen_backup(
    qtbot: QtBot, context: AppContext, db_path: Path
) -> None:
    [made] = backups_taken(db_path, ("daily", at(1)))
    window = open_window(qtbot, context)
    click_when_shown("backup.restore_dialog", "backup.restore",
                     then=[("backup.confirm_restore", "backup.confirm")])
    with qtbot.waitSignal(window.restore_requested, timeout=5000) as requested:
        window.actions["file.restore"].trigger()
    assert requested.args == [str(made)]


def damage_copy(source: Path, target: Path) -> Path:
    """A copy of ``source`` whose middle pages are overwritten with garbage."""
    target.write_bytes(source.read_bytes())
    connection = sqlite3.connect(target)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with open(target, "r+b") as handle:
        handle.seek(pages // 2 * page_size)
        handle.write(b"\xa5\x5a" * page_size)
    return target


def test_the_newest_sound_backup_is_chosen_over_a_damaged_newer_one(db_path: Path) -> None:
    sound, newest = backups_taken(db_path, ("daily", at(1)), ("daily", at(2)))
    damage_copy(newest, newest)
    assert newest_good_backup(db_path).path == sound


def test_a_refused_restore_says_to_wait_for_the_running_task(qtbot: QtBot) -> None:
    seen: list[str] = []
    click_when_shown("backup.task_running", "backup.ok", seen)
    tell_task_running(None)
    assert "Wait for the running task to finish" in seen[0]
