"""What the check after opening found: problems in a box, the daily backup in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from crm_desktop.services.startup import StartupReport
from crm_desktop.views.messages import describe, describe_finding

STATUS_TIMEOUT_MS = 8000


def show_startup_report(window: QMainWindow, report: StartupReport) -> None:
    """Say nothing when all is well; warn about problems; mention the daily backup."""
    if report.damaged or report.errors:
        box = QMessageBox(window)
        box.setObjectName("startup.problems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("StartupReport", "Database check"))
        if report.damaged:
            text = QCoreApplication.translate(
                "StartupReport", "This database file is damaged. Restore it from a backup "
                "before you enter new data.")
        else:
            text = QCoreApplication.translate(
                "StartupReport", "The check of this database found problems:")
        box.setText(text)
        box.setDetailedText("\n".join(describe_finding(finding) for finding in report.findings))
        box.open()  # not modal-blocking: the user can still look around
    if report.backup_failure is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "StartupReport", "The daily backup failed: {reason}").format(
                reason=describe(report.backup_failure)), STATUS_TIMEOUT_MS)
    elif report.backup is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "StartupReport", "Daily backup saved."), STATUS_TIMEOUT_MS)
