"""Finding the header and the data rows in sheets laid out the messy ways people do it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.services.importing.readers_model import RawSheet
from crm_desktop.services.importing.table import (
    SkippedRow,
    choose_sheet,
    fill_merged,
    find_table,
)

HEADER = ["客户名称", "联系人", "手机", "邮箱", "备注"]


def _customer(number: int) -> list[object]:
    return [f"客户{number}公司", f"联系人{number}", 13800000000 + number,
            f"c{number}@example.com", None]


def test_clean_table_has_its_first_row_as_header_and_sheet_row_numbers():
    table = find_table([HEADER, _customer(1), _customer(2)])
    assert table.header == HEADER
    assert table.header_row == 1
    assert [row.number for row in table.rows] == [2, 3]
    assert table.rows[0].values == _customer(1)


def test_header_is_found_below_a_merged_title_and_a_blank_row():
    rows = [["2024年客户名单", None, None, None, None], [None] * 5, HEADER,
            _customer(1), _customer(2), _customer(3)]
    table = find_table(rows, merged=[(0, 0, 0, 4)])
    assert table.header == HEADER
    assert table.header_row == 3
    assert [row.number for row in table.rows] == [4, 5, 6]


def test_header_is_found_below_several_title_and_note_rows():
    rows = [["某某贸易有限公司"], ["客户资料表"], ["制表日期：2024-03-05", None, None, "单位：元"],
            [], HEADER] + [_customer(n) for n in range(1, 8)]
    table = find_table(rows)
    assert table.header_row == 5
    assert len(table.rows) == 7


def test_english_header_below_a_title_is_found():
    rows = [["Customer list — March"], ["Company", "Contact", "Phone", "Email"],
            ["Acme Ltd", "Ann Lee", "+1 650 253 0000", "ann@acme.com"],
            ["Globex", "Bob Wu", "+1 650 253 0001", "bob@globex.com"]]
    table = find_table(rows)
    assert table.header == ["Company", "Contact", "Phone", "Email"]
    assert table.header_row == 2


def test_region_merged_over_ten_rows_gives_its_value_to_all_ten():
    rows = [HEADER] + [[None, f"联系人{n}", 13800000000 + n, None, None] for n in range(10)]
    rows[1][0] = "甲公司"
    table = find_table(rows, merged=[(1, 0, 10, 0)])
    assert [row.values[0] for row in table.rows] == ["甲公司"] * 10


def test_merged_region_across_columns_fills_right():
    grid = fill_merged([["a", None, None], ["b", "c", "d"]], [(0, 0, 0, 2)])
    assert grid == [["a", "a", "a"], ["b", "c", "d"]]


def test_merged_region_larger_than_the_sheet_is_clipped_and_leaves_input_untouched():
    rows = [["x", None], [None, None]]
    grid = fill_merged(rows, [(0, 0, 1_048_575, 16_383), (5, 5, 9, 9)])
    assert grid == [["x", "x"], ["x", "x"]]
    assert rows == [["x", None], [None, None]]


def test_blank_rows_inside_the_data_are_skipped_silently():
    rows = [HEADER, _customer(1), [None] * 5, ["", "  ", None, None, None], _customer(2), []]
    table = find_table(rows)
    assert [row.number for row in table.rows] == [2, 5]
    assert table.skipped == []


def test_header_repeated_mid_sheet_is_skipped_and_reported():
    rows = [HEADER, _customer(1), _customer(2), list(HEADER), _customer(3),
            [" 客户名称 ", "联系人", "手机", None, None], _customer(4)]
    table = find_table(rows)
    assert [row.number for row in table.rows] == [2, 3, 5, 7]
    assert table.skipped == [SkippedRow(4, "repeated_header"), SkippedRow(6, "repeated_header")]


def test_totals_rows_are_skipped_and_reported():
    rows = [["Company", "Contact", "Amount"], ["Acme", "Ann", 100], ["Globex", "Bob", 50],
            ["小计", None, 150], ["Initech", "Cat", 10], [None, "合计：", 160],
            ["Grand Total", None, 160], ["TOTAL (CNY)", None, 160], ["Sum", None, 160],
            ["总计", None, 160]]
    table = find_table(rows)
    assert [row.values[0] for row in table.rows] == ["Acme", "Globex", "Initech"]
    assert [skip.number for skip in table.skipped] == [4, 6, 7, 8, 9, 10]
    assert {skip.reason for skip in table.skipped} == {"total"}


def test_a_company_whose_name_starts_with_total_is_kept():
    rows = [["Company", "Contact"], ["Total Solutions Ltd", "Ann"], ["Summit Co", "Bob"]]
    table = find_table(rows)
    assert [row.values[0] for row in table.rows] == ["Total Solutions Ltd", "Summit Co"]


def test_blank_header_cells_become_column_n_and_duplicates_are_numbered():
    rows = [["姓名", None, "电话", "电话", "备注", "电话"],
            ["张三", "x", "13812345678", "010-12345678", "n", "13912345678"]]
    table = find_table(rows)
    assert table.header == ["姓名", "Column 2", "电话", "电话 (2)", "备注", "电话 (3)"]


def test_data_wider_than_the_header_gets_extra_columns():
    rows = [["姓名", "电话"], ["张三", "13812345678", "extra"], ["李四", "13912345678"]]
    table = find_table(rows)
    assert table.header == ["姓名", "电话", "Column 3"]
    assert table.rows[1].values == ["李四", "13912345678", None]


def test_trailing_empty_columns_are_dropped():
    rows = [["姓名", "电话", None, None], ["张三", "13812345678", None, ""]]
    table = find_table(rows)
    assert table.header == ["姓名", "电话"]
    assert table.rows[0].values == ["张三", "13812345678"]


def test_header_text_is_cleaned_of_line_breaks_and_spaces():
    rows = [["客户\n名称", "  手机号码 "], ["甲", "13812345678"]]
    assert find_table(rows).header == ["客户 名称", "手机号码"]


def test_sheet_starting_with_data_has_no_header_row():
    rows = [["John", "Doe", "John Doe", "john@host.example"],
            ["Jane", "Roe", "Jane Roe", "jane@host.example"]]
    table = find_table(rows)
    assert table.header_row == 0
    assert table.header == ["Column 1", "Column 2", "Column 3", "Column 4"]
    assert [row.number for row in table.rows] == [1, 2]


def test_dates_and_numbers_in_a_row_mean_it_is_not_the_header():
    rows = [["报表", None, None], ["名称", "日期", "金额"], ["甲", date(2024, 3, 5), 12.5],
            ["乙", date(2024, 3, 6), 13]]
    assert find_table(rows).header_row == 2


def test_empty_sheet_gives_an_empty_table():
    assert find_table([]).header == []
    assert find_table([[None, ""], []]).rows == []


def test_header_only_sheet_has_no_rows():
    table = find_table([[None], HEADER])
    assert table.header == HEADER
    assert table.rows == []


def test_choose_sheet_takes_the_first_sheet_with_data():
    sheets = [RawSheet("封面", [["客户名单"]]), RawSheet("空", []),
              RawSheet("客户", [HEADER, _customer(1)]), RawSheet("其他", [HEADER, _customer(2)])]
    assert choose_sheet(sheets) == 2


def test_choose_sheet_falls_back_to_the_first_non_empty_sheet_then_to_the_first():
    assert choose_sheet([RawSheet("a", [[None]]), RawSheet("b", [["x"]])]) == 1
    assert choose_sheet([RawSheet("a", []), RawSheet("b", [])]) == 0
    assert choose_sheet([]) == 0


def test_find_table_is_fast_enough_for_a_large_sheet():
    rows = [["2024年客户名单"] + [None] * 4, HEADER] + [_customer(n) for n in range(50_000)]
    table = find_table(rows, merged=[(0, 0, 0, 4)])
    assert len(table.rows) == 50_000


CORPUS = Path(__file__).parents[3] / ".." / "shared" / "corpus"


def _corpus_sheet(relative: str) -> tuple[list[list[object]], list[tuple[int, int, int, int]]]:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"corpus file {relative} is not here")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    merged = [(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1)
              for r in sheet.merged_cells.ranges]
    return rows, merged


def test_real_sheet_with_a_title_merged_across_finds_the_header_in_row_two():
    table = find_table(*_corpus_sheet("easyexcel/t02.xlsx"))
    assert table.header_row == 2
    assert table.header[:3] == ["序号", "原料编号", "厂定名称"]
    assert table.header[6] == "原料中成分含 量（%）"
    assert [row.number for row in table.rows] == [3]


def test_real_template_sheet_with_title_and_date_rows_finds_the_header_in_row_three():
    table = find_table(*_corpus_sheet("easyexcel/complex.xlsx"))
    assert table.header_row == 3
    assert table.header == ["姓名", "数字", "姓名 (2)", "数字 (2)"]
