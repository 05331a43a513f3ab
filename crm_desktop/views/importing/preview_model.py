"""Qt models over an ``ImportPreview``: every prepared row, and the list of problems.

Rows are built only when the view asks for them (``data``), so a 100,000-row file costs
no more than the screenful shown. Edits go straight to the preview (``set_cell``,
``skip``, ``set_action``), which normalises the row again and re-checks duplicates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.services.importing.mapping import CUSTOM_PREFIX, IGNORE
from crm_desktop.services.importing.normalize import Problem
from crm_desktop.services.importing.preview import ImportPreview, PreparedRow
from crm_desktop.services.phone_display import shown_phones
from crm_desktop.views.importing import labels

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
SKIP, ACTION, DUPLICATE = 0, 1, 2
FIXED_COLUMNS = 3
PROBLEM_BRUSH = QBrush(QColor("#ffd7d5"))
DUPLICATE_BRUSH = QBrush(QColor("#fff1c2"))
SKIPPED_BRUSH = QBrush(QColor("#8a8a8a"))


def shown(value: object) -> str:
    """A source cell as the user typed it (a phone read as 13812345678.0 loses its .0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


_PHONE_TARGETS = frozenset({"phone", "contact_mobile", "contact_phone"})


def normalised_text(values: dict[str, object], target: str, region: str | None = None) -> str:
    """What the import will store for ``target`` of a row ("" when nothing); phones as the
    list will show them (national format for ``region``, stored in E.164)."""
    contact = values.get("contact")
    contact = contact if isinstance(contact, dict) else {}
    if target == "phone":
        found: object = values.get("phones")
    elif target == "email":
        found = values.get("emails")
    elif target == "kind":
        return labels.kind_text(values.get("kind")) if values.get("kind") else ""
    elif target.startswith(CUSTOM_PREFIX):
        custom = values.get("custom")
        found = custom.get(target[len(CUSTOM_PREFIX):]) if isinstance(custom, dict) else None
    elif target.startswith("contact_"):
        found = contact.get(target[len("contact_"):])
    else:
        found = values.get(target)
    if region and target in _PHONE_TARGETS and found:
        numbers = found if isinstance(found, list) else [found]
        return "; ".join(shown_phones([str(number) for number in numbers], region))
    if isinstance(found, list):
        return "; ".join(str(item) for item in found)
    return shown(found)


class ImportPreviewModel(QAbstractTableModel):
    """Skip, action, duplicate, then one column per field the mapping fills."""

    edited = Signal()  # a row changed: counts, problems and statuses may have too

    def __init__(self, preview: ImportPreview | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self.targets: list[str] = []
        self._sources: dict[str, list[int]] = {}
        self._header_target: dict[str, str] = {}
        self._positions: dict[int, int] = {}
        if preview is not None:
            self.set_preview(preview)

    # -- the preview -------------------------------------------------------------------
    def set_preview(self, preview: ImportPreview | None) -> None:
        """Show ``preview`` (again, after its mapping changed)."""
        self.beginResetModel()
        self._preview = preview
        self.targets, self._sources, self._header_target = [], {}, {}
        if preview is not None:
            for column, (text, target) in enumerate(zip(preview.header, preview.mapping,
                                                        strict=False)):
                if target == IGNORE:
                    continue
                if target not in self._sources:
                    self.targets.append(target)
                self._sources.setdefault(target, []).append(column)
                self._header_target.setdefault(text, target)
            self._positions = {row.number: i for i, row in enumerate(preview.rows)}
        self.endResetModel()

    def preview(self) -> ImportPreview | None:
        return self._preview

    def position_of(self, number: int) -> int:
        """The model row showing sheet row ``number`` (-1 when none)."""
        return self._positions.get(number, -1)

    def column_of_problem(self, problem: Problem) -> int:
        target = self._header_target.get(problem.column)
        if target is None and problem.code == "missing_name":
            target = "name" if "name" in self.targets else None
        if target is None or target not in self.targets:
            return DUPLICATE if problem.code != "missing_name" else FIXED_COLUMNS
        return FIXED_COLUMNS + self.targets.index(target)

    def raw_text(self, row: PreparedRow, target: str) -> str:
        if target in row.edits:
            return row.edits[target]
        parts = [shown(row.cells[i]) for i in self._sources.get(target, []) if i < len(row.cells)]
        return " / ".join(part for part in parts if part)

    def _problems(self, row: PreparedRow, column: int) -> list[Problem]:
        return [p for p in row.problems if self.column_of_problem(p) == column]

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.targets)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Role.DisplayRole and self._preview is not None:
                return str(self._preview.rows[section].number)
            return None
        if role == Role.DisplayRole:
            if section < FIXED_COLUMNS:
                return (self.tr("Skip"), self.tr("Action"), self.tr("Duplicate of"))[section]
            return labels.target_label(self.targets[section - FIXED_COLUMNS])
        if role == Role.ToolTipRole and section >= FIXED_COLUMNS and self._preview is not None:
            columns = self._sources[self.targets[section - FIXED_COLUMNS]]
            names = ", ".join(self._preview.header[i] for i in columns)
            return self.tr("From the column: {columns}").format(columns=names)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SKIP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == DUPLICATE:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        preview = self._preview
        if preview is None or not index.isValid():
            return None
        row = preview.rows[index.row()]
        column = index.column()
        if role == Role.ForegroundRole:
            return SKIPPED_BRUSH if preview.planned_action(row) == "skip" else None
        if column == SKIP:
            if role == Role.CheckStateRole:
                return Qt.CheckState.Checked if row.action == "skip" else Qt.CheckState.Unchecked
            if role == Role.ToolTipRole:
                return self.tr("Tick to leave this row out of the import")
            return None
        if column == ACTION:
            return self._action_data(preview, row, role)
        if column == DUPLICATE:
            if role == Role.DisplayRole:
                return labels.duplicate_text(row.duplicate, preview.region or "")
            if role == Role.BackgroundRole and row.duplicate is not None and row.duplicate.exact:
                return DUPLICATE_BRUSH
            return None
        return self._field_data(row, column, role)

    def _action_data(self, preview: ImportPreview, row: PreparedRow, role: int) -> Any:
        if role == Role.DisplayRole:
            return labels.action_labels()[preview.planned_action(row)]
        if role == Role.EditRole:
            return row.action or ""
        if role == Role.FontRole and row.action is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.ToolTipRole:
            if row.blocked:
                return self.tr("This row cannot be imported: it has no customer name")
            if row.action is not None:
                return self.tr("Chosen for this row")
            return self.tr("Follows the duplicate policy")
        return None

    def _region(self) -> str | None:
        return None if self._preview is None else self._preview.region

    def _field_data(self, row: PreparedRow, column: int, role: int) -> Any:
        target = self.targets[column - FIXED_COLUMNS]
        problems = self._problems(row, column)
        if role == Role.DisplayRole:
            if problems:
                return self.raw_text(row, target)
            return (normalised_text(row.values, target, self._region())
                    or self.raw_text(row, target))
        if role == Role.EditRole:
            return self.raw_text(row, target)
        if role == Role.BackgroundRole and problems:
            return PROBLEM_BRUSH
        if role == Role.ToolTipRole:
            if problems:
                return "\n".join(labels.problem_text(p.code, p.value, p.message)
                                 for p in problems)
            raw = self.raw_text(row, target)
            if raw and raw != normalised_text(row.values, target, self._region()):
                return self.tr("In the file: {text}").format(text=raw)
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802
        preview = self._preview
        if preview is None or not index.isValid():
            return False
        row = preview.rows[index.row()]
        column = index.column()
        if column == SKIP and role == Role.CheckStateRole:
            preview.skip(row.number, Qt.CheckState(value) == Qt.CheckState.Checked)
        elif column == ACTION and role == Role.EditRole:
            preview.set_action(row.number, str(value) or None)
        elif column >= FIXED_COLUMNS and role == Role.EditRole:
            preview.set_cell(row.number, self.targets[column - FIXED_COLUMNS], str(value))
        else:
            return False
        self.rows_changed()
        self.edited.emit()
        return True

    def rows_changed(self) -> None:
        """Repaint every row: an edit of one row may change the duplicates of others."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))


class ImportProblemsModel(QAbstractTableModel):
    """Each problem of the preview with its sheet row and column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or role != Role.DisplayRole:
            return None
        problem = self.problems[index.row()]
        if index.column() == 0:
            return str(problem.row)
        if index.column() == 1:
            return problem.column
        return labels.problem_text(problem.code, problem.value, problem.message)
