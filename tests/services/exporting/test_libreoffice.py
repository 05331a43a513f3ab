"""Exported files opened by a real spreadsheet (LibreOffice headless converts them and
openpyxl reads the result): no cell became a formula or a number, phones stay the text
they were. Skipped without ``soffice`` except in CI (``.ci/run`` installs it)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.db import Database
from crm_desktop.services.exporting import export_lists
from tests.services.exporting.data import RISKY, fill

pytestmark = pytest.mark.slow
PHONES = ("+8613800000001", "+8613800000002", "+16502530000", "+8675588880000")


@pytest.fixture
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("soffice is missing: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


#: LibreOffice's CSV import as a user leaves it but for the character set: headless, it
#: takes the system's 8-bit set and ignores the BOM (comma, double quote, UTF-8, line 1).
CSV_UTF8 = "--infilter=CSV:44,34,76,1"
#: How LibreOffice saves a yes/no cell to .xlsx: a formula, but never one from text.
BOOLEANS = ("=TRUE()", "=FALSE()")


def convert(soffice: str, source: Path, to: str, tmp_path: Path) -> Path:
    """``source`` opened and saved again by LibreOffice Calc as ``to`` (xlsx)."""
    out = tmp_path / f"lo-{source.suffix[1:]}"
    profile = (tmp_path / "lo-profile").as_uri()
    options = [CSV_UTF8] if source.suffix == ".csv" else []
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", *options,
                    "--convert-to", to, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    return out / f"{source.stem}.{to}"


@pytest.mark.sqlite_only
def test_libreoffice_reads_the_csv_with_no_formula_and_phones_as_the_same_text(
        database: Database, tmp_path: Path, soffice: str) -> None:
    fill(database, tmp_path)
    exported = tmp_path / "customers.csv"
    with database.session() as session:
        export_lists(session, exported)
    with open(exported, encoding="utf-8-sig", newline="") as handle:
        written = [value for row in list(csv.reader(handle))[1:] for value in row]
    opened = openpyxl.load_workbook(convert(soffice, exported, "xlsx", tmp_path)).active
    read = [cell for row in opened.iter_rows(min_row=2) for cell in row]
    assert not [cell.coordinate for cell in read if cell.data_type == "f"]
    by_text = {cell.value: cell for cell in read if isinstance(cell.value, str)}
    for phone in PHONES:
        assert by_text["'" + phone].data_type == "s", phone  # not 8.61E+12
    for risky in RISKY:
        assert by_text["'" + risky].data_type == "s", risky  # not evaluated
    texts = [value for value in written if value and not value[:1].isdigit()]
    assert all(text in by_text for text in texts), set(texts) - set(by_text)
    assert by_text["'0012"].value == "'0012"  # the leading zeros are kept
    bare = tmp_path / "bare.csv"  # the control: what a bare phone and "-2+3" become
    bare.write_text("phone,note,formula\n+8613800000001,-2+3,=1+1\n", encoding="utf-8-sig")
    control = openpyxl.load_workbook(convert(soffice, bare, "xlsx", tmp_path)).active
    assert control["A2"].data_type == "n" and control["C2"].data_type == "f"


@pytest.mark.sqlite_only
def test_libreoffice_keeps_the_xlsx_text_cells_as_text(database: Database, tmp_path: Path,
                                                       soffice: str) -> None:
    fill(database, tmp_path)
    exported = tmp_path / "customers.xlsx"
    with database.session() as session:
        export_lists(session, exported, kinds=("customers", "contacts"))
    saved = openpyxl.load_workbook(convert(soffice, exported, "xlsx", tmp_path))
    assert saved.sheetnames == ["Customers", "Contacts"]
    read = [cell for sheet in saved for row in sheet.iter_rows(min_row=2) for cell in row]
    assert not [cell.coordinate for cell in read
                if cell.data_type == "f" and cell.value not in BOOLEANS]
    texts = {cell.value: cell.data_type for cell in read if cell.value is not None}
    for value in (*PHONES, *RISKY, "0012"):
        assert texts.get(value) == "s", value
