"""Lists refresh when another person (another connection) changes the shared database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.db import Database, open_database
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.undo import UndoStack
from crm_desktop.views.change_monitor import ChangeMonitor, watch_window
from crm_desktop.views.customers.page import CustomersPage
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.pages import PAGES

FAST_MS = 50


@pytest.fixture(params=["sqlite", "postgresql"])
def two_databases(request: pytest.FixtureRequest, db_path: Path
                  ) -> Iterator[tuple[Database, Database]]:
    """The same database opened twice: a writer and the watching window's own.

    On SQLite the second copy is read-only (the first holds the writer lock), as when a
    second copy of the app opens the file; on PostgreSQL both write.
    """
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        writer, watcher = open_database(url), open_database(url)
    else:
        writer = open_database(str(db_path))
        watcher = open_database(str(db_path), read_only=True)
    try:
        yield writer, watcher
    finally:
        watcher.close()
        writer.close()


def _window(qtbot: QtBot, database: Database) -> tuple[MainWindow, CustomersPage]:
    spec = next(spec for spec in PAGES if spec.key == "customers")
    window = MainWindow(AppContext(database, undo=UndoStack()), pages=[spec])
    qtbot.addWidget(window)
    page = window.show_page("customers")
    assert isinstance(page, CustomersPage)
    return window, page


def _add(database: Database, name: str) -> int:
    with database.session() as session:
        return create_customer(session, data=CustomerInput(name=name)).id


def test_a_write_by_someone_else_refreshes_the_shown_list_keeping_the_selection(
        qtbot: QtBot, two_databases: tuple[Database, Database]) -> None:
    writer, mine = two_databases
    first = _add(writer, "甲公司")
    window, page = _window(qtbot, mine)
    assert page.model.rowCount() == 1
    page.select_ids([first], first)
    monitor = watch_window(window, interval_ms=FAST_MS)
    assert monitor is not None
    try:
        _add(writer, "乙公司")
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
        assert page.selected_ids() == [first] and page.current_id() == first
    finally:
        monitor.stop()


def test_nothing_is_reported_while_nobody_writes(
        qtbot: QtBot, two_databases: tuple[Database, Database]) -> None:
    _writer, mine = two_databases
    monitor = ChangeMonitor(AppContext(mine).watch_changes(), interval_ms=FAST_MS)
    reports: list[object] = []
    monitor.changed.connect(reports.append)
    try:
        qtbot.wait(4 * FAST_MS)
        assert reports == []
    finally:
        monitor.stop()


class _BrokenWatcher:
    def __init__(self) -> None:
        self.closed = False

    def changed(self, timeout: float = 0.0) -> frozenset[str]:
        raise OSError("server closed the connection")

    def close(self) -> None:
        self.closed = True


def test_a_lost_connection_stops_the_polling_quietly(qtbot: QtBot) -> None:
    watcher = _BrokenWatcher()
    monitor = ChangeMonitor(watcher, interval_ms=FAST_MS)
    qtbot.waitUntil(lambda: not monitor.timer.isActive(), timeout=2000)
    assert watcher.closed
