"""Where files live: the default database, backups and attachments beside it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "crm-desktop"
DB_ENV = "CRM_DESKTOP_DB"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "crm.sqlite3"


def backups_dir(db_path: Path) -> Path:
    """Backups of ``crm.sqlite3`` live in ``crm.sqlite3-backups/`` beside it."""
    return db_path.with_name(db_path.name + "-backups")


def attachments_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-attachments")


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def make_private_dir(path: Path) -> None:
    """Create a folder only the user can read (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)


def make_private_file(path: Path) -> None:
    """Create the file if missing and make it readable by the user only (0600 on POSIX)."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    if os.name == "posix":
        os.chmod(path, 0o600)
