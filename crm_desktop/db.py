"""Opening a database: choose it, check it, lock it, migrate it, hand out sessions.

SQLite runs in WAL mode with foreign keys on, ``synchronous=FULL`` (a committed
transaction survives a power cut) and a busy timeout. Opening an older file backs it
up and migrates it with Alembic; a file newer than this app is refused.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop import migrate
from crm_desktop.lock import DatabaseLock
from crm_desktop.paths import DB_ENV, default_database_path, make_private_dir, make_private_file
from crm_desktop.services.errors import DatabaseInUse, DomainError, ValidationError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def resolve_target(db: str | None) -> str:
    """The database the user asked for: ``--db``, else ``$CRM_DESKTOP_DB``, else the default."""
    return db or os.environ.get(DB_ENV) or str(default_database_path())


def is_url(target: str) -> bool:
    return "://" in target


@dataclass
class Database:
    """An open database: its engine, a session factory and (for files) the writer lock."""

    url: str
    engine: Engine
    path: Path | None
    read_only: bool = False
    lock: DatabaseLock | None = None
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        A row saved by someone else since it was read (its ``version`` moved on: two
        people on a shared server) is refused as ``stale_version``, never overwritten.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError as error:
            raise ValidationError(
                "stale_version",
                "Someone else saved this record while you were saving it, so your change "
                "was not saved. Reload it to see their change, then edit again.",
            ) from error

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _set_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def check_sqlite_file(path: Path, *, read_only: bool = False) -> None:
    """Refuse a path that cannot hold our database, in one sentence naming it.

    Read-only opening never creates anything: a missing file is an error then.
    """
    if path.is_dir():
        raise DomainError("db_is_folder", f"{path} is a folder, not a database file.", path=path)
    if read_only and not path.exists():
        raise DomainError("db_missing", f"{path} does not exist.", path=path)
    if path.exists():
        if not os.access(path, os.R_OK if read_only else os.R_OK | os.W_OK):
            raise DomainError(
                "db_no_access", f"{path} cannot be opened: no permission to read and write it.",
                path=path,
            )
        with open(path, "rb") as handle:
            head = handle.read(16)
        if head and head != SQLITE_MAGIC:
            raise DomainError(
                "db_not_sqlite", f"{path} is not a CRM Desktop database (not a SQLite file).",
                path=path,
            )
        return
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise DomainError("db_bad_folder", f"{parent} is not a folder.", path=path)
    try:
        if not parent.exists():  # never chmod a folder the user already has (e.g. $HOME)
            make_private_dir(parent)
    except OSError as error:
        raise DomainError(
            "db_bad_folder", f"Cannot create the folder {parent}: {error.strerror}.", path=path
        ) from error
    if not os.access(parent, os.W_OK):
        raise DomainError(
            "db_no_access", f"Cannot create {path}: the folder is not writable.", path=path
        )


def create_sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    if read_only:
        event.listen(engine, "connect", _set_read_only)
    return engine


def open_database(
    target: str | None = None, *, read_only: bool = False, take_lock: bool = True,
    upgrade: bool = True,
) -> Database:
    """Open (creating if needed) and migrate the database ``target`` names.

    Raises ``DomainError`` with a user-facing sentence when the path is unusable, the
    file is not ours, it is newer than this app, or another copy of the app has it open
    (``DatabaseInUse``; the caller may then retry with ``read_only=True``).
    """
    target = resolve_target(target)
    if is_url(target) and not target.startswith("sqlite:///"):
        from crm_desktop.server_db import open_server_engine

        engine = open_server_engine(target, read_only=read_only, upgrade=upgrade)
        return Database(url=target, engine=engine, path=None, read_only=read_only)
    path = Path(target.removeprefix("sqlite:///")).expanduser().resolve()
    check_sqlite_file(path, read_only=read_only)
    lock = None
    if take_lock and not read_only:
        lock = DatabaseLock(path)
        if not lock.acquire():
            pid = lock.holder_pid()
            raise DatabaseInUse(
                "db_in_use",
                f"{path} is already open in another CRM Desktop window"
                + (f" (process {pid})" if pid else "")
                + ". Close it there first, or open this file read-only.",
                path=path, pid=pid,
            )
    try:
        if not read_only:
            make_private_file(path)
        engine = create_sqlite_engine(path, read_only=read_only)
        database = Database(
            url=f"sqlite:///{path}", engine=engine, path=path, read_only=read_only, lock=lock
        )
        if upgrade and not read_only:
            migrate.upgrade_if_needed(engine, backup_path=path)
        else:
            migrate.refuse_if_newer(engine)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return database
