"""File menu commands for moving data in and out (rows of ``views/actions.py`` name these).

Each takes the ``MainWindow``. After an import or an undone import the window refreshes
its pages (``refresh_pages``), so the customer list shows what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.services.exporting import export_customers as export_service
from crm_desktop.services.progress import CancelCheck, Progress
from crm_desktop.views.importing.history_dialog import ImportHistoryDialog
from crm_desktop.views.importing.wizard import ImportWizard
from crm_desktop.views.worker import run_in_background

EXPORT_FOLDER_KEY = "export/folder"
EXPORT_SUFFIXES = (".xlsx", ".csv", ".json")


translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def _refuse_read_only(window: Any) -> bool:
    if window.context.read_only:
        QMessageBox.information(window, translate("ImportCommands", "Import"), translate(
            "ImportCommands", "This database is open read-only, so nothing can be imported "
            "into it."))
        return True
    return False


def import_file(window: Any, path: str | Path | None = None) -> ImportWizard | None:
    """File ▸ Import… (Ctrl+I): the import wizard, over the window; ``path`` starts it
    on a file already chosen (a file dropped on the window)."""
    if _refuse_read_only(window):
        return None
    wizard = ImportWizard(window.context, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda _report: window.refresh_pages())
    wizard.open()
    if path is not None:
        wizard.file_page.load(path)
    return wizard


def import_history(window: Any) -> ImportHistoryDialog:
    """File ▸ Import History…: every import, and undoing one."""
    dialog = ImportHistoryDialog(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(window.refresh_pages)
    dialog.open()
    return dialog


def export_customers(window: Any) -> None:
    """File ▸ Export Customers…: every customer to .xlsx, .csv or .json, in the worker."""
    settings = QSettings()
    folder = Path(str(settings.value(EXPORT_FOLDER_KEY, str(Path.home()))))
    filters = [translate("ImportCommands", "Excel workbook (*.xlsx)"),
               translate("ImportCommands", "CSV, comma-separated (*.csv)"),
               translate("ImportCommands", "JSON (*.json)")]
    default = folder / translate("ImportCommands", "customers.xlsx")
    chosen, selected = QFileDialog.getSaveFileName(
        window, translate("ImportCommands", "Export Customers"), str(default), ";;".join(filters))
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() not in EXPORT_SUFFIXES:
        index = filters.index(selected) if selected in filters else 0
        path = path.with_name(path.name + EXPORT_SUFFIXES[index])
    settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
    context = window.context

    def work(progress: Progress, cancelled: CancelCheck) -> int:
        with context.session() as session:
            return export_service(session, path, progress=progress, cancelled=cancelled)

    def done(count: int) -> None:
        message = translate("ImportCommands", "Exported customers: {count}, to {path}")
        window.statusBar().showMessage(message.format(count=count, path=path), 10000)

    run_in_background(window, work, label=translate("ImportCommands", "Exporting customers…"),
                      on_success=done)
