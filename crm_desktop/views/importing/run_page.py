"""Steps 4 and 5 of the import wizard: running the import, then its report.

The import runs in the worker in its own session, as one transaction: Cancel (or closing
the wizard) rolls everything back, and so does any error. Once committed, the wizard
says so (``imported``) so the window can refresh its pages, and shows the report:
created, updated, merged, skipped and the warnings, each with its row; it can be saved
as an .xlsx workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.errors import DomainError, NotFound
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.preview import ImportPreview
from crm_desktop.services.importing.report import ImportReport, RowOutcome, save_report_xlsx
from crm_desktop.services.progress import CancelCheck, Progress, check
from crm_desktop.views.importing import labels
from crm_desktop.views.messages import describe
from crm_desktop.views.worker import run_in_background

if TYPE_CHECKING:
    from crm_desktop.views.importing.wizard import ImportWizard

Index = QModelIndex | QPersistentModelIndex
OUTCOMES = ("created", "updated", "merged", "skipped")


class ImportRunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._done = False
        self.setCommitPage(True)  # a committed import is undone from the history, not Back
        self.label = QLabel(self)
        self.label.setObjectName("import.run_label")
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import.progress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("import.cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.result = QLabel(self)
        self.result.setObjectName("import.run_result")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All or nothing: if the import is cancelled or fails, the "
                                 "database stays exactly as it was."))
        self.cancel_button.setText(self.tr("Cancel Import"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Show Report"))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._done = False
        self.result.clear()
        # after QWizard has settled its buttons for this page, so the job can disable them
        QTimer.singleShot(0, self.start)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        self._done = False
        self.result.clear()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._done

    def start(self) -> None:
        wizard = self._wizard
        preview, context = wizard.preview, wizard.context
        if preview is None or self._done or wizard.busy():
            return

        def work(progress: Progress, cancelled: CancelCheck) -> ImportReport:
            with context.session() as session:
                report = run_import(session, preview, db_path=context.path, progress=progress,
                                    cancelled=cancelled, actor_id=context.actor_id)
                check(cancelled)  # a Cancel pressed up to the commit still rolls back
                return report

        self.label.setText(self.tr("Importing {rows} rows from {name}…").format(
            rows=len(preview.rows), name=preview.file_name))
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        wizard.start_job(work, on_success=self._finished, on_error=self._failed,
                         on_progress=self._progressed, on_cancel=self._cancelled)

    def cancel(self) -> None:
        if self._wizard.job is not None:
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling: undoing what was written…"))
            self._wizard.job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _finished(self, report: ImportReport) -> None:
        self._done = True
        self._wizard.report = report
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.label.setText(self.tr("The import is complete."))
        self._wizard.imported.emit(report)
        self.completeChanged.emit()
        QTimer.singleShot(0, self._wizard.next)

    def _stopped(self, text: str) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(text)

    def _cancelled(self) -> None:
        self._stopped(self.tr("The import was cancelled; nothing was changed."))
        self.result.setText(self.tr("Go back to the preview to change something and import "
                                    "again."))

    def _failed(self, error: BaseException) -> None:
        self._stopped(self.tr("The import failed; nothing was changed."))
        self.result.setText(describe(error) if isinstance(error, DomainError)
                            else f"{type(error).__name__}: {error}")


class ImportReportModel(QAbstractTableModel):
    """One line per row outcome and per warning, in sheet row order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[tuple[int, str, str, str]] = []

    def set_report(self, report: ImportReport | None,
                   preview: ImportPreview | None = None) -> None:
        self.beginResetModel()
        self.lines = []
        if report is not None:
            names = {"created": self.tr("Created"), "updated": self.tr("Updated"),
                     "merged": self.tr("Merged"), "skipped": self.tr("Skipped")}
            for outcome in OUTCOMES:
                self.lines += [(item.row, names[outcome], item.name,
                                self.detail(preview, outcome, item))
                               for item in getattr(report, outcome)]
            self.lines += [(p.row, self.tr("Warning"), p.column,
                            labels.problem_text(p.code, p.value, p.message))
                           for p in report.warnings]
            self.lines += [(c.row, self.tr("Conflict"), c.column,
                            self.tr("Kept “{kept}”; the file's “{incoming}” is in the "
                                    "customer's notes").format(kept=c.kept, incoming=c.incoming))
                           for c in report.conflicts]
            self.lines.sort(key=lambda line: line[0])
        self.endResetModel()

    def detail(self, preview: ImportPreview | None, outcome: str, item: RowOutcome) -> str:
        """Why a row went where it did, in the user's language (the service's English
        sentence only when the preview cannot tell)."""
        if preview is None:
            return item.detail
        reasons = {"total": self.tr("A totals row"),
                   "repeated_header": self.tr("The headings repeated")}
        for skipped in preview.table_skipped:
            if skipped.number == item.row:
                return reasons.get(skipped.reason, item.detail)
        try:
            row = preview.row(item.row)
        except NotFound:
            return item.detail
        if outcome in ("updated", "merged"):
            return labels.duplicate_text(row.duplicate, preview.region or "")
        if outcome == "skipped":
            if row.blocked:
                return labels.problem_text("missing_name", "", item.detail)
            if row.action == "skip":
                return self.tr("Skipped in the preview")
            return self.tr("Duplicate: {match}").format(match=labels.duplicate_text(
                row.duplicate, preview.region or ""))
        if row.duplicate is not None:  # created beside a possible (or chosen) duplicate
            match = labels.duplicate_text(row.duplicate, preview.region or "")
            return match if not row.duplicate.exact else self.tr(
                "Created anyway: {match}").format(match=match)
        return ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Outcome"), self.tr("Customer or column"),
                    self.tr("Detail"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.lines[index.row()][index.column()]
        return str(value) if index.column() == 0 else value


class ImportReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.counts: dict[str, QLabel] = {}
        self.count_names: dict[str, QLabel] = {}
        counts = QHBoxLayout()
        for key in (*OUTCOMES, "possible", "conflicts", "warnings"):
            name, value = QLabel(self), QLabel(self)
            value.setObjectName(f"import.count.{key}")
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            column = QVBoxLayout()
            column.addWidget(value, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(name, 0, Qt.AlignmentFlag.AlignHCenter)
            counts.addLayout(column)
            self.counts[key], self.count_names[key] = value, name
        self.model = ImportReportModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("import.report")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup = QLabel(self)
        self.backup.setObjectName("import.backup")
        self.backup.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("import.save_report")
        self.save_button.clicked.connect(self.save_report)
        self.saved = QLabel(self)
        self.saved.setObjectName("import.saved")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.backup)
        layout.addLayout(bottom)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Import report"))
        self.setSubTitle(self.tr("What happened to each row. The whole import can be undone "
                                 "later from File ▸ Import History."))
        titles = {"created": self.tr("created"), "updated": self.tr("updated"),
                  "merged": self.tr("merged"), "skipped": self.tr("skipped"),
                  "possible": self.tr("possible duplicates"),
                  "conflicts": self.tr("conflicts"), "warnings": self.tr("warnings")}
        for key, label in self.count_names.items():
            label.setText(titles[key])
        self.save_button.setText(self.tr("Save Report as .xlsx…"))
        self.model.set_report(self._wizard.report, self._wizard.preview)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        report = self._wizard.report
        assert report is not None
        for key in OUTCOMES:
            self.counts[key].setText(str(len(getattr(report, key))))
        self.counts["warnings"].setText(str(len(report.warnings)))
        self.counts["possible"].setText(str(len(report.possible)))
        self.counts["conflicts"].setText(str(len(report.conflicts)))
        self.model.set_report(report, self._wizard.preview)
        self.table.resizeColumnsToContents()
        self.backup.setText(self.tr("A copy of the database was kept from before the import: "
                                    "{path}").format(path=report.backup)
                            if report.backup else "")
        self.saved.clear()

    def save_report(self) -> None:
        report = self._wizard.report
        if report is None:
            return
        folder = self._wizard.path.parent if self._wizard.path else Path.home()
        stem = Path(report.file_name).stem
        default = folder / self.tr("{name} import report.xlsx").format(name=stem)
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save Import Report"), str(default),
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def work(progress: Progress, cancelled: CancelCheck) -> Path:
            return save_report_xlsx(report, target)

        run_in_background(self, work, label=self.tr("Saving the report…"), cancellable=False,
                          on_success=lambda saved: self.saved.setText(
                              self.tr("Saved to {path}").format(path=saved)))
