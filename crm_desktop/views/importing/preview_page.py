"""Step 3 of the import wizard: every row as it will be imported, before anything is written.

The table is a lazy model over the preview (``ImportPreviewModel``): problem cells are red with
the reason in their tooltip, a cell can be corrected in place, a row skipped with its
tick box, and a duplicate given its own action. Below it, each problem with its row and
column (double-click to go to the cell); above it, the duplicate policy and what to do
with statuses the database does not know yet.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.importing.preview import POLICIES, status_key
from crm_desktop.services.statuses import StatusInfo, list_statuses
from crm_desktop.views.importing import labels
from crm_desktop.views.importing.preview_model import (
    ACTION,
    DUPLICATE,
    ImportPreviewModel,
    ImportProblemsModel,
)
from crm_desktop.views.status_names import status_text

if TYPE_CHECKING:
    from crm_desktop.views.importing.wizard import ImportWizard

Index = QModelIndex | QPersistentModelIndex


class ActionDelegate(QStyledItemDelegate):
    """The Action column is edited with a combo: follow the policy, or one action."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("import.action_editor")
        combo.addItem(labels.follow_policy_label(), "")
        for action, text in labels.action_labels().items():
            combo.addItem(text, action)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportPreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._statuses: list[StatusInfo] = []
        self.model = ImportPreviewModel(parent=self)
        self.model.edited.connect(self.refresh_summary)
        self.problems_model = ImportProblemsModel(self)

        self.policy_label = QLabel(self)
        self.policy_combo = QComboBox(self)
        self.policy_combo.setObjectName("import.policy")
        self.policy_combo.activated.connect(self._policy_chosen)
        self.summary = QLabel(self)
        self.summary.setObjectName("import.preview_summary")
        top = QHBoxLayout()
        top.addWidget(self.policy_label)
        top.addWidget(self.policy_combo)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.status_box = QGroupBox(self)
        self.status_box.setObjectName("import.status_box")
        self.status_table = QTableWidget(0, 2, self.status_box)
        self.status_table.setObjectName("import.statuses")
        self.status_table.verticalHeader().setVisible(False)
        self.status_table.horizontalHeader().setStretchLastSection(True)
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_table.setMaximumHeight(110)
        box_layout = QVBoxLayout(self.status_box)
        box_layout.addWidget(self.status_table)

        self.table = QTableView(self)
        self.table.setObjectName("import.preview")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ACTION, ActionDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setResizeContentsPrecision(200)

        self.problems = QTableView(self)
        self.problems.setObjectName("import.problems")
        self.problems.setModel(self.problems_model)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.activated.connect(self.go_to_problem)
        self.problems.clicked.connect(self.go_to_problem)
        self.problems_label = QLabel(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.problems_label)
        lower_layout.addWidget(self.problems)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_box)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Red cells could not be read; double-click one to correct it, "
                                 "or tick Skip to leave its row out. Nothing is written "
                                 "until you press Import."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.policy_label.setText(self.tr("When a row is a customer already there:"))
        current = self.policy_combo.currentData()
        self.policy_combo.clear()
        for policy, text in labels.policy_labels().items():
            self.policy_combo.addItem(text, policy)
        self.policy_combo.setCurrentIndex(max(self.policy_combo.findData(current), 0))
        self.status_box.setTitle(self.tr("Statuses not set up yet"))
        self.status_table.setHorizontalHeaderLabels([self.tr("Status in the file"),
                                                     self.tr("Import as")])
        self.refresh_summary()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        preview = self._wizard.preview
        assert preview is not None
        with self._wizard.context.session() as session:
            self._statuses = list_statuses(session)
        self.model.set_preview(preview)
        self.policy_combo.setCurrentIndex(max(self.policy_combo.findData(preview.policy), 0))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            # where a row goes and the key that says so must be read whole: wider
            widest = 460 if column == DUPLICATE else 220
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.fill_statuses()
        self.refresh_summary()

    # -- policy, statuses ------------------------------------------------------------------
    def _policy_chosen(self, _index: int) -> None:
        preview = self._wizard.preview
        policy = self.policy_combo.currentData()
        if preview is not None and policy in POLICIES:
            preview.set_policy(policy)
            self.model.rows_changed()
            self.refresh_summary()

    def fill_statuses(self) -> None:
        """One line per status of the file the database does not have: create or map it."""
        preview = self._wizard.preview
        unknown = preview.unknown_statuses() if preview is not None else {}
        self.status_table.setRowCount(len(unknown))
        for line, (text, rows) in enumerate(sorted(unknown.items())):
            shown_rows = ", ".join(str(number) for number in rows[:5])
            if len(rows) > 5:
                shown_rows += "…"
            item = QTableWidgetItem(self.tr("“{status}” (rows {rows})").format(
                status=text, rows=shown_rows))
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.status_table.setItem(line, 0, item)
            combo = QComboBox(self.status_table)
            combo.setObjectName(f"import.status.{line}")
            combo.addItem(self.tr("Create it as a new status"), None)
            for status in self._statuses:
                shown = status_text(status.name, status.code, status.name_en)
                combo.addItem(self.tr("Same as “{status}”").format(status=shown),
                              status.id)
            assert preview is not None
            chosen = preview.status_choices.get(status_key(text))
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.activated.connect(lambda _i, text=text, combo=combo:
                                    preview.map_status(text, combo.currentData()))
            self.status_table.setCellWidget(line, 1, combo)
        self.status_table.resizeColumnToContents(0)
        self.status_box.setVisible(bool(unknown))

    # -- counts, problems ------------------------------------------------------------------
    def refresh_summary(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        planned = Counter(preview.planned_action(row) for row in preview.rows)
        self.summary.setText(self.tr("{create} new · {update} filled in · {merge} merged · "
                                     "{skip} skipped").format(
            create=planned["create"], update=planned["update"], merge=planned["merge"],
            skip=planned["skip"]))
        possible = sum(1 for row in preview.rows if row.duplicate is not None
                       and not row.duplicate.exact and preview.planned_action(row) == "create")
        if possible:  # created unless the user says otherwise: worth a look before Import
            self.summary.setText(self.summary.text() + self.tr(
                " · {count} possible duplicates").format(count=possible))
        problems = preview.problems
        self.problems_model.set_problems(problems)
        self.problems_label.setText(self.tr("Problems: {count}").format(count=len(problems))
                                    if problems else self.tr("No problems found."))
        if self.status_table.rowCount() != len(preview.unknown_statuses()):
            self.fill_statuses()

    def go_to_problem(self, index: QModelIndex) -> None:
        """Select the cell a problem is about, and scroll to it."""
        if not index.isValid():
            return
        problem = self.problems_model.problems[index.row()]
        position = self.model.position_of(problem.row)
        if position < 0:
            return
        target = self.model.index(position, self.model.column_of_problem(problem))
        self.table.setCurrentIndex(target)
        self.table.scrollTo(target, QAbstractItemView.ScrollHint.EnsureVisible)
        self.table.setFocus()
