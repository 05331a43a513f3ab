"""Report Settings: the shop's name printed on every report, and the monthly targets per
person the team KPIs are measured against (0: no target)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.services.reports.settings import (
    MAX_SHOP_NAME,
    MONEY_FIGURES,
    TARGET_FIGURES,
    ReportSettings,
    load_report_settings,
    save_report_settings,
)
from crm_desktop.views.messages import show_error

MAX_COUNT = 100_000
MAX_YUAN = 1e11


class ReportSettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_settings")
        self._context = context
        with context.session() as session:
            current = load_report_settings(session)
        self.shop = QLineEdit(current.shop_name, self)
        self.shop.setObjectName("report_settings.shop")
        self.shop.setMaxLength(MAX_SHOP_NAME)
        self.shop.setMinimumWidth(self.fontMetrics().horizontalAdvance("明" * 16))  # a whole name
        self.targets: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for key in TARGET_FIGURES:
            if key in MONEY_FIGURES:
                box: QSpinBox | QDoubleSpinBox = QDoubleSpinBox(self)
                box.setDecimals(2)
                box.setRange(0, MAX_YUAN)
                box.setGroupSeparatorShown(True)
                box.setValue(current.targets.get(key, 0) / 100)
            else:
                box = QSpinBox(self)
                box.setRange(0, MAX_COUNT)
                box.setValue(current.targets.get(key, 0))
            box.setObjectName(f"report_settings.{key}")
            self.targets[key] = box
        self.shop_label, self.hint = QLabel(self), QLabel(self)
        self.hint.setWordWrap(True)
        self.group = QGroupBox(self)
        self.target_form = QFormLayout(self.group)
        self.target_labels = {key: QLabel(self) for key in TARGET_FIGURES}
        for key in TARGET_FIGURES:
            self.target_form.addRow(self.target_labels[key], self.targets[key])
        top = QFormLayout()
        top.addRow(self.shop_label, self.shop)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.group)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def settings(self) -> ReportSettings:
        targets = {key: round(box.value() * 100) if key in MONEY_FIGURES else int(box.value())
                   for key, box in self.targets.items()}
        return ReportSettings(self.shop.text(), targets)

    def accept(self) -> None:
        try:
            with self._context.session() as session:
                save_report_settings(session, self.settings())
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Report Settings"))
        self.shop_label.setText(self.tr("&Shop name (printed on every report):"))
        self.shop_label.setBuddy(self.shop)
        self.group.setTitle(self.tr("Monthly targets per person"))
        names = {"interactions": self.tr("Interactions logged:"),
                 "new_customers": self.tr("New customers:"),
                 "won_amount": self.tr("Won amount (¥):"),
                 "received": self.tr("Received (¥):")}
        for key, label in self.target_labels.items():
            label.setText(names[key])
        self.hint.setText(self.tr("The team KPIs report shows how much of these each person "
                                  "reached in its period (a quarter counts three months). "
                                  "0 means no target."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_report_settings(window: QWidget) -> None:
    """Edit ▸ Report Settings… (a feature command: ``handler(window)``)."""
    context: AppContext = window.context  # type: ignore[attr-defined]
    dialog = ReportSettingsDialog(context, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        page = window.created_page("reports")  # type: ignore[attr-defined]
        if page is not None:
            page.refresh()  # the targets change the team KPIs shown
