"""Opening databases: pragmas, migrations, backups before upgrades, refusals in one sentence."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from crm_desktop import migrate
from crm_desktop.db import open_database, resolve_target
from crm_desktop.models import Base
from crm_desktop.paths import DB_ENV, backups_dir
from crm_desktop.services.errors import DatabaseInUse, DomainError


def test_new_database_gets_the_whole_schema_and_defaults(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "new.sqlite3"))
    try:
        tables = set(inspect(database.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "customer_search" in tables
        with database.session() as session:
            assert session.scalar(text("SELECT count(*) FROM statuses")) == 7
            assert session.scalar(text("SELECT count(*) FROM pipeline_stages")) == 6
            assert session.scalar(text("PRAGMA journal_mode")) == "wal"
            assert session.scalar(text("PRAGMA foreign_keys")) == 1
            assert session.scalar(text("PRAGMA synchronous")) == 2  # FULL
            assert session.scalar(text("PRAGMA busy_timeout")) >= 5000
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.close()


def test_schema_matches_the_models_after_migrating(tmp_path: Path) -> None:
    """The migrations and the models describe the same schema (autogenerate finds nothing)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    database = open_database(str(tmp_path / "diff.sqlite3"))
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = [d for d in compare_metadata(context, Base.metadata)
                           if "customer_search" not in str(d)]
        assert differences == []
    finally:
        database.close()


def test_downgrade_to_nothing_and_upgrade_again(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "cycle.sqlite3"))
    try:
        migrate.downgrade(database.engine, "base")
        assert "customers" not in inspect(database.engine).get_table_names()
        migrate.upgrade(database.engine, "head")
        assert "customers" in inspect(database.engine).get_table_names()
    finally:
        database.close()


def test_older_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(str(path))
    migrate.downgrade(database.engine, "base")
    migrate.upgrade(database.engine, "0001_baseline")
    database.close()
    reopened = open_database(str(path))
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    finally:
        reopened.close()
    if migrate.head_revision() != "0001_baseline":
        backups = list(backups_dir(path).glob("*pre-migration*"))
        assert len(backups) == 1


def test_database_newer_than_the_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DomainError, match="newer version of CRM Desktop"):
        open_database(str(path))


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("客户名单\n", encoding="utf-8")
    with pytest.raises(DomainError, match="not a CRM Desktop database"):
        open_database(str(path))
    assert path.read_text(encoding="utf-8") == "客户名单\n"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="is a folder"):
        open_database(str(tmp_path))


def test_second_writer_is_told_and_may_open_read_only(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    first = open_database(str(path))
    try:
        with pytest.raises(DatabaseInUse, match="already open in another CRM Desktop window"):
            open_database(str(path))
        reader = open_database(str(path), read_only=True)
        try:
            with reader.session() as session:
                assert session.scalar(text("SELECT count(*) FROM statuses")) == 7
            refused = "readonly|read-only|query_only|attempt to write"
            with pytest.raises(Exception, match=refused), reader.session() as session:
                session.execute(text("DELETE FROM statuses"))
        finally:
            reader.close()
    finally:
        first.close()
    open_database(str(path)).close()  # the lock is released on close


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_is_private_to_the_user(tmp_path: Path) -> None:
    path = tmp_path / "private" / "crm.sqlite3"
    open_database(str(path)).close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_target_comes_from_argument_then_environment_then_default(monkeypatch) -> None:
    monkeypatch.setenv(DB_ENV, "/tmp/from-env.sqlite3")
    assert resolve_target("/tmp/arg.sqlite3") == "/tmp/arg.sqlite3"
    assert resolve_target(None) == "/tmp/from-env.sqlite3"
    monkeypatch.delenv(DB_ENV)
    assert resolve_target(None).endswith("crm.sqlite3")


def test_read_only_opening_of_a_missing_file_is_refused_and_creates_nothing(
        tmp_path: Path) -> None:
    path = tmp_path / "typo.sqlite3"
    with pytest.raises(DomainError, match="does not exist"):
        open_database(str(path), read_only=True)
    assert list(tmp_path.glob("typo*")) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    """--db ~/shop.sqlite3 must not make the home folder private."""
    folder = tmp_path / "home"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    open_database(str(folder / "shop.sqlite3")).close()
    assert folder.stat().st_mode & 0o777 == 0o755
