"""Opening a shared PostgreSQL database: migrations as on SQLite, plain-words failures."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from crm_desktop import migrate
from crm_desktop.cli import main
from crm_desktop.db import open_database
from crm_desktop.services.errors import DomainError
from tests.pg import PgCluster, free_port


def _index_names(url: str, table: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(connection.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = :t"), {"t": table}
            ).scalars())
    finally:
        engine.dispose()


def test_opening_an_empty_server_database_creates_the_schema_at_head(pg_empty_url: str) -> None:
    database = open_database(pg_empty_url)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.session() as session:
            names = session.execute(text("SELECT name_en FROM statuses ORDER BY position"))
            assert names.scalars().first() == "Lead"
    finally:
        database.close()
    indexes = _index_names(pg_empty_url, "customers")
    assert {"ix_customers_name_trgm", "ix_customers_pinyin_trgm", "ix_customers_name_c"} <= indexes
    assert "ix_contacts_mobile_trgm" in _index_names(pg_empty_url, "contacts")


def test_postgres_search_migration_downgrades_and_upgrades_again(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        migrate.downgrade(engine, "0002_search_indexes")
        assert "ix_customers_name_trgm" not in _index_names(pg_url, "customers")
        migrate.upgrade(engine, "head")
        assert "ix_customers_name_trgm" in _index_names(pg_url, "customers")
    finally:
        engine.dispose()


def test_postgres_search_migration_is_a_no_op_on_sqlite(database) -> None:  # noqa: ANN001
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    with database.engine.connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%trgm%'"
        ).scalars().all()
    assert names == []


def test_unreachable_server_is_named_in_one_sentence() -> None:
    url = f"postgresql+psycopg://crm:secret@127.0.0.1:{free_port()}/crm"
    with pytest.raises(DomainError) as caught:
        open_database(url)
    assert caught.value.code == "db_server_unreachable"
    assert "127.0.0.1" in caught.value.message
    assert "secret" not in caught.value.message


def test_wrong_password_is_a_refused_login(pg_server: PgCluster, pg_url: str) -> None:
    database_name = pg_url.rsplit("/", 1)[1]
    with pytest.raises(DomainError) as caught:
        open_database(pg_server.url(database_name, password="wrong-password"))
    assert caught.value.code == "db_login_refused"
    assert "'crm'" in caught.value.message
    assert "wrong-password" not in caught.value.message


def test_unknown_user_is_a_refused_login(pg_server: PgCluster) -> None:
    with pytest.raises(DomainError) as caught:
        open_database(pg_server.url("postgres", user="nobody"))
    assert caught.value.code == "db_login_refused"


def test_missing_database_is_named(pg_server: PgCluster) -> None:
    with pytest.raises(DomainError) as caught:
        open_database(pg_server.url("no_such_shop"))
    assert caught.value.code == "db_server_no_database"
    assert "no_such_shop" in caught.value.message


def test_server_database_newer_than_the_app_is_refused(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    finally:
        engine.dispose()
    for read_only in (False, True):
        with pytest.raises(DomainError) as caught:
            open_database(pg_url, read_only=read_only)
        assert caught.value.code == "db_newer"


def test_read_only_server_database_refuses_writes(pg_url: str) -> None:
    database = open_database(pg_url, read_only=True)
    try:
        with pytest.raises(DBAPIError, match="read-only"), database.session() as session:
            session.execute(text("INSERT INTO tags (name) VALUES ('x')"))
    finally:
        database.close()


def test_other_servers_than_postgres_are_refused_plainly() -> None:
    with pytest.raises(DomainError) as caught:
        open_database("mysql://user@host/shop")
    assert caught.value.code == "db_unsupported_server"


def test_command_line_reports_a_refused_login_in_one_line_with_exit_2(
    pg_server: PgCluster, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.url("postgres", password="wrong-password")
    assert main(["--db", url, "check"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert "refused the login" in error
