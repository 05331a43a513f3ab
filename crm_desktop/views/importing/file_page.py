"""Step 1 of the import wizard: the file, its text encoding and the sheet to import.

Reading runs in the worker (workbooks are read by a child process and can take seconds);
the service then finds the table on the chosen sheet (the first with data by default) and
prepares the preview, applying a saved mapping template when the headers match.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.services.errors import Cancelled, DomainError
from crm_desktop.services.importing.plan import prepare_import
from crm_desktop.services.importing.preview import ImportPreview
from crm_desktop.services.importing.readers import RawWorkbook, read_file
from crm_desktop.services.progress import CancelCheck, Progress, check
from crm_desktop.views.messages import describe

if TYPE_CHECKING:
    from crm_desktop.views.importing.wizard import ImportWizard

FOLDER_KEY = "import/folder"
# Encodings offered for text files; None lets the reader detect it.
ENCODINGS: tuple[str | None, ...] = (None, "utf-8", "gb18030", "big5", "utf-16", "cp1252",
                                     "shift_jis")


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import.file")
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("import.choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.drop_hint = QLabel(self)
        self.drop_hint.setWordWrap(True)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("import.encoding")
        self.encoding_combo.setEnabled(False)
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("import.sheet")
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("import.reading")
        self.busy_bar.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("import.summary")
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("import.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("import.blank_template")
        self.template_button.clicked.connect(self.save_blank_template)
        self.template_hint = QLabel(self)
        self.template_hint.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.file_label, self.encoding_label, self.sheet_label = (QLabel(self), QLabel(self),
                                                                  QLabel(self))
        form = QFormLayout()
        form.addRow(self.file_label, row)
        form.addRow("", self.drop_hint)
        form.addRow(self.encoding_label, self.encoding_combo)
        form.addRow(self.sheet_label, self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_hint, 1)
        template_row.addWidget(self.template_button)
        layout.addLayout(template_row)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel or WPS workbook (.xlsx, .xls), a LibreOffice sheet "
                                 "(.ods), a CSV or text file, or an address book (.vcf)."))
        self.file_label.setText(self.tr("File:"))
        self.encoding_label.setText(self.tr("Text encoding:"))
        self.sheet_label.setText(self.tr("Sheet:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.drop_hint.setText(self.tr("…or drag the file onto this window."))
        self.template_hint.setText(self.tr("Starting a list from scratch? A blank workbook "
                                           "with the columns this import expects, an example "
                                           "row and drop-down lists for status and source."))
        self.template_button.setText(self.tr("Save Blank Template…"))
        current = self.encoding_combo.currentIndex()
        self.encoding_combo.clear()
        names = {None: self.tr("Detect automatically"), "utf-8": "UTF-8",
                 "gb18030": self.tr("Simplified Chinese (GBK / GB18030)"),
                 "big5": self.tr("Traditional Chinese (Big5)"), "utf-16": "UTF-16",
                 "cp1252": self.tr("Western (Windows-1252)"),
                 "shift_jis": self.tr("Japanese (Shift-JIS)")}
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(names[encoding], encoding)
        self.encoding_combo.setCurrentIndex(max(current, 0))
        self._show_summary()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.preview is not None and not self._wizard.busy()

    def save_blank_template(self) -> Path | None:
        """Save the import template where the user says (the wizard stays on this page)."""
        from crm_desktop.views.exporting.commands import save_template

        saved = save_template(self, self._wizard.context)
        if saved is not None:
            self.summary.setText(self.tr("Template saved to {path}. Fill it in, then choose "
                                         "it here.").format(path=saved))
        return saved

    # -- choosing ------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = str(QSettings().value(FOLDER_KEY, str(Path.home())))
        patterns = " ".join(("*.xlsx", "*.xlsm", "*.xls", "*.xlsb", "*.ods", "*.csv", "*.tsv",
                             "*.txt", "*.vcf"))
        filters = self.tr("Spreadsheets and address books ({patterns});;All files (*)").format(
            patterns=patterns)
        path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Import from"), folder,
                                                    filters)
        if path:
            QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Read ``path`` (in the background) and prepare its preview."""
        wizard = self._wizard
        wizard.path = Path(path)
        wizard.workbook = None
        wizard.encoding = self.encoding_combo.currentData()
        self.path_edit.setText(str(path))
        self._prepare(None)

    def _encoding_chosen(self, _index: int) -> None:
        if self._wizard.path is not None:
            self.load(self._wizard.path)

    def _sheet_chosen(self, _index: int) -> None:
        if self._wizard.workbook is not None:
            self._prepare(self.sheet_combo.currentText())

    def _prepare(self, sheet: str | None) -> None:
        wizard = self._wizard
        path, encoding, workbook = wizard.path, wizard.encoding, wizard.workbook
        context = wizard.context
        assert path is not None

        def work(progress: Progress, cancelled: CancelCheck) -> tuple[RawWorkbook, Any]:
            book = workbook or read_file(path, encoding=encoding)
            check(cancelled)
            try:
                with context.session() as session:
                    return book, prepare_import(session, path, sheet=sheet, workbook=book,
                                                progress=progress, cancelled=cancelled)
            except Cancelled:
                raise
            except DomainError as error:  # the file is read: other sheets may still do
                return book, error

        wizard.preview = None
        self.error.clear()
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(True)
        self.completeChanged.emit()
        wizard.start_job(work, on_success=self._prepared, on_error=self._failed,
                         on_progress=self._progress, on_cancel=self._stopped)

    # -- results -------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        self.busy_bar.setRange(0, max(total, 0))
        self.busy_bar.setValue(min(done, total))

    def _prepared(self, result: tuple[RawWorkbook, ImportPreview | DomainError]) -> None:
        workbook, outcome = result
        wizard = self._wizard
        wizard.workbook = workbook
        self.busy_bar.setVisible(False)
        self.sheet_combo.clear()
        self.sheet_combo.addItems([sheet.name for sheet in workbook.sheets])
        self.sheet_combo.setEnabled(len(workbook.sheets) > 1)
        self.encoding_combo.setEnabled(workbook.kind in ("csv", "vcf"))
        if isinstance(outcome, DomainError):
            wizard.preview = None
            self.error.setText(describe(outcome))
        else:
            wizard.preview = outcome
            self.sheet_combo.setCurrentText(outcome.sheet or "")
        self._show_summary()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy_bar.setVisible(False)
        self._wizard.workbook = None
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self.summary.clear()
        self.error.setText(describe(error) if isinstance(error, DomainError) else
                           self.tr("The file could not be read: {error}").format(error=error))
        self.completeChanged.emit()

    def _stopped(self) -> None:
        self.busy_bar.setVisible(False)
        self.summary.setText(self.tr("Reading was stopped."))
        self.completeChanged.emit()

    def _show_summary(self) -> None:
        wizard = self._wizard
        preview = wizard.preview
        if preview is None:
            return
        if preview.header_row:
            lines = [self.tr("Sheet “{sheet}”: {rows} data rows below the headings on row "
                             "{header}.").format(rows=len(preview.rows), sheet=preview.sheet or "",
                                                 header=preview.header_row)]
        else:
            lines = [self.tr("Sheet “{sheet}”: {rows} data rows, no heading row.").format(
                rows=len(preview.rows), sheet=preview.sheet or "")]
        if preview.table_skipped:
            lines.append(self.tr("Left out: {count} (totals or repeated headings).")
                         .format(count=len(preview.table_skipped)))
        if wizard.workbook is not None and wizard.workbook.encoding:
            lines.append(self.tr("Text encoding: {encoding}.").format(
                encoding=wizard.workbook.encoding))
        if preview.template:
            lines.append(self.tr("The saved mapping “{name}” fits these columns and is used.")
                         .format(name=preview.template))
        self.summary.setText("\n".join(lines))
