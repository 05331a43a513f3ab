"""Writing the small workbooks the import tests read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl


def write_sheet(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]]) -> Path:
    """An .xlsx at ``path`` whose first sheet holds ``header`` and then ``rows``."""
    book = openpyxl.Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path
