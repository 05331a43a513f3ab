"""Backups of the database file: take one now, once a day at open, list, rotate, restore.

Backups live in ``<db>-backups/`` beside the database (0700; each file 0600), named
``<stem>-YYYYmmdd-HHMMSS-<reason>.sqlite3`` in local time, where the reason is
``daily``, ``manual``, ``pre-migration``, ``pre-import`` or ``pre-restore``. They are
made with SQLite's online backup API, so a backup taken while the app writes is still
a consistent snapshot, and they appear under their name only once complete.

Rotation rule (``rotate``, run after every backup taken here), over the backups in the
folder, whatever their reason:

* the newest backup of each of the 7 most recent days that have one (daily),
  of each of the 4 most recent ISO weeks (weekly) and of each of the 12 most recent
  months (monthly) is kept;
* safety copies (``pre-*``) and backups the user asked for (``manual``) are kept for
  30 days whatever the above says, and the newest backup of each ``pre-*`` reason is
  kept for ever (the state before the last migration, import and restore);
* the newest backup is never deleted, and files in the folder that do not carry a
  backup's name are never touched.

Everything else in the folder that carries a backup's name is deleted.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory

from crm_desktop.lock import DatabaseLock
from crm_desktop.migrate import alembic_config
from crm_desktop.paths import backups_dir, make_private_dir
from crm_desktop.services.errors import DatabaseInUse, DomainError, FileRefused
from crm_desktop.sqlite_backup import (
    BACKUP_SUFFIX,
    backup_name,
    clean_partials,
    connect_read_only,
    copy_database,
    fsync_folder,
    has_sqlite_header,
    parse_backup_name,
)

Clock = Callable[[], dt.datetime]
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY = dt.timedelta(days=30)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``taken_at`` is local wall-clock time, as in the file's name."""

    path: Path
    taken_at: dt.datetime
    size: int
    reason: str

    @property
    def is_safety_copy(self) -> bool:
        """Taken before a risky step (migration, import, restore)."""
        return self.reason.startswith("pre-")


def _info(path: Path) -> BackupInfo | None:
    parsed = parse_backup_name(path)
    if parsed is None or not path.is_file():
        return None
    taken_at, reason = parsed
    return BackupInfo(path=path, taken_at=taken_at, size=path.stat().st_size, reason=reason)


def _newest_first(backups: Iterable[BackupInfo]) -> list[BackupInfo]:
    """By time in the name; within one second, by when the file was written."""

    def key(info: BackupInfo) -> tuple[dt.datetime, int, str]:
        try:
            written = info.path.stat().st_mtime_ns
        except OSError:
            written = 0
        return info.taken_at, written, info.path.name

    return sorted(backups, key=key, reverse=True)


def _require_database_file(db_path: Path) -> None:
    if not db_path.is_file() or not has_sqlite_header(db_path):
        raise DomainError(
            "backup_no_database", f"There is no CRM Desktop database at {db_path} to back up.",
            path=db_path,
        )


def backup_now(
    db_path: Path, reason: str = "manual", *, destination: Path | None = None,
    clock: Clock = dt.datetime.now,
) -> BackupInfo:
    """Take a consistent backup of ``db_path`` now, even while the app writes to it.

    Without ``destination`` the backup goes to the backups folder and old backups are
    rotated; with it, the copy is written there (an existing file is never overwritten)
    and nothing is rotated.
    """
    db_path = Path(db_path)
    _require_database_file(db_path)
    when = clock()
    if destination is not None:
        destination = Path(destination).expanduser().absolute()
        if destination.exists():
            raise FileRefused(
                "backup_target_exists",
                f"{destination} already exists; choose a new file name for the backup.",
                path=destination,
            )
    else:
        folder = backups_dir(db_path)
        make_private_dir(folder)
        clean_partials(folder)
        destination = backup_name(db_path, reason, when)
    try:
        copy_database(db_path, destination)
    except sqlite3.DatabaseError as error:
        raise DomainError(
            "backup_source_damaged",
            f"Could not back up {db_path}: the database file is damaged ({error}). "
            "Restore an earlier backup instead.",
            path=db_path,
        ) from error
    except OSError as error:
        raise DomainError(
            "backup_write_failed",
            f"Could not write the backup {destination}: {error.strerror or error}.",
            path=destination,
        ) from error
    info = BackupInfo(destination, when.replace(microsecond=0), destination.stat().st_size, reason)
    if destination.parent == backups_dir(db_path):
        rotate(db_path, clock=clock)
    return info


