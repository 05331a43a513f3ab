"""Finding the table inside a sheet: the header row, the data rows, and what to leave out.

Real customer lists are not clean tables: a title merged across the top ("2024年客户名单"),
blank rows, a company name merged over the ten rows of its contacts, the header repeated
on every printed page, a 合计 row at the bottom. ``find_table`` fills merged cells, finds
the header below any title rows, and returns the data rows with their sheet row numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from crm_desktop.services.importing.mapping import is_known_header
from crm_desktop.services.importing.normalize import clean_text

#: The header is looked for among the first this many non-blank rows.
HEADER_SCAN_ROWS = 30
#: Rows below a candidate header that are checked to look like data.
LOOKAHEAD_ROWS = 5

_TOTAL_PREFIXES = ("合计", "总计", "小计", "共计", "总合计")
#: English totals labels must stand alone ("Total", "Total:", "Grand total (CNY)", "Sum 12")
#: so that a company called "Total Solutions" is not taken for one.
_TOTAL = re.compile(
    r"(?:grand\s*)?(?:sub\s*-?\s*)?(?:total|sum)s?(?:\s*[:：(（].*|[\s\d.,:：-]*)",
    re.IGNORECASE,
)
_EMAIL_LIKE = re.compile(r"\S+@\S+\.\S+")
_NUMBER_LIKE = re.compile(r"[+\-(（]?\d[\d\s\-.,/:()（）+]*")
_DATE_LIKE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}")


@dataclass(frozen=True)
class SourceRow:
    """One data row: ``number`` is the row number the user sees in the sheet (1-based)."""

    number: int
    values: list[object]


@dataclass(frozen=True)
class SkippedRow:
    """A row left out of the data, for the import report: ``reason`` is
    ``"repeated_header"`` or ``"total"``."""

    number: int
    reason: str


@dataclass(frozen=True)
class Table:
    """The table found in a sheet. ``header_row`` is the header's 1-based row number,
    0 when the sheet has no header row (then the header is "Column 1", "Column 2"...)."""

    header: list[str]
    rows: list[SourceRow]
    header_row: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)


class SheetLike(Protocol):
    @property
    def rows(self) -> list[list[object]]: ...


def choose_sheet(sheets: Sequence[SheetLike]) -> int:
    """The index of the sheet to import: the first with a header and data, else the first
    with anything in it, else 0 (the caller then reports an empty file)."""
    first_non_empty = None
    for index, sheet in enumerate(sheets):
        filled = 0
        for row in sheet.rows:
            if not _is_blank_row(row):
                filled += 1
                if filled >= 2:
                    return index
        if filled and first_non_empty is None:
            first_non_empty = index
    return first_non_empty if first_non_empty is not None else 0


def find_table(rows: Sequence[Sequence[object]],
               merged: Sequence[tuple[int, int, int, int]] = ()) -> Table:
    """The header and data rows of a sheet (``rows`` start at A1, ``merged`` is 0-based
    inclusive ``(first_row, first_col, last_row, last_col)``).

    Merged regions give their value to every cell they cover. The header is the row among
    the first ``HEADER_SCAN_ROWS`` that best reads as one: known header words, short
    distinct text and no data-looking values, with data-looking rows below it. When the
    best row looks like data, the sheet has no header. Blank rows, repeats of the header
    and totals rows (合计, 总计, 小计, Total, Sum, Grand total) are left out.
    """
    grid = fill_merged(rows, merged)
    filled = [index for index, row in enumerate(grid) if not _is_blank_row(row)]
    if not filled:
        return Table(header=[], rows=[])
    header_index = _find_header(grid, filled)
    if header_index is None:
        header_cells: list[object] = []
        data_indexes = filled
    else:
        header_cells = list(grid[header_index])
        data_indexes = [index for index in filled if index > header_index]
    width = max([_last_filled(header_cells)] + [_last_filled(grid[i]) for i in data_indexes])
    header_texts = [clean_text(cell) for cell in header_cells[:width]]
    header_texts += [None] * (width - len(header_texts))
    header_keys = [_key(text) for text in header_texts]
    data: list[SourceRow] = []
    skipped: list[SkippedRow] = []
    for index in data_indexes:
        row = grid[index]
        values = list(row[:width]) + [None] * (width - len(row))
        reason = _leave_out(values, header_keys)
        if reason is None:
            data.append(SourceRow(index + 1, values))
        else:
            skipped.append(SkippedRow(index + 1, reason))
    return Table(header=_unique_names(header_texts), rows=data,
                 header_row=0 if header_index is None else header_index + 1, skipped=skipped)


def fill_merged(rows: Sequence[Sequence[object]],
                merged: Sequence[tuple[int, int, int, int]]) -> list[list[object]]:
    """The rows with each merged region's top-left value copied into all its cells.

    Regions are clipped to the cells that exist, so a region declared over a whole
    sheet (A1:XFD1048576) costs nothing. Rows not touched are shared, not copied.
    """
    grid: list[list[object]] = [row if isinstance(row, list) else list(row) for row in rows]
    if not merged or not grid:
        return grid
    width = max(len(row) for row in grid)
    copied: set[int] = set()
    for first_row, first_col, last_row, last_col in merged:
        if first_row >= len(grid) or first_col >= width or first_row < 0 or first_col < 0:
            continue
        last_row, last_col = min(last_row, len(grid) - 1), min(last_col, width - 1)
        top = grid[first_row]
        value = top[first_col] if first_col < len(top) else None
        if _is_blank(value):
            continue
        for index in range(first_row, last_row + 1):
            if index not in copied:
                grid[index] = list(grid[index])
                copied.add(index)
            row = grid[index]
            if len(row) <= last_col:
                row.extend([None] * (last_col + 1 - len(row)))
            for column in range(first_col, last_col + 1):
                row[column] = value
    return grid


def _find_header(grid: list[list[object]], filled: list[int]) -> int | None:
    """The index of the header row, ``None`` when the sheet starts with data."""
    sheet_width = max(_last_filled(grid[index]) for index in filled[:HEADER_SCAN_ROWS * 2])
    best_index, best_score, best_is_data = None, 0.0, False
    for position, index in enumerate(filled[:HEADER_SCAN_ROWS]):
        below = [grid[i] for i in filled[position + 1: position + 1 + LOOKAHEAD_ROWS]]
        score, looks_like_data = _header_score(grid[index], below, sheet_width)
        if score > best_score:
            best_index, best_score, best_is_data = index, score, looks_like_data
    if best_index is None or best_is_data:
        return None
    return best_index


def _header_score(row: Sequence[object], below: list[list[object]],
                  sheet_width: int) -> tuple[float, bool]:
    """How much ``row`` reads like a header, and whether it rather reads like data."""
    cells = [cell for cell in row if not _is_blank(cell)]
    texts = [cell.strip() for cell in cells if isinstance(cell, str)
             and not _looks_like_value(cell.strip())]
    values = len(cells) - len(texts)
    known = sum(1 for text in texts if is_known_header(text))
    distinct = len({text.casefold() for text in texts})
    short = sum(1 for text in texts if len(text) <= 20)
    score = 3.0 * known + short + 0.5 * distinct - 2.0 * values
    if distinct <= 1 and sheet_width > 1:
        score -= 5.0  # a title: one text, maybe merged across the table
    if below:
        wanted = max(1, len(cells) // 2)
        fitting = sum(1 for other in below
                      if sum(1 for cell in other if not _is_blank(cell)) >= wanted)
        score *= 0.5 + 0.5 * fitting / len(below)
    return score, known == 0 and values > 0


def _looks_like_value(text: str) -> bool:
    """Whether a text cell holds a number, a phone, a date or an email rather than a label."""
    return bool(_EMAIL_LIKE.fullmatch(text) or _NUMBER_LIKE.fullmatch(text)
                or _DATE_LIKE.match(text))


def _leave_out(values: list[object], header_keys: list[str | None]) -> str | None:
    """Why a non-blank row is not data ("repeated_header", "total"), ``None`` when it is.

    Only the first two filled cells are looked at for a totals label, and the header is
    only compared in full when the first filled cell equals its header: one pass that
    stops early, since this runs on every row of the sheet.
    """
    seen = 0
    for column, value in enumerate(values):
        if value is None:
            continue
        if isinstance(value, str):
            text = value.strip()
            if not text:
                continue
            if text.startswith(_TOTAL_PREFIXES) or (
                    text[0] in "TtSsGg" and _TOTAL.fullmatch(text[:60]) is not None):
                return "total"
            key = header_keys[column]
            if seen == 0 and key is not None and text[0].casefold()[0] == key[0] and _key(
                    text) == key and _repeats_header(values, header_keys):
                return "repeated_header"
        seen += 1
        if seen == 2:
            return None
    return None


def _repeats_header(values: list[object], header_keys: list[str | None]) -> bool:
    """Whether a row is the header again (printed on every page, or pasted twice)."""
    filled = same = 0
    for value, key in zip(values, header_keys, strict=True):
        if _is_blank(value):
            continue
        filled += 1
        if key is not None and isinstance(value, str) and _key(value) == key:
            same += 1
    return same >= max(1, filled * 0.6) and (same >= 2 or filled == 1)


def _unique_names(texts: list[str | None]) -> list[str]:
    """Header names: blank ones become "Column N", repeats get " (2)", " (3)"..."""
    names: list[str] = []
    used: set[str] = set()
    for number, text in enumerate(texts, start=1):
        base = text.replace("\n", " ") if text else f"Column {number}"
        name, count = base, 1
        while name.casefold() in used:
            count += 1
            name = f"{base} ({count})"
        used.add(name.casefold())
        names.append(name)
    return names


def _key(text: str | None) -> str | None:
    if text is None:
        return None
    return "".join(text.split()).casefold() or None


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_blank_row(row: Sequence[object]) -> bool:
    for value in row:
        if value is not None and (not isinstance(value, str) or value.strip()):
            return False
    return True


def _last_filled(row: Sequence[object]) -> int:
    """One past the index of the last non-blank cell (0 for a blank row)."""
    for index in range(len(row) - 1, -1, -1):
        if not _is_blank(row[index]):
            return index + 1
    return 0

