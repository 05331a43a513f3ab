"""The throwaway PostgreSQL server: fresh databases per test, migrated to head."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from crm_desktop import migrate
from crm_desktop.db import open_database
from tests.pg import PG_BIN_ENV, PgCluster, PostgresUnavailable, find_bin_dir


def test_each_test_gets_a_migrated_database_at_head(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        assert database.engine.dialect.name == "postgresql"
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.session() as session:
            assert session.execute(text("SELECT count(*) FROM customers")).scalar_one() == 0
            assert session.execute(text("SELECT count(*) FROM statuses")).scalar_one() == 7
    finally:
        database.close()


def test_changes_in_one_test_database_do_not_reach_the_next(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            assert connection.execute(text("SELECT count(*) FROM tags")).scalar_one() == 0
            connection.execute(text("INSERT INTO tags (name) VALUES ('vip')"))
    finally:
        engine.dispose()


def test_the_empty_database_has_no_tables(pg_empty_url: str) -> None:
    engine = create_engine(pg_empty_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_server_listens_on_loopback_only_with_password_login(pg_server: PgCluster) -> None:
    engine = create_engine(pg_server.url("postgres"))
    try:
        with engine.connect() as connection:
            listen = connection.execute(text("SHOW listen_addresses")).scalar_one()
            port = connection.execute(text("SHOW port")).scalar_one()
    finally:
        engine.dispose()
    assert listen == "127.0.0.1"
    assert int(port) == pg_server.port


def test_missing_server_binaries_are_reported_not_crashed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(PG_BIN_ENV, str(tmp_path / "no-such-folder"))
    with pytest.raises(PostgresUnavailable, match="apt-get install -y postgresql"):
        find_bin_dir()


@pytest.mark.slow
def test_missing_server_fails_in_ci_and_skips_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CI must never pass by skipping the PostgreSQL tests."""
    repo = Path(__file__).parents[2]
    (tmp_path / "test_needs_pg.py").write_text("def test_x(pg_server):\n    pass\n")
    outcomes = {}
    for ci in ("true", ""):
        env = {**os.environ, PG_BIN_ENV: str(tmp_path / "none"), "CI": ci,
               "PYTHONPATH": str(repo)}
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest_pg",
             "-p", "no:cacheprovider", str(tmp_path / "test_needs_pg.py")],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
        )
        outcomes[ci] = done.stdout.strip().splitlines()[-1]
    assert "1 error" in outcomes["true"]
    assert "1 skipped" in outcomes[""]
