"""Print, print preview and PDF of a ``ReportDocument``: A4, portrait or landscape.

``paint_document`` lays the document out on the page's printable width in document pixels
(96 per inch, what its font sizes and image widths mean) and paints it page by page,
scaled to the device, with "page / pages" under each. ``QTextDocument.print_`` would lay
it out on a page twice as wide as the paper here (the offscreen platform's DPI), printing
everything at half size. Text stays vector; the charts are images at twice their printed
size (``charts.chart_image``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

PDF_RESOLUTION = 300
DOCUMENT_DPI = 96
FOOTER = 28  # document pixels kept under the text for the page number


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
    paint_document(document, writer, PDF_RESOLUTION)
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
    paint_document(document, printer, printer.resolution())
    return True


def preview_dialog(document: QTextDocument, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of ``document`` (not yet shown: the caller ``exec``s or ``open``s it)."""
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print_preview")
    dialog.printer_kept = printer  # the dialog does not own its printer: keep it alive
    dialog.document_kept = document
    # a lambda, not ``document.print_`` itself: connecting the bound method crashes PySide
    dialog.paintRequested.connect(
        lambda target: paint_document(document, target, target.resolution()))
    return dialog


def paint_document(document: QTextDocument, device: QPagedPaintDevice, dpi: int) -> int:
    """Paint ``document`` on ``device`` (its page layout, ``dpi``); the number of pages."""
    rect = device.pageLayout().paintRectPixels(dpi)
    scale = dpi / DOCUMENT_DPI
    body = QSizeF(rect.width() / scale, rect.height() / scale - FOOTER)
    laid_out = document.clone()
    laid_out.setPageSize(body)
    pages = laid_out.pageCount()
    painter = QPainter(device)
    font = QFont(document.defaultFont())
    font.setPointSizeF(8)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * body.height())
            laid_out.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                                  body.height()))
            painter.restore()
            painter.setFont(font)  # in points: sized by the device itself, not scaled
            painter.drawText(QRectF(0, body.height() * scale, rect.width(), FOOTER * scale),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{page + 1} / {pages}")
    finally:
        painter.end()
    return pages
