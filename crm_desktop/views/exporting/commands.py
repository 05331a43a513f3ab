"""File ▸ Export… and saving the import template (the wizard's first page offers it).

``export_lists`` takes the ``MainWindow``: it reads the customer list's selection and the
ids it shows (in its order) when that page exists, asks what to export, then for the file,
and runs the export in the worker with a progress dialog and Cancel.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from crm_desktop.services.context import AppContext
from crm_desktop.services.exporting import ExportResult
from crm_desktop.services.exporting import export_lists as export_service
from crm_desktop.services.exporting.template import export_template
from crm_desktop.services.progress import CancelCheck, Progress
from crm_desktop.views.exporting.dialog import ALL, FILTERED, SELECTION, ExportChoice, ExportDialog
from crm_desktop.views.exporting.headers import export_headers
from crm_desktop.views.worker import report_failure, run_in_background

EXPORT_FOLDER_KEY = "export/folder"
EXPORT_SUFFIXES = (".xlsx", ".csv", ".json")

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def ask_choice(window: Any, *, selected: int, filtered: int | None) -> ExportChoice | None:
    """The export dialog over ``window``; None when the user cancels."""
    dialog = ExportDialog(window, selected=selected, filtered=filtered)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    dialog.deleteLater()
    return choice if accepted else None


def ask_path(parent: QWidget, title: str, default_name: str,
             suffixes: Sequence[str] = EXPORT_SUFFIXES) -> Path | None:
    """A save dialog in the last export folder; the suffix of the chosen filter is added
    when the name has none."""
    settings = QSettings()
    folder = Path(str(settings.value(EXPORT_FOLDER_KEY, str(Path.home()))))
    names = {".xlsx": translate("ExportCommands", "Excel workbook (*.xlsx)"),
             ".csv": translate("ExportCommands", "CSV, comma-separated (*.csv)"),
             ".json": translate("ExportCommands", "JSON (*.json)")}
    filters = [names[suffix] for suffix in suffixes]
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(folder / default_name),
                                                   ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in suffixes:
        index = filters.index(selected) if selected in filters else 0
        path = path.with_name(path.name + suffixes[index])
    settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
    return path


def export_lists(window: Any) -> None:
    """File ▸ Export… (Ctrl+E): customers and/or contacts of the selection, the list as it
    is filtered, or all customers, to .xlsx, .csv or .json."""
    page = window.created_page("customers") if "customers" in window.page_keys() else None
    selected: list[int] = page.selected_ids() if page is not None else []
    shown: list[int] | None = list(page.model.ids()) if page is not None else None
    choice = ask_choice(window, selected=len(selected),
                        filtered=None if shown is None else len(shown))
    if choice is None:
        return
    path = ask_path(window, translate("ExportCommands", "Export"),
                    translate("ExportCommands", "customers.xlsx"))
    if path is None:
        return
    ids = {SELECTION: selected, FILTERED: shown, ALL: None}[choice.scope]
    run_export(window, window.context, choice, path, ids)


def run_export(window: Any, context: AppContext, choice: ExportChoice, path: Path,
               ids: Sequence[int] | None) -> None:
    """Export in the worker; the status bar says what was written where."""
    headers = export_headers()

    def work(progress: Progress, cancelled: CancelCheck) -> ExportResult:
        with context.session() as session:
            return export_service(session, path, kinds=choice.kinds, ids=ids,
                                  encoding=choice.encoding, headers=headers,
                                  progress=progress, cancelled=cancelled)

    def done(result: ExportResult) -> None:
        message = translate("ExportCommands", "Exported {customers} customers and {contacts} "
                            "contacts to {path}")
        files = ", ".join(str(file) for file in result.files)
        window.statusBar().showMessage(message.format(
            customers=result.counts.get("customers", 0),
            contacts=result.counts.get("contacts", 0), path=files), 10000)

    run_in_background(window, work, label=translate("ExportCommands", "Exporting…"),
                      on_success=done)


def save_template(parent: QWidget, context: AppContext) -> Path | None:
    """Ask where, then write the blank import template there; returns the file."""
    path = ask_path(parent, translate("ExportCommands", "Save Import Template"),
                    translate("ExportCommands", "import-template.xlsx"), (".xlsx",))
    if path is None:
        return None
    try:
        with context.session() as session:
            return export_template(session, path, headers=export_headers())
    except Exception as error:  # shown to the user: a full disk, a locked file
        report_failure(parent, error)
        return None
