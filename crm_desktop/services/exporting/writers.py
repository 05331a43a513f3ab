"""Writing sheets of lines to .xlsx and .csv, and records to .json.

Nothing a spreadsheet opens may run or change: every text that begins with = + - @, a tab
or a carriage return gets a leading ' in CSV (Excel and LibreOffice then read it as text; the
importer drops the ' again), and in .xlsx it is written as a text cell with Excel's quote
prefix. Phone numbers in E.164 begin with + and so are always text: in .xlsx a text cell, in
CSV '+8613800000001, which LibreOffice reads back as that text, never as 8.61E+12. Digits
that a spreadsheet would turn into a number and so change (a leading 0, more than 15
digits: an ID card number) get the ' in CSV too.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.exporting.columns import DATE, DATETIME, MONEY, Column

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Text a spreadsheet would read as a number it cannot hold exactly or without a leading 0.
_MANGLED_NUMBER = re.compile(r"0\d+|\d{16,}")


@dataclass
class Sheet:
    """One kind's sheet: its name, columns and lines (consumed once, while writing)."""

    name: str
    columns: Sequence[Column]
    lines: Iterable[Sequence[Any]]


def safe_text(value: Any) -> Any:
    """Text that a spreadsheet would take as a formula gets a leading '."""
    if isinstance(value, str) and value[:1] in RISKY_STARTS:
        return "'" + value
    return value


def csv_value(value: Any, column: Column) -> Any:
    """A cell as CSV text: ISO dates, 1/0 for yes/no, money in units, risky text quoted."""
    if value is None:
        return ""
    if isinstance(value, str):
        if value[:1] in RISKY_STARTS or _MANGLED_NUMBER.fullmatch(value):
            return "'" + value
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return _local(value).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if column.type == MONEY:
        return f"{value / 100:.2f}"
    return value


def write_csv(path: Path, sheet: Sheet, *, encoding: str = "utf-8-sig",
              name: str | None = None) -> None:
    """One sheet as CSV. A character the encoding cannot hold is refused naming the line
    and column (the caller then deletes the partial file)."""
    columns = sheet.columns
    name = name or path.name
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        _encoded(writer, [column.header for column in columns], 1, columns, encoding, name)
        for number, line in enumerate(sheet.lines, start=2):
            _encoded(writer, [csv_value(value, column) for value, column
                              in zip(line, columns, strict=True)], number, columns, encoding,
                     name)


def _encoded(writer: Any, cells: list[Any], number: int, columns: Sequence[Column],
             encoding: str, name: str) -> None:
    try:
        writer.writerow(cells)
    except UnicodeEncodeError:
        shown = "UTF-8" if encoding.startswith("utf") else encoding.upper()
        for cell, column in zip(cells, columns, strict=True):
            for char in str(cell):
                try:
                    char.encode(encoding)
                except UnicodeEncodeError:
                    raise ValidationError(
                        "export_encoding",
                        f"Cannot write {name} in {shown}: “{char}” in line {number}, "
                        f"column “{column.header}” has no {shown} code; use UTF-8",
                        file=name, char=char, line=number, column=column.header,
                        encoding=shown) from None
        raise


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    """xlsxwriter in constant-memory mode: each row goes to disk as it is written, one
    format per column type made once, and text is always written as text, so nothing in a
    cell is ever read as a formula or a number (risky text also gets Excel's quote
    prefix). Every sheet: a bold, coloured, frozen header, an autofilter and widths."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                           "strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    try:
        header = book.add_format({"bold": True, "font_color": "#FFFFFF",
                                  "bg_color": "#305496", "pattern": 1, "valign": "vcenter"})
        quoted = book.add_format({"quote_prefix": True})
        formats = {DATETIME: book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
                   DATE: book.add_format({"num_format": "yyyy-mm-dd"}),
                   MONEY: book.add_format({"num_format": "#,##0.00"})}
        for sheet in sheets:
            _write_sheet(book.add_worksheet(sheet.name[:31]), sheet, header, quoted, formats)
    finally:
        book.close()


def _write_sheet(worksheet: Any, sheet: Sheet, header: Any, quoted: Any,
                 formats: dict[str, Any]) -> None:
    columns = sheet.columns
    for number, column in enumerate(columns):
        worksheet.set_column(number, number, column.width)
    worksheet.freeze_panes(1, 0)
    for number, column in enumerate(columns):
        worksheet.write_string(0, number, column.header, header)
    write_string, write_number = worksheet.write_string, worksheet.write_number
    write_datetime, write_boolean = worksheet.write_datetime, worksheet.write_boolean
    money = [column.type == MONEY for column in columns]
    stamp, day, amount = formats[DATETIME], formats[DATE], formats[MONEY]
    line = 0
    for values in sheet.lines:
        line += 1
        for number, value in enumerate(values):
            kind = type(value)
            if value is None:
                continue
            if kind is str:
                if value[:1] in RISKY_STARTS:
                    write_string(line, number, value, quoted)
                elif value:
                    write_string(line, number, value)
            elif kind is bool:
                write_boolean(line, number, value)
            elif kind is int or kind is float:
                if money[number]:
                    write_number(line, number, value / 100, amount)
                else:
                    write_number(line, number, value)
            elif kind is dt.datetime:
                # Excel has no time zones: local time, as the user reads it elsewhere.
                write_datetime(line, number, _local(value), stamp)
            elif kind is dt.date:
                write_datetime(line, number, value, day)
            else:
                write_string(line, number, str(value))
    worksheet.autofilter(0, 0, max(line, 1), len(columns) - 1)


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def write_json(path: Path, lists: dict[str, Iterator[dict[str, Any]]]) -> None:
    """A list of objects for one kind; ``{"customers": [...], "contacts": [...]}`` for
    several. Dates as ISO text, phones in E.164, nothing neutralised (JSON runs nothing)."""
    with open(path, "w", encoding="utf-8") as handle:
        several = len(lists) > 1
        if several:
            handle.write("{")
        for index, (kind, records) in enumerate(lists.items()):
            if several:
                handle.write(f'{"," if index else ""}\n{json.dumps(kind)}: ')
            handle.write("[")
            for number, record in enumerate(records):
                handle.write(",\n" if number else "\n")
                handle.write(json.dumps(record, ensure_ascii=False, default=_plain))
            handle.write("\n]")
        handle.write("\n}\n" if several else "\n")
