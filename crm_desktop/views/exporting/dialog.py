"""File ▸ Export…: which lists, which customers, and the CSV encoding.

The dialog only collects choices (``ExportChoice``); the command asks for the file and runs
the export. Scopes: the selected customers (when several rows are selected), the customers
the list shows now (its search and filters), or all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.views.customers.formatting import counted

SELECTION, FILTERED, ALL = "selection", "filtered", "all"


@dataclass(frozen=True)
class ExportChoice:
    kinds: tuple[str, ...]
    scope: str
    encoding: str


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, selected: int = 0,
                 filtered: int | None = None) -> None:
        """``selected``: rows selected in the customer list; ``filtered``: the rows it shows
        when a search or filter narrows it (None: it shows every customer)."""
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self._selected, self._filtered = selected, filtered
        self.customers_box = QCheckBox(self)
        self.customers_box.setObjectName("export.customers")
        self.customers_box.setChecked(True)
        self.contacts_box = QCheckBox(self)
        self.contacts_box.setObjectName("export.contacts")
        for box in (self.customers_box, self.contacts_box):
            box.toggled.connect(self._update_ok)
        self.lists_group = QGroupBox(self)
        lists = QVBoxLayout(self.lists_group)
        lists.addWidget(self.customers_box)
        lists.addWidget(self.contacts_box)
        self.scope_group = QGroupBox(self)
        scopes = QVBoxLayout(self.scope_group)
        self.scope_buttons = QButtonGroup(self)
        self.scope_radios: dict[str, QRadioButton] = {}
        for scope in (SELECTION, FILTERED, ALL):
            radio = QRadioButton(self)
            radio.setObjectName(f"export.scope.{scope}")
            self.scope_radios[scope] = radio
            self.scope_buttons.addButton(radio)
            scopes.addWidget(radio)
        self.scope_radios[SELECTION].setEnabled(selected > 1)
        self.scope_radios[FILTERED].setVisible(filtered is not None)  # no filter: "all" says it
        default = SELECTION if selected > 1 else FILTERED if filtered is not None else ALL
        self.scope_radios[default].setChecked(True)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("export.encoding")
        self.encoding_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.encoding_label, self.encoding_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lists_group)
        layout.addWidget(self.scope_group)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.lists_group.setTitle(self.tr("Lists"))
        self.customers_box.setText(self.tr("Customers (one line per contact)"))
        self.contacts_box.setText(self.tr("Contacts"))
        self.scope_group.setTitle(self.tr("Customers to export"))
        self.scope_radios[SELECTION].setText(counted(
            self._selected, self.tr("The selected customer"),
            self.tr("The {count} selected customers")))
        self.scope_radios[FILTERED].setText(
            counted(self._filtered or 0, self.tr("The customer the list shows"),
                    self.tr("The {count} customers the list shows")))
        self.scope_radios[ALL].setText(self.tr("All customers"))
        current = max(self.encoding_combo.currentIndex(), 0)
        self.encoding_combo.clear()
        self.encoding_combo.addItem(self.tr("UTF-8 (Excel, WPS, LibreOffice)"), "utf-8")
        self.encoding_combo.addItem(self.tr("GBK (older Chinese programs)"), "gbk")
        self.encoding_combo.setCurrentIndex(current)
        self.encoding_label.setText(self.tr("CSV encoding:"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.customers_box.isChecked() or self.contacts_box.isChecked())

    def choice(self) -> ExportChoice:
        kinds = tuple(kind for kind, box in (("customers", self.customers_box),
                                             ("contacts", self.contacts_box))
                      if box.isChecked())
        scope = next(name for name, radio in self.scope_radios.items() if radio.isChecked())
        return ExportChoice(kinds, scope, str(self.encoding_combo.currentData()))
