"""Copy a live SQLite database with the online backup API (consistent, even mid-write)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from crm_desktop.paths import backups_dir, make_private_dir

BACKUP_SUFFIX = ".sqlite3"


def copy_database(source: Path, destination: Path) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` (atomically renamed in)."""
    make_private_dir(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(partial, 0o600)
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
    return destination


def backup_name(db_path: Path, reason: str, when: dt.datetime | None = None) -> Path:
    """``<backups>/crm-20261126-031500-daily.sqlite3``: sortable by name, reason visible."""
    when = when or dt.datetime.now()
    stem = db_path.stem
    return backups_dir(db_path) / f"{stem}-{when:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def backup_before(db_path: Path, reason: str) -> Path | None:
    """Back up a non-empty database before a risky step; None when there is nothing to keep."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    return copy_database(db_path, backup_name(db_path, reason))
