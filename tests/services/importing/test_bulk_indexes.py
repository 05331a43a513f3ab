"""A bulk import into a small table drops its indexes and creates them again after the
rows are in: the same indexes come out, and a cancel or an error leaves them as they were."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from crm_desktop.db import Database
from crm_desktop.services.errors import Cancelled
from crm_desktop.services.importing import sqlbulk
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import

pytestmark = pytest.mark.sqlite_only


def small_workbook(path: Path, rows: int = 5) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户名称", "联系人", "手机"])
    for number in range(rows):
        sheet.append([f"测试公司{number}", f"联系人{number}", f"1391234{number:04d}"])
    book.save(path)
    return path


def _indexes(database: Database) -> set[tuple[str, str]]:
    with database.session() as session:
        return set(session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('customers', 'contacts')")).all())


@pytest.fixture
def dropped_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Rebuild from the first row on, and record every DROP INDEX the import runs."""
    monkeypatch.setattr(sqlbulk, "REBUILD_FROM", 1)
    seen: list[str] = []
    original = Connection.exec_driver_sql

    def recording(self, statement, *args, **kwargs):  # type: ignore[no-untyped-def]
        if statement.startswith("DROP INDEX"):
            seen.append(statement)
        return original(self, statement, *args, **kwargs)

    monkeypatch.setattr(Connection, "exec_driver_sql", recording)
    return seen


def test_bulk_import_into_an_empty_table_ends_with_the_same_indexes(
        database: Database, tmp_path: Path, dropped_statements: list[str]) -> None:
    before = _indexes(database)
    with database.session() as session:
        report = run_import(session, prepare_import(session, small_workbook(tmp_path / "a.xlsx")))
        session.commit()
    assert len(report.created) == 5
    assert dropped_statements, "the import did not take the rebuild path"
    assert _indexes(database) == before
    with database.session() as session:
        check = session.execute(text("PRAGMA integrity_check")).scalar_one()
        used = session.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM customers WHERE name = '测试公司1'")).all()
    assert check == "ok"
    assert "ix_customers" in " ".join(str(row) for row in used)


def test_cancelled_bulk_import_keeps_every_index(
        database: Database, tmp_path: Path, dropped_statements: list[str]) -> None:
    before = _indexes(database)
    with pytest.raises(Cancelled), database.session() as session:
        preview = prepare_import(session, small_workbook(tmp_path / "a.xlsx"))
        run_import(session, preview, cancelled=lambda: bool(dropped_statements))
    assert dropped_statements
    assert _indexes(database) == before


def test_import_smaller_than_the_table_keeps_its_indexes_in_place(
        database: Database, tmp_path: Path, dropped_statements: list[str]) -> None:
    with database.session() as session:
        run_import(session, prepare_import(session, small_workbook(tmp_path / "a.xlsx")))
        session.commit()
    dropped_statements.clear()
    with database.session() as session:
        preview = prepare_import(session, small_workbook(tmp_path / "b.xlsx", rows=3))
        report = run_import(session, preview, policy="create")  # 3 new rows beside 5
    assert len(report.created) == 3
    assert dropped_statements == []
