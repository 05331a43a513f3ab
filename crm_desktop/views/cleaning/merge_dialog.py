"""Merge a group of duplicates: which customer is kept, and field by field which value.

The service proposes (``merge_proposal``): the most complete customer is kept, blanks are
filled from the others, phones, emails and notes are combined. Every record of the others
moves to the kept one; they go to the trash; Edit ▸ Undo puts everything back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.changes import Changes
from crm_desktop.services.cleaning.merge import CUSTOM, MergeProposal, merge_proposal
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.views.customers.formatting import counted
from crm_desktop.views.customers.undo_support import undo_stack
from crm_desktop.views.messages import field_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_MAX = 80  # characters of a value shown in a choice; the whole value is the tooltip


class MergeDialog(QDialog):
    """Choose the customer kept and the values; Merge writes it as one undoable step."""

    merged = Signal(object)  # the Changes of the merge

    def __init__(self, context: AppContext, ids: Sequence[int], names: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge.dialog")
        self._context = context
        self._names = dict(names)
        self.proposal: MergeProposal | None = None
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.survivor = QComboBox(self)
        self.survivor.setObjectName("merge.survivor")
        self.members = QListWidget(self)
        self.members.setObjectName("merge.members")
        self.members.setMaximumHeight(120)
        for cid in ids:
            item = QListWidgetItem(f"{names.get(cid, '')} #{cid}", self.members)
            item.setData(ID_ROLE, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.fields = QTableWidget(0, 2, self)
        self.fields.setObjectName("merge.fields")
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setObjectName("merge.ok")
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.survivor_label = QLabel(self)
        self.members_label = QLabel(self)
        self.form.addRow(self.survivor_label, self.survivor)
        self.form.addRow(self.members_label, self.members)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.buttons)
        self._fill_survivors()
        self.survivor.currentIndexChanged.connect(lambda _index: self.reload())
        self.members.itemChanged.connect(lambda _item: self._members_changed())
        self.resize(720, 520)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge Duplicates"))
        count = len(self.chosen_ids())
        self.explanation.setText(counted(count, self.tr(
            "Choose at least two customers to merge."), self.tr(
            "{count} customers become one. Their contacts, tags, custom fields, history, "
            "deals, orders, payments and tickets move to the customer kept; the others go "
            "to the trash. Edit ▸ Undo puts everything back.")))
        self.survivor_label.setText(self.tr("&Keep:"))
        self.survivor_label.setBuddy(self.survivor)
        self.members_label.setText(self.tr("Merge:"))
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value kept")])
        self.merge_button.setText(self.tr("&Merge"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen_ids(self) -> list[int]:
        return [self.members.item(row).data(ID_ROLE) for row in range(self.members.count())
                if self.members.item(row).checkState() == Qt.CheckState.Checked]

    def survivor_id(self) -> int | None:
        value = self.survivor.currentData()
        return int(value) if value is not None else None

    def _fill_survivors(self) -> None:
        current = self.survivor_id()
        self.survivor.blockSignals(True)
        self.survivor.clear()
        for cid in self.chosen_ids():
            self.survivor.addItem(f"{self._names.get(cid, '')} #{cid}", cid)
        if current is not None and self.survivor.findData(current) >= 0:
            self.survivor.setCurrentIndex(self.survivor.findData(current))
        self.survivor.blockSignals(False)

    def _members_changed(self) -> None:
        self._fill_survivors()
        self.reload()

    def reload(self) -> None:
        """Ask the service what merging the chosen customers would keep."""
        ids = self.chosen_ids()
        self.proposal = None
        self.fields.setRowCount(0)
        if len(ids) >= 2:
            try:
                with self._context.session() as session:
                    self.proposal = merge_proposal(session, ids=ids,
                                                   survivor_id=self.survivor_id())
            except DomainError as error:
                show_error(self, error)
        if self.proposal is not None:
            if self.survivor_id() != self.proposal.survivor_id:
                self.survivor.blockSignals(True)
                self.survivor.setCurrentIndex(self.survivor.findData(self.proposal.survivor_id))
                self.survivor.blockSignals(False)
            self._fill_fields(self.proposal)
        self.merge_button.setEnabled(self.proposal is not None and not self._context.read_only)
        self.retranslate_ui()

    def _fill_fields(self, proposal: MergeProposal) -> None:
        self.fields.setRowCount(len(proposal.fields))
        for row, choice in enumerate(proposal.fields):
            label = choice.label if choice.field.startswith(CUSTOM) else field_label(
                choice.field)
            self.fields.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox(self.fields)
            combo.setObjectName(f"merge.field.{choice.field}")
            for index, option in enumerate(choice.options):
                text = self._value_text(choice.field, option.value, option.text)
                if not option.holders:
                    text = self.tr("All of them: {values}").format(values=text)
                elif len(option.holders) < len(proposal.ids):
                    owners = ", ".join(self._names.get(cid, "") for cid in option.holders)
                    text = f"{text}  ({owners})"
                shown = text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 1] + "…"
                combo.addItem(shown, index)
                combo.setItemData(index, option.text, Qt.ItemDataRole.ToolTipRole)
                if option.value == choice.default:
                    combo.setCurrentIndex(index)
            self.fields.setCellWidget(row, 1, combo)
        self.fields.resizeColumnToContents(0)

    def _value_text(self, field: str, value: Any, text: str) -> str:
        """A value as the user reads it: the kind and yes/no in their language."""
        if field == "kind":
            return {"company": self.tr("Company"), "person": self.tr("Person")}.get(value, text)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return text.replace("\n", " ⏎ ")

    def chosen_values(self) -> dict[str, Any]:
        """The value of every differing field as the combos say."""
        values: dict[str, Any] = {}
        if self.proposal is None:
            return values
        for row, choice in enumerate(self.proposal.fields):
            combo = self.fields.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            values[choice.field] = choice.options[int(combo.currentData())].value
        return values

    def merge(self) -> None:
        if self.proposal is None:
            return
        survivor = self.proposal.survivor_id
        losers = [cid for cid in self.proposal.ids if cid != survivor]
        try:
            with self._context.session() as session:
                changes: Changes = undo_stack(self._context).merge_customers(
                    session, survivor_id=survivor, loser_ids=losers,
                    values=self.chosen_values(), actor_id=self._context.actor_id)
        except DomainError as error:
            show_error(self, error)
            return
        self.merged.emit(changes)
        self.accept()
