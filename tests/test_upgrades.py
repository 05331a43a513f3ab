"""Every released schema version opens with the current code and keeps its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop import migrate
from crm_desktop.db import open_database

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))


def test_there_is_a_fixture_for_the_baseline() -> None:
    assert any(p.name == "schema-0001_baseline.sqlite3" for p in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_released_database_migrates_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    shutil.copy(fixture, path)
    database = open_database(str(path))
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.session() as session:
            names = session.scalars(text("SELECT name FROM customers ORDER BY id")).all()
            assert names == ["杭州瑞丰贸易有限公司", "John Smith"]
            assert session.scalar(text("SELECT mobile FROM contacts")) == "+8613912345678"
            signed_changes = session.scalar(text(
                "SELECT count(*) FROM status_history h JOIN statuses s ON s.id = h.to_status_id "
                "WHERE s.code = 'signed' AND h.customer_id = 1"))
            assert signed_changes == 1
            assert session.scalar(text("SELECT total_minor FROM orders")) == 1_000_000
            assert session.scalar(text("SELECT sum(amount_minor) FROM payments")) == 400_000
            problems = session.execute(text("PRAGMA foreign_key_check")).all()
            assert problems == []
            from crm_desktop.services.search import search_customers

            assert [hit.id for hit in search_customers(session, "13812345678")] == [1]
    finally:
        database.close()
