"""Delimited text files: encodings, delimiters, newlines, ragged rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.services.errors import FileRefused
from crm_desktop.services.importing.readers import read_file

ROWS = [["姓名", "电话", "公司"], ["张三", "13812345678", "上海某某贸易有限公司"],
        ["李四", "021-55556666", "北京一二三科技"]]
TEXT = "\r\n".join(",".join(r) for r in ROWS) + "\r\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("codec", "prefix", "expected"), [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("gbk", b"", "gb18030"),
    ("utf-16-le", b"\xff\xfe", "utf-16"),
    ("utf-16-be", b"\xfe\xff", "utf-16"),
])
def test_chinese_csv_is_decoded_in_each_common_encoding(
    tmp_path: Path, codec: str, prefix: bytes, expected: str
) -> None:
    book = read_file(_write(tmp_path, "客户.csv", prefix + TEXT.encode(codec)))
    assert (book.kind, book.encoding) == ("csv", expected)
    assert book.sheets[0].rows == ROWS
    assert book.sheets[0].merged == []


def test_utf16_without_a_bom_is_recognised_by_its_nul_bytes(tmp_path: Path) -> None:
    text = "Name,Phone,Email\r\nAlice,555-1234,alice@example.com\r\nBob,555-9876,bob@x.org\r\n"
    book = read_file(_write(tmp_path, "export.csv", text.encode("utf-16-le")))
    assert book.encoding == "utf-16-le"
    assert book.sheets[0].rows[1] == ["Alice", "555-1234", "alice@example.com"]


def test_old_mac_files_with_cr_only_line_ends_are_split_into_rows(tmp_path: Path) -> None:
    book = read_file(_write(tmp_path, "mac.csv", b'a,b\r1,2\r"x\ry",3\r'))
    assert book.sheets[0].rows == [["a", "b"], ["1", "2"], ["x\ry", "3"]]


def test_the_semicolon_of_european_excel_is_sniffed(tmp_path: Path) -> None:
    data = "Name;Stadt;Betrag\nMüller;Köln;1,50\nSchmidt;Bonn;2,75\n".encode()
    book = read_file(_write(tmp_path, "kunden.csv", data))
    assert book.sheets[0].rows[1] == ["Müller", "Köln", "1,50"]


def test_tabs_and_pipes_are_sniffed_too(tmp_path: Path) -> None:
    tab = read_file(_write(tmp_path, "a.txt", b"name\tphone\nAnn\t123\nBo\t456\n"))
    pipe = read_file(_write(tmp_path, "b.txt", b"name|phone\nAnn|123\nBo|456\n"))
    assert tab.sheets[0].rows == pipe.sheets[0].rows == [["name", "phone"], ["Ann", "123"],
                                                          ["Bo", "456"]]


def test_ragged_rows_are_padded_and_nul_bytes_dropped(tmp_path: Path) -> None:
    book = read_file(_write(tmp_path, "r.csv", b"a,b,c\n1\n2,3,4,5\n\x006,7\n"))
    assert book.sheets[0].rows == [["a", "b", "c", None], ["1", None, None, None],
                                   ["2", "3", "4", "5"], ["6", "7", None, None]]


def test_western_latin1_text_is_not_mistaken_for_chinese(tmp_path: Path) -> None:
    data = "name,city\nJosé,São Paulo\nRené,Zürich\n".encode("cp1252")
    book = read_file(_write(tmp_path, "latin.csv", data))
    assert book.encoding == "cp1252"
    assert book.sheets[0].rows[2] == ["René", "Zürich"]


def test_the_caller_can_override_the_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "big5.csv", "名字,電話\n陳大文,98765432\n".encode("big5"))
    book = read_file(path, encoding="big5")
    assert book.encoding == "big5" and book.sheets[0].rows[1] == ["陳大文", "98765432"]


def test_an_unknown_or_wrong_encoding_override_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.csv", "张三,1\n".encode())
    with pytest.raises(FileRefused) as err:
        read_file(path, encoding="no-such-codec")
    assert err.value.code == "encoding_unknown"
    with pytest.raises(FileRefused) as err:
        read_file(path, encoding="ascii")
    assert err.value.code == "encoding_wrong" and "a.csv" in err.value.message


def test_an_unbalanced_quote_does_not_swallow_the_file(tmp_path: Path) -> None:
    book = read_file(_write(tmp_path, "q.csv", b'name,note\nAnn,"never closed\nBo,ok\n'))
    assert len(book.sheets[0].rows) >= 2


def test_a_csv_longer_than_max_rows_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "long.csv", b"".join(b"%d,x\n" % i for i in range(50)))
    with pytest.raises(FileRefused) as err:
        read_file(path, max_rows=10)
    assert err.value.code == "too_many_rows"


def test_binary_garbage_is_not_read_as_a_table(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.csv", bytes(range(1, 32)) * 50)
    with pytest.raises(FileRefused) as err:
        read_file(path)
    assert err.value.code == "wrong_file_type"
