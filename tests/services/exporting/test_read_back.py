"""Exported files read back with openpyxl, csv and json: types kept, nothing a spreadsheet
would evaluate, one sheet per kind, GBK on request, all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.db import Database
from crm_desktop.services.errors import Cancelled, ValidationError
from crm_desktop.services.exporting import export_customers, export_lists
from crm_desktop.services.exporting.columns import MONEY, Column
from crm_desktop.services.exporting.writers import Sheet, csv_value, write_xlsx
from tests.services.exporting.data import RISKY, fill


@pytest.fixture
def filled(database: Database, tmp_path: Path) -> Database:
    fill(database, tmp_path)
    return database


def export(database: Database, path: Path, **options: object):
    with database.session() as session:
        return export_lists(session, path, **options)


def rows_of(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_xlsx_has_a_styled_frozen_filtered_header_and_typed_cells(filled: Database,
                                                                  tmp_path: Path) -> None:
    export(filled, tmp_path / "o.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "o.xlsx")["Customers"]
    header = [cell.value for cell in sheet[1]]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:AD{sheet.max_row}"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["B"].width > 20  # the name column is wide
    line = dict(zip(header, (cell for cell in sheet[2]), strict=True))
    assert line["ID"].value == 1 and line["ID"].data_type == "n"
    assert line["Birthday"].value == dt.datetime(1980, 1, 2)
    assert line["Birthday"].number_format == "yyyy-mm-dd"
    assert isinstance(line["Created"].value, dt.datetime)
    assert line["Completeness"].data_type == "n" and line["Marketing Consent"].value is False
    mobile = line["Contact Mobile"]
    assert mobile.value == "+8613800000001" and mobile.data_type == "s" and mobile.quotePrefix
    assert line["Phones"].value == "+8675588880000" and line["Phones"].data_type == "s"
    assert line["等级"].value == "A"  # a custom field under its label


def test_xlsx_customers_sheet_has_one_line_per_contact(filled: Database, tmp_path: Path) -> None:
    export(filled, tmp_path / "o.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "o.xlsx")["Customers"]
    names = [(row[1], row[19]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == [("深圳甲科技有限公司", "张三"), ("深圳甲科技有限公司", "李四"),
                     ("-减号工作室", "@王"), ("乙贸易", None)]


def test_several_kinds_go_to_one_sheet_each_in_xlsx_and_one_file_each_in_csv(
        filled: Database, tmp_path: Path) -> None:
    result = export(filled, tmp_path / "o.xlsx", kinds=("customers", "contacts"))
    assert result.counts == {"customers": 3, "contacts": 3}
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    assert book.sheetnames == ["Customers", "Contacts"]
    contacts = book["Contacts"]
    assert contacts.freeze_panes == "A2" and contacts.auto_filter.ref == "A1:L4"
    assert [row[2] for row in contacts.iter_rows(min_row=2, values_only=True)] == [
        "张三", "李四", "@王"]
    assert contacts["J2"].value is True  # the primary contact, a real yes/no cell
    result = export(filled, tmp_path / "o.csv", kinds=("customers", "contacts"))
    assert [path.name for path in result.files] == ["o-customers.csv", "o-contacts.csv"]
    assert not (tmp_path / "o.csv").exists()
    assert [row["Contact Name"] for row in rows_of(tmp_path / "o-contacts.csv")] == [
        "张三", "李四", "'@王"]


def test_csv_is_utf8_with_a_bom_and_every_risky_text_is_quoted(filled: Database,
                                                               tmp_path: Path) -> None:
    export(filled, tmp_path / "o.csv")
    raw = (tmp_path / "o.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "深圳甲科技有限公司".encode() in raw
    rows = rows_of(tmp_path / "o.csv")
    cells = [value for row in rows for value in row.values()]
    assert all(value[:1] not in ("=", "+", "-", "@", "\t", "\r") for value in cells)
    for risky in RISKY:
        assert "'" + risky in cells, risky
    assert rows[0]["Contact Mobile"] == "'+8613800000001"
    assert rows[2]["Contact Mobile"] == "'+16502530000"
    assert rows[2]["等级"] == "'0012"  # a leading zero a spreadsheet would drop
    assert rows[0]["Birthday"] == "1980-01-02" and rows[0]["Marketing Consent"] == "0"


def test_risky_text_is_quoted_however_harmless_it_looks() -> None:
    """"-2+3" was once left bare as "number-like": Excel shows 1."""
    text = Column("notes", "Notes")
    assert [csv_value(value, text) for value in ("-2+3", "+1", "=A1", "@x", "\tx", "\rx",
                                                 "1-2", "0755", "12345678901234567")] == [
        "'-2+3", "'+1", "'=A1", "'@x", "'\tx", "'\rx", "1-2", "'0755", "'12345678901234567"]


def test_csv_in_gbk_holds_chinese(filled: Database, tmp_path: Path) -> None:
    export(filled, tmp_path / "o.csv", encoding="gbk")
    rows = rows_of(tmp_path / "o.csv", encoding="gbk")
    assert rows[0]["Customer Name"] == "深圳甲科技有限公司"
    assert not (tmp_path / "o.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_character_gbk_cannot_hold_is_refused_in_one_line_and_nothing_is_written(
        filled: Database, tmp_path: Path) -> None:
    with filled.session() as session:
        from crm_desktop.models import Customer

        session.get(Customer, 3).notes = "好评 😀"
    target = tmp_path / "o.csv"
    with pytest.raises(ValidationError) as raised:
        export(filled, target, encoding="gbk")
    message = str(raised.value)
    assert "\n" not in message and "GBK" in message and "😀" in message
    assert "line 5" in message and "Notes" in message and "o.csv" in message
    assert raised.value.code == "export_encoding"
    assert list(tmp_path.glob("*o.csv*")) == []


def test_unknown_encoding_kind_and_format_are_refused(filled: Database, tmp_path: Path) -> None:
    for options, code in (({"encoding": "latin-9"}, "export_encoding_unknown"),
                          ({"kinds": ("deals",)}, "export_kind")):
        with pytest.raises(ValidationError) as raised:
            export(filled, tmp_path / "o.csv", **options)
        assert raised.value.code == code
    with pytest.raises(ValidationError):
        export(filled, tmp_path / "o.txt")


def test_json_keeps_the_nested_customer_and_an_object_of_lists_for_several_kinds(
        filled: Database, tmp_path: Path) -> None:
    export(filled, tmp_path / "one.json")
    records = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [len(record["contacts"]) for record in records] == [2, 1, 0]
    assert records[0]["notes"] == "-2+3" and records[0]["birthday"] == "1980-01-02"
    export(filled, tmp_path / "both.json", kinds=("customers", "contacts"))
    both = json.loads((tmp_path / "both.json").read_text(encoding="utf-8"))
    assert set(both) == {"customers", "contacts"}
    assert [contact["customer"] for contact in both["contacts"]] == [
        "深圳甲科技有限公司", "深圳甲科技有限公司", "-减号工作室"]


def test_only_the_given_customers_are_exported_in_the_given_order(filled: Database,
                                                                  tmp_path: Path) -> None:
    with filled.session() as session:
        count = export_customers(session, tmp_path / "o.csv", ids=[3, 999, 1])
    assert count == 2
    assert [row["Customer Name"] for row in rows_of(tmp_path / "o.csv")] == [
        "乙贸易", "深圳甲科技有限公司", "深圳甲科技有限公司"]


def test_headers_can_be_given_in_the_users_language(filled: Database, tmp_path: Path) -> None:
    export(filled, tmp_path / "o.csv", headers={"customers.name": "客户名称"})
    header = list(rows_of(tmp_path / "o.csv")[0])
    assert header[1] == "客户名称" and header[2] == "Type"


def test_progress_is_reported_and_cancel_leaves_no_file(filled: Database,
                                                        tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export(filled, tmp_path / "o.xlsx", kinds=("customers", "contacts"),
           progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (6, 6)
    with pytest.raises(Cancelled):
        export(filled, tmp_path / "c.xlsx", cancelled=lambda: True)
    assert list(tmp_path.glob("*c.xlsx*")) == []


def test_money_is_a_number_cell_in_units_with_two_decimals(tmp_path: Path) -> None:
    """No list with money exists yet (deals, orders join later): the writer is ready."""
    columns = [Column("amount", "Amount", MONEY)]
    write_xlsx(tmp_path / "m.xlsx", [Sheet("Deals", columns, iter([[123456], [None]]))])
    cell = openpyxl.load_workbook(tmp_path / "m.xlsx").active["A2"]
    assert cell.value == 1234.56 and cell.number_format == "#,##0.00"
    assert csv_value(123456, columns[0]) == "1234.56"
