"""Read any supported file into plain rows: the entry point of the importer's readers.

``read_file`` sniffs the content (not the name), then reads a workbook in a child
process (see ``readers_binary``), a delimited text file, or a vCard address book.
Every failure is a ``FileRefused`` with a one-line reason naming the file.
"""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.importing.readers_binary import read_in_child
from crm_desktop.services.importing.readers_model import KINDS, RawSheet, RawWorkbook, refuse
from crm_desktop.services.importing.readers_sniff import sniff
from crm_desktop.services.importing.readers_text import read_bytes, read_text_table
from crm_desktop.services.importing.readers_vcard import HEADER as VCARD_HEADER
from crm_desktop.services.importing.readers_vcard import read_vcards

__all__ = ["KINDS", "VCARD_HEADER", "RawSheet", "RawWorkbook", "read_file"]

_VCARD_SUFFIXES = {".vcf", ".vcard"}


def read_file(path: str | Path, *, encoding: str | None = None, max_rows: int = 1_000_000,
              timeout: float = 60.0) -> RawWorkbook:
    """Read any supported file; raise FileRefused (crm_desktop.services.errors) with a
    one-line reason a shop owner understands for anything else.

    ``encoding`` overrides the detected encoding of a text file; ``max_rows`` bounds a
    sheet (more is refused, not cut); ``timeout`` bounds the reading of a workbook.
    """
    path = Path(path)
    name = path.name
    fmt = sniff(path, name).fmt
    if fmt in ("xlsx", "xlsb", "xls", "ods"):
        sheets = read_in_child(path, fmt, name, max_rows=max_rows, timeout=timeout)
        if not sheets:
            refuse("no_sheets", name, "the workbook has no worksheets")
        return RawWorkbook(name, "xlsx" if fmt == "xlsb" else fmt, sheets)
    if fmt == "vcf" or path.suffix.lower() in _VCARD_SUFFIXES:
        sheet, used = read_vcards(read_bytes(path, name), name, encoding)
        return RawWorkbook(name, "vcf", [sheet], used)
    sheets, used = read_text_table(path, name, encoding=encoding, max_rows=max_rows)
    return RawWorkbook(name, "csv", sheets, used)
