"""The tabs of the customer editor besides Details: contacts, custom fields, histories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.audit import AuditRow
from crm_desktop.services.custom_fields import CustomValue, FieldInfo
from crm_desktop.services.customers import ContactDetail, ContactInput
from crm_desktop.services.phone_display import shown_phone
from crm_desktop.services.statuses import StatusHistoryRow
from crm_desktop.views.customers.formatting import from_qdate, local_datetime, to_qdate

NO_DATE = QDate(1900, 1, 1)  # the minimum of a date box shows as blank: "no date"
CONTACT_FIELDS = ("name", "title", "mobile", "phone", "email", "wechat")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def optional_date_edit(value: dt.date | None = None) -> QDateEdit:
    """A date box that can also be empty (its minimum date, shown as blank)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(value) if value else NO_DATE)
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


def _blank_to_none(text: str) -> str | None:
    text = text.strip()
    return text or None


class ContactsTab(QWidget):
    """An editable list of the people at this customer; exactly one is ticked as primary."""

    def __init__(self, contacts: Sequence[ContactDetail], parent: QWidget | None = None,
                 *, region: str | None = None) -> None:
        super().__init__(parent)
        self._region = region  # phones of this country show in national format
        self.table = QTableWidget(0, len(CONTACT_FIELDS) + 1, self)
        self.table.setObjectName("contacts.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("contacts.add")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("contacts.remove")
        self.add_button.clicked.connect(lambda: self.add_contact())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for contact in contacts:
            self.add_contact(contact)
        self.table.itemChanged.connect(self._keep_one_primary)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Title"), self.tr("Mobile"), self.tr("Phone"),
            self.tr("Email"), self.tr("WeChat"), self.tr("Primary"),
        ])
        self.add_button.setText(self.tr("&Add Contact"))
        self.remove_button.setText(self.tr("&Remove Contact"))

    def add_contact(self, contact: ContactDetail | None = None) -> int:
        """Append a row (a new, empty one when ``contact`` is None) and return its index."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, name in enumerate(CONTACT_FIELDS):
            value = getattr(contact, name) if contact else None
            if value and name in ("mobile", "phone") and self._region:
                value = shown_phone(value, self._region)
            item = QTableWidgetItem(value or "")
            if column == 0:
                item.setData(ID_ROLE, contact.id if contact else None)
            self.table.setItem(row, column, item)
        primary = QTableWidgetItem()
        primary.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        is_primary = contact.is_primary if contact else row == 0
        primary.setCheckState(Qt.CheckState.Checked if is_primary else Qt.CheckState.Unchecked)
        self.table.setItem(row, len(CONTACT_FIELDS), primary)
        self.table.blockSignals(False)
        if contact is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def set_primary(self, row: int) -> None:
        self.table.item(row, len(CONTACT_FIELDS)).setCheckState(Qt.CheckState.Checked)

    def _keep_one_primary(self, item: QTableWidgetItem) -> None:
        if item.column() != len(CONTACT_FIELDS) or item.checkState() != Qt.CheckState.Checked:
            return
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            if row != item.row():
                self.table.item(row, item.column()).setCheckState(Qt.CheckState.Unchecked)
        self.table.blockSignals(False)

    def contacts(self) -> list[ContactInput]:
        """The rows as the service takes them; rows with nothing typed are left out."""
        result: list[ContactInput] = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, column) for column in range(len(CONTACT_FIELDS) + 1)]
            if any(item is None for item in items):
                continue  # a row being inserted
            values = {name: _blank_to_none(items[column].text())
                      for column, name in enumerate(CONTACT_FIELDS)}
            if not any(values.values()):
                continue
            result.append(ContactInput(
                id=items[0].data(ID_ROLE), name=values.pop("name") or "",
                is_primary=items[-1].checkState() == Qt.CheckState.Checked, **values,
            ))
        return result

    def focus_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, 0)
        self.table.setFocus()


class CustomFieldsTab(QWidget):
    """One input per custom field defined in Settings, of the field's kind."""

    def __init__(self, fields: Sequence[FieldInfo], values: dict[int, CustomValue],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self.editors: dict[int, QWidget] = {}
        self._layout = QFormLayout(self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        if not self._fields:
            self._layout.addRow(self.empty_label)
        for info in self._fields:
            editor = self._editor_for(info, values.get(info.id))
            editor.setObjectName(f"custom.{info.id}")
            self.editors[info.id] = editor
            self._layout.addRow(info.label, editor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr(
            "No custom fields yet. Define them in Customers ▸ Settings ▸ Custom fields."))
        for info in self._fields:
            editor = self.editors[info.id]
            if info.kind == "bool" and isinstance(editor, QComboBox):
                editor.setItemText(1, self.tr("Yes"))
                editor.setItemText(2, self.tr("No"))

    def _editor_for(self, info: FieldInfo, value: CustomValue | None) -> QWidget:
        if info.kind == "date":
            return optional_date_edit(value if isinstance(value, dt.date) else None)
        if info.kind == "choice":
            combo = QComboBox()
            combo.addItem("", None)
            for choice in info.choices:
                combo.addItem(choice, choice)
            if value is not None and combo.findData(str(value)) < 0:
                combo.addItem(str(value), str(value))  # a value no longer offered stays
            combo.setCurrentIndex(max(combo.findData(None if value is None else str(value)), 0))
            return combo
        if info.kind == "bool":
            combo = QComboBox()
            for data in (None, True, False):
                combo.addItem("", data)
            combo.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))  # type: ignore[arg-type]
            return combo
        edit = QLineEdit("" if value is None else _number_text(value))
        if info.kind == "number":
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def values(self) -> dict[int, Any]:
        """Field id → value as typed ("" or None clears it); the service checks the kind."""
        result: dict[int, Any] = {}
        for info in self._fields:
            editor = self.editors[info.id]
            if isinstance(editor, QDateEdit):
                result[info.id] = date_of(editor)
            elif isinstance(editor, QComboBox):
                result[info.id] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                result[info.id] = editor.text().strip()
        return result


