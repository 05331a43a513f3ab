"""The window's wiring: the Qt application, its language, the database and the main window.

This is the one place that holds both the ``Database`` (``crm_desktop.db``) and the
widgets: the views only see an ``AppContext``. Opening another database builds a new
window on it, then closes the old window and database.
"""

from __future__ import annotations

import argparse
import enum
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from crm_desktop.db import Database, is_url, open_database, resolve_target
from crm_desktop.services import backup, startup
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DatabaseInUse, DomainError
from crm_desktop.services.undo import UndoStack
from crm_desktop.views import backup_dialogs, i18n, server_dialog
from crm_desktop.views.change_monitor import ChangeMonitor, watch_window
from crm_desktop.views.database_dialogs import ask_open_read_only
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.messages import show_error
from crm_desktop.views.startup_report import show_startup_report
from crm_desktop.views.who_is_working import choose_who_is_working
from crm_desktop.views.worker import Job, run_in_background

ORGANIZATION = "crm-desktop"
APPLICATION = "CRM Desktop"
EXIT_DECLINED, EXIT_BAD_INPUT = 1, 2


class Opened(enum.Enum):
    OPENED = "opened"
    DECLINED = "declined"  # the database is in use and the user did not want it read-only
    FAILED = "failed"  # the user was told why


class AppController(QObject):
    """Owns the open database and its window; swaps both when the user opens another file."""

    def __init__(self, translations: i18n.Translations, *, read_only: bool = False,
                 startup_checks: bool = True) -> None:
        super().__init__()
        self.translations = translations
        self.read_only = read_only
        self.startup_checks = startup_checks
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.startup_job: Job | None = None
        self.monitor: ChangeMonitor | None = None  # refreshes the window after others' writes

    def open(self, target: str | None, *, at_start: bool = False) -> Opened:
        """Open ``target`` in a new window, replacing the current one; explain any refusal."""
        if self.database is not None and self._is_current(target):
            return Opened.OPENED
        parent: QWidget | None = self.window
        try:
            database = self._open_database(target, parent, at_start=at_start)
        except DomainError as error:
            show_error(parent, error)
            return Opened.FAILED
        except Exception as error:
            if not startup.is_damaged_file_error(error):
                raise
            return self._open_damaged(target, parent, at_start=at_start)
        if database is None:
            return Opened.DECLINED
        old_window, old_database = self.window, self.database
        if old_window is not None:
            old_window.save_settings()  # so the new window opens where the old one was
        self._stop_watching()
        self.database = database
        self.window = self._build_window(database)
        self.monitor = watch_window(self.window)
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_database is not None:
            old_database.close()
        if self.startup_checks:
            self._check_on_open(database, self.window)
        return Opened.OPENED

    def _check_on_open(self, database: Database, window: MainWindow) -> None:
        """The quick integrity check and the daily backup, off the GUI thread.

        On a damaged file the newest sound backup is looked for in the same job (checking
        a backup reads all of it), and restoring it is offered.
        """

        def check(progress: object, cancelled: object) -> tuple[startup.StartupReport,
                                                                 backup.BackupInfo | None]:
            report = startup.on_open(database)
            damaged = report.damaged and database.path is not None and not database.read_only
            good = backup_dialogs.newest_good_backup(database.path) if damaged else None
            return report, good

        def checked(result: tuple[startup.StartupReport, backup.BackupInfo | None]) -> None:
            report, good = result
            if self.database is not database:  # another file was opened meanwhile
                return
            if good is None or database.path is None:
                show_startup_report(window, report)
            elif backup_dialogs.ask_restore_damaged(window, database.path, good):
                self.restore(str(good.path))

        self.startup_job = run_in_background(
            window, check, label=QCoreApplication.translate("App", "Checking the database…"),
            cancellable=False, on_success=checked,
        )

    def _open_damaged(self, target: str | None, parent: QWidget | None, *,
                      at_start: bool) -> Opened:
        """The file is too damaged to open: offer its newest sound backup, then open that."""
        resolved = resolve_target(target)
        if is_url(resolved) and not resolved.startswith("sqlite:///"):
            return Opened.FAILED
        path = Path(resolved.removeprefix("sqlite:///")).expanduser().resolve()
        good = backup_dialogs.newest_good_backup(path)
        if good is None:
            backup_dialogs.tell_no_good_backup(parent, path)
            return Opened.FAILED
        if not backup_dialogs.ask_restore_damaged(parent, path, good):
            return Opened.FAILED
        try:
            result = backup.restore(path, good.path)
        except DomainError as error:
            show_error(parent, error)
            return Opened.FAILED
        opened = self.open(str(path), at_start=at_start)
        if opened is Opened.OPENED and self.window is not None:
            backup_dialogs.show_restored(self.window, result)
        return opened

    def restore(self, backup_path: str) -> bool:
        """Put a backup in place of the open database file and open it again.

        The window and the database are closed first (the writer lock is kept meanwhile,
        so no other copy of the app can open the file halfway), ``backup.restore`` saves
        the current file as "pre-restore" and swaps in the backup, and a new window opens
        on the result. When the restore is refused the database stays open as it was.
        """
        database, window = self.database, self.window
        if database is None or database.path is None:
            return False
        if background_tasks_running():  # it could still be writing to the file replaced
            backup_dialogs.tell_task_running(window)
            return False
        self.startup_job = None
        self._stop_watching()
        lock_held = database.lock is not None
        database.engine.dispose()  # no connection may stay open on the file being replaced
        try:
            result = backup.restore(database.path, Path(backup_path), lock_held=lock_held)
        except DomainError as error:
            show_error(window, error)
            if window is not None:
                self.monitor = watch_window(window)
            return False
        path = database.path
        if window is not None:
            window.save_settings()
            window.close()
            window.deleteLater()
        database.close()
        self.window, self.database = None, None
        if self.open(str(path)) is not Opened.OPENED or self.window is None:
            return False
        backup_dialogs.show_restored(self.window, result)
        return True

    def _open_database(self, target: str | None, parent: QWidget | None, *,
                       at_start: bool) -> Database | None:
        target = with_saved_password(target)
        try:
            return open_database(target, read_only=self.read_only)
        except DatabaseInUse as error:
            if not ask_open_read_only(parent, error, quitting=at_start):
                return None
            return open_database(target, read_only=True)

    def _is_current(self, target: str | None) -> bool:
        assert self.database is not None
        if self.database.path is None:
            return resolve_target(target) == self.database.url
        wanted = resolve_target(target).removeprefix("sqlite:///")
        return Path(wanted).expanduser().resolve() == self.database.path

    def _build_window(self, database: Database) -> MainWindow:
        context = AppContext(database, undo=UndoStack())
        if context.shared and not context.read_only:  # several people: who is this?
            choose_who_is_working(context, self.window)
        window = MainWindow(context, language=self.translations.language)
        window.database_requested.connect(self.open)
        window.language_requested.connect(self.switch_language)
        window.restore_requested.connect(self.restore)
        window.show()
        return window

    def switch_language(self, language: str) -> None:
        """Install the language's translators (every widget retranslates itself) and keep it."""
        self.translations.apply(language)
        i18n.save_language(language)
        if self.window is not None:
            self.window.set_language(language)

    def _stop_watching(self) -> None:
        if self.monitor is not None:
            self.monitor.stop()
            self.monitor = None

    def shutdown(self) -> None:
        """Close everything, once no background task can still be using the database.

        A task is never cut off halfway (services roll back only at their own checks), so
        this waits for as long as one runs: releasing the writer lock earlier would let
        ``crm-desktop restore`` swap the file under a running import.
        """
        QThreadPool.globalInstance().waitForDone()  # no time limit, see above
        self.startup_job = None
        self._stop_watching()
        if self.window is not None:
            self.window.close()
            self.window = None
        if self.database is not None:
            self.database.close()
            self.database = None


