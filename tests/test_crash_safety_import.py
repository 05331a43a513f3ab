"""An import killed without warning leaves the whole import or nothing of it, never a part.

A child process runs the real command line (``crm-desktop --db X import FILE``) on a
3,000-row .xlsx and is SIGKILLed, with the reader process it starts, at seeded random
moments: half of the time anywhere in its run, half of the time after the pre-import
backup appeared, that is while the import's one transaction is being written or
committed. Afterwards the file must pass the integrity check (warnings included: a
search index out of step with the customers would be a half import too) and hold
either every row of the file plus one import record, or exactly what it held before.

In process, a cancel at each of ``run_import``'s cancel checks in turn (the pipeline
tests cancel at the first one only) leaves every table as it was.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.db import open_database
from crm_desktop.paths import backups_dir
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.errors import Cancelled
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from crm_desktop.services.importing.readers import read_file
from crm_desktop.services.integrity import check

REPO = Path(__file__).resolve().parents[1]
ROWS = 3000
REPETITIONS = 10
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and process groups")


def tables(connection: sqlite3.Connection) -> list[str]:
    return [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]


def state(db_path: Path) -> tuple[dict[str, int], str, set[str]]:
    """(rows per table, a checksum of every table, the customers' names)."""
    connection = sqlite3.connect(db_path)
    try:
        digest = hashlib.sha256()
        counts = {}
        for table in tables(connection):
            rows = sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"')))
            counts[table] = len(rows)
            digest.update(repr((table, rows)).encode())
        names = {name for (name,) in connection.execute("SELECT name FROM customers")}
        return counts, digest.hexdigest(), names
    finally:
        connection.close()


def findings_in(db_path: Path) -> list[str]:
    database = open_database(str(db_path))  # also proves the killed writer's lock is gone
    try:
        return [finding.message for finding in check(database.engine)]
    finally:
        database.close()


@pytest.fixture
def workbook(tmp_path: Path) -> tuple[Path, set[str]]:
    path = tmp_path / "客户名单.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["客户名称", "手机", "城市", "标签"])
    names = [f"断电测试商行{number:04d}" for number in range(ROWS)]
    for number, name in enumerate(names):
        sheet.append([name, f"137{number:08d}", "杭州", "导入"])
    book.save(path)
    return path, set(names)


@pytest.fixture
def base(db_path: Path) -> Path:
    """A database that already holds customers, checkpointed so it copies as one file."""
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            for number in range(40):
                create_customer(session, data=CustomerInput(
                    name=f"老客户{number}", phones=[f"1381234{number:04d}"]))
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return db_path


def start_import(db_path: Path, file: Path) -> subprocess.Popen[bytes]:
    """The real command line, in its own process group (its reader child dies with it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "--db", str(db_path), "import", str(file)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def wait_for_pre_import_backup(child: subprocess.Popen[bytes], db_path: Path) -> bool:
    """Poll until the import's backup exists (its transaction starts next) or the child ends."""
    folder = backups_dir(db_path)
    while child.poll() is None:
        if folder.is_dir() and any(folder.glob("*-pre-import.sqlite3")):
            return True
        time.sleep(0.002)
    return False


def kill(child: subprocess.Popen[bytes], *, wait: bool = False) -> tuple[bool, str]:
    """SIGKILL the child's whole group: (whether it was killed, what it said on stderr).

    When the child has already finished (or ``wait``) it is left alone to end by itself.
    """
    if not wait and child.poll() is None:
        os.killpg(child.pid, signal.SIGKILL)
    _out, err = child.communicate(timeout=30)
    return child.returncode == -signal.SIGKILL, err.decode(errors="replace")


def check_outcome(db_path: Path, before: tuple[dict[str, int], str, set[str]],
                  file_names: set[str], what: str) -> str:
    """Assert the file is sound and holds the whole import or none of it; say which."""
    before_counts, before_sum, before_names = before
    assert findings_in(db_path) == [], f"damage {what}"
    counts, checksum, names = state(db_path)
    if counts["import_batches"] == before_counts["import_batches"]:
        assert (counts, checksum) == (before_counts, before_sum), f"part of an import {what}"
        return "nothing"
    assert counts["import_batches"] == before_counts["import_batches"] + 1, what
    assert counts["customers"] == before_counts["customers"] + ROWS, what
    assert names == before_names | file_names, what
    return "whole"


def fresh_copy(base: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(base, folder / "crm.sqlite3")
    return folder / "crm.sqlite3"


@pytest.mark.slow
@posix_only
def test_an_import_killed_at_random_moments_is_whole_or_absent(
    base: Path, tmp_path: Path, workbook: tuple[Path, set[str]]
) -> None:
    file, file_names = workbook
    before = state(base)

    # One run to the end: it must hold the whole import, and it times the two phases
    # (reading and checking the file; writing it) so the kills below land in both.
    db_path = fresh_copy(base, tmp_path / "whole")
    started = time.monotonic()
    child = start_import(db_path, file)
    assert wait_for_pre_import_backup(child, db_path)
    writing_from = time.monotonic()
    killed, said = kill(child, wait=True)
    assert not killed and child.returncode == 0, said
    whole_run, writing = time.monotonic() - started, time.monotonic() - writing_from
    assert check_outcome(db_path, before, file_names, "after a whole run") == "whole"

    rng = random.Random(20240613)
    outcomes: list[tuple[str, str]] = []  # (when the kill landed, what the file held)
    for repetition in range(REPETITIONS):
        db_path = fresh_copy(base, tmp_path / f"run{repetition}")
        child = start_import(db_path, file)
        if repetition % 2:
            in_transaction = wait_for_pre_import_backup(child, db_path)
            time.sleep(rng.uniform(0.0, writing * 1.2))
            moment = "during the import" if in_transaction else "after it ended"
        else:
            time.sleep(rng.uniform(0.0, whole_run * 1.1))
            moment = "anywhere"
        killed, said = kill(child)
        if not killed:
            assert child.returncode == 0, said
            moment = "after it ended"
        what = f"after kill {repetition} ({moment})"
        outcomes.append((moment, check_outcome(db_path, before, file_names, what)))
    assert ("during the import", "nothing") in outcomes, (
        f"no kill landed inside the import's transaction: the test proved nothing {outcomes}")


class CancelAt:
    """A cancel check that answers True from its ``at``-th call on (never when ``at`` is 0)."""

    def __init__(self, at: int = 0) -> None:
        self.at, self.calls = at, 0

    def __call__(self) -> bool:
        self.calls += 1
        return 0 < self.at <= self.calls


@pytest.mark.slow
def test_cancel_at_any_check_of_run_import_leaves_the_database_unchanged(
    base: Path, workbook: tuple[Path, set[str]]
) -> None:
    file, file_names = workbook
    raw = read_file(file)
    before = state(base)
    database = open_database(str(base))
    try:
        counting = CancelAt()
        with database.session() as session:
            run_import(session, prepare_import(session, file, workbook=raw), dry_run=True,
                       cancelled=counting)
        assert counting.calls >= 2, "run_import must check for a cancel between chunks"
        for at in range(1, counting.calls + 1):
            with pytest.raises(Cancelled), database.session() as session:
                run_import(session, prepare_import(session, file, workbook=raw),
                           db_path=base, cancelled=CancelAt(at))
            assert state(base) == before, f"cancelled at check {at} of {counting.calls}"
        with database.session() as session:
            run_import(session, prepare_import(session, file, workbook=raw))
    finally:
        database.close()
    assert findings_in(base) == []
    assert state(base)[2] == before[2] | file_names
