"""Edit ▸ Find Duplicates: the groups of probable duplicates, each with its score and
reasons; a group opens in the merge dialog.

The finder runs in the worker (progress, Cancel); sure groups (a strong key under names
that agree) come first, then suggestions (a shared landline or role address, a similar
name, the same pinyin), which are never merged without the user choosing to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.cleaning.finder import DuplicateGroup, Reason, find_duplicate_groups
from crm_desktop.services.context import AppContext
from crm_desktop.views.cleaning.merge_dialog import MergeDialog
from crm_desktop.views.worker import Job, run_in_background

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def _key_texts() -> dict[str, str]:
    return {
        "mobile": translate("Duplicates", "same mobile {value}"),
        "email": translate("Duplicates", "same email {value}"),
        "name": translate("Duplicates", "same company name"),
        "landline": translate("Duplicates", "same landline {value}"),
        "role_email": translate("Duplicates", "same shared address {value}"),
        "pinyin": translate("Duplicates", "same pinyin {value}"),
    }


def _why_texts() -> dict[str, str]:
    return {
        "names_differ": translate("Duplicates", "but the names differ"),
        "weak_key": translate("Duplicates", "a shared line or address"),
        "similar_name": translate("Duplicates", "similar names ({score}%)"),
        "same_pinyin": translate("Duplicates", "written with other characters"),
    }


def reason_text(reason: Reason) -> str:
    """"same mobile +8613812345678", "similar names (92%)", … in the user's language."""
    key = _key_texts().get(reason.key, reason.key)
    if reason.why == "similar_name" and reason.key == "name":
        return _why_texts()["similar_name"].format(score=reason.score)
    text = key.format(value=reason.value)
    if reason.why:
        text += "; " + _why_texts().get(reason.why, reason.why).format(score=reason.score)
    return text


class DuplicatesDialog(QDialog):
    """The groups found; Merge… (or a double click) opens one in the merge dialog."""

    changed = Signal()  # a group was merged: the list should re-read

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 ids: Sequence[int] | None = None, start: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates.dialog")
        self._context = context
        self._ids = list(ids) if ids is not None else None
        self.groups: list[DuplicateGroup] = []
        self.job: Job | None = None
        self.summary = QLabel(self)
        self.sure_only = QCheckBox(self)
        self.sure_only.setObjectName("duplicates.sure_only")
        self.sure_only.toggled.connect(lambda _on: self._fill())
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("duplicates.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.merge_selected())
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("duplicates.merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("duplicates.find")
        self.find_button.clicked.connect(self.find)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.sure_only)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.find_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(900, 520)
        self.retranslate_ui()
        self._update_buttons()
        if start:
            self.find()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.sure_only.setText(self.tr("&Only sure duplicates"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("Kind"), self.tr("Customers"), self.tr("Why")])
        self.merge_button.setText(self.tr("&Merge…"))
        self.find_button.setText(self.tr("&Look Again"))
        self.summary.setText(self._summary())
        self._fill()

    def _summary(self) -> str:
        if not self.groups:
            return self.tr("No duplicates found.")
        template = (self.tr("1 group of possible duplicates ({sure} sure).")
                    if len(self.groups) == 1 else
                    self.tr("{count} groups of possible duplicates ({sure} sure)."))
        locale = QLocale()
        return template.format(count=locale.toString(len(self.groups)),
                               sure=locale.toString(sum(g.sure for g in self.groups)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def find(self) -> None:
        """Look for duplicates in the worker; the table fills when it is done."""
        ids = self._ids

        def work(progress: Any, cancelled: Any) -> list[DuplicateGroup]:
            with self._context.session() as session:
                return find_duplicate_groups(session, ids=ids, progress=progress,
                                             cancelled=cancelled)

        self.find_button.setEnabled(False)
        self.job = run_in_background(self, work, label=self.tr("Looking for duplicates…"),
                                     on_success=self.show_groups)
        self.job.finished.connect(lambda: self.find_button.setEnabled(True))

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = list(groups)
        self.retranslate_ui()

    def shown_groups(self) -> list[DuplicateGroup]:
        if self.sure_only.isChecked():
            return [group for group in self.groups if group.sure]
        return self.groups

    def _fill(self) -> None:
        shown = self.shown_groups()
        self.table.setRowCount(len(shown))
        sure, maybe = self.tr("Sure"), self.tr("Possible")
        for row, group in enumerate(shown):
            score = QTableWidgetItem()
            score.setData(Qt.ItemDataRole.DisplayRole, group.score)
            score.setData(GROUP_ROLE, row)
            self.table.setItem(row, 0, score)
            self.table.setItem(row, 1, QTableWidgetItem(sure if group.sure else maybe))
            names = "、".join(member.name for member in group.members)
            self.table.setItem(row, 2, QTableWidgetItem(names))
            reasons = list(dict.fromkeys(reason_text(r) for r in group.reasons))
            why = QTableWidgetItem("; ".join(reasons[:3]))
            why.setToolTip("\n".join(reasons))
            self.table.setItem(row, 3, why)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(2, 360)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(not self._context.read_only
                                     and self.selected_group() is not None)

    def selected_group(self) -> DuplicateGroup | None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        shown = self.shown_groups()
        return shown[rows[0]] if rows and rows[0] < len(shown) else None

    def merge_selected(self) -> MergeDialog | None:
        group = self.selected_group()
        if group is None or self._context.read_only:
            return None
        names = {member.id: member.name for member in group.members}
        dialog = MergeDialog(self._context, group.ids, names, self)
        dialog.merged.connect(lambda _changes: self._merged(group))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _merged(self, group: DuplicateGroup) -> None:
        """The merged group leaves the list (others holding its customers too: look again
        to see them as they are now)."""
        merged = set(group.ids)
        self.groups = [g for g in self.groups if not merged & set(g.ids)]
        self.retranslate_ui()
        self.changed.emit()
