"""``crm-desktop find``: search from the command line, as the window does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.db import open_database
from crm_desktop.services.customers import CustomerInput, create_customer


@pytest.fixture
def filled(db_path: Path) -> Path:
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            create_customer(session, data=CustomerInput(
                name="张三", company="上海张氏贸易", phones=["138 1234 5678"],
                emails=["Zhang@Gmail.com"]))
            create_customer(session, data=CustomerInput(name="张三丰"))
            create_customer(session, data=CustomerInput(name="李四"))
    finally:
        database.close()
    return db_path


def test_find_json_lists_hits_best_first_with_e164_phones(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(filled), "find", "张三", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [hit["name"] for hit in hits] == ["张三", "张三丰"]
    assert hits[0]["phones"] == ["+8613812345678"]
    assert hits[0]["emails"] == ["zhang@gmail.com"]
    assert hits[0]["company"] == "上海张氏贸易" and isinstance(hits[0]["id"], int)


@pytest.mark.parametrize("text", ["zs", "zhangsan", "+86 138-1234-5678", "gmail"])
def test_find_by_initials_pinyin_phone_and_email(
    filled: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    assert main(["--db", str(filled), "find", text, "--json", "--limit", "1"]) == 0
    assert [hit["name"] for hit in json.loads(capsys.readouterr().out)] == ["张三"]


def test_find_prints_a_table_or_says_nothing_matched(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(filled), "find", "李"]) == 0
    out = capsys.readouterr().out
    assert "李四" in out and out.splitlines()[0].split()[:2] == ["ID", "Name"]
    assert main(["--db", str(filled), "find", "王五"]) == 0
    assert "No customer matches" in capsys.readouterr().out


def test_find_refuses_a_bad_limit(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(filled), "find", "x", "--limit", "0"])
    assert caught.value.code == 2


def test_an_imported_contact_sheet_shows_the_persons_mobile_and_email(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """客户名称, 联系人, 手机, 邮箱: both channels belong to the person, and ``find`` shows
    them (before, the email stayed on the company and Phones was empty)."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["客户名称", "联系人", "手机", "邮箱", "座机"])
    book.active.append(["明达贸易有限公司", "王明", "13800000000", "wang@mingda.cn",
                        "0755-88886666"])
    source = tmp_path / "客户.xlsx"
    book.save(source)
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "find", "明达", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["contact"] == {"name": "王明", "mobile": "+8613800000000",
                              "email": "wang@mingda.cn"}
    assert hit["phones"] == ["+8675588886666"] and hit["emails"] == []
    assert main(["--db", str(db_path), "find", "明达"]) == 0
    table = capsys.readouterr().out
    assert "王明" in table and "+8613800000000" in table and "wang@mingda.cn" in table
