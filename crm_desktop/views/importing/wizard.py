"""File ▸ Import…: the import wizard. File → Mapping → Preview → Run → Report.

The wizard holds what the pages share: the file read (``workbook``), the ``preview`` the
import service prepared, and the ``report`` once it has run. Slow steps (reading the
file, preparing, re-normalising after a mapping change, the import itself) run in a
worker thread with their own session (``start_job``); only the GUI thread touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from crm_desktop.services.context import AppContext
from crm_desktop.services.importing.preview import ImportPreview
from crm_desktop.services.importing.readers import RawWorkbook
from crm_desktop.services.importing.report import ImportReport
from crm_desktop.views.worker import Job

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RUN_PAGE, REPORT_PAGE = range(5)
FILE_FILTER_SUFFIXES = ("*.xlsx", "*.xlsm", "*.xls", "*.xlsb", "*.ods", "*.csv", "*.tsv",
                        "*.txt", "*.vcf")


def dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one local file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return urls[0].toLocalFile()
    return None


class ImportWizard(QWizard):
    """One import, from choosing the file to its report."""

    imported = Signal(object)  # the ImportReport, once the import is committed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from crm_desktop.views.importing.file_page import ImportFilePage
        from crm_desktop.views.importing.mapping_page import ImportMappingPage
        from crm_desktop.views.importing.preview_page import ImportPreviewPage
        from crm_desktop.views.importing.run_page import ImportReportPage, ImportRunPage

        self.setObjectName("import_wizard")
        self.context = context
        self.path: Path | None = None
        self.encoding: str | None = None
        self.workbook: RawWorkbook | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self._close_when_idle = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setAcceptDrops(True)
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        self.run_page = ImportRunPage(self)
        self.report_page = ImportReportPage(self)
        for page_id, page in ((FILE_PAGE, self.file_page), (MAPPING_PAGE, self.mapping_page),
                              (PREVIEW_PAGE, self.preview_page), (RUN_PAGE, self.run_page),
                              (REPORT_PAGE, self.report_page)):
            self.setPage(page_id, page)
        self.setStartId(FILE_PAGE)
        self.retranslate_ui()
        self.resize(QSize(1000, 680))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import Customers"))
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page,
                     self.report_page):
            page.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- background work -----------------------------------------------------------------
    def start_job(self, fn: Callable[..., Any], *, on_success: Callable[[Any], object],
                  on_error: Callable[[BaseException], object],
                  on_progress: Callable[[int, int], object] | None = None,
                  on_cancel: Callable[[], object] | None = None) -> Job:
        """Run ``fn(progress=, cancelled=)`` in a pool thread; one job at a time."""
        if self.job is not None and self.job.is_running():
            self.job.cancel()
        job = Job(fn, self)
        self.job = job
        job.succeeded.connect(on_success)
        job.failed.connect(on_error)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        if on_cancel is not None:
            job.cancelled.connect(on_cancel)
        job.finished.connect(lambda: self._job_finished(job))
        self._set_navigation(False)
        job.start()
        return job

    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _job_finished(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self._set_navigation(True)
        job.deleteLater()
        if self._close_when_idle and not self.busy():
            self._close_when_idle = False
            super().reject()

    def _set_navigation(self, enabled: bool) -> None:
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.FinishButton, QWizard.WizardButton.CommitButton):
            widget = self.button(button)
            if widget is not None:
                widget.setEnabled(enabled)
        if enabled:
            page = self.currentPage()
            if page is not None:
                page.completeChanged.emit()  # lets QWizard settle Next/Back again

    def reject(self) -> None:
        """Closing while something runs cancels it first (the import rolls back)."""
        if self.busy():
            assert self.job is not None
            self._close_when_idle = True
            self.job.cancel()
            return
        super().reject()

    # -- files -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dropped_file(event) and self.currentId() == FILE_PAGE and not self.busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = dropped_file(event)
        if path and self.currentId() == FILE_PAGE:
            event.acceptProposedAction()
            self.file_page.load(path)