def background_tasks_running(grace_ms: int = 500) -> bool:
    """Whether a task still runs in the pool ``run_in_background`` uses, after a short wait.

    The wait lets a task that just reported its result (whose handler may be the caller)
    leave its pool thread; a task still at work after it is reported as running.
    """
    return not QThreadPool.globalInstance().waitForDone(grace_ms)


def with_saved_password(target: str | None) -> str | None:
    """A server address given without its password (``--db``, a recent connection) gets
    the one kept in the system keyring, if any."""
    if target is None or not is_url(target) or target.startswith("sqlite"):
        return target
    try:
        url = make_url(target)
    except ArgumentError:
        return target  # opening says what is wrong with it
    if url.password or not url.username or not url.host:
        return target
    password = server_dialog.saved_password(server_dialog.ServerConnection(
        host=url.host, port=url.port or server_dialog.DEFAULT_PORT,
        database=url.database or "", user=url.username))
    if not password:
        return target
    return url.set(password=password).render_as_string(hide_password=False)


def run_gui(args: argparse.Namespace) -> int:
    """Show the main window on ``args.db`` until the user quits; return the exit code."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    translations = i18n.Translations(app)
    translations.apply(i18n.choose_language(args.lang, i18n.saved_language()))
    controller = AppController(translations, read_only=bool(args.read_only))
    try:
        opened = controller.open(args.db, at_start=True)
        if opened is not Opened.OPENED:
            return EXIT_DECLINED if opened is Opened.DECLINED else EXIT_BAD_INPUT
        return app.exec()
    finally:
        controller.shutdown()
        translations.remove()
