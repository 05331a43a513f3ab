"""The customer editor: Details, Contacts, Custom fields, Status history, Audit history.

It saves through the undo stack (Edit ▸ Undo takes the save back) and stays open on a
validation error, with the cursor in the field the message names; ``saved`` carries it.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import (
    audit,
    custom_fields,
    customers,
    staff,
    statuses,
    tags,
    validation,
)
from crm_desktop.services.completeness import completeness_score
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import CustomerDetail, CustomerInput
from crm_desktop.services.errors import DomainError
from crm_desktop.services.phone_display import shown_phones
from crm_desktop.views.customers.conflict import resolve_conflict
from crm_desktop.views.customers.editor_tabs import (
    NO_DATE,
    AuditTab,
    ContactsTab,
    CustomFieldsTab,
    StatusHistoryTab,
    date_of,
    optional_date_edit,
)
from crm_desktop.views.customers.formatting import to_qdate
from crm_desktop.views.customers.undo_support import undo_stack
from crm_desktop.views.messages import describe
from crm_desktop.views.status_names import status_text

TabT = TypeVar("TabT", bound=QWidget)
LIST_SEPARATORS = re.compile(r"[;；,，\n]+")
TEXT_FIELDS = ("name", "company", "industry", "size", "region", "city", "address", "source",
               "wechat", "website")


def split_list(text: str) -> list[str]:
    """Items typed in one box, separated by ; , (also the full-width forms) or new lines."""
    return [item.strip() for item in LIST_SEPARATORS.split(text) if item.strip()]


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour) if colour else QColor("#9e9e9e"))
    return QIcon(pixmap)


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [LIST_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = split_list(typed)[:-1] if not typed.rstrip().endswith((",", "，")) else \
            split_list(typed)
        return ", ".join([*done, str(index.data())])


class CustomerEditor(QDialog):
    """Create (``customer_id`` None) or edit one customer."""

    saved = Signal(object)  # the CustomerDetail as stored

    def __init__(self, context: AppContext, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer.editor")
        self._context = context
        self.customer: CustomerDetail | None = None
        with context.session() as session:
            if customer_id is not None:
                self.customer = customers.get_customer(session, id=customer_id)
            current = self.customer
            self._region = validation.phone_region(session)
            every_status = statuses.list_statuses(session, include_retired=True)
            status_list = [s for s in every_status
                           if s.active or (current and s.id == current.status_id)]
            staff_list = [p for p in staff.list_staff(session, include_inactive=True)
                          if p.active or (current and p.id == current.owner_id)]
            fields = [f for f in custom_fields.list_fields(session, include_retired=True)
                      if f.active or (current and f.id in current.custom)]
            tag_names = [tag.name for tag in tags.list_tags(session)]
            history = (statuses.status_history(session, customer_id=current.id)
                       if current else [])
            changes = (audit.history(session, entity="customer", entity_id=current.id)
                       if current else [])
        self._build_details(status_list, staff_list, tag_names)
        self.contacts_tab = ContactsTab(current.contacts if current else (), self,
                                        region=self._region)
        self.custom_tab = CustomFieldsTab(fields, dict(current.custom) if current else {}, self)
        self._custom_fields = fields
        self._status_names = {s.id: status_text(s.name, s.code, s.name_en)
                              for s in every_status}
        self.history_tab = StatusHistoryTab(history, self, names=self._status_names)
        self.audit_tab = AuditTab(changes, self)
        self._build_layout()
        if current is not None:
            self._load(current)
        self._connect_completeness()
        self.retranslate_ui()
        self.resize(720, 560)

    # -- building --------------------------------------------------------------------------
    def _build_details(self, status_list: list[statuses.StatusInfo],
                       staff_list: list[staff.StaffInfo], tag_names: list[str]) -> None:
        self.details = QWidget(self)
        self.edits: dict[str, QLineEdit] = {}
        for name in (*TEXT_FIELDS, "phones", "emails", "tags"):
            edit = QLineEdit(self.details)
            edit.setObjectName(f"field.{name}")
            self.edits[name] = edit
        self.kind = QComboBox(self.details)
        self.kind.setObjectName("field.kind")
        self.kind.addItem("", "company")
        self.kind.addItem("", "person")
        self.status = QComboBox(self.details)
        self.status.setObjectName("field.status_id")
        for info in status_list:
            self.status.addItem(colour_icon(info.color),
                                status_text(info.name, info.code, info.name_en), info.id)
        self.owner = QComboBox(self.details)
        self.owner.setObjectName("field.owner_id")
        self.owner.addItem("", None)
        for person in staff_list:
            self.owner.addItem(person.name, person.id)
        self.birthday = optional_date_edit()
        self.birthday.setObjectName("field.birthday")
        self.notes = QPlainTextEdit(self.details)
        self.notes.setObjectName("field.notes")
        self.consent = QCheckBox(self.details)
        self.consent.setObjectName("field.marketing_consent")
        completer = TagCompleter(QStringListModel(tag_names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edits["tags"].setCompleter(completer)
        self.form = QFormLayout(self.details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_rows: list[tuple[QLabel, str]] = []
        rows: list[tuple[str, QWidget]] = [
            ("kind", self.kind), ("name", self.edits["name"]),
            ("company", self.edits["company"]), ("status", self.status),
            ("owner", self.owner), ("phones", self.edits["phones"]),
            ("emails", self.edits["emails"]), ("wechat", self.edits["wechat"]),
            ("industry", self.edits["industry"]), ("size", self.edits["size"]),
            ("region", self.edits["region"]), ("city", self.edits["city"]),
            ("address", self.edits["address"]), ("source", self.edits["source"]),
            ("website", self.edits["website"]), ("birthday", self.birthday),
            ("tags", self.edits["tags"]), ("notes", self.notes), ("consent", self.consent),
        ]
        for key, widget in rows:
            label = QLabel(self.details)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            self._form_rows.append((label, key))

    def _build_layout(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("editor.title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.completeness = QProgressBar(self)
        self.completeness.setObjectName("editor.completeness")
        self.completeness.setRange(0, 100)
        self.completeness.setMaximumWidth(220)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.completeness_label = QLabel(self)
        header.addWidget(self.completeness_label)
        header.addWidget(self.completeness)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editor.tabs")
        for widget in (self.details, self.contacts_tab, self.custom_tab, self.history_tab,
                       self.audit_tab):
            self.tabs.addTab(widget, "")
        self.error = QLabel(self)
        self.error.setObjectName("editor.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        labels = {
            "kind": self.tr("Kind"), "name": self.tr("&Name *"), "company": self.tr("Co&mpany"),
            "status": self.tr("&Status"), "owner": self.tr("&Owner"),
            "phones": self.tr("&Phones"), "emails": self.tr("&Emails"),
            "wechat": self.tr("&WeChat"), "industry": self.tr("&Industry"),
            "size": self.tr("Si&ze"), "region": self.tr("&Region"), "city": self.tr("&City"),
            "address": self.tr("&Address"), "source": self.tr("Sou&rce"),
            "website": self.tr("Website"), "birthday": self.tr("&Birthday"),
            "tags": self.tr("&Tags"), "notes": self.tr("No&tes"), "consent": "",
        }
        for label, key in self._form_rows:
            label.setText(labels[key])
        self.consent.setText(self.tr("Agrees to receive marketing messages"))
        self.kind.setItemText(0, self.tr("Company"))
        self.kind.setItemText(1, self.tr("Person"))
        self.owner.setItemText(0, self.tr("(nobody)"))
        self.edits["phones"].setPlaceholderText(self.tr("Several numbers: separate with ;"))
        self.edits["emails"].setPlaceholderText(self.tr("Several addresses: separate with ;"))
        self.edits["tags"].setPlaceholderText(self.tr("Separate tags with commas"))
        for index, text in enumerate((self.tr("&Details"), self.tr("&Contacts"),
                                      self.tr("C&ustom Fields"), self.tr("Status &History"),
                                      self.tr("&Audit History"))):
            self.tabs.setTabText(index, text)
        self.completeness_label.setText(self.tr("Completeness"))
        self.completeness.setFormat(self.tr("%p% complete"))
        widest = self.completeness.format().replace("%p", "100")  # the text must fit the bar
        self.completeness.setMinimumWidth(
            self.completeness.fontMetrics().horizontalAdvance(widest) + 40)
        for tab in (self.contacts_tab, self.custom_tab, self.history_tab, self.audit_tab):
            tab.retranslate_ui()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = self.edits["name"].text().strip()
        if self.customer is None:
            self.setWindowTitle(self.tr("New Customer"))
        else:
            self.setWindowTitle(self.tr("Customer: {name}").format(name=self.customer.name))
        self.title.setText(name or self.tr("New Customer"))

    # -- values ----------------------------------------------------------------------------
    def _load(self, detail: CustomerDetail) -> None:
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(detail, name) or "")
        self.edits["phones"].setText("; ".join(shown_phones(detail.phones, self._region)))
        self.edits["emails"].setText("; ".join(detail.emails))
        self.edits["tags"].setText(", ".join(detail.tags))
        self.kind.setCurrentIndex(max(self.kind.findData(detail.kind), 0))
        self.status.setCurrentIndex(max(self.status.findData(detail.status_id), 0))
        self.owner.setCurrentIndex(max(self.owner.findData(detail.owner_id), 0))
        if detail.birthday:
            self.birthday.setDate(to_qdate(detail.birthday))
        self.notes.setPlainText(detail.notes or "")
        self.consent.setChecked(detail.marketing_consent)

    def customer_input(self) -> CustomerInput:
        """What the form holds, as the service takes it (raw text; the service checks it)."""
        texts = {name: self.edits[name].text().strip() or None for name in TEXT_FIELDS}
        return CustomerInput(
            name=texts.pop("name") or "",
            kind=self.kind.currentData(),
            phones=split_list(self.edits["phones"].text()),
            emails=split_list(self.edits["emails"].text()),
            tags=split_list(self.edits["tags"].text()),
            birthday=date_of(self.birthday),
            notes=self.notes.toPlainText().strip() or None,
            marketing_consent=self.consent.isChecked(),
            status_id=self.status.currentData(),
            owner_id=self.owner.currentData(),
            custom=self.custom_tab.values(),
            contacts=self.contacts_tab.contacts(),
            **texts,
        )

    def _connect_completeness(self) -> None:
        for edit in self.edits.values():
            edit.textChanged.connect(self._update_completeness)
        self.owner.currentIndexChanged.connect(self._update_completeness)
        self.contacts_tab.table.itemChanged.connect(self._update_completeness)
        self.contacts_tab.table.model().rowsInserted.connect(self._update_completeness)
        self.contacts_tab.table.model().rowsRemoved.connect(self._update_completeness)
        self.edits["name"].textChanged.connect(self._update_title)
        self._update_completeness()

    def _update_completeness(self) -> None:
        values = {name: self.edits[name].text() for name in self.edits}
        values["owner_id"] = self.owner.currentData()
        values["has_contact"] = bool(self.contacts_tab.contacts())
        self.completeness.setValue(completeness_score(values))

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Store the form; on a refused value say why and stay open."""
        data = self.customer_input()
        stack = undo_stack(self._context)
        try:
            with self._context.session() as session:
                actor = self._context.actor_id
                if self.customer is None:
                    stored = stack.create_customer(session, data=data, actor_id=actor)
                else:
                    stored = stack.update_customer(session, id=self.customer.id, data=data,
                                                   expected_version=self.customer.version,
                                                   actor_id=actor)
        except DomainError as error:
            if error.code == "stale_version" and self.customer is not None:
                resolve_conflict(self, self._context)  # someone saved first: reload?
                return
            self.show_error(error)
            return
        self.customer = stored
        self.saved.emit(stored)
        self.accept()

    def reload(self, detail: CustomerDetail) -> None:
        """Show ``detail`` (the customer as stored now) in place of what the form holds."""
        self.customer = detail
        self.error.hide()
        for combo, value, text in ((self.status, detail.status_id, detail.status_name),
                                   (self.owner, detail.owner_id, detail.owner_name)):
            if combo.findData(value) < 0:  # e.g. a person added since the form opened
                combo.addItem(text or "", value)
        self.birthday.setDate(NO_DATE)
        self._load(detail)
        self.contacts_tab.table.setRowCount(0)
        for contact in detail.contacts:
            self.contacts_tab.add_contact(contact)
        with self._context.session() as session:
            history = statuses.status_history(session, customer_id=detail.id)
            changes = audit.history(session, entity="customer", entity_id=detail.id)
        self.custom_tab = self._replace_tab(self.custom_tab, CustomFieldsTab(
            self._custom_fields, dict(detail.custom), self))
        self.history_tab = self._replace_tab(self.history_tab, StatusHistoryTab(
            history, self, names=self._status_names))
        self.audit_tab = self._replace_tab(self.audit_tab, AuditTab(changes, self))
        self.retranslate_ui()
        self._update_completeness()

    def _replace_tab(self, old: QWidget, new: TabT) -> TabT:
        index = self.tabs.indexOf(old)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, new, "")
        self.tabs.setCurrentIndex(current)
        old.deleteLater()
        return new

    def show_error(self, error: DomainError) -> None:
        self.error.setText(describe(error))
        self.error.show()
        self.focus_field(str(error.params.get("field") or ""))

    def focus_field(self, field: str) -> None:
        """Show the tab and widget of a field named by a service error."""
        if field.startswith("contact"):
            self.tabs.setCurrentWidget(self.contacts_tab)
            match = re.search(r"\[(\d+)\]", field)
            self.contacts_tab.focus_row(int(match.group(1)) if match else 0)
            return
        if field.startswith("custom"):
            self.tabs.setCurrentWidget(self.custom_tab)
            match = re.search(r"(\d+)", field)
            editor = self.custom_tab.editors.get(int(match.group(1))) if match else None
            if editor is not None:
                editor.setFocus()
            return
        widget = self.findChild(QWidget, f"field.{field.split('.')[0]}")
        if widget is not None:
            self.tabs.setCurrentWidget(self.details)
            widget.setFocus()
