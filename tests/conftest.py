"""Shared fixtures: a fresh migrated SQLite file per test, the open database, the app context.

Qt runs offscreen (without it pytest aborts on a machine with no display) and every test
gets its own QSettings folder, so a remembered window size or language never leaks.
(No ``from __future__`` here: the environment line must come first.)
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from crm_desktop.db import Database, open_database  # noqa: E402
from crm_desktop.services.context import AppContext  # noqa: E402

pytest_plugins = ["tests.conftest_pg"]  # PostgreSQL server fixtures: pg_server, pg_url


@pytest.fixture(scope="session")
def migrated_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head per test run; tests get copies of it (migrating is slow)."""
    path = tmp_path_factory.mktemp("master") / "master.sqlite3"
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path


@pytest.fixture
def db_path(migrated_master: Path, tmp_path: Path) -> Path:
    """A fresh, migrated, empty SQLite file for this test only."""
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(migrated_master, path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """The test's database, open for writing (holding its lock); closed after the test."""
    opened = open_database(str(db_path))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def context(database: Database) -> AppContext:
    """What the views get: sessions and the database's name, without the database module."""
    return AppContext(database)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Path:
    """Point QSettings at this test's own folder, so tests never see each other's state."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("crm-desktop-tests")
    QCoreApplication.setApplicationName("CRM Desktop Tests")
    return folder


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Collect each test's garbage, Qt wrappers included, before the next test starts.

    So a test's windows end within that test. The segmentation fault in QObject's
    destructor that this first worked around was the app's: a background job, a Qt child
    of its window, deleted again by that window from inside its own destructor when the
    job's callbacks held the window's last reference (see views/worker.py). That happened
    only after the collector had freed the window's other holders, so it came at random.
    ``CRM_TEST_NO_GC_FLUSH=1`` turns this off, to look for such crashes (for more of them,
    collect more often: ``gc.set_threshold(10)``).
    """
    if os.environ.get("CRM_TEST_NO_GC_FLUSH"):
        return
    import gc

    gc.collect()
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
