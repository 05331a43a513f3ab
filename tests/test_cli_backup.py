"""``crm-desktop backup | restore | check``: output in plain words and the promised exit codes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.db import Database
from crm_desktop.services.backup import list_backups

REPO = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args], capture_output=True, text=True,
        cwd=REPO, timeout=60,
    )


def add_customer_raw(db_path: Path, name: str, status_id: int = 1) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO customers (kind, name, status_id, completeness, marketing_consent, version, "
        "created_at, updated_at) VALUES ('company', ?, ?, 0, 0, 1, '2024-01-01', '2024-01-01')",
        (name, status_id),
    )
    connection.commit()
    connection.close()


def test_backup_prints_the_new_file_and_its_size(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "backup")
    assert result.returncode == 0, result.stderr
    (backup,) = list_backups(db_path)
    assert result.stdout.strip().startswith(str(backup.path))
    assert "KB" in result.stdout


def test_backup_to_a_chosen_file_and_the_list(db_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "usb" / "crm-copy.sqlite3"
    assert main(["--db", str(db_path), "backup", "-o", str(target)]) == 0
    assert target.is_file()
    assert main(["--db", str(db_path), "backup", "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    assert "No backups" in capsys.readouterr().out  # -o copies are not in the folder
    assert main(["--db", str(db_path), "backup"]) == 0
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and "manual" in lines[1]


def test_restore_refuses_a_file_that_is_not_a_backup_in_one_line(db_path: Path,
                                                               tmp_path: Path) -> None:
    sheet = tmp_path / "客户名单.csv"
    sheet.write_text("name\n张三\n", encoding="utf-8")
    result = run_cli("--db", str(db_path), "restore", str(sheet))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "not a CRM Desktop backup" in result.stderr and str(sheet) in result.stderr


def test_restore_brings_back_a_backup(db_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "backup"]) == 0
    (saved,) = list_backups(db_path)
    add_customer_raw(db_path, "added after the backup")
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(saved.path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "pre-restore" in out
    connection = sqlite3.connect(db_path)
    assert connection.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
    connection.close()


def test_restore_refuses_while_the_app_has_the_file_open(
    database: Database, capsys: pytest.CaptureFixture[str],
) -> None:
    assert database.path is not None
    assert main(["--db", str(database.path), "backup"]) == 0
    (saved,) = list_backups(database.path)
    assert main(["--db", str(database.path), "restore", str(saved.path)]) == 2
    assert "close the app" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_restore_through_a_symlink_refuses_while_the_app_has_the_file_open(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert database.path is not None
    link = tmp_path / "shortcut.sqlite3"
    link.symlink_to(database.path)
    assert main(["--db", str(link), "backup"]) == 0
    (saved,) = list_backups(database.path)  # the backups folder is beside the real file
    assert main(["--db", str(link), "restore", str(saved.path)]) == 2
    assert "close the app" in capsys.readouterr().err
    assert link.is_symlink()


def test_check_exits_0_on_a_clean_database(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "check")
    assert result.returncode == 0, result.stderr
    assert "no problems found" in result.stdout


def test_check_exits_1_and_names_the_problem(db_path: Path) -> None:
    add_customer_raw(db_path, "华为代理", status_id=77)
    result = run_cli("--db", str(db_path), "check")
    assert result.returncode == 1
    assert 'Problem: Customer "华为代理" (#1) has no status: status #77 does not exist.' in (
        result.stdout)


def test_check_works_while_the_app_has_the_file_open_and_changes_nothing(
    database: Database, capsys: pytest.CaptureFixture[str],
) -> None:
    assert database.path is not None
    before = database.path.read_bytes()
    assert main(["--db", str(database.path), "check", "--quick"]) == 0
    assert database.path.read_bytes() == before


@pytest.mark.parametrize("content", [None, b"PK\x03\x04 a spreadsheet", b"SQLite but not ours"])
def test_check_exits_2_when_the_file_is_unusable(tmp_path: Path, content: bytes | None,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.sqlite3"
    if content == b"SQLite but not ours":
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        connection.close()
    elif content is not None:
        path.write_bytes(content)
    assert main(["--db", str(path), "check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err


def test_check_json_lists_the_findings(db_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import json

    add_customer_raw(db_path, "x", status_id=50)
    assert main(["--db", str(db_path), "check", "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert {finding["code"] for finding in findings} >= {"customer_without_status"}
    assert all(set(finding) == {"severity", "code", "message", "params"} for finding in findings)
