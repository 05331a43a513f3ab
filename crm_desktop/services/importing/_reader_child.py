"""Child process that opens binary workbooks with python-calamine (xlrd, openpyxl as fallbacks).

Run as ``python -m crm_desktop.services.importing._reader_child IN OUT FMT MAX_ROWS MEM``.
python-calamine aborts the whole process on some corrupt .xls files and raises
``PanicException`` (a ``BaseException``) on others; a hostile file can also ask for
gigabytes. Here that only ends this child: the parent sees a dead child and refuses
the file. The result is pickled to OUT as a dict: ``{"ok": True, "sheets": [(name,
rows, merged), ...]}`` or ``{"ok": False, "code": ..., "detail": ...}``.

This module imports nothing from the app but the standard library and the readers,
so it starts fast and has no Qt threads.
"""

from __future__ import annotations

import datetime as dt
import gc
import pickle
import sys
from collections.abc import Iterable, Iterator

#: A run of this many empty rows ends a sheet (a sheet may declare A1:XFD1048576).
EMPTY_RUN_LIMIT = 1000

_ODD_TYPES = frozenset({dt.time, dt.timedelta})
Rows = list[list[object]]
Merged = list[tuple[int, int, int, int]]


class TooManyRows(Exception):
    """A sheet holds more rows than the caller allows."""


def limit_memory(max_bytes: int) -> None:
    """Cap this process's address space so a hostile file fails an allocation, not the box."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return
    if max_bytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def _cell(value: object) -> object:
    if isinstance(value, dt.time):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
        return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return value


def collect_rows(rows: Iterable[list[object]], lead: int, max_rows: int) -> Rows:
    """Empty strings become None, rows are padded back to column A, trailing empty
    rows and columns go, and a long run of empty rows ends the sheet."""
    out: Rows = []
    pad: list[object] = [None] * lead
    empty_run = 0
    width = 0
    for raw in rows:
        row: list[object] = [None if v == "" else v for v in raw]
        if not _ODD_TYPES.isdisjoint(map(type, row)):
            row = [_cell(v) for v in row]
        last = len(row)
        while last and row[last - 1] is None:
            last -= 1
        if not last:
            empty_run += 1
            if empty_run >= EMPTY_RUN_LIMIT:
                break
            out.append([])
            continue
        empty_run = 0
        if len(out) >= max_rows:
            raise TooManyRows
        out.append(pad + row[:last] if lead else row[:last])
        width = max(width, lead + last)
    while out and not out[-1]:
        out.pop()
    for row in out:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    return out


def _clip_merged(merged: Iterable[tuple[int, int, int, int]], rows: Rows) -> Merged:
    width = len(rows[0]) if rows else 0
    return [m for m in merged if m[0] < len(rows) and m[1] < width and m[0] <= m[2]
            and m[1] <= m[3] and (m[0], m[1]) != (m[2], m[3])]


def read_calamine(path: str, fmt: str, max_rows: int) -> list[tuple[str, Rows, Merged]]:
    import python_calamine as pc

    sheets = []
    with pc.CalamineWorkbook.from_path(path) as wb:
        for index, meta in enumerate(wb.sheets_metadata):
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            sheet = wb.get_sheet_by_index(index)
            start = sheet.start
            lead = start[1] if start else 0
            rows = collect_rows(sheet.iter_rows(), lead, max_rows)
            ranges = sheet.merged_cell_ranges or []
            merged = _clip_merged(((a[0], a[1], b[0], b[1]) for a, b in ranges), rows)
            sheets.append((meta.name, rows, merged))
    if fmt == "ods":
        sheets = _with_ods_merges(path, sheets)
    return sheets


def _with_ods_merges(path: str, sheets: list[tuple[str, Rows, Merged]]
                     ) -> list[tuple[str, Rows, Merged]]:
    from crm_desktop.services.importing.readers_ods import ods_merged_ranges

    try:
        found = ods_merged_ranges(path)
    except Exception:  # noqa: BLE001 - the cells are read; merges are a nicety
        return sheets
    return [(name, rows, merged or _clip_merged(found.get(name, []), rows))
            for name, rows, merged in sheets]


def read_xlrd(path: str, max_rows: int) -> list[tuple[str, Rows, Merged]]:
    """Excel 2.x-4.0 files, which calamine cannot read."""
    import xlrd

    book = xlrd.open_workbook(path, on_demand=True, ragged_rows=True)
    sheets = []
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        rows = collect_rows(_xlrd_rows(book, sheet), 0, max_rows)
        merged = _clip_merged(((r0, c0, r1 - 1, c1 - 1)
                               for r0, r1, c0, c1 in sheet.merged_cells), rows)
        sheets.append((sheet.name, rows, merged))
    return sheets


def _xlrd_rows(book: object, sheet: object) -> Iterator[list[object]]:
    import xlrd

    for r in range(sheet.nrows):  # type: ignore[attr-defined]
        row: list[object] = []
        for cell in sheet.row(r):  # type: ignore[attr-defined]
            kind, value = cell.ctype, cell.value
            if kind == xlrd.XL_CELL_DATE:
                try:
                    value = xlrd.xldate_as_datetime(value, book.datemode)  # type: ignore
                    if value.time() == dt.time(0):
                        value = value.date()
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    pass
            elif kind == xlrd.XL_CELL_BOOLEAN:
                value = bool(value)
            elif kind == xlrd.XL_CELL_ERROR:
                value = xlrd.error_text_from_code.get(value, "#ERR")
            elif kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                value = None
            row.append(value)
        yield row


def read_openpyxl(path: str, max_rows: int) -> list[tuple[str, Rows, Merged]]:
    """.xlsx files whose package calamine finds wrong (missing relationships) but Excel opens."""
    import warnings

    import openpyxl

    warnings.simplefilter("ignore")
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [(ws.title, collect_rows(ws.iter_rows(values_only=True), 0, max_rows), [])
                for ws in book.worksheets]
    finally:
        book.close()


def read(path: str, fmt: str, max_rows: int) -> dict[str, object]:
    """Read with the fastest reader that can; say why not otherwise."""
    try:
        return {"ok": True, "sheets": read_calamine(path, fmt, max_rows)}
    except TooManyRows:
        return {"ok": False, "code": "too_many_rows", "detail": ""}
    except MemoryError:
        return {"ok": False, "code": "file_too_large", "detail": "memory"}
    except BaseException as exc:  # noqa: BLE001 - PanicException is a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        first = exc
    if type(first).__name__ == "PasswordError" or "password" in str(first).lower():
        return {"ok": False, "code": "password_protected", "detail": str(first)[:200]}
    fallback = {"xls": read_xlrd, "xlsx": read_openpyxl}.get(fmt)
    if fallback is not None:
        try:
            return {"ok": True, "sheets": fallback(path, max_rows)}
        except TooManyRows:
            return {"ok": False, "code": "too_many_rows", "detail": ""}
        except Exception as exc:  # noqa: BLE001 - any failure of the fallback means damaged
            if "encrypted" in str(exc).lower():
                return {"ok": False, "code": "password_protected", "detail": str(exc)[:200]}
    return {"ok": False, "code": "file_damaged",
            "detail": f"{type(first).__name__}: {str(first)[:200]}"}


def main(argv: list[str]) -> int:
    in_path, out_path, fmt, max_rows, mem = argv
    limit_memory(int(mem))
    gc.disable()  # a short-lived process building a million cells: collection only costs
    result = read(in_path, fmt, int(max_rows))
    with open(out_path, "wb") as f:
        pickler = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True  # no memo: twice as fast, and the result has no shared objects
        pickler.dump(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
