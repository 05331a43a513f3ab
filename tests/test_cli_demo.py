"""``crm-desktop demo``: fills a database, refuses bad input with one line and exit code 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.cli import main


def _run(*args: str) -> int:
    """``main`` as the shell sees it: argparse errors exit through SystemExit."""
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_demo_fills_a_new_database_and_says_so(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert _run("--db", str(path), "demo") == 0
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (300,)
    assert "300 customers" in capsys.readouterr().err


def test_demo_into_a_database_with_customers_is_refused(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("--db", str(db_path), "demo") == 0
    capsys.readouterr()
    assert _run("--db", str(db_path), "demo", "--seed", "2") == 2
    err = capsys.readouterr().err
    assert "already has 300 customers" in err and err.count("\n") == 1


def test_unknown_size_exits_2(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("--db", str(db_path), "demo", "--size", "huge") == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("kind", ["folder", "not_sqlite"])
def test_unusable_database_path_exits_2_with_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    target = tmp_path / "target"
    if kind == "folder":
        target.mkdir()
    else:
        target.write_text("name,phone\n张三,13800138000\n", encoding="utf-8")
    assert _run("--db", str(target), "demo") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err
