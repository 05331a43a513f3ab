"""File ▸ Print…, Print Preview and Export PDF: the page shown when it can print itself
(the Dashboard, Reports), else the Dashboard. Handlers take the ``MainWindow``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.views.reports import texts
from crm_desktop.views.reports.printing import preview_dialog, print_with_dialog, write_pdf

DASHBOARD_KEY = "overview"


def printable(window: Any) -> tuple[QTextDocument, str] | None:
    """The document and title of what the window would print now (None: nothing can)."""
    page = window.current_page()
    if page is None or not hasattr(page, "print_document"):
        if DASHBOARD_KEY not in window.page_keys():
            return None
        page = window.page(DASHBOARD_KEY)
    return page.print_document()


def print_page(window: Any) -> bool:
    found = printable(window)
    return found is not None and print_with_dialog(found[0], window)


def print_preview(window: Any) -> QWidget | None:
    found = printable(window)
    if found is None:
        return None
    document, _title = found
    dialog = preview_dialog(document, window)
    dialog.open()
    return dialog


def suggested_file_name(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", title).strip() + ".pdf"


def export_pdf(window: Any, path: str | None = None, *,
               landscape: bool = False) -> Path | None:
    """Ask where and which way up (unless ``path`` is given), then write the PDF; None if
    cancelled. The file dialog's two types are the two orientations of A4."""
    found = printable(window)
    if found is None:
        return None
    document, title = found
    if path is None:
        folder = Path.home() / suggested_file_name(title)
        portrait = texts.say("PDF, A4 portrait (*.pdf)")
        wide = texts.say("PDF, A4 landscape (*.pdf)")
        path, chosen = QFileDialog.getSaveFileName(
            window, texts.say("Export PDF"), str(folder), f"{portrait};;{wide}")
        if not path:
            return None
        landscape = chosen == wide
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    write_pdf(document, target, title=title, landscape=landscape)
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(texts.say("Saved {file}").format(file=str(target)), 5000)
    return target
