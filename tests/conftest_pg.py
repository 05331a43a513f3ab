"""Fixtures for a real PostgreSQL server (registered from ``tests/conftest.py``).

- ``pg_server``: one throwaway cluster per test run (see ``tests/pg.py``);
- ``pg_url``: a fresh database migrated to head, copied from a template per test;
- ``pg_empty_url``: a fresh database with no tables at all (for migrations, copy targets).

Without the server binaries these tests are skipped, except in CI (``CI=true``), where
a missing PostgreSQL is a failure: CI must never pass by skipping them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator

import pytest

from crm_desktop.db import open_database
from tests.pg import PgCluster, PostgresUnavailable, start_cluster

TEMPLATE = "crm_template"
_names = itertools.count(1)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgCluster]:
    """A running PostgreSQL cluster on a free 127.0.0.1 port, removed after the run."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as error:
        if in_ci():
            pytest.fail(f"PostgreSQL is required in CI: {error}", pytrace=False)
        pytest.skip(str(error))
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgCluster) -> str:
    """A database migrated to head, used as the template of every test database."""
    pg_server.admin(f"CREATE DATABASE {TEMPLATE}")
    database = open_database(pg_server.url(TEMPLATE))
    database.close()
    return TEMPLATE


def _fresh_database(pg_server: PgCluster, template: str) -> Iterator[str]:
    name = f"crm_test_{os.getpid()}_{next(_names)}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
    try:
        yield pg_server.url(name)
    finally:
        with contextlib.suppress(Exception):
            pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_server: PgCluster, pg_template: str) -> Iterator[str]:
    """The URL of a fresh, migrated, empty database for this test only."""
    yield from _fresh_database(pg_server, pg_template)


@pytest.fixture
def pg_empty_url(pg_server: PgCluster) -> Iterator[str]:
    """The URL of a fresh database with no tables (not even Alembic's)."""
    yield from _fresh_database(pg_server, "template0")
