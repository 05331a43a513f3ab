"""The application wiring: language, opening databases, a second copy, switching files."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.app import AppController, Opened, run_gui
from crm_desktop.db import Database, open_database
from crm_desktop.services.errors import DomainError
from crm_desktop.views import i18n
from crm_desktop.views.main_window import MainWindow

CHINESE_MENUS = ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[i18n.Translations]:
    installed = i18n.Translations(qapp)
    yield installed
    installed.remove()


@pytest.fixture
def controller(translations: i18n.Translations) -> Iterator[AppController]:
    made = AppController(translations, startup_checks=False)
    yield made
    made.shutdown()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def answer_next_box(qtbot: QtBot, button_name: str, seen: list[str]) -> None:
    """Click ``button_name`` in the next modal box as soon as it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, click)


def test_command_line_language_beats_saved_choice_and_system() -> None:
    assert i18n.choose_language("zh_CN", "en", "en") == "zh_CN"
    assert i18n.choose_language("en", "zh_CN", "zh_CN") == "en"
    assert i18n.choose_language(None, "zh_CN", "en") == "zh_CN"
    assert i18n.choose_language(None, None, "zh_CN") == "zh_CN"


def test_any_chinese_system_locale_gets_simplified_chinese() -> None:
    taiwan = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    assert i18n.system_language(taiwan) == "zh_CN"
    assert i18n.system_language(QLocale(QLocale.Language.German)) == "en"


def test_chinese_window_has_chinese_menus(
    qtbot: QtBot, controller: AppController, db_path: Path
) -> None:
    controller.translations.apply("zh_CN")
    assert controller.open(str(db_path)) is Opened.OPENED
    window = controller.window
    assert window is not None
    assert menu_titles(window) == CHINESE_MENUS
    overview_row = window.page_keys().index("overview")
    assert window.sidebar.item(overview_row).text() == "仪表板"  # the Overview grown up
    assert "数据库：" in window.database_label.text()


def test_switching_language_retranslates_the_open_window(
    qtbot: QtBot, controller: AppController, db_path: Path
) -> None:
    controller.open(str(db_path))
    window = controller.window
    assert window is not None and menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    controller.switch_language("zh_CN")  # Qt posts LanguageChange to every widget
    qtbot.waitUntil(lambda: menu_titles(window) == CHINESE_MENUS, timeout=2000)
    overview = window.page("overview")
    qtbot.waitUntil(lambda: overview.findChild(QLabel, "heading").text() == "仪表板", timeout=2000)
    assert i18n.saved_language() == "zh_CN"
    controller.switch_language("en")
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File", timeout=2000)


def test_second_copy_is_offered_read_only_and_opens_it_so(
    qtbot: QtBot, controller: AppController, database: Database, db_path: Path
) -> None:
    seen: list[str] = []
    answer_next_box(qtbot, "database.read_only", seen)
    assert controller.open(str(db_path), at_start=True) is Opened.OPENED
    assert seen and "already open" in seen[0]
    assert controller.database is not None and controller.database.read_only
    window = controller.window
    assert window is not None and "read-only" in window.database_label.text()


def test_declining_read_only_opens_nothing(
    qtbot: QtBot, controller: AppController, database: Database, db_path: Path
) -> None:
    answer_next_box(qtbot, "database.decline", [])
    assert controller.open(str(db_path), at_start=True) is Opened.DECLINED
    assert controller.window is None and controller.database is None


def test_opening_another_file_replaces_window_and_releases_the_first(
    qtbot: QtBot, controller: AppController, db_path: Path, tmp_path: Path
) -> None:
    controller.open(str(db_path))
    first = controller.window
    assert first is not None
    other = tmp_path / "other.sqlite3"
    first.database_requested.emit(str(other))
    assert controller.window is not first and controller.window is not None
    assert str(other) in controller.window.database_label.text()
    again = open_database(str(db_path))  # the first file's lock was released
    again.close()


def test_a_file_that_is_not_a_database_is_explained(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[DomainError] = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, error: shown.append(error))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")
    assert controller.open(str(notes)) is Opened.FAILED
    assert [error.code for error in shown] == ["db_not_sqlite"]
    assert controller.window is None


def test_run_gui_with_lang_zh_cn_shows_chinese_menus(qtbot: QtBot, db_path: Path) -> None:
    seen: list[list[str]] = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, look_and_quit)
            return
        seen.append(menu_titles(windows[0]))
        windows[0].close()

    QTimer.singleShot(0, look_and_quit)
    args = argparse.Namespace(db=str(db_path), lang="zh_CN", read_only=False)
    assert run_gui(args) == 0  # (its startup check runs too)
    assert seen == [CHINESE_MENUS]
    assert QApplication.translate("Menus", "&File") == "&File"  # translators removed again


def test_opening_checks_the_database_and_takes_the_daily_backup(
    qtbot: QtBot, translations: i18n.Translations, db_path: Path
) -> None:
    controller = AppController(translations, startup_checks=True)
    try:
        controller.open(str(db_path))
        assert controller.startup_job is not None and controller.window is not None
        window = controller.window
        with qtbot.waitSignal(controller.startup_job.finished, timeout=10_000):
            pass  # the job reports through queued signals: nothing arrives before this loop
        assert window.statusBar().currentMessage() == "Daily backup saved."
    finally:
        controller.shutdown()
