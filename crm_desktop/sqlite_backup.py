"""Copy a live SQLite database with the online backup API (consistent, even mid-write).

A copy is written to ``<destination>.<pid>.partial`` and renamed into place only when
it is complete and on disk, so a crash or a kill never leaves a half backup under a
backup's name. While a copy is being written its writer holds an ``flock`` on the
partial file; ``clean_partials`` deletes the partial files nobody holds any more.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

from crm_desktop.paths import backups_dir, make_private_dir

BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
SQLITE_MAGIC = b"SQLite format 3\x00"
_NAME_PATTERN = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})-(?P<reason>[a-z][a-z-]*?)(?:-(?P<n>\d+))?"
    + re.escape(BACKUP_SUFFIX) + "$"
)
_REASON_PATTERN = re.compile(r"^[a-z][a-z-]*[a-z]$|^[a-z]$")

if os.name == "posix":
    import fcntl

    def _lock_nowait(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
else:  # pragma: no cover - Windows: a partial older than a day is taken as abandoned

    def _lock_nowait(fd: int) -> bool:
        return True


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never change the file (``mode=ro`` URI; path safely quoted)."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, destination: Path) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` (atomically renamed in).

    The copy is a single self-contained file (rollback journal, not WAL), private to
    the user (0600). A missing folder is created private (0700); an existing one is left
    as it is (it may be the user's Desktop). Raises ``sqlite3.DatabaseError`` when
    ``source`` cannot be read.
    """
    if not destination.parent.exists():
        make_private_dir(destination.parent)
    partial = destination.with_name(f"{destination.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_RDWR, 0o600)
    try:
        _lock_nowait(fd)  # held until the copy is renamed in; tells cleaners we are alive
        src = connect_read_only(source)
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
        os.fsync(fd)
        os.replace(partial, destination)
        fsync_folder(destination.parent)
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    finally:
        os.close(fd)
    return destination


def clean_partials(folder: Path) -> list[Path]:
    """Delete the partial copies left by a backup that was killed; returns what went.

    A partial whose writer is still running is locked and kept.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for partial in folder.glob(f"*{PARTIAL_SUFFIX}"):
        try:
            fd = os.open(partial, os.O_RDWR)
        except OSError:
            continue
        try:
            if os.name != "posix" and _age_seconds(partial) < 86_400:
                continue
            if _lock_nowait(fd):
                _remove_with_sidecars(partial)
                removed.append(partial)
        finally:
            os.close(fd)
    for sidecar in folder.glob(f"*{PARTIAL_SUFFIX}-*"):  # its partial is already gone
        if sidecar.name.endswith(SIDECARS) and not _partial_of(sidecar).exists():
            sidecar.unlink(missing_ok=True)
            removed.append(sidecar)
    return removed


SIDECARS = ("-journal", "-wal", "-shm")


def _partial_of(sidecar: Path) -> Path:
    return sidecar.with_name(sidecar.name.rsplit("-", 1)[0])


def _remove_with_sidecars(partial: Path) -> None:
    """A killed copy may leave SQLite's journal, WAL and shared-memory files beside it."""
    partial.unlink(missing_ok=True)
    for suffix in SIDECARS:
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


def _age_seconds(path: Path) -> float:
    return dt.datetime.now().timestamp() - path.stat().st_mtime


def backup_name(db_path: Path, reason: str, when: dt.datetime | None = None) -> Path:
    """``<backups>/crm-20261126-031500-daily.sqlite3``: sortable by name, reason visible.

    ``when`` is local wall-clock time. When that name is taken (two backups in the same
    second), ``-2``, ``-3``, … is added after the reason.
    """
    if not _REASON_PATTERN.match(reason):
        raise ValueError(f"backup reason must be lower-case words joined by '-': {reason!r}")
    when = when or dt.datetime.now()
    folder = backups_dir(db_path)
    base = f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{reason}"
    candidate = folder / f"{base}{BACKUP_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}{BACKUP_SUFFIX}"
        number += 1
    return candidate


def parse_backup_name(path: Path) -> tuple[dt.datetime, str] | None:
    """The local time and reason encoded in a backup's name; None for any other file."""
    match = _NAME_PATTERN.match(path.name)
    if match is None:
        return None
    try:
        when = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return when, match["reason"]


def backup_before(db_path: Path, reason: str) -> Path | None:
    """Back up a non-empty database before a risky step; None when there is nothing to keep.

    Old backups are rotated afterwards (see ``services/backup.py`` for the rule); a
    failure to rotate never stops the step the backup protects.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    make_private_dir(backups_dir(db_path))
    clean_partials(backups_dir(db_path))
    copy = copy_database(db_path, backup_name(db_path, reason))
    from crm_desktop.services.backup import rotate  # services build on this module

    with contextlib.suppress(OSError):
        rotate(db_path)
    return copy
