"""Print, print preview and PDF of a ``ReportDocument``: A4, portrait or landscape.

The PDF writer's resolution stays at 300 dpi (vector text); the charts are images drawn at
twice their printed size (see ``charts.chart_image``), which keeps the axis labels right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

PDF_RESOLUTION = 300


def page_layout(landscape: bool = False) -> QPageLayout:
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def write_pdf(document: QTextDocument, path: Path, *, title: str = "",
              landscape: bool = False) -> Path:
    """Write ``document`` to ``path`` as an A4 PDF with page numbers; the path written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(landscape))
    writer.setTitle(title)
    writer.setCreator("CRM Desktop")
    document.print_(writer)
    del writer  # finishes the file
    return path


def _printer(landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(landscape))
    return printer


def print_with_dialog(document: QTextDocument, parent: QWidget | None = None) -> bool:
    """Ask which printer, then print; False if the user cancelled."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def preview_dialog(document: QTextDocument, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of ``document`` (not yet shown: the caller ``exec``s or ``open``s it)."""
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print_preview")
    dialog.printer_kept = printer  # the dialog does not own its printer: keep it alive
    dialog.document_kept = document
    # a lambda, not ``document.print_`` itself: connecting the bound method crashes PySide
    dialog.paintRequested.connect(lambda target: document.print_(target))
    return dialog