def daily_backup_if_due(db_path: Path, *, clock: Clock = dt.datetime.now) -> BackupInfo | None:
    """Back up once a day: None when a backup (of any reason) was already taken today."""
    db_path = Path(db_path)
    today = clock().date()
    if any(backup.taken_at.date() >= today for backup in list_backups(db_path)):
        return None
    return backup_now(db_path, "daily", clock=clock)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path`` in its backups folder, newest first."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob(f"*{BACKUP_SUFFIX}") if (info := _info(path))]
    return _newest_first(found)


def backups_to_keep(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """The paths the rotation rule (see the module docstring) keeps."""
    ordered = _newest_first(backups)
    keep: set[Path] = set()
    if not ordered:
        return keep
    keep.add(ordered[0].path)
    periods: dict[str, tuple[int, Callable[[dt.datetime], object], set[object]]] = {
        "daily": (KEEP_DAILY, lambda t: t.date(), set()),
        "weekly": (KEEP_WEEKLY, lambda t: t.isocalendar()[:2], set()),
        "monthly": (KEEP_MONTHLY, lambda t: (t.year, t.month), set()),
    }
    newest_of_reason: set[str] = set()
    for info in ordered:
        for limit, key_of, seen in periods.values():
            key = key_of(info.taken_at)
            if key not in seen and len(seen) < limit:
                seen.add(key)
                keep.add(info.path)
        recent = now - info.taken_at <= KEEP_SAFETY
        if recent and (info.is_safety_copy or info.reason == "manual"):
            keep.add(info.path)
        if info.is_safety_copy and info.reason not in newest_of_reason:
            newest_of_reason.add(info.reason)
            keep.add(info.path)
    return keep


def rotate(db_path: Path, *, clock: Clock = dt.datetime.now) -> list[Path]:
    """Delete the backups the rotation rule does not keep; returns the deleted paths."""
    db_path = Path(db_path)
    clean_partials(backups_dir(db_path))
    backups = list_backups(db_path)
    keep = backups_to_keep(backups, clock())
    removed = []
    for info in backups:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def check_backup_file(backup_file: Path) -> str:
    """Refuse a file that is not a sound CRM Desktop database; returns its schema revision.

    The file is opened read-only: SQLite header, ``PRAGMA integrity_check``, our tables
    and a schema revision this app knows (an older one is migrated when next opened).
    """
    backup_file = Path(backup_file)

    def refuse(why: str, reason: str) -> FileRefused:
        """``reason`` (missing, not_sqlite, damaged, not_ours, newer) picks the translation."""
        return FileRefused(
            "restore_not_a_backup", f"{backup_file} cannot be restored: {why}.", path=backup_file,
            reason=reason,
        )

    if not backup_file.is_file():
        raise refuse("there is no such file", "missing")
    if not has_sqlite_header(backup_file):
        raise refuse("it is not a CRM Desktop backup (not a SQLite file)", "not_sqlite")
    try:
        connection = connect_read_only(backup_file)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise refuse(f"the file is damaged ({error})", "damaged") from error
    if verdict != ["ok"]:
        raise refuse(f"the file is damaged ({verdict[0]})", "damaged")
    if revision is None or not {"customers", "statuses"} <= tables:
        raise refuse("it is a SQLite file but not a CRM Desktop database", "not_ours")
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception as error:  # alembic raises its own CommandError for unknown ids
        raise refuse("it was written by a newer version of CRM Desktop", "newer") from error
    return revision


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: BackupInfo | None  # the pre-restore copy of the file that was replaced


def restore(
    db_path: Path, backup_file: Path, *, lock_held: bool = False, clock: Clock = dt.datetime.now,
) -> RestoreResult:
    """Replace the database with a backup, after saving the current file as ``pre-restore``.

    **The database must be closed** (every engine disposed) before calling this: the
    caller closes it, calls ``restore`` and opens the file again. Unless ``lock_held``
    says the caller holds the writer lock, ``restore`` takes it for its duration and
    raises ``DatabaseInUse`` when another copy of the app has the file open. The new
    file is copied beside the database first and renamed over it, so a crash leaves
    either the old file or the restored one, never a mix. The current file's WAL is
    checkpointed into it first (so its latest commits are in the file itself, should a
    crash come before the rename) and then removed, so it can never be replayed onto the
    restored file. Paths are resolved as ``open_database`` does, so a symlinked database
    shares the app's lock and the file it points to is replaced, not the link.
    """
    db_path = Path(db_path).expanduser().resolve()
    backup_file = Path(backup_file).expanduser().absolute()
    if backup_file.resolve() == db_path.resolve():
        raise FileRefused(
            "restore_same_file", f"{backup_file} is the database itself, not a backup of it.",
            path=backup_file,
        )
    check_backup_file(backup_file)
    with hold_writer_lock(db_path, already_held=lock_held):
        if _has_content(db_path):
            _checkpoint(db_path)
        previous = _save_current(db_path, clock) if _has_content(db_path) else None
        staged = db_path.with_name(db_path.name + ".restoring")
        staged.unlink(missing_ok=True)
        copy_database(backup_file, staged)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, db_path)
        if os.name == "posix":
            os.chmod(db_path, 0o600)
        fsync_folder(db_path.parent)
        rotate(db_path, clock=clock)
    return RestoreResult(restored_from=backup_file, previous=previous)


