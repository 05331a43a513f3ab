"""The deal editor and the lost-reason question asked when a deal moves to a lost stage."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import deal_undo, deals
from crm_desktop.services.context import AppContext
from crm_desktop.services.deals import DealDetail, DealInput
from crm_desktop.services.errors import DomainError
from crm_desktop.services.staff import StaffInfo
from crm_desktop.services.stages import StageInfo
from crm_desktop.views.deals.money import CURRENCIES, parse_amount
from crm_desktop.views.messages import show_error
from crm_desktop.views.status_names import status_text


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                           QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setObjectName("ok")
    box.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class LostReasonDialog(QDialog):
    """Why was it lost? Asked before a deal moves to a lost stage; OK needs a reason."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deals.lost_reason")
        self.setWindowTitle(self.tr("Deal Lost"))
        question = QLabel(self.tr("Why was “{title}” lost?").format(title=title), self)
        question.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. price too high, chose a competitor"))
        box = _buttons(self)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: ok.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(box)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def ask_lost_reason(parent: QWidget, title: str) -> str | None:
    dialog = LostReasonDialog(title, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class DealEditor(QDialog):
    """Add a deal, or edit one (its stage changes on the board, not here)."""

    def __init__(self, context: AppContext, *, deal: DealDetail | None,
                 stages: list[StageInfo], staff: list[StaffInfo],
                 stage_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deals.editor")
        self._context = context
        self._deal = deal
        self.saved: DealDetail | None = None
        self._customers: dict[str, int] = {}
        self.setWindowTitle(self.tr("Edit Deal") if deal else self.tr("New Deal"))
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.customer = QLineEdit(self)
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText(self.tr("Type to find a customer"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(completer)
        self.customer.textEdited.connect(self._find_customers)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.currency = QComboBox(self)
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.has_close = QCheckBox(self.tr("Expected close"), self)
        self.has_close.setObjectName("has_close")
        self.close_date = QDateEdit(self)
        self.close_date.setObjectName("close_date")
        self.close_date.setCalendarPopup(True)
        self.close_date.setDate(QDate.currentDate().addMonths(1))
        self.has_close.toggled.connect(self.close_date.setEnabled)
        self.owner = QComboBox(self)
        self.owner.setObjectName("owner")
        self.owner.addItem(self.tr("Nobody"), None)
        for person in staff:
            self.owner.addItem(person.name, person.id)
        self.stage = QComboBox(self)
        self.stage.setObjectName("stage")
        for info in stages:
            self.stage.addItem(status_text(info.name, info.code, info.name_en, kind="stage"),
                               info.id)
        self._stages = {info.id: info for info in stages}
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self.lost_reason = QPlainTextEdit(self)
        self.lost_reason.setObjectName("lost_reason")
        self.lost_reason.setMaximumHeight(60)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        close = QHBoxLayout()
        close.addWidget(self.has_close)
        close.addWidget(self.close_date, 1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Amount"), money)
        form.addRow(self.tr("Close date"), close)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Source"), self.source)
        self._lost_label = QLabel(self.tr("Lost reason"), self)
        form.addRow(self._lost_label, self.lost_reason)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.stage.currentIndexChanged.connect(self._show_lost_reason)
        self._fill(deal, stage_id)

    def _fill(self, deal: DealDetail | None, stage_id: int | None) -> None:
        self.has_close.setChecked(deal is None or deal.expected_close_date is not None)
        self.close_date.setEnabled(self.has_close.isChecked())
        wanted_stage = deal.stage_id if deal else stage_id
        if wanted_stage is not None and self.stage.findData(wanted_stage) >= 0:
            self.stage.setCurrentIndex(self.stage.findData(wanted_stage))
        self.stage.setEnabled(deal is None)
        if deal is None:
            self.amount.setText("0")
            self._show_lost_reason()
            return
        self.title.setText(deal.title)
        self._customers = {deal.customer_name: deal.customer_id}
        self.customer.setText(deal.customer_name)
        self.amount.setText(f"{deal.amount_minor / 100:.2f}")
        self.currency.setCurrentText(deal.currency)
        if deal.expected_close_date:
            day = deal.expected_close_date
            self.close_date.setDate(QDate(day.year, day.month, day.day))
        if self.owner.findData(deal.owner_id) >= 0:
            self.owner.setCurrentIndex(self.owner.findData(deal.owner_id))
        self.source.setText(deal.source or "")
        self.lost_reason.setPlainText(deal.lost_reason or "")
        self.notes.setPlainText(deal.notes or "")
        self._show_lost_reason()

    def _show_lost_reason(self) -> None:
        stage = self._stages.get(self.stage.currentData())
        lost = bool(stage and stage.is_lost)
        self.lost_reason.setVisible(lost)
        self._lost_label.setVisible(lost)

    def _find_customers(self, text: str) -> None:
        with self._context.session() as session:
            found = deals.customer_choices(session, text=text)
        self._customers.update({name: customer_id for customer_id, name in found})
        self._names.setStringList([name for _id, name in found])

    def customer_id(self) -> int:
        name = self.customer.text().strip()
        if name and name not in self._customers:
            self._find_customers(name)
        return self._customers.get(name, 0)

    def data(self) -> DealInput | None:
        amount = parse_amount(self.amount.text())
        if amount is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "“{text}” is not an amount; type a number such as 12500 or 12,500.50.")
                .format(text=self.amount.text()))
            self.amount.setFocus()
            return None
        close = None
        if self.has_close.isChecked():
            day = self.close_date.date()
            close = dt.date(day.year(), day.month(), day.day())
        return DealInput(
            title=self.title.text(), customer_id=self.customer_id(), amount_minor=amount,
            currency=self.currency.currentText(), expected_close_date=close,
            owner_id=self.owner.currentData(), source=self.source.text(),
            notes=self.notes.toPlainText(), lost_reason=self.lost_reason.toPlainText(),
            stage_id=self.stage.currentData())

    def accept(self) -> None:
        """Save through the undo stack; a refused value keeps the dialog open."""
        data = self.data()
        if data is None:
            return
        stack, actor = self._context.undo, self._context.actor_id
        try:
            with self._context.session() as session:
                if self._deal is None:
                    self.saved = (deal_undo.create_deal(stack, session, data=data,
                                                        actor_id=actor) if stack else
                                  deals.create_deal(session, data=data, actor_id=actor))
                elif stack is not None:
                    self.saved = deal_undo.update_deal(
                        stack, session, id=self._deal.id, data=data,
                        expected_version=self._deal.version, actor_id=actor)
                else:
                    self.saved = deals.update_deal(
                        session, id=self._deal.id, data=data,
                        expected_version=self._deal.version, actor_id=actor)
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()
