"""Restoring a backup through the application: close, swap the file, reopen; damaged files."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.app import AppController, Opened
from crm_desktop.db import open_database
from crm_desktop.services import integrity
from crm_desktop.services.backup import backup_now, list_backups
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.views import i18n
from tests.modal_clicks import click_when_shown


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[i18n.Translations]:
    installed = i18n.Translations(qapp)
    yield installed
    installed.remove()


def make_controller(translations: i18n.Translations, *, checks: bool) -> AppController:
    return AppController(translations, startup_checks=checks)


@pytest.fixture
def controller(translations: i18n.Translations) -> Iterator[AppController]:
    made = make_controller(translations, checks=False)
    yield made
    made.shutdown()


def customer_names(controller: AppController) -> list[str]:
    assert controller.database is not None
    with controller.database.session() as session:
        return list(session.scalars(text("SELECT name FROM customers ORDER BY id")))


def add_customer(controller: AppController, name: str) -> None:
    assert controller.database is not None
    with controller.database.session() as session:
        create_customer(session, data=CustomerInput(name=name))


def damage_middle_pages(db_path: Path) -> None:
    """Grow the file, then overwrite pages in its middle with garbage (SQLite's own
    connection checkpoints first, so the damage is in the main file)."""
    connection = sqlite3.connect(db_path)
    connection.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                           [(f"filler-{i}", "x" * 200) for i in range(2000)])
    connection.commit()
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with open(db_path, "r+b") as handle:
        handle.seek(pages // 2 * page_size)
        handle.write(b"\xa5\x5a" * (2 * page_size))


def damage_first_page(db_path: Path) -> None:
    """Garble the schema page: the file can no longer be opened at all."""
    with open(db_path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xa5" * 3000)


def test_restoring_brings_back_the_data_of_the_backup(
    qtbot: QtBot, controller: AppController, db_path: Path
) -> None:
    assert controller.open(str(db_path)) is Opened.OPENED
    add_customer(controller, "在备份里")
    taken = backup_now(db_path, "manual")
    add_customer(controller, "备份之后")
    first_window = controller.window

    assert controller.restore(str(taken.path))

    assert controller.window is not None and controller.window is not first_window
    assert customer_names(controller) == ["在备份里"]
    [before] = [info for info in list_backups(db_path) if info.reason == "pre-restore"]
    kept = open_database(str(before.path), read_only=True, take_lock=False, upgrade=False)
    try:
        with kept.session() as session:
            assert list(session.scalars(text("SELECT name FROM customers"))) == [
                "在备份里", "备份之后"]
    finally:
        kept.close()
    message = controller.window.statusBar().currentMessage()
    assert message.startswith("Restored the backup taken ") and before.path.name in message


def test_restore_asked_from_the_window_replaces_it(
    qtbot: QtBot, controller: AppController, db_path: Path
) -> None:
    controller.open(str(db_path))
    taken = backup_now(db_path, "manual")
    add_customer(controller, "备份之后")
    window = controller.window
    assert window is not None
    window.restore_requested.emit(str(taken.path))
    assert controller.window is not window and customer_names(controller) == []


def test_a_refused_backup_leaves_the_database_open_as_it_was(
    qtbot: QtBot, controller: AppController, db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop import app as app_module

    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, error: shown.append(error.code))
    controller.open(str(db_path))
    add_customer(controller, "还在")
    window = controller.window
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a backup", encoding="utf-8")
    assert not controller.restore(str(notes))
    assert shown == ["restore_not_a_backup"]
    assert controller.window is window and customer_names(controller) == ["还在"]


def test_damaged_file_found_after_opening_offers_the_newest_sound_backup(
    qtbot: QtBot, translations: i18n.Translations, db_path: Path
) -> None:
    good = backup_now(db_path, "manual")
    damage_middle_pages(db_path)
    controller = make_controller(translations, checks=True)
    try:
        seen: list[str] = []
        click_when_shown("backup.damaged", "backup.restore_damaged", seen)
        controller.open(str(db_path))
        damaged_window = controller.window
        qtbot.waitUntil(lambda: controller.window is not damaged_window
                        and controller.window is not None, timeout=20_000)
        assert "is damaged" in seen[0] and "newest sound backup" in seen[0]
        assert controller.database is not None
        assert integrity.check(controller.database.engine) == []
        reasons = [info.reason for info in list_backups(db_path)]
        assert "pre-restore" in reasons and good.path in [i.path for i in list_backups(db_path)]
        if controller.startup_job is not None:  # the restored file is checked again
            with qtbot.waitSignal(controller.startup_job.finished, timeout=10_000):
                pass
    finally:
        controller.shutdown()


def test_declining_the_offer_keeps_the_damaged_file_open(
    qtbot: QtBot, translations: i18n.Translations, db_path: Path
) -> None:
    backup_now(db_path, "manual")
    damage_middle_pages(db_path)
    damaged = db_path.read_bytes()
    controller = make_controller(translations, checks=True)
    try:
        click_when_shown("backup.damaged", "backup.not_now")
        controller.open(str(db_path))
        window = controller.window
        assert controller.startup_job is not None
        with qtbot.waitSignal(controller.startup_job.finished, timeout=20_000):
            pass
        assert controller.window is window
        assert [info.reason for info in list_backups(db_path)] == ["manual"]
    finally:
        controller.shutdown()
    assert db_path.read_bytes()[:4096] == damaged[:4096]


def test_a_file_too_damaged_to_open_is_restored_before_opening(
    qtbot: QtBot, controller: AppController, db_path: Path
) -> None:
    backup_now(db_path, "manual")
    damage_first_page(db_path)
    click_when_shown("backup.damaged", "backup.restore_damaged")
    assert controller.open(str(db_path), at_start=True) is Opened.OPENED
    assert controller.database is not None
    assert integrity.check(controller.database.engine) == []
    assert controller.window is not None
    assert controller.window.statusBar().currentMessage().startswith("Restored the backup")


def test_a_file_too_damaged_to_open_without_a_sound_backup_is_explained(
    qtbot: QtBot, controller: AppController, db_path: Path
) -> None:
    damage_first_page(db_path)
    seen: list[str] = []
    click_when_shown("backup.no_good_backup", "", seen)
    assert controller.open(str(db_path), at_start=True) is Opened.FAILED
    assert "no sound backup" in seen[0]
    assert controller.window is None and controller.database is None


def test_restore_is_refused_while_a_background_task_runs(
    qtbot: QtBot, controller: AppController, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop import app as app_module

    told: list[object] = []
    monkeypatch.setattr(app_module.backup_dialogs, "tell_task_running", told.append)
    controller.open(str(db_path))
    taken = backup_now(db_path, "manual")
    add_customer(controller, "导入中")
    window = controller.window
    release = threading.Event()
    QThreadPool.globalInstance().start(lambda: release.wait(10))  # a long import, say
    try:
        assert not controller.restore(str(taken.path))
    finally:
        release.set()
    assert told == [window]
    assert controller.window is window and customer_names(controller) == ["导入中"]
    assert list_backups(db_path) == [taken]  # not even a pre-restore copy was made

    QThreadPool.globalInstance().waitForDone()
    assert controller.restore(str(taken.path))
    assert customer_names(controller) == []
