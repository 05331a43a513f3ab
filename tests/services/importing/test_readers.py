"""Workbooks and hostile files through read_file: real files built in tmp_path."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.services.errors import FileRefused
from crm_desktop.services.importing import readers_binary
from crm_desktop.services.importing.readers import RawWorkbook, read_file

CORPUS = Path(__file__).parents[3] / ".." / "shared" / "corpus"


def _customers_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户名单"
    ws["A1"] = "2024年客户名单"
    ws.merge_cells("A1:D1")
    ws.append(["姓名", "电话", "签约日期", "金额"])
    ws.append(["张三", 13812345678, dt.date(2024, 3, 5), 1200.5])
    ws.append(["李四", "021-55556666", dt.datetime(2024, 3, 6, 14, 30), 80])
    wb.create_sheet("备注")["B2"] = "only one cell"
    wb.save(path)
    return path


def test_xlsx_keeps_numbers_dates_and_merged_ranges(tmp_path: Path) -> None:
    book = read_file(_customers_xlsx(tmp_path / "客户.xlsx"))
    assert isinstance(book, RawWorkbook)
    assert (book.file_name, book.kind, book.encoding) == ("客户.xlsx", "xlsx", None)
    sheet = book.sheets[0]
    assert sheet.name == "客户名单"
    assert sheet.merged == [(0, 0, 0, 3)]
    assert sheet.rows[0] == ["2024年客户名单", None, None, None]
    assert sheet.rows[2] == ["张三", 13812345678.0, dt.date(2024, 3, 5), 1200.5]
    assert sheet.rows[3][2] == dt.datetime(2024, 3, 6, 14, 30)
    assert isinstance(sheet.rows[2][1], float)


def test_rows_start_at_cell_a1_so_merged_ranges_index_them(tmp_path: Path) -> None:
    book = read_file(_customers_xlsx(tmp_path / "c.xlsx"))
    notes = book.sheets[1]
    assert notes.name == "备注"
    assert notes.rows == [[None, None], [None, "only one cell"]]


def test_a_workbook_is_recognised_by_content_not_by_name(tmp_path: Path) -> None:
    src = _customers_xlsx(tmp_path / "c.xlsx")
    renamed = tmp_path / "customers.csv"
    renamed.write_bytes(src.read_bytes())
    assert read_file(renamed).kind == "xlsx"


def test_a_long_run_of_empty_rows_ends_the_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["A2"] = "name", "张三"
    ws["A3000"] = "far below"
    wb.save(tmp_path / "sparse.xlsx")
    assert read_file(tmp_path / "sparse.xlsx").sheets[0].rows == [["name"], ["张三"]]


def test_a_sheet_longer_than_max_rows_is_refused_not_cut(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for i in range(20):
        wb.active.append([f"customer {i}"])
    wb.save(tmp_path / "long.xlsx")
    with pytest.raises(FileRefused) as err:
        read_file(tmp_path / "long.xlsx", max_rows=10)
    assert err.value.code == "too_many_rows"
    assert read_file(tmp_path / "long.xlsx", max_rows=20).sheets[0].rows[-1] == ["customer 19"]


def _refusal(path: Path) -> FileRefused:
    with pytest.raises(FileRefused) as err:
        read_file(path)
    assert err.value.params["file"] == path.name
    assert path.name in err.value.message and "\n" not in err.value.message
    return err.value


def test_an_empty_file_is_refused_as_empty(tmp_path: Path) -> None:
    (tmp_path / "客户.xlsx").write_bytes(b"")
    err = _refusal(tmp_path / "客户.xlsx")
    assert err.code == "file_empty" and "empty" in err.message


def test_a_picture_renamed_xlsx_is_refused_as_a_picture(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
    (tmp_path / "客户.xlsx").write_bytes(png)
    err = _refusal(tmp_path / "客户.xlsx")
    assert err.code == "wrong_file_type" and "picture (PNG)" in err.message


def test_a_word_document_renamed_xlsx_says_it_is_a_word_document(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "list.xlsx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    assert "Word document" in _refusal(tmp_path / "list.xlsx").message


def test_a_pdf_is_refused_as_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "list.xls").write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    assert "PDF document" in _refusal(tmp_path / "list.xls").message


def test_an_encrypted_ooxml_file_is_called_password_protected(tmp_path: Path) -> None:
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    ole[600:600 + 32] = "EncryptedPackage".encode("utf-16-le")
    (tmp_path / "secret.xlsx").write_bytes(bytes(ole))
    err = _refusal(tmp_path / "secret.xlsx")
    assert err.code == "password_protected" and "password-protected" in err.message


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b"\x00" * (1 << 20)
            for _ in range(200):
                member.write(block)
    assert bomb.stat().st_size < 1 << 20
    err = _refusal(bomb)
    assert err.code == "file_too_large" and "too large" in err.message


def test_a_truncated_workbook_is_refused_as_damaged(tmp_path: Path) -> None:
    data = _customers_xlsx(tmp_path / "c.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert _refusal(tmp_path / "cut.xlsx").code == "file_damaged"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "nothing.xlsx").code == "file_not_found"


def _fake_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    (tmp_path / "fake_child.py").write_text(body)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.setattr(readers_binary, "_CHILD_MODULE", "fake_child")


def test_a_reader_that_kills_its_process_only_refuses_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _customers_xlsx(tmp_path / "c.xlsx")
    _fake_child(tmp_path, monkeypatch, "import os\nos.abort()\n")
    with pytest.raises(FileRefused) as err:
        read_file(book)
    assert err.value.code == "file_damaged" and "damaged or too large" in err.value.message


def test_a_reader_that_hangs_is_stopped_at_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _customers_xlsx(tmp_path / "c.xlsx")
    _fake_child(tmp_path, monkeypatch, "import time\ntime.sleep(60)\n")
    with pytest.raises(FileRefused) as err:
        read_file(book, timeout=1.0)
    assert err.value.code == "file_damaged" and "1 seconds" in err.value.message


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("name", [
    # calamine tries to allocate 8 GiB: the child's memory limit ends it (a few seconds)
    pytest.param("exceldatareader/Test_git_issue_382_oom.xls", marks=pytest.mark.slow),
    "exceldatareader/Test_Issue_12556_corrupt.xls",  # PanicException, a BaseException
])
def test_xls_files_that_crash_calamine_are_refused_as_damaged(name: str) -> None:
    with pytest.raises(FileRefused) as err:
        read_file(CORPUS / name)
    assert err.value.code == "file_damaged"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_excel_4_files_are_read_with_the_old_format_reader() -> None:
    book = read_file(CORPUS / "exceldatareader/as3xls_BIFF4.xls")
    assert book.kind == "xls" and book.sheets[0].rows


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_merged_ranges_of_ods_match_those_of_the_same_xlsx() -> None:
    ods = read_file(CORPUS / "sheetjs-test_files/merge_cells.ods").sheets[0]
    xlsx = read_file(CORPUS / "sheetjs-test_files/merge_cells.xlsx").sheets[0]
    assert sorted(ods.merged) == sorted(xlsx.merged) != []
    assert ods.rows == xlsx.rows
