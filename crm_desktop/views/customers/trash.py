"""The trash: customers deleted from the list, to restore or to delete for good."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import customers
from crm_desktop.services.changes import Changes
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import TrashedCustomer
from crm_desktop.services.errors import DomainError
from crm_desktop.views.customers.formatting import counted, local_datetime
from crm_desktop.views.customers.undo_support import undo_stack
from crm_desktop.views.messages import show_error
from crm_desktop.views.worker import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    """Restore the chosen customers (undoable) or empty the trash after a confirmation."""

    changed = Signal()  # something was restored or deleted: the list should re-read

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customers.trash")
        self._context = context
        self._items: list[TrashedCustomer] = []
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("trash.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("trash.restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("trash.empty")
        self.empty_button.clicked.connect(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(640, 420)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Company"), self.tr("Deleted")])
        self.restore_button.setText(self.tr("&Restore"))
        self.empty_button.setText(self.tr("&Empty Trash…"))
        self.summary.setText(counted(len(self._items), self.tr("1 customer in the trash."),
                                     self.tr("{count} customers in the trash.")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        with self._context.session() as session:
            self._items = customers.list_trash(session)
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            name = QTableWidgetItem(item.name)
            name.setData(ID_ROLE, item.id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(item.company or ""))
            self.table.setItem(row, 2, QTableWidgetItem(local_datetime(item.deleted_at)))
        self.table.resizeColumnsToContents()
        self.retranslate_ui()
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self._context.read_only
        self.restore_button.setEnabled(writable and bool(self.selected_ids()))
        self.empty_button.setEnabled(writable and bool(self._items))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(ID_ROLE) for row in rows]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            with self._context.session() as session:
                undo_stack(self._context).restore_customers(
                    session, ids=ids, actor_id=self._context.actor_id)
        except DomainError as error:
            show_error(self, error)
        self.reload()
        self.changed.emit()

    def empty(self) -> None:
        """Delete every trashed customer for good, after saying how many; cannot be undone."""
        count = len(self._items)
        if not count:
            return
        answer = QMessageBox.question(
            self, self.tr("Empty Trash"),
            counted(count, self.tr(
                "Delete the 1 customer in the trash for good? Their contacts and history go "
                "with them. This cannot be undone."), self.tr(
                "Delete all {count} customers in the trash for good? Their contacts and "
                "history go with them. This cannot be undone.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: Any, cancelled: Any) -> Changes:
            with self._context.session() as session:
                return customers.empty_trash(session, actor_id=self._context.actor_id)

        self.empty_button.setEnabled(False)
        self.job = run_in_background(self, work, label=self.tr("Emptying the trash…"),
                                     on_success=self._emptied, cancellable=False)
        self.job.failed.connect(lambda _error: self.reload())

    def _emptied(self, changes: Changes) -> None:
        # Steps that would restore a customer deleted for good can no longer be undone.
        undo_stack(self._context).clear()
        self.reload()
        self.changed.emit()
