"""The search documents an import writes from Python are exactly those the index's SQL
builds from the stored rows, for new customers and for customers a merge changed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from crm_desktop.db import Database
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from crm_desktop.services.search_index import _DOCUMENT_SQL
from tests.services.importing.test_pipeline import messy_workbook

pytestmark = pytest.mark.sqlite_only


def _indexed(database: Database) -> dict[int, str]:
    with database.session() as session:
        return dict(session.execute(text("SELECT rowid, body FROM customer_search")).all())


def _from_sql(database: Database) -> dict[int, str]:
    with database.session() as session:
        return dict(session.execute(text(_DOCUMENT_SQL)).all())


def _import(database: Database, path: Path, policy: str) -> None:
    with database.session() as session:
        run_import(session, prepare_import(session, path), policy=policy)
        session.commit()


def test_imported_documents_equal_the_documents_sql_builds(
        database: Database, tmp_path: Path) -> None:
    _import(database, messy_workbook(tmp_path / "messy.xlsx"), "skip")
    indexed = _indexed(database)
    assert len(indexed) == 3
    assert indexed == _from_sql(database)


def test_documents_of_customers_a_later_import_merged_into_follow_the_merge(
        database: Database, tmp_path: Path) -> None:
    _import(database, messy_workbook(tmp_path / "messy.xlsx"), "skip")
    book = openpyxl.Workbook()
    book.active.append(["客户名称", "联系人", "手机", "电话", "备注"])
    book.active.append(["ABC科技（深圳）有限公司", "周九", "13911112222", "02174342518", "新备注"])
    book.active.append(["广州新客户有限公司", None, None, "2174342518; 2445235002", None])
    book.save(tmp_path / "more.xlsx")
    _import(database, tmp_path / "more.xlsx", "merge")
    indexed = _indexed(database)
    assert any("周九" in body and "02174342518" not in body and "+862174342518" in body
               for body in indexed.values())
    assert indexed == _from_sql(database)


def test_a_bulk_import_pauses_index_merging_and_leaves_one_optimised_index(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("crm_desktop.services.search_index.BULK_DOCUMENTS", 1)
    _import(database, messy_workbook(tmp_path / "messy.xlsx"), "skip")
    assert _indexed(database) == _from_sql(database)
    with database.session() as session:
        automerge = session.execute(text(
            "SELECT v FROM customer_search_config WHERE k = 'automerge'")).scalar()
        found = session.execute(text(
            "SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"abckeji\"'"
        )).scalar()
    assert automerge == 4 and found == 1
