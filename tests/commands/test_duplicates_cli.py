"""``crm-desktop duplicates``: the finder's groups from the command line."""

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
            for name, phone in (("上海张氏贸易有限公司", "13812345678"),
                                ("上海张氏贸易", "13812345678"),
                                ("张三丰", None), ("章三丰", None), ("李四", None)):
                create_customer(session, data=CustomerInput(
                    name=name, kind="person" if len(name) == 3 else "company",
                    phones=[phone] if phone else []))
    finally:
        database.close()
    return db_path


def test_duplicates_json_lists_sure_groups_first_with_their_reasons(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled), "duplicates", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert [g["sure"] for g in groups] == [True, False]
    assert [c["name"] for c in groups[0]["customers"]] == ["上海张氏贸易有限公司", "上海张氏贸易"]
    assert {r["key"] for r in groups[0]["reasons"]} == {"mobile", "name"}
    assert groups[1]["reasons"][0] == {"key": "pinyin", "value": "zhangsanfeng",
                                       "ids": groups[1]["ids"], "score": 80,
                                       "why": "same_pinyin"}


def test_duplicates_sure_leaves_out_the_suggestions(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled), "duplicates", "--sure"]) == 0
    out = capsys.readouterr().out
    assert "上海张氏贸易" in out and "章三丰" not in out
    assert "1 groups, 1 sure." in out
