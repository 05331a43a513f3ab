"""The plain values the file readers return, and the one way they refuse a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NoReturn

from crm_desktop.services.errors import FileRefused

#: Kinds a workbook can be reported as (see ``RawWorkbook.kind``).
KINDS = ("xlsx", "xls", "ods", "csv", "vcf")
PASSWORD_REASON = ("the file is password-protected; open it in Excel, WPS or LibreOffice, "
                   "remove the password and save it again")


@dataclass(frozen=True)
class RawSheet:
    """One sheet as read, before any cleaning.

    ``rows`` start at cell A1 (row 0, column 0) so that ``merged`` ranges, given as
    ``(first_row, first_col, last_row, last_col)`` 0-based inclusive, index them directly.
    Cell values are ``str``, ``int``, ``float``, ``bool``, ``datetime.date``,
    ``datetime.datetime`` or ``None`` (an empty cell).
    """

    name: str
    rows: list[list[object]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class RawWorkbook:
    """A whole file as read: ``kind`` is one of ``KINDS`` (.xlsm/.xlsb count as "xlsx",
    .txt/.tsv as "csv"); ``encoding`` is set for text files."""

    file_name: str
    kind: str
    sheets: list[RawSheet]
    encoding: str | None = None


def refuse(code: str, file_name: str, reason: str, **params: object) -> NoReturn:
    """Raise ``FileRefused`` with a one-line sentence naming the file."""
    raise FileRefused(code, f"Cannot import {file_name}: {reason}.", file=file_name, **params)
