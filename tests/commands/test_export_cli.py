"""``crm-desktop export KIND… -o FILE`` and ``export template``: the kinds, the files they
give, GBK on request, and a one-line refusal (exit 2, nothing written)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.cli import main
from crm_desktop.db import open_database
from crm_desktop.models import Customer
from tests.services.exporting.data import fill


@pytest.fixture
def filled(db_path: Path, tmp_path: Path) -> Path:
    database = open_database(str(db_path))
    try:
        fill(database, tmp_path)
    finally:
        database.close()
    return db_path


def test_export_contacts_writes_one_line_per_contact(filled: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "联系人.csv"
    assert main(["--db", str(filled), "export", "contacts", "-o", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["Contact Name"] for row in rows] == ["张三", "李四", "'@王"]
    assert "3 contacts written" in capsys.readouterr().err


def test_export_of_two_kinds_gives_two_sheets(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    assert main(["--db", str(filled), "export", "customers", "contacts", "-o", str(out)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["Customers", "Contacts"]


def test_export_in_gbk_refuses_a_character_gbk_lacks_in_one_line(
        filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(str(filled))
    try:
        with database.session() as session:
            session.get(Customer, 1).address = "深圳 ₩ 南山"  # the won sign: not in GBK
    finally:
        database.close()
    out = tmp_path / "gbk.csv"
    assert main(["--db", str(filled), "export", "customers", "-o", str(out),
                 "--encoding", "gbk"]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and "₩" in error and "GBK" in error
    assert "gbk.csv" in error and "Address" in error
    assert list(tmp_path.glob("*gbk.csv*")) == []
    assert main(["--db", str(filled), "export", "customers", "-o", str(out),
                 "--encoding", "gb18030"]) == 0  # GB18030 holds every character


def test_export_template_writes_the_blank_template(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    assert main(["--db", str(filled), "export", "template", "-o", str(out)]) == 0
    assert openpyxl.load_workbook(out)["Customers"]["A1"].value == "Customer Name"
    assert main(["--db", str(filled), "export", "template", "customers", "-o",
                 str(out)]) == 2
    assert main(["--db", str(filled), "export", "template", "-o",
                 str(tmp_path / "t.csv")]) == 2
