"""File ▸ Import History: every import with its file, time and counts, and undoing one.

Undoing deletes the customers the import created and restores those it updated or merged
(``services.importing.history.undo_import``), in the worker, in one transaction. The
dialog says ``changed`` afterwards so the window refreshes its pages.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.context import AppContext
from crm_desktop.services.importing.history import (
    ImportBatchInfo,
    import_history,
    undo_import,
)
from crm_desktop.services.progress import CancelCheck, Progress
from crm_desktop.views.worker import run_in_background

COLUMNS = 8


class ImportHistoryDialog(QDialog):
    changed = Signal()  # an import was undone

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_history")
        self.context = context
        self.batches: list[ImportBatchInfo] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("import_history.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("import_history.undo")
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import History"))
        self.intro.setText(self.tr("Every import into this database. Undoing one removes the "
                                   "customers it created and puts back the ones it changed."))
        self.table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Sheet"), self.tr("Imported"), self.tr("Created"),
            self.tr("Updated"), self.tr("Merged"), self.tr("Skipped"), self.tr("Undone")])
        self.undo_button.setText(self.tr("&Undo Import…"))
        if self.batches:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        with self.context.session() as session:
            self.batches = import_history(session)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.batches))
        for line, batch in enumerate(self.batches):
            undone = batch.undone_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if batch.undone_at else ""
            values = [batch.file_name, batch.sheet or "",
                      batch.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                      batch.created, batch.updated, batch.merged, batch.skipped, undone]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if batch.undone_at is not None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(line, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.batches and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> ImportBatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.can_undo
                                    and not self.context.read_only)

    def confirm_text(self, batch: ImportBatchInfo) -> str:
        return self.tr(
            "Undo the import of {file}?\n\nCustomers it created, to be deleted: {created}\n"
            "Customers it updated or merged, to get their earlier values back: {changed}"
        ).format(file=batch.file_name, created=batch.created,
                 changed=batch.updated + batch.merged)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or not batch.can_undo:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo Import"), self.confirm_text(batch),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        context, batch_id = self.context, batch.id

        def work(progress: Progress, cancelled: CancelCheck) -> ImportBatchInfo:
            with context.session() as session:
                return undo_import(session, batch_id, actor_id=context.actor_id)

        def done(_info: ImportBatchInfo) -> None:
            self.reload()
            self.changed.emit()

        run_in_background(self, work, label=self.tr("Undoing the import…"), cancellable=False,
                          on_success=done)
