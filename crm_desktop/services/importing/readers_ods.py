"""Merged ranges of OpenDocument sheets, which python-calamine does not report.

content.xml is streamed through defusedxml (no entity expansion, no external entities);
rows and cells repeated a million times are counted, not expanded. Runs in the reader
child process, under its memory limit and timeout.
"""

from __future__ import annotations

import zipfile

from defusedxml.ElementTree import iterparse

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_T = "{" + _TABLE + "}"


def ods_merged_ranges(path: str) -> dict[str, list[tuple[int, int, int, int]]]:
    """Sheet name -> merged ranges as (first_row, first_col, last_row, last_col)."""
    merged: dict[str, list[tuple[int, int, int, int]]] = {}
    current: list[tuple[int, int, int, int]] = []
    row = col = 0
    with zipfile.ZipFile(path) as zf, zf.open("content.xml") as content:
        for event, elem in iterparse(content, events=("start", "end")):
            tag = elem.tag
            if event == "start":
                if tag == _T + "table":
                    current = merged.setdefault(elem.get(_T + "name", ""), [])
                    row = 0
                elif tag == _T + "table-row":
                    col = 0
                elif tag in (_T + "table-cell", _T + "covered-table-cell"):
                    cols = int(elem.get(_T + "number-columns-spanned", "1"))
                    rows = int(elem.get(_T + "number-rows-spanned", "1"))
                    if tag == _T + "table-cell" and (cols > 1 or rows > 1):
                        current.append((row, col, row + rows - 1, col + cols - 1))
                continue
            if tag in (_T + "table-cell", _T + "covered-table-cell"):
                col += int(elem.get(_T + "number-columns-repeated", "1"))
                elem.clear()
            elif tag == _T + "table-row":
                row += int(elem.get(_T + "number-rows-repeated", "1"))
                elem.clear()
    return merged
