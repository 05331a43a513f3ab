"""File menu commands for importing (rows of ``views/actions.py`` name these; export:
``views/exporting/commands.py``).

Each takes the ``MainWindow``. After an import or an undone import the window refreshes
its pages (``refresh_pages``), so the customer list shows what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.views.importing.history_dialog import ImportHistoryDialog
from crm_desktop.views.importing.wizard import ImportWizard

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
