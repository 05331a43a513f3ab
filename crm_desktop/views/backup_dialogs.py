"""File ▸ Back Up Now and File ▸ Restore Backup…, and the offer to restore a damaged file.

The window never touches the database file itself: backing up runs ``backup.backup_now``
in the worker (SQLite's online backup is safe while the app writes), and restoring is
asked of the application through ``MainWindow.restore_requested``, because the
application owns the open database and must close it before the file is replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.paths import backups_dir
from crm_desktop.services import backup
from crm_desktop.services.backup import BackupInfo, RestoreResult
from crm_desktop.services.errors import FileRefused
from crm_desktop.views.worker import Job, run_in_background

if TYPE_CHECKING:
    import datetime as dt

    from crm_desktop.views.main_window import MainWindow

STATUS_TIMEOUT_MS = 15_000
PATH_ROLE = Qt.ItemDataRole.UserRole


def reason_text(reason: str) -> str:
    """Why a backup was taken, in the user's language (an unknown reason as it is)."""
    reasons = {
        "daily": QCoreApplication.translate("BackupDialogs", "Daily"),
        "manual": QCoreApplication.translate("BackupDialogs", "Backed up by hand"),
        "pre-migration": QCoreApplication.translate("BackupDialogs", "Before an upgrade"),
        "pre-import": QCoreApplication.translate("BackupDialogs", "Before an import"),
        "pre-restore": QCoreApplication.translate("BackupDialogs", "Before a restore"),
    }
    return reasons.get(reason, reason)


def size_text(size: int) -> str:
    """``2048`` -> ``2 KB``, ``3_500_000`` -> ``3.3 MB`` (binary units, as file managers do)."""
    locale = QLocale()
    if size < 1024 * 1024:
        kilobytes = locale.toString(max(1, round(size / 1024)))
        return QCoreApplication.translate("BackupDialogs", "{size} KB").format(size=kilobytes)
    megabytes = locale.toString(size / (1024 * 1024), "f", 1)
    return QCoreApplication.translate("BackupDialogs", "{size} MB").format(size=megabytes)


def time_text(taken_at: dt.datetime) -> str:
    """The local wall-clock time a backup was taken, in the locale's short format."""
    moment = QDateTime(QDate(taken_at.year, taken_at.month, taken_at.day),
                       QTime(taken_at.hour, taken_at.minute, taken_at.second))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes the restore check, or None.

    Checks run newest first and stop at the first sound one, so this is quick in the
    usual case; a raw copy of a damaged file (taken before an earlier restore) is skipped.
    """
    for info in backup.list_backups(db_path):
        try:
            backup.check_backup_file(info.path)
        except FileRefused:
            continue
        return info
    return None


def open_backups_folder(db_path: Path) -> bool:
    """Show the backups folder in the file manager; False when there is none yet."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


# -- File ▸ Back Up Now ------------------------------------------------------------------
def back_up_now(window: MainWindow) -> Job | None:
    """Take a backup in the worker; the status bar then names the file and its size."""
    db_path = window.context.path
    if db_path is None:
        _server_database(window)
        return None

    def show_saved(info: BackupInfo) -> None:
        message = QCoreApplication.translate("BackupDialogs", "Backup saved: {path} ({size})")
        window.statusBar().showMessage(
            message.format(path=info.path, size=size_text(info.size)), STATUS_TIMEOUT_MS)

    return run_in_background(
        window, lambda progress, cancelled: backup.backup_now(db_path, "manual"),
        label=QCoreApplication.translate("BackupDialogs", "Backing up the database…"),
        cancellable=False, on_success=show_saved,
    )


def _server_database(parent: QWidget) -> None:
    QMessageBox.information(
        parent, QCoreApplication.translate("BackupDialogs", "Backups"),
        QCoreApplication.translate("BackupDialogs",
            "This database is on a server. It is backed up on the server, not by this app."))


# -- File ▸ Restore Backup… --------------------------------------------------------------
def restore_backup(window: MainWindow) -> None:
    """Let the user pick a backup; the application then closes, restores and reopens."""
    db_path = window.context.path
    if db_path is None:
        _server_database(window)
        return
    dialog = RestoreDialog(db_path, read_only=window.context.read_only, parent=window)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            window.restore_requested.emit(str(dialog.chosen))
    finally:
        dialog.deleteLater()


