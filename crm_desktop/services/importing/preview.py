"""The import preview: every row of the file normalised, its problems and duplicates,
before anything is written. The wizard shows it and edits it; ``run_import`` executes it.

Edits are plain method calls: ``set_cell`` (fix a value; the row is normalised again),
``skip``, ``set_action`` (a per-row override of the duplicate policy), ``set_mapping``
(change what a column means; every row is normalised again), ``set_policy`` and
``map_status`` (an unknown status is created, by default, or mapped to an existing one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.importing.duplicates import DuplicateMatch, KeyIndex, find_duplicates
from crm_desktop.services.importing.keys import status_key
from crm_desktop.services.importing.mapping import (
    CONTACT_FIELDS,
    CUSTOM_PREFIX,
    CUSTOMER_FIELDS,
    IGNORE,
    NAME_PARTS,
)
from crm_desktop.services.importing.normalize import Problem
from crm_desktop.services.importing.rows import (
    BLOCKING,
    Cell,
    convert_cells,
    name_column_holds_people,
    row_cells,
)
from crm_desktop.services.importing.table import SkippedRow

POLICIES = ("skip", "update", "merge", "create")
__all__ = ["ImportPreview", "PreparedRow", "status_key"]
TARGETS = frozenset((*CUSTOMER_FIELDS, *CONTACT_FIELDS, *NAME_PARTS, "tags", IGNORE))


def check_target(target: str) -> str:
    if target in TARGETS or (target.startswith(CUSTOM_PREFIX) and target[len(CUSTOM_PREFIX):]
                             .strip()):
        return target
    raise ValidationError("unknown_target", f"“{target}” is not a field a column can go to",
                          target=target)


@dataclass
class PreparedRow:
    """One data row: its sheet row ``number``, the source ``cells``, the normalised
    ``values``, its ``problems``, the ``duplicate`` it matches and the user's ``action``
    (None follows the policy; "skip", "create", "update" or "merge" overrides it)."""

    number: int
    cells: list[object]
    values: dict[str, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    duplicate: DuplicateMatch | None = None
    action: str | None = None
    edits: dict[str, str] = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        """Whether the row cannot be imported as it is (no name)."""
        return bool(self.problems) and any(p.code in BLOCKING for p in self.problems)


@dataclass
class ImportPreview:
    file_name: str
    sheet: str | None
    sheet_names: list[str]
    header: list[str]
    header_row: int
    mapping: list[str]
    rows: list[PreparedRow]
    index: KeyIndex
    statuses: dict[str, int]
    region: str | None = "CN"
    policy: str = "skip"
    table_skipped: list[SkippedRow] = field(default_factory=list)
    template: str | None = None
    status_choices: dict[str, int | None] = field(default_factory=dict)
    _by_number: dict[int, PreparedRow] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_number = {row.number: row for row in self.rows}

    # ------------------------------------------------------------------ reading
    @property
    def problems(self) -> list[Problem]:
        return [problem for row in self.rows for problem in row.problems]

    @property
    def duplicate_count(self) -> int:
        return sum(1 for row in self.rows if row.duplicate is not None and row.duplicate.exact)

    def unknown_statuses(self) -> dict[str, list[int]]:
        """Status texts of the file that match no configured status, with their rows."""
        unknown: dict[str, list[int]] = {}
        for row in self.rows:
            text = row.values.get("status")
            if isinstance(text, str) and status_key(text) not in self.statuses:
                unknown.setdefault(text, []).append(row.number)
        return unknown

    def headers(self) -> dict[str, str]:
        """The header of the first column feeding each target (how the sheet names it)."""
        found: dict[str, str] = {}
        for text, target in zip(self.header, self.mapping, strict=False):
            found.setdefault(target, text)
        return found

    def row(self, number: int) -> PreparedRow:
        try:
            return self._by_number[number]
        except KeyError:
            raise NotFound("no_such_row", f"Row {number} is not a data row of {self.file_name}",
                           row=number, file=self.file_name) from None

    def planned_action(self, row: PreparedRow) -> str:
        """What running the import will do with ``row``: skip, create, update or merge."""
        if row.blocked or row.action == "skip":
            return "skip"
        duplicate = row.duplicate
        if row.action == "create":
            return "create"
        if row.action in ("update", "merge"):
            return row.action if duplicate is not None else "create"
        if duplicate is None or not duplicate.exact:
            return "create"
        if duplicate.source == "file" and self.policy != "create":
            # A repeat within the file is the same customer written twice, or a company
            # merged over the rows of its contacts: folding it in loses nothing.
            return "merge"
        return self.policy

    # ------------------------------------------------------------------ editing
    def set_policy(self, policy: str) -> None:
        if policy not in POLICIES:
            raise ValidationError("unknown_policy", f"“{policy}” is not one of "
                                  + ", ".join(POLICIES), policy=policy)
        self.policy = policy

    def set_action(self, number: int, action: str | None) -> None:
        """Override the policy for one row (``None`` goes back to the policy)."""
        if action is not None and action not in POLICIES:
            raise ValidationError("unknown_policy", f"“{action}” is not one of "
                                  + ", ".join(POLICIES), policy=action)
        row = self.row(number)
        was_skip = row.action == "skip"
        row.action = action
        if was_skip or action == "skip":
            self.refresh_duplicates(fuzzy=[number])

    def skip(self, number: int, skipped: bool = True) -> None:
        self.set_action(number, "skip" if skipped else None)

    def set_cell(self, number: int, target: str, text: str | None) -> PreparedRow:
        """Replace what the row holds for ``target`` by ``text`` (all columns feeding it)."""
        check_target(target)
        row = self.row(number)
        row.edits[target] = text or ""
        self._convert(row, self._name_is_person())
        self.refresh_duplicates(fuzzy=[number])
        return row

    def set_mapping(self, column: int, target: str) -> None:
        """Send column ``column`` (0-based) to ``target``; every row is normalised again."""
        if not 0 <= column < len(self.mapping):
            raise ValidationError("no_such_column", f"{self.file_name} has no column {column + 1}",
                                  column=column, number=column + 1, file=self.file_name)
        self.mapping[column] = check_target(target)
        self.reconvert()

    def map_status(self, text: str, status_id: int | None) -> None:
        """An unknown status of the file: map it to ``status_id``, or ``None`` to create it."""
        self.status_choices[status_key(text)] = status_id

    # ------------------------------------------------------------------ internals
    def reconvert(self) -> None:
        person = self._name_is_person()
        for row in self.rows:
            self._convert(row, person)
        self.refresh_duplicates()

    def refresh_duplicates(self, fuzzy: bool | Sequence[int] = True) -> int:
        return find_duplicates(self.rows, self.index, fuzzy=fuzzy)

    def _name_is_person(self) -> bool | None:
        return name_column_holds_people(self.header, self.mapping)

    def _convert(self, row: PreparedRow, name_is_person: bool | None) -> None:
        cells = row_cells(row.cells, self.mapping, self.header)
        if row.edits:
            cells = [cell for cell in cells if cell.target not in row.edits]
            cells += [Cell(target, self._column_of(target), text)
                      for target, text in row.edits.items() if text.strip()]
        row.values, row.problems = convert_cells(row.number, cells, region=self.region,
                                                 name_is_person=name_is_person)

    def _column_of(self, target: str) -> str:
        for text, mapped in zip(self.header, self.mapping, strict=False):
            if mapped == target:
                return text
        return target
