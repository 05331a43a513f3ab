"""``crm-desktop import`` and ``export customers``: exit codes, --json shape, nothing
written for a refused file, and a JSON export that gives back what was imported."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.cli import main


def customer_file(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["客户名称", "联系人", "手机", "邮箱", "生日", "标签", "状态", "负责人", "等级"])
    sheet.append(["深圳甲科技有限公司", "张三", 13812345678.0, "A@Jia.cn", dt.date(1980, 1, 2),
                  "VIP, 老客户", "已签约", "王销售", "A"])
    sheet.append(["乙贸易", "李四", "+86 139-1234-5678", "bad@", "2024年3月5日", None, None, None,
                  None])
    sheet.append(["合计", None, None, None, None, None, None, None, None])
    book.save(path)
    return path


def count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_import_json_summary_has_the_documented_shape(db_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = customer_file(tmp_path / "客户.xlsx")
    assert main(["--db", str(db_path), "import", str(source), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert list(summary) == ["file", "sheet", "dry_run", "created", "updated", "merged",
                             "skipped", "problems", "duplicates", "rows",
                             "possible_duplicates", "conflicts"]
    assert summary["file"] == "客户.xlsx" and summary["sheet"] == "客户"
    assert (summary["created"], summary["skipped"], summary["dry_run"]) == (2, 1, False)
    assert summary["problems"] == [{"row": 3, "column": "邮箱", "value": "bad@",
                                    "message": "“bad@” is not a valid email address"}]
    assert count(db_path, "customers") == 2 and count(db_path, "import_batches") == 1


def test_dry_run_reports_and_writes_nothing(db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = customer_file(tmp_path / "c.xlsx")
    assert main(["--db", str(db_path), "import", str(source), "--dry-run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["dry_run"] is True and summary["created"] == 2
    assert count(db_path, "customers") == 0 and count(db_path, "import_batches") == 0
    assert not (db_path.parent / f"{db_path.name}-backups").exists() or not any(
        (db_path.parent / f"{db_path.name}-backups").iterdir())


def test_second_import_follows_on_duplicate(db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = customer_file(tmp_path / "c.xlsx")
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", str(source), "--json"]) == 0
    skipped = json.loads(capsys.readouterr().out)
    assert (skipped["created"], skipped["skipped"], skipped["duplicates"]) == (0, 3, 2)
    assert main(["--db", str(db_path), "import", str(source), "--on-duplicate", "merge",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["merged"] == 2
    assert count(db_path, "customers") == 2


def test_refused_file_exits_2_with_one_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    picture = tmp_path / "客户.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    db = tmp_path / "new.sqlite3"
    assert main(["--db", str(db), "import", str(picture), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "客户.xlsx" in captured.err
    assert not db.exists()


def test_mapping_json_file_and_unknown_template(db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    source = customer_file(tmp_path / "c.xlsx")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"等级": "custom:客户等级", "负责人": "ignore"}),
                       encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(source), "--mapping", str(mapping)]) == 0
    assert count(db_path, "staff") == 0
    assert count(db_path, "custom_field_values") == 1
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", str(source), "--mapping", "nope"]) == 2
    assert "nope" in capsys.readouterr().err


def test_unknown_sheet_exits_2_naming_the_sheets(db_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = customer_file(tmp_path / "c.xlsx")
    assert main(["--db", str(db_path), "import", str(source), "--sheet", "Sheet9"]) == 2
    assert "客户" in capsys.readouterr().err


def test_export_json_gives_back_what_was_imported(db_path: Path, tmp_path: Path) -> None:
    source = customer_file(tmp_path / "c.xlsx")
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    out = tmp_path / "customers.json"
    assert main(["--db", str(db_path), "export", "customers", "-o", str(out)]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [r["name"] for r in records] == ["深圳甲科技有限公司", "乙贸易"]
    jia = records[0]
    assert jia["emails"] == [] and jia["phones"] == []  # 邮箱 beside 联系人 is the person's
    assert jia["contacts"][0]["mobile"] == "+8613812345678"
    assert jia["contacts"][0]["email"] == "a@jia.cn"
    assert jia["contacts"][0]["name"] == "张三"
    assert jia["tags"] == ["VIP", "老客户"] and jia["status"] == "已签约"
    assert jia["owner"] == "王销售" and jia["birthday"] == "1980-01-02"
    assert jia["custom_fields"] == {"等级": "A"}
    assert isinstance(jia["created_at"], str) and jia["created_at"].startswith("20")
    assert records[1]["contacts"][0]["mobile"] == "+8613912345678"


def test_export_xlsx_and_csv_are_styled_and_formula_safe(db_path: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["客户名称", "手机", "备注"])
    book.active.append(["@SUM(1+1)*cmd|'/C calc'!A0", "13812345678", "-2+3+cmd|'/C calc'!A0"])
    book.save(tmp_path / "evil.xlsx")
    assert main(["--db", str(db_path), "import", str(tmp_path / "evil.xlsx")]) == 0
    assert main(["--db", str(db_path), "export", "customers", "-o",
                 str(tmp_path / "o.csv")]) == 0
    text = (tmp_path / "o.csv").read_text(encoding="utf-8-sig")
    # the phone too: bare, Excel and LibreOffice read +8613812345678 as the number 8.6E+12
    assert "'@SUM(1+1)" in text and "'-2+3+cmd" in text and ",'+8613812345678," in text
    assert main(["--db", str(db_path), "export", "customers", "-o",
                 str(tmp_path / "o.xlsx")]) == 0
    sheet = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet["A1"].font.b
    name = sheet["B2"]
    assert name.value == "@SUM(1+1)*cmd|'/C calc'!A0" and name.data_type == "s"
    assert name.quotePrefix
    assert sheet["AB1"].value == "Created"
    assert isinstance(sheet["AB2"].value, dt.datetime)  # a real date cell


def test_json_read_by_a_reader_that_stops_early_ends_quietly(db_path: Path,
                                                             tmp_path: Path) -> None:
    """``crm-desktop import … --json | true``: the import is done, no traceback."""
    import subprocess
    import sys

    path = customer_file(tmp_path / "客户.xlsx")
    command = [sys.executable, "-m", "crm_desktop", "--db", str(db_path), "import", str(path),
               "--json"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader goes away before the summary is written
    errors = child.stderr.read().decode()
    assert child.wait(timeout=120) in (0, 141)
    assert "Traceback" not in errors and "BrokenPipe" not in errors
    assert count(db_path, "customers") == 2
