"""Questions about the database file itself, asked before any window is on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.errors import DatabaseInUse
from crm_desktop.views.messages import describe


def ask_open_read_only(parent: QWidget | None, error: DatabaseInUse, *, quitting: bool) -> bool:
    """Another copy of the app has the file open: open it read-only here? True means yes.

    ``quitting`` names the other button "Quit" (at start-up) rather than "Cancel".
    """
    box = QMessageBox(parent)
    box.setObjectName("database.in_use")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DatabaseDialogs", "Database already open"))
    box.setText(describe(error))
    box.setInformativeText(QCoreApplication.translate(
        "DatabaseDialogs",
        "Read-only lets you look up everything but not change anything. Open it read-only?"))
    read_only = box.addButton(QCoreApplication.translate("DatabaseDialogs", "Open &Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("database.read_only")
    decline = (QCoreApplication.translate("DatabaseDialogs", "&Quit") if quitting
               else QCoreApplication.translate("DatabaseDialogs", "Cancel"))
    other = box.addButton(decline, QMessageBox.ButtonRole.RejectRole)
    other.setObjectName("database.decline")
    box.setDefaultButton(read_only)
    box.setEscapeButton(other)
    box.exec()
    return box.clickedButton() is read_only
