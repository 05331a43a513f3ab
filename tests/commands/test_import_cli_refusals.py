"""``crm-desktop import`` refuses a wrong ``--sheet`` or ``--mapping`` before it opens the
database: exit 2, one line naming the file, and no database, lock or backup created."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.cli import main
from crm_desktop.db import open_database
from crm_desktop.services.importing.templates import save_template


def source(folder: Path) -> Path:
    folder.mkdir()
    book = openpyxl.Workbook()
    book.active.title = "客户"
    book.active.append(["客户名称", "手机"])
    book.active.append(["深圳甲科技有限公司", "13812345678"])
    path = folder / "客户.xlsx"
    book.save(path)
    return path


def refused(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(arguments) == 2
    error = capsys.readouterr().err
    assert "客户.xlsx" in error and len(error.strip().splitlines()) == 1
    return error


@pytest.mark.parametrize("option", [["--sheet", "Nope"], ["--mapping", "nosuch"],
                                    ["--mapping", "BAD_JSON"]])
def test_a_bad_option_creates_no_database_at_all(tmp_path: Path, option: list[str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    file = source(tmp_path / "in")
    bad_json = tmp_path / "in" / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    option = [bad_json.as_posix() if part == "BAD_JSON" else part for part in option]
    data = tmp_path / "data"
    data.mkdir()
    refused(["--db", str(data / "db.sqlite3"), "import", str(file), *option], capsys)
    assert list(data.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["bad.json", "客户.xlsx"]


def test_an_unknown_template_leaves_an_existing_database_untouched(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = source(tmp_path / "in")
    before = sorted(p.name for p in db_path.parent.iterdir())
    error = refused(["--db", str(db_path), "import", str(file), "--mapping", "nosuch"], capsys)
    assert "nosuch" in error
    assert sorted(p.name for p in db_path.parent.iterdir()) == before
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0


def test_a_saved_template_and_a_json_file_are_still_accepted(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = source(tmp_path / "in")
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            save_template(session, name="我的模板", header=["客户名称", "手机"],
                          mapping=["name", "phone"])
    finally:
        database.close()
    mapping = tmp_path / "in" / "m.json"
    mapping.write_text(json.dumps({"客户名称": "name", "手机": "phone"}), encoding="utf-8")
    for value in ("我的模板", str(mapping)):
        assert main(["--db", str(db_path), "import", str(file), "--mapping", value,
                     "--on-duplicate", "create", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["created"] == 1