@contextmanager
def hold_writer_lock(db_path: Path, *, already_held: bool = False) -> Iterator[None]:
    """Hold the database's writer lock for a block (or trust the caller that holds it)."""
    if already_held:
        yield
        return
    lock = DatabaseLock(db_path)
    if not lock.acquire():
        pid = lock.holder_pid()
        raise DatabaseInUse(
            "db_in_use",
            f"{db_path} is open in CRM Desktop"
            + (f" (process {pid})" if pid else "")
            + "; close the app before restoring a backup.",
            path=db_path, pid=pid,
        )
    try:
        yield
    finally:
        lock.release()


def _checkpoint(db_path: Path) -> None:
    """Move the WAL's commits into the database file and empty the WAL.

    A damaged or non-SQLite file cannot be checkpointed: it is then saved byte for byte
    with its WAL (``_save_current``), which is all that can be done for it.
    """
    try:
        connection = sqlite3.connect(db_path, timeout=5)
    except sqlite3.Error:
        return
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error:
        pass
    finally:
        connection.close()


def _has_content(db_path: Path) -> bool:
    return db_path.is_file() and db_path.stat().st_size > 0


def _save_current(db_path: Path, clock: Clock) -> BackupInfo:
    """Back up the file about to be replaced; a damaged one is copied byte for byte."""
    if has_sqlite_header(db_path):
        try:
            return backup_now(db_path, "pre-restore", clock=clock)
        except DomainError as error:
            if error.code != "backup_source_damaged":
                raise
    folder = backups_dir(db_path)
    make_private_dir(folder)
    when = clock()
    target = backup_name(db_path, "pre-restore", when)
    shutil.copyfile(db_path, target)
    wal = Path(f"{db_path}-wal")
    if wal.is_file():  # SQLite pairs ``X`` with ``X-wal``: the raw copy keeps its journal
        shutil.copyfile(wal, Path(f"{target}-wal"))
    if os.name == "posix":
        os.chmod(target, 0o600)
    return BackupInfo(target, when.replace(microsecond=0), target.stat().st_size, "pre-restore")
