"""The import report: what was created, updated, merged and skipped, and every warning,
each with its row; as JSON for the command line and as an .xlsx the user can keep."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.services.importing.combine import Conflict
from crm_desktop.services.importing.duplicates import DuplicateMatch
from crm_desktop.services.importing.normalize import Problem
from crm_desktop.services.phone_display import shown_phone

#: How the report names each duplicate key.
KEY_WORDS = {"mobile": "mobile", "landline": "landline", "email": "email",
             "role_email": "shared address", "name": "name"}


@dataclass(frozen=True)
class RowOutcome:
    """What happened to one row: the customer it created or changed, and why if skipped.

    For a row merged, updated or skipped as a duplicate: ``target`` names the customer it
    went into (or duplicates), ``target_row`` the earlier row of the file it repeats, and
    ``key``/``value`` the key that matched (``mobile`` +8613800000000)."""

    row: int
    name: str
    customer_id: int | None = None
    detail: str = ""
    target: str = ""
    key: str = ""
    value: str = ""
    target_row: int | None = None


def shown_key_value(key: str, value: str, name: str, region: str) -> str:
    """A key's value as the user wrote it: a phone in the shop's format, a name as typed."""
    if key in ("mobile", "landline"):
        return shown_phone(value, region) if region else value
    if key == "name":
        return name
    return value


def match_sentence(match: DuplicateMatch, into: str, region: str = "CN") -> str:
    """"row 3 “明达贸易” (same mobile 138 0000 0000)" in English, for the CLI and the .xlsx."""
    value = shown_key_value(match.key, match.value, into, region)
    where = f"row {match.row} “{into}”" if match.source == "file" else f"“{into}”"
    if match.customer_id is not None and match.source == "database":
        where += f" #{match.customer_id}"
    return f"{where} (same {KEY_WORDS.get(match.key, match.key)} {value})"


@dataclass
class ImportReport:
    file_name: str
    sheet: str | None
    dry_run: bool = False
    batch_id: int | None = None
    created: list[RowOutcome] = field(default_factory=list)
    updated: list[RowOutcome] = field(default_factory=list)
    merged: list[RowOutcome] = field(default_factory=list)
    skipped: list[RowOutcome] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    #: Rows created although they look like another record (a weak key, another name).
    possible: list[RowOutcome] = field(default_factory=list)
    duplicates: int = 0
    backup: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The summary ``crm-desktop import --json`` prints (the shape is part of the CLI)."""
        return {
            "file": self.file_name,
            "sheet": self.sheet,
            "dry_run": self.dry_run,
            "created": len(self.created),
            "updated": len(self.updated),
            "merged": len(self.merged),
            "skipped": len(self.skipped),
            "problems": [{"row": p.row, "column": p.column, "value": p.value,
                          "message": p.message} for p in self.warnings],
            "duplicates": self.duplicates,
            "rows": [_row_json(outcome, item) for outcome in ("merged", "updated", "skipped")
                     for item in getattr(self, outcome)],
            "possible_duplicates": [_row_json("created", item) for item in self.possible],
            "conflicts": [{"row": c.row, "column": c.column, "kept": c.kept,
                           "incoming": c.incoming, "kept_in": "notes"} for c in self.conflicts],
        }

    def summary(self) -> str:
        """One line for people: the counts, and whether anything was written."""
        text = (f"{self.file_name}: {len(self.created)} created, {len(self.updated)} updated, "
                f"{len(self.merged)} merged, {len(self.skipped)} skipped, "
                f"{len(self.warnings)} problems")
        if self.possible:
            text += f", {len(self.possible)} created beside a possible duplicate"
        if self.conflicts:
            text += f", {len(self.conflicts)} differing values kept in notes"
        return text + (" (dry run: nothing was written)" if self.dry_run else "")


_HEADER = ("Row", "Outcome", "Customer", "Customer ID", "Column", "Value", "Detail")


def save_report_xlsx(report: ImportReport, path: str | Path) -> Path:
    """Write the report as a one-sheet workbook, one line per row outcome and warning."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    path = Path(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Import report")
    for letter, width in zip("ABCDEFG", (8, 12, 36, 12, 18, 28, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    header = []
    for text in _HEADER:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    sheet.append(header)
    lines: list[tuple[Any, ...]] = []
    for outcome, items in (("created", report.created), ("updated", report.updated),
                           ("merged", report.merged), ("skipped", report.skipped)):
        lines += [(item.row, outcome, item.name, item.customer_id, None, None, item.detail)
                  for item in items]
    lines += [(item.row, "possible duplicate", item.name, item.customer_id, None, None,
               item.detail) for item in report.possible]
    lines += [(c.row, "conflict", None, None, c.column, c.incoming,
               f"kept in the notes; the customer has “{c.kept}”" if c.kept
               else "kept in the notes") for c in report.conflicts]
    lines += [(p.row, "warning", None, None, p.column, p.value, p.message)
              for p in report.warnings]
    lines.sort(key=lambda line: (line[0], _HEADER.index("Outcome")))
    for line in lines:
        sheet.append([_safe(value) for value in line])
    sheet.auto_filter.ref = f"A1:G{len(lines) + 1}"
    book.save(path)
    return path


def _row_json(outcome: str, item: RowOutcome) -> dict[str, Any]:
    into: dict[str, Any] = {"customer_id": item.customer_id, "customer": item.target or None}
    if item.target_row is not None:
        into["file_row"] = item.target_row
    return {"row": item.row, "outcome": outcome, "name": item.name, "into": into,
            "key": item.key or None, "value": item.value or None, "detail": item.detail}


def _safe(value: Any) -> Any:
    """Text from the user's file must never become a formula in the report."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