class RestoreDialog(QDialog):
    """The backups of one database file, newest first; Restore asks once more, then accepts."""

    def __init__(self, db_path: Path, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup.restore_dialog")
        self.db_path = db_path
        self.read_only = read_only
        self.chosen: Path | None = None
        self.backups: list[BackupInfo] = []

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("backup.list")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("backup.restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("backup.open_folder")
        self.folder_button.clicked.connect(lambda: open_backups_folder(self.db_path))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        """Read the backups folder again and list what is there, newest first."""
        self.backups = backup.list_backups(self.db_path)
        self.table.clear()
        for info in self.backups:
            item = QTreeWidgetItem(
                self.table, [time_text(info.taken_at), reason_text(info.reason),
                             size_text(info.size)])
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.folder_button.setEnabled(backups_dir(self.db_path).is_dir())
        self._update_intro()
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        path = Path(item.data(0, PATH_ROLE))
        return next((info for info in self.backups if info.path == path), None)

    def restore_selected(self) -> None:
        """Confirm, then close the dialog with the chosen backup in ``chosen``."""
        info = self.selected()
        if info is None or self.read_only:
            return
        if confirm_restore(self, info):
            self.chosen = info.path
            self.accept()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.read_only)

    def _update_intro(self) -> None:
        if self.read_only:
            text = self.tr("This database is open read-only because another CRM Desktop "
                           "window is using it: restore from that window.")
        elif not self.backups:
            text = self.tr("There are no backups of this database yet. Use File ▸ Back Up "
                           "Now to take one.")
        else:
            text = self.tr("Choose the backup to go back to. Backups are taken every day "
                           "the database is opened and before every upgrade, import and "
                           "restore.")
        self.intro.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore Backup"))
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.restore_button.setText(self.tr("&Restore…"))
        self.folder_button.setText(self.tr("Open Backups &Folder"))
        self._update_intro()


def confirm_restore(parent: QWidget, info: BackupInfo) -> bool:
    """Ask once more, saying that the current file is backed up first."""
    when = time_text(info.taken_at)
    box = QMessageBox(parent)
    box.setObjectName("backup.confirm_restore")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BackupDialogs", "Restore Backup"))
    box.setText(QCoreApplication.translate("BackupDialogs",
        "Replace the database with the backup taken {when}?").format(when=when))
    box.setInformativeText(QCoreApplication.translate("BackupDialogs",
        "The current database is backed up first (as “Before a restore”), so you can go "
        "back to it. Changes made since {when} are not in the backup.").format(when=when))
    restore = box.addButton(QCoreApplication.translate("BackupDialogs", "Restore"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("backup.confirm")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("backup.cancel")
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is restore


# -- a damaged file --------------------------------------------------------------------
def ask_restore_damaged(parent: QWidget | None, db_path: Path, good: BackupInfo) -> bool:
    """The database file is damaged: offer the newest sound backup. True to restore it."""
    box = QMessageBox(parent)
    box.setObjectName("backup.damaged")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("BackupDialogs", "Damaged Database"))
    box.setText(QCoreApplication.translate("BackupDialogs",
        "The database file {name} is damaged: some of your data cannot be read, and "
        "new changes may be lost.").format(name=db_path.name))
    box.setInformativeText(QCoreApplication.translate("BackupDialogs",
        "The newest sound backup was taken {when}. Restore it now? The damaged file is "
        "kept with the backups (as “Before a restore”). Changes made after {when} are "
        "not in the backup.").format(when=time_text(good.taken_at)))
    restore = box.addButton(QCoreApplication.translate("BackupDialogs", "Restore Backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("backup.restore_damaged")
    later = box.addButton(QCoreApplication.translate("BackupDialogs", "Not Now"),
                          QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("backup.not_now")
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def tell_no_good_backup(parent: QWidget | None, db_path: Path) -> None:
    """The file is damaged beyond opening and no backup of it passes the check."""
    box = QMessageBox(parent)
    box.setObjectName("backup.no_good_backup")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("BackupDialogs", "Damaged Database"))
    box.setText(QCoreApplication.translate("BackupDialogs",
        "The database file {path} is damaged and cannot be opened, and there is no sound "
        "backup of it to restore.").format(path=db_path))
    box.setInformativeText(QCoreApplication.translate("BackupDialogs",
        "Keep a copy of the file and ask for help; a specialist may still recover most of "
        "it. To restore a backup kept elsewhere, copy it over this file."))
    box.exec()


def tell_task_running(parent: QWidget | None) -> None:
    """A restore was asked for while a background task (an import, a backup) still runs."""
    box = QMessageBox(parent)
    box.setObjectName("backup.task_running")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("BackupDialogs", "Restore Backup"))
    box.setText(QCoreApplication.translate(
        "BackupDialogs", "Wait for the running task to finish, then restore."))
    box.addButton(QMessageBox.StandardButton.Ok).setObjectName("backup.ok")
    box.exec()


def show_restored(window: MainWindow, result: RestoreResult) -> None:
    """After a restore, say which backup is now in use and where the old file went."""
    db_path = window.context.path
    restored = next((info for info in backup.list_backups(db_path) if info.path ==
                     result.restored_from), None) if db_path else None
    when = time_text(restored.taken_at) if restored else result.restored_from.name
    if result.previous is not None:
        text = QCoreApplication.translate("BackupDialogs",
            "Restored the backup taken {when}. The previous file was saved as {name}."
        ).format(when=when, name=result.previous.path.name)
    else:
        text = QCoreApplication.translate("BackupDialogs",
            "Restored the backup taken {when}.").format(when=when)
    window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
