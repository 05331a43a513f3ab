"""Customer settings: lifecycle statuses, custom field definitions and the staff list.

Each change is saved at once (one small service call); the ``ask_…`` methods only ask
for values and hand them to the method doing the change, which tests call directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import custom_fields, staff, statuses
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.views.customers.editor import colour_icon, split_list
from crm_desktop.views.messages import show_error
from crm_desktop.views.status_names import status_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_KINDS = ("text", "number", "date", "choice", "bool")


class _ListTab(QWidget):
    """A list with a column of buttons beside it."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}.list")
        self.buttons: dict[str, QPushButton] = {}
        self._column = QVBoxLayout()
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._column)
        self._name = name

    def button(self, key: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(f"{self._name}.{key}")
        button.clicked.connect(lambda _checked=False: slot())
        self._column.addWidget(button)
        self.buttons[key] = button
        return button

    def finish(self) -> None:
        self._column.addStretch(1)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def add_item(self, text: str, item_id: int, *, active: bool, colour: str | None = None) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(ID_ROLE, item_id)
        if colour:
            item.setIcon(colour_icon(colour))
        if not active:
            item.setForeground(QBrush(QColor("#888888")))


class FieldDialog(QDialog):
    """Label, kind and (for a choice) the choices of a new custom field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind, text in zip(FIELD_KINDS, (self.tr("Text"), self.tr("Number"), self.tr("Date"),
                                            self.tr("Choice"), self.tr("Yes/No")), strict=True):
            self.kind.addItem(text, kind)
        self.choices = QLineEdit(self)
        self.choices.setPlaceholderText(self.tr("For a choice: the options, separated by ;"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Choices"), self.choices)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("New Custom Field"))


class CustomerSettingsDialog(QDialog):
    """Tabs: Statuses, Custom Fields, Staff."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customers.settings")
        self._context = context
        self.tabs = QTabWidget(self)
        self.statuses = _ListTab("statuses", self)
        self.statuses.button("add", self.ask_add_status)
        self.statuses.button("rename", self.ask_rename_status)
        self.statuses.button("colour", self.ask_colour_status)
        self.statuses.button("up", lambda: self.move_status(-1))
        self.statuses.button("down", lambda: self.move_status(1))
        self.statuses.button("retire", self.toggle_status)
        self.statuses.finish()
        self.fields = _ListTab("fields", self)
        self.fields.button("add", self.ask_add_field)
        self.fields.button("rename", self.ask_rename_field)
        self.fields.button("choices", self.ask_field_choices)
        self.fields.button("retire", self.toggle_field)
        self.fields.finish()
        self.staff = _ListTab("staff", self)
        self.staff.button("add", self.ask_add_staff)
        self.staff.button("rename", self.ask_rename_staff)
        self.staff.button("active", self.toggle_staff)
        self.staff.finish()
        for tab in (self.statuses, self.fields, self.staff):
            self.tabs.addTab(tab, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Customer Settings"))
        for index, text in enumerate((self.tr("&Statuses"), self.tr("&Custom Fields"),
                                      self.tr("S&taff"))):
            self.tabs.setTabText(index, text)
        texts = {
            "add": self.tr("&Add…"), "rename": self.tr("Re&name…"), "colour": self.tr("&Colour…"),
            "up": self.tr("Move &Up"), "down": self.tr("Move &Down"),
            "retire": self.tr("&Retire / Resume"), "choices": self.tr("C&hoices…"),
            "active": self.tr("&Left / Back"),
        }
        for tab in (self.statuses, self.fields, self.staff):
            for key, button in tab.buttons.items():
                button.setText(texts[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        kinds = {"text": self.tr("text"), "number": self.tr("number"), "date": self.tr("date"),
                 "choice": self.tr("choice"), "bool": self.tr("yes/no")}
        with self._context.session() as session:
            status_list = statuses.list_statuses(session, include_retired=True)
            field_list = custom_fields.list_fields(session, include_retired=True)
            staff_list = staff.list_staff(session, include_inactive=True)
        retired = self.tr(" (retired)")
        for tab, rows in (
            (self.statuses, [(status_text(s.name, s.code, s.name_en)
                              + ("" if s.active else retired), s.id, s.active, s.color)
                             for s in status_list]),
            (self.fields, [(f"{f.label} — {kinds.get(f.kind, f.kind)}"
                            + (": " + "; ".join(f.choices) if f.choices else "")
                            + ("" if f.active else retired), f.id, f.active, None)
                           for f in field_list]),
            (self.staff, [(p.name + ("" if p.active else self.tr(" (left)")), p.id, p.active,
                           None) for p in staff_list]),
        ):
            current = tab.current_id()
            tab.list.clear()
            for text, item_id, active, colour in rows:
                tab.add_item(text, item_id, active=active, colour=colour)
                if item_id == current:
                    tab.list.setCurrentRow(tab.list.count() - 1)
        self._status_order = [s.id for s in status_list]
        self._statuses = {s.id: s for s in status_list}
        self._fields = {f.id: f for f in field_list}
        self._staff = {p.id: p for p in staff_list}
        self.retranslate_ui()

    def _do(self, call: Callable[[Any], object]) -> bool:
        """Run one change in its own session; say why when refused."""
        try:
            with self._context.session() as session:
                call(session)
        except DomainError as error:
            show_error(self, error)
            return False
        self.reload()
        return True

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    # -- statuses --------------------------------------------------------------------------
    def add_status(self, name: str, color: str = "#9e9e9e") -> bool:
        return self._do(lambda s: statuses.add_status(s, name=name, color=color))

    def ask_add_status(self) -> None:
        name = self._ask_text(self.tr("New Status"), self.tr("Name of the status:"))
        if name:
            self.add_status(name)

    def ask_rename_status(self) -> None:
        status_id = self.statuses.current_id()
        if status_id is None:
            return
        info = self._statuses[status_id]
        shown = status_text(info.name, info.code, info.name_en)
        name = self._ask_text(self.tr("Rename Status"), self.tr("New name:"), shown)
        if name and name != shown:  # OK on the name as shown keeps the default's two names
            self._do(lambda s: statuses.rename_status(s, id=status_id, name=name,
                                                      name_en=info.name_en))

    def ask_colour_status(self) -> None:
        status_id = self.statuses.current_id()
        if status_id is None:
            return
        colour = QColorDialog.getColor(QColor(self._statuses[status_id].color), self)
        if colour.isValid():
            self._do(lambda s: statuses.recolour_status(s, id=status_id, color=colour.name()))

    def move_status(self, step: int) -> None:
        status_id = self.statuses.current_id()
        if status_id is None:
            return
        order = list(self._status_order)
        index = order.index(status_id)
        target = index + step
        if 0 <= target < len(order):
            order[index], order[target] = order[target], order[index]
            self._do(lambda s: statuses.reorder_statuses(s, ids=order))

    def toggle_status(self) -> None:
        status_id = self.statuses.current_id()
        if status_id is not None:
            active = self._statuses[status_id].active
            self._do(lambda s: statuses.retire_status(s, id=status_id, retired=active))

    # -- custom fields ---------------------------------------------------------------------
    def add_field(self, label: str, kind: str, choices: list[str] | None = None) -> bool:
        return self._do(lambda s: custom_fields.define_field(
            s, label=label, kind=kind, choices=choices or ()))

    def ask_add_field(self) -> None:
        dialog = FieldDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            kind = dialog.kind.currentData()
            self.add_field(dialog.label.text().strip(), kind,
                           split_list(dialog.choices.text()) if kind == "choice" else None)

    def ask_rename_field(self) -> None:
        field_id = self.fields.current_id()
        if field_id is None:
            return
        label = self._ask_text(self.tr("Rename Field"), self.tr("New label:"),
                               self._fields[field_id].label)
        if label:
            self._do(lambda s: custom_fields.update_field(s, id=field_id, label=label))

    def ask_field_choices(self) -> None:
        field_id = self.fields.current_id()
        if field_id is None or self._fields[field_id].kind != "choice":
            return
        text = self._ask_text(self.tr("Choices"), self.tr("Options, separated by ;"),
                              "; ".join(self._fields[field_id].choices))
        if text:
            self._do(lambda s: custom_fields.update_field(s, id=field_id,
                                                          choices=split_list(text)))

    def toggle_field(self) -> None:
        field_id = self.fields.current_id()
        if field_id is not None:
            active = self._fields[field_id].active
            self._do(lambda s: custom_fields.retire_field(s, id=field_id, retired=active))

    # -- staff -----------------------------------------------------------------------------
    def add_staff(self, name: str) -> bool:
        return self._do(lambda s: staff.add_staff(s, name=name))

    def ask_add_staff(self) -> None:
        name = self._ask_text(self.tr("New Staff Member"), self.tr("Name:"))
        if name:
            self.add_staff(name)

    def ask_rename_staff(self) -> None:
        staff_id = self.staff.current_id()
        if staff_id is None:
            return
        person = self._staff[staff_id]
        name = self._ask_text(self.tr("Rename Staff Member"), self.tr("Name:"), person.name)
        if name:
            self._do(lambda s: staff.update_staff(s, id=staff_id, name=name, email=person.email,
                                                  phone=person.phone, role=person.role))

    def toggle_staff(self) -> None:
        staff_id = self.staff.current_id()
        if staff_id is not None:
            active = self._staff[staff_id].active
            self._do(lambda s: staff.set_staff_active(s, id=staff_id, active=not active))
