"""Backups: consistent private copies, once a day, rotation by date, restore with a safety copy."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from crm_desktop.db import Database, open_database
from crm_desktop.models import Customer
from crm_desktop.paths import backups_dir
from crm_desktop.services import backup
from crm_desktop.services.backup import BackupInfo, backups_to_keep
from crm_desktop.services.errors import DatabaseInUse, DomainError, FileRefused
from crm_desktop.sqlite_backup import PARTIAL_SUFFIX, backup_name, clean_partials

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and flock")


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def add_customer(database: Database, name: str) -> None:
    with database.session() as session:
        session.add(Customer(name=name, status_id=1))


def customer_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        connection.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_a_consistent_copy_of_committed_data(database: Database) -> None:
    add_customer(database, "张三贸易")
    assert database.path is not None
    info = backup.backup_now(database.path)
    assert info.reason == "manual"
    assert info.path.parent == backups_dir(database.path)
    assert info.size == info.path.stat().st_size > 0
    assert customer_names(info.path) == ["张三贸易"]
    connection = sqlite3.connect(info.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_backup_taken_during_an_open_transaction_holds_only_what_was_committed(
    database: Database,
) -> None:
    add_customer(database, "committed")
    assert database.path is not None
    with database.session() as session:
        session.add(Customer(name="not yet committed", status_id=1))
        session.flush()
        info = backup.backup_now(database.path)
    assert customer_names(info.path) == ["committed"]


@posix_only
def test_database_backups_folder_and_backups_are_private_to_the_user(database: Database) -> None:
    assert database.path is not None
    add_customer(database, "x")
    info = backup.backup_now(database.path)
    assert mode(database.path) == 0o600
    assert mode(Path(f"{database.path}-wal")) == 0o600
    assert mode(backups_dir(database.path)) == 0o700
    assert mode(info.path) == 0o600


def test_two_backups_in_the_same_second_get_distinct_names(db_path: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 1, 9, 0, 0))
    first = backup.backup_now(db_path, clock=clock)
    second = backup.backup_now(db_path, clock=clock)
    assert first.path != second.path
    assert {info.path for info in backup.list_backups(db_path)} == {first.path, second.path}


def test_backup_to_a_chosen_file_never_overwrites_it(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    info = backup.backup_now(db_path, destination=target)
    assert info.path == target and target.is_file()
    with pytest.raises(FileRefused, match="already exists"):
        backup.backup_now(db_path, destination=target)


def test_backup_of_a_missing_database_says_so(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="no CRM Desktop database"):
        backup.backup_now(tmp_path / "missing.sqlite3")


def test_daily_backup_is_taken_at_most_once_a_day(db_path: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 1, 8, 30))
    first = backup.daily_backup_if_due(db_path, clock=clock)
    assert first is not None and first.reason == "daily"
    clock.now = dt.datetime(2026, 3, 1, 18, 0)
    assert backup.daily_backup_if_due(db_path, clock=clock) is None
    clock.now = dt.datetime(2026, 3, 2, 0, 5)
    assert backup.daily_backup_if_due(db_path, clock=clock) is not None


def test_a_manual_backup_today_counts_as_the_daily_one(db_path: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 1, 8, 30))
    backup.backup_now(db_path, "manual", clock=clock)
    assert backup.daily_backup_if_due(db_path, clock=clock) is None


def fake(when: dt.datetime, reason: str = "daily") -> BackupInfo:
    return BackupInfo(Path(f"/nowhere/crm-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"), when, 1, reason)


def test_rotation_keeps_seven_daily_four_weekly_and_twelve_monthly_backups() -> None:
    day = dt.date(2025, 1, 1)
    backups = []
    while day <= dt.date(2026, 3, 31):  # one daily backup a day for 15 months
        backups.append(fake(dt.datetime.combine(day, dt.time(9, 0))))
        day += dt.timedelta(days=1)
    kept = backups_to_keep(backups, dt.datetime(2026, 3, 31, 23, 0))
    kept_days = sorted(info.taken_at.date() for info in backups if info.path in kept)
    daily = [dt.date(2026, 3, d) for d in range(25, 32)]
    weekly = [dt.date(2026, 3, 15), dt.date(2026, 3, 22)]  # Sundays ending the weeks before
    monthly = [dt.date(2025, 4, 30), dt.date(2025, 5, 31), dt.date(2025, 6, 30),
               dt.date(2025, 7, 31), dt.date(2025, 8, 31), dt.date(2025, 9, 30),
               dt.date(2025, 10, 31), dt.date(2025, 11, 30), dt.date(2025, 12, 31),
               dt.date(2026, 1, 31), dt.date(2026, 2, 28)]
    assert kept_days == sorted(daily + weekly + monthly)


def test_rotation_keeps_recent_safety_and_manual_copies_and_the_last_of_each_risky_step() -> None:
    now = dt.datetime(2026, 6, 30, 12, 0)
    old_migration = fake(dt.datetime(2025, 1, 5, 10, 0), "pre-migration")
    older_migration = fake(dt.datetime(2024, 12, 1, 10, 0), "pre-migration")
    old_import = fake(dt.datetime(2025, 2, 5, 10, 0), "pre-import")
    recent_imports = [fake(dt.datetime(2026, 6, 20, h, 0), "pre-import") for h in (9, 10, 11)]
    recent_manual = fake(dt.datetime(2026, 6, 10, 8, 0), "manual")
    old_manual = fake(dt.datetime(2025, 3, 10, 8, 0), "manual")
    dailies = [fake(dt.datetime(2026, 6, d, 7, 0)) for d in range(1, 31)]
    monthlies = [fake(dt.datetime(2025 + (m - 1) // 12, (m - 1) % 12 + 1, 1, 7, 0))
                 for m in range(3, 18)]  # 2025-03 … 2026-05: pushes 2025's start out
    everything = [old_migration, older_migration, old_import, *recent_imports, recent_manual,
                  old_manual, *dailies, *monthlies]
    kept = backups_to_keep(everything, now)
    assert old_migration.path in kept  # the newest pre-migration, however old
    assert older_migration.path not in kept
    assert old_import.path not in kept  # a newer pre-import exists
    assert all(info.path in kept for info in recent_imports)
    assert recent_manual.path in kept
    assert old_manual.path not in kept


def test_rotate_deletes_only_files_named_like_backups(db_path: Path) -> None:
    folder = backups_dir(db_path)
    folder.mkdir()
    for day in range(1, 21):
        backup_name(db_path, "daily", dt.datetime(2026, 5, day, 9, 0)).write_bytes(b"x")
    stranger = folder / "my notes.txt"
    stranger.write_text("keep me", encoding="utf-8")
    removed = backup.rotate(db_path, clock=FakeClock(dt.datetime(2026, 5, 20, 10, 0)))
    remaining = backup.list_backups(db_path)
    assert len(removed) == 20 - len(remaining)
    assert [info.taken_at.day for info in remaining][:7] == [20, 19, 18, 17, 16, 15, 14]
    assert stranger.read_text(encoding="utf-8") == "keep me"


@posix_only
def test_partial_copies_are_not_listed_and_abandoned_ones_are_cleaned(db_path: Path) -> None:
    import fcntl

    folder = backups_dir(db_path)
    folder.mkdir()
    abandoned = folder / f"crm-20260501-090000-daily.sqlite3.123{PARTIAL_SUFFIX}"
    abandoned.write_bytes(b"half a copy")
    Path(f"{abandoned}-journal").write_bytes(b"j")
    in_progress = folder / f"crm-20260501-090001-daily.sqlite3.456{PARTIAL_SUFFIX}"
    in_progress.write_bytes(b"being written")
    with open(in_progress, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # as a live writer holds it
        assert backup.list_backups(db_path) == []
        assert clean_partials(folder) == [abandoned]
    assert not abandoned.exists() and not Path(f"{abandoned}-journal").exists()
    assert in_progress.exists()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_file(db_path: Path) -> None:
    database = open_database(str(db_path))
    add_customer(database, "before")
    saved = backup.backup_now(db_path)
    add_customer(database, "after")
    database.close()

    result = backup.restore(db_path, saved.path)

    assert customer_names(db_path) == ["before"]
    assert result.previous is not None and result.previous.reason == "pre-restore"
    assert customer_names(result.previous.path) == ["before", "after"]
    reopened = open_database(str(db_path))
    with reopened.session() as session:
        assert [c.name for c in session.query(Customer)] == ["before"]
    reopened.close()


@posix_only
def test_restored_database_is_private_and_no_old_wal_survives(db_path: Path) -> None:
    saved = backup.backup_now(db_path)
    Path(f"{db_path}-wal").write_bytes(b"stale journal of the old file")
    backup.restore(db_path, saved.path)
    assert mode(db_path) == 0o600
    assert not Path(f"{db_path}-wal").exists()


def make_not_ours(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()


def make_newer(source: Path, path: Path) -> None:
    path.write_bytes(source.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("kind, reason", [
    ("missing", "no such file"),
    ("text", "not a SQLite file"),
    ("empty", "not a SQLite file"),
    ("not_ours", "not a CRM Desktop database"),
    ("newer", "newer version"),
])
def test_restore_refuses_what_is_not_a_sound_backup_and_changes_nothing(
    db_path: Path, tmp_path: Path, kind: str, reason: str,
) -> None:
    candidate = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        candidate.write_text("name,phone\n张三,13800138000\n", encoding="utf-8")
    elif kind == "empty":
        candidate.write_bytes(b"")
    elif kind == "not_ours":
        make_not_ours(candidate)
    elif kind == "newer":
        make_newer(db_path, candidate)
    before = db_path.read_bytes()
    with pytest.raises(FileRefused, match=reason):
        backup.restore(db_path, candidate)
    assert db_path.read_bytes() == before
    assert backup.list_backups(db_path) == []


def test_restore_refuses_a_damaged_backup(db_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(db_path.read_bytes())
    page_size = 4096
    with open(damaged, "r+b") as handle:  # garble the first page after the header page
        handle.seek(page_size)
        handle.write(b"\xff" * 200)
    with pytest.raises(FileRefused, match="damaged"):
        backup.restore(db_path, damaged)


def test_restore_refuses_while_the_app_has_the_database_open(database: Database) -> None:
    assert database.path is not None
    saved = backup.backup_now(database.path)
    with pytest.raises(DatabaseInUse, match="close the app"):
        backup.restore(database.path, saved.path)


def test_restore_over_a_damaged_database_keeps_a_copy_of_it(db_path: Path) -> None:
    saved = backup.backup_now(db_path)
    garbled = bytearray(db_path.read_bytes())
    garbled[4096:8192] = b"\xff" * 4096
    db_path.write_bytes(bytes(garbled))
    result = backup.restore(db_path, saved.path)
    assert result.previous is not None
    assert result.previous.path.read_bytes()[4096:8192] == b"\xff" * 4096
    assert customer_names(db_path) == []


def test_restore_over_a_file_that_is_no_longer_sqlite_keeps_its_bytes(db_path: Path) -> None:
    saved = backup.backup_now(db_path)
    garbled = b"\x00" * 100 + db_path.read_bytes()[100:]
    db_path.write_bytes(garbled)
    result = backup.restore(db_path, saved.path)
    assert result.previous is not None and result.previous.reason == "pre-restore"
    assert result.previous.path.read_bytes() == garbled
    assert customer_names(db_path) == []


def test_a_backup_before_a_risky_step_is_listed_as_a_safety_copy(db_path: Path) -> None:
    from crm_desktop.sqlite_backup import backup_before

    path = backup_before(db_path, "pre-import")
    (info,) = backup.list_backups(db_path)
    assert info.path == path and info.reason == "pre-import" and info.is_safety_copy


def leave_a_commit_only_in_the_wal(db_path: Path, name: str) -> None:
    """As after a crash: the commit is in ``-wal``, never checkpointed into the file."""
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO customers (kind, name, status_id, completeness, marketing_consent, version, "
        "created_at, updated_at) VALUES ('company', ?, 1, 0, 0, 1, '2024-01-01', '2024-01-01')",
        (name,),
    )
    connection.commit()
    wal = Path(f"{db_path}-wal")
    file_bytes, wal_bytes = db_path.read_bytes(), wal.read_bytes()
    connection.close()  # (checkpoints and removes the WAL: put both back as they were)
    db_path.write_bytes(file_bytes)
    wal.write_bytes(wal_bytes)


def test_restore_checkpoints_the_current_wal_before_removing_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = backup.backup_now(db_path)
    leave_a_commit_only_in_the_wal(db_path, "only in the wal")

    real_replace = os.replace

    def crash(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if str(source).endswith(".restoring"):  # (os.replace also ends every backup copy)
            raise OSError("power cut before the rename")
        real_replace(source, target)

    with monkeypatch.context() as patched:  # a crash between removing the WAL and the swap
        patched.setattr(backup.os, "replace", crash)
        with pytest.raises(OSError, match="power cut"):
            backup.restore(db_path, saved.path)
    assert not Path(f"{db_path}-wal").exists()
    assert customer_names(db_path) == ["only in the wal"]  # the file alone still has it

    result = backup.restore(db_path, saved.path)
    assert customer_names(db_path) == []
    assert result.previous is not None
    assert customer_names(result.previous.path) == ["only in the wal"]


@posix_only
def test_restore_through_a_symlink_takes_the_apps_lock_and_keeps_the_link(
    database: Database, tmp_path: Path,
) -> None:
    assert database.path is not None
    saved = backup.backup_now(database.path)
    link = tmp_path / "shortcut.sqlite3"
    link.symlink_to(database.path)
    with pytest.raises(DatabaseInUse, match="close the app"):
        backup.restore(link, saved.path)
    database.close()
    backup.restore(link, saved.path)
    assert link.is_symlink() and link.resolve() == database.path
