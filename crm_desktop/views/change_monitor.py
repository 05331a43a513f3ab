"""Refresh the lists when someone else changes the database.

A ``ChangeMonitor`` polls a ``services.changes_feed`` watcher from a timer on the GUI
thread: asking costs a fraction of a millisecond (PostgreSQL: the notices already
queued on the watcher's connection; SQLite: ``PRAGMA data_version``), so no thread is
needed and no widget is ever touched from elsewhere. When tables changed, ``changed``
fires and the window re-reads the page on screen (the Customers page keeps its
selection and scroll position); other pages re-read when they are shown.

The app's own writes are reported too (the watcher cannot tell them apart); re-reading
once more after one's own save is cheap, so they are not filtered out.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from crm_desktop.services.changes_feed import ChangeWatcher
    from crm_desktop.views.main_window import MainWindow

POLL_MS = 1_000
log = logging.getLogger(__name__)


class ChangeMonitor(QObject):
    """Emits ``changed(tables)`` (a frozenset of table names) after others' writes."""

    changed = Signal(object)

    def __init__(self, watcher: ChangeWatcher, parent: QObject | None = None, *,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._watcher: ChangeWatcher | None = watcher
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if self._watcher is None:
            return
        try:
            tables = self._watcher.changed(0.0)
        except Exception:  # the server went away: stop asking, the next action will say so
            log.warning("stopped watching the database for changes", exc_info=True)
            self.stop()
            return
        if tables:
            self.changed.emit(tables)

    def stop(self) -> None:
        """Stop polling and close the watcher's connection (before the database closes)."""
        self.timer.stop()
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            try:
                watcher.close()
            except Exception:
                log.debug("closing the change watcher failed", exc_info=True)


def watch_window(window: MainWindow, *, interval_ms: int = POLL_MS) -> ChangeMonitor | None:
    """Re-read ``window``'s shown page whenever the database changes; None when this
    database cannot be watched."""
    try:
        watcher = window.context.watch_changes()
    except Exception:
        log.warning("cannot watch the database for changes", exc_info=True)
        return None
    monitor = ChangeMonitor(watcher, window, interval_ms=interval_ms)
    monitor.changed.connect(lambda _tables: window.refresh_pages())
    return monitor
