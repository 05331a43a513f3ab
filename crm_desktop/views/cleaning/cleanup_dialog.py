"""Clean Up: one bulk operation on the selected customers (or the whole list as filtered),
shown as a preview of every value it changes before anything is written.

Preview and Apply run in the worker (progress, Cancel); Apply is one named undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.changes import Changes
from crm_desktop.services.cleaning import cleanup
from crm_desktop.services.cleaning.cleanup import CleanupPlan
from crm_desktop.services.context import AppContext
from crm_desktop.views.customers.undo_support import undo_stack
from crm_desktop.views.messages import field_label
from crm_desktop.views.worker import Job, run_in_background

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them
SHOWN_ROWS = 5_000  # a preview longer than this is counted, and its first rows shown


def operation_names() -> dict[str, str]:
    return {
        "set_field": translate("CleanupDialog", "Set a field"),
        "normalize_phones": translate("CleanupDialog", "Normalise every phone number"),
        "trim_spaces": translate("CleanupDialog", "Trim spaces"),
        "fill_region": translate("CleanupDialog", "Fill region and city from the phone"),
    }


class CleanupDialog(QDialog):
    """Choose an operation, Preview, then Apply what the preview lists."""

    applied = Signal(object)  # the Changes written

    def __init__(self, context: AppContext, ids: Sequence[int], *, selected: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cleanup.dialog")
        self._context = context
        self._ids = list(ids)
        self._selected = selected
        self.plan: CleanupPlan | None = None
        self.job: Job | None = None
        self.scope = QLabel(self)
        self.operation = QComboBox(self)
        self.operation.setObjectName("cleanup.operation")
        self.field = QComboBox(self)
        self.field.setObjectName("cleanup.field")
        self.value = QLineEdit(self)
        self.value.setObjectName("cleanup.value")
        self.field_label, self.value_label, self.operation_label = (
            QLabel(self), QLabel(self), QLabel(self))
        form = QFormLayout()
        form.addRow(self.operation_label, self.operation)
        form.addRow(self.field_label, self.field)
        form.addRow(self.value_label, self.value)
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("cleanup.preview")
        self.preview_button.clicked.connect(self.preview)
        self.summary = QLabel(self)
        self.summary.setObjectName("cleanup.summary")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("cleanup.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("cleanup.apply")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.operation.currentIndexChanged.connect(lambda _i: self._forget())
        self.field.currentIndexChanged.connect(lambda _i: self._forget())
        self.value.textChanged.connect(lambda _t: self._forget())
        self.resize(760, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Clean Up Customers"))
        count = QLocale().toString(len(self._ids))
        self.scope.setText(
            self.tr("{count} selected customers.").format(count=count) if self._selected
            else self.tr("All {count} customers of the list.").format(count=count))
        self.operation_label.setText(self.tr("&Operation:"))
        self.operation_label.setBuddy(self.operation)
        self.field_label.setText(self.tr("&Field:"))
        self.field_label.setBuddy(self.field)
        self.value_label.setText(self.tr("&Value:"))
        self.value_label.setBuddy(self.value)
        current = self.operation.currentData()
        self.operation.blockSignals(True)
        self.operation.clear()
        for key, text in operation_names().items():
            self.operation.addItem(text, key)
        self.operation.setCurrentIndex(max(0, self.operation.findData(current)))
        self.operation.blockSignals(False)
        chosen = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        for name in cleanup.SETTABLE:
            self.field.addItem(field_label(name), name)
        self.field.setCurrentIndex(max(0, self.field.findData(chosen)))
        self.field.blockSignals(False)
        self.preview_button.setText(self.tr("&Preview"))
        self.apply_button.setText(self.tr("&Apply"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Field"), self.tr("Now"), self.tr("After")])
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _forget(self) -> None:
        """A changed choice makes the preview stale: it has to be made again."""
        self.plan = None
        self.table.setRowCount(0)
        self.summary.setText("")
        self._update_state()

    def _update_state(self) -> None:
        setting = self.operation.currentData() == "set_field"
        for widget in (self.field, self.value, self.field_label, self.value_label):
            widget.setVisible(setting)
        self.apply_button.setEnabled(bool(self.plan and self.plan.changes)
                                     and not self._context.read_only)

    def preview(self) -> None:
        operation = str(self.operation.currentData())
        field, value, ids = str(self.field.currentData()), self.value.text(), self._ids

        def work(progress: Any, cancelled: Any) -> CleanupPlan:
            with self._context.session() as session:
                if operation == "set_field":
                    return cleanup.plan_set_field(session, ids=ids, field=field, value=value)
                planner = {"normalize_phones": cleanup.plan_normalize_phones,
                           "trim_spaces": cleanup.plan_trim_spaces,
                           "fill_region": cleanup.plan_fill_region}[operation]
                return planner(session, ids=ids, progress=progress, cancelled=cancelled)

        self.job = run_in_background(self, work, label=self.tr("Preparing the preview…"),
                                     on_success=self.show_plan)

    def show_plan(self, plan: CleanupPlan) -> None:
        self.plan = plan
        shown = plan.changes[:SHOWN_ROWS]
        self.table.setRowCount(len(shown))
        for row, change in enumerate(shown):
            label = field_label(change.field)
            if change.table == "contacts":
                label = self.tr("contact's {field}").format(field=label)
            empty = self.tr("(empty)")
            for column, text in enumerate((change.customer_name, label, change.old or empty,
                                           change.new or empty)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        if not plan.changes:
            self.summary.setText(self.tr("Nothing to change."))
        else:
            self.summary.setText(self.tr(
                "{values} values of {customers} customers will change.").format(
                values=locale.toString(len(plan.changes)),
                customers=locale.toString(len(plan.customer_ids))))
        self._update_state()

    def apply(self) -> None:
        plan = self.plan
        if plan is None or not plan.changes:
            return
        actor = self._context.actor_id

        def work(progress: Any, cancelled: Any) -> Changes:
            with self._context.session() as session:
                return undo_stack(self._context).apply_cleanup(
                    session, plan=plan, actor_id=actor, progress=progress, cancelled=cancelled)

        self.apply_button.setEnabled(False)
        self.job = run_in_background(self, work, label=self.tr("Cleaning up…"),
                                     on_success=self._applied)

    def _applied(self, changes: Changes) -> None:
        self.applied.emit(changes)
        self.accept()
