"""``crm-desktop export deals -o FILE``: every live deal, money as money, risky text quoted."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.cli import main
from crm_desktop.db import open_database
from crm_desktop.services import deals
from tests.services.deal_helpers import a_customer, a_deal


@pytest.fixture
def with_deals(db_path: Path) -> Path:
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            customer = a_customer(session)
            a_deal(session, "官网改版", customer_id=customer, amount_minor=1_250_050,
                   stage="proposal")
            a_deal(session, "=HYPERLINK(1)", customer_id=customer, amount_minor=5)
            gone = a_deal(session, "已删", customer_id=customer)
            deals.trash_deals(session, ids=[gone.id])
    finally:
        database.close()
    return db_path


def test_export_deals_to_csv_quotes_risky_text_and_skips_the_trash(
        with_deals: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deals.csv"
    assert main(["--db", str(with_deals), "export", "deals", "-o", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Deal"], r["Stage"], r["Amount"]) for r in rows] == [
        ("'=HYPERLINK(1)", "初步接洽", "0.05"), ("官网改版", "方案报价", "12500.50")]
    assert "2 deals written" in capsys.readouterr().err


def test_export_deals_to_xlsx_and_json(with_deals: Path, tmp_path: Path) -> None:
    book = tmp_path / "deals.xlsx"
    assert main(["--db", str(with_deals), "export", "deals", "-o", str(book)]) == 0
    sheet = openpyxl.load_workbook(book)["Deals"]
    header = [cell.value for cell in sheet[1]]
    amounts = [row[header.index("Amount")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert amounts == [0.05, 12500.5]
    data = tmp_path / "deals.json"
    assert main(["--db", str(with_deals), "export", "deals", "-o", str(data)]) == 0
    records = json.loads(data.read_text(encoding="utf-8"))
    assert [r["amount_minor"] for r in records] == [5, 1_250_050]


def test_deals_are_exported_on_their_own(with_deals: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["--db", str(with_deals), "export", "deals", "customers", "-o", str(out)]) == 2
    assert not out.exists()
