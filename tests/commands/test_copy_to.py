"""``crm-desktop --db FILE copy-to URL``: the command line of moving a database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from crm_desktop.cli import main
from crm_desktop.db import open_database
from crm_desktop.models import Customer


def _add_customers(path: Path, count: int) -> None:
    database = open_database(str(path))
    try:
        with database.session() as session:
            session.add_all(Customer(name=f"客户{i}", status_id=1) for i in range(count))
    finally:
        database.close()


def test_copy_to_server_prints_verified_counts_as_json(
    db_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_customers(db_path, 12)
    assert main(["--db", str(db_path), "copy-to", pg_url, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["customers"] == 12
    assert "password" not in report["target"] and ":***@" in report["target"]
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM customers")).scalar_one() == 12
    finally:
        engine.dispose()


def test_copy_back_to_a_file_says_what_it_did(
    db_path: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_customers(db_path, 3)
    assert main(["--db", str(db_path), "copy-to", pg_url]) == 0
    back = tmp_path / "back.sqlite3"
    assert main(["--db", pg_url, "copy-to", str(back)]) == 0
    out = capsys.readouterr().out
    assert "counts verified" in out and str(back) in out


def test_copy_into_a_database_with_data_fails_in_one_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_customers(db_path, 2)
    other = tmp_path / "other.sqlite3"
    _add_customers(other, 1)
    assert main(["--db", str(db_path), "copy-to", str(other)]) == 2
    error = capsys.readouterr().err.strip()
    assert "not empty" in error and "\n" not in error