def _number_text(value: CustomValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_only_table(headers: int, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, headers, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class StatusHistoryTab(QWidget):
    """Every status change of the customer, newest on top, with date and from → to."""

    def __init__(self, rows: Sequence[StatusHistoryRow], parent: QWidget | None = None,
                 *, names: dict[int, str] | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._names = names or {}  # status id → its name in the window's language
        self.table = _read_only_table(4, self)
        self.table.setObjectName("status_history.table")
        QVBoxLayout(self).addWidget(self.table)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("By")])
        _fill(self.table, [
            [local_datetime(row.at),
             self._names.get(row.from_id or 0, row.from_name or self.tr("(new customer)")),
             self._names.get(row.to_id, row.to_name), row.by_name or ""]
            for row in reversed(self._rows)
        ])


class AuditTab(QWidget):
    """The audit history: one line per changed field, newest first."""

    def __init__(self, rows: Sequence[AuditRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self.table = _read_only_table(6, self)
        self.table.setObjectName("audit.table")
        QVBoxLayout(self).addWidget(self.table)
        self.retranslate_ui()

    def action_name(self, action: str) -> str:
        return {
            "create": self.tr("Created"), "update": self.tr("Changed"),
            "trash": self.tr("Moved to trash"), "restore": self.tr("Restored"),
            "delete": self.tr("Deleted"), "merge": self.tr("Merged"),
            "unmerge": self.tr("Merge undone"),
        }.get(action, action)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Action"), self.tr("Field"), self.tr("Old value"),
            self.tr("New value"), self.tr("By"),
        ])
        _fill(self.table, [
            [local_datetime(row.at), self.action_name(row.action), row.field or "",
             row.old_value or "", row.new_value or "", row.staff_name or ""]
            for row in self._rows
        ])
