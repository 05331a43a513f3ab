"""Real processes, killed without warning: the file survives whole, and a second copy is refused.

The slow tests start a child process that writes (an edit burst, or backups in a loop),
SIGKILL it at a random moment, and check that the database passes the integrity check
and holds every transaction either entirely or not at all, and that a killed backup
never shows up as a backup.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from crm_desktop.db import open_database
from crm_desktop.paths import backups_dir
from crm_desktop.services.backup import backup_now, check_backup_file, list_backups
from crm_desktop.services.errors import DatabaseInUse
from crm_desktop.services.integrity import check
from crm_desktop.sqlite_backup import PARTIAL_SUFFIX

REPO = Path(__file__).resolve().parents[1]
REPETITIONS = 20
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX")

HOLDER = """
import sys
from crm_desktop.db import open_database
from crm_desktop.models import Customer
database = open_database(sys.argv[1])
with database.session() as session:
    session.add(Customer(name="written by the first copy", status_id=1))
print("ready", flush=True)
sys.stdin.read()
"""

EDIT_BURST = """
import sys
from crm_desktop.db import open_database
from crm_desktop.models import AuditEntry, Contact, Customer
database = open_database(sys.argv[1])
print("ready", flush=True)
for i in range(10**9):
    with database.session() as session:
        customer = Customer(name=f"{sys.argv[2]}-{i}", status_id=1 + i % 7)
        session.add(customer)
        session.flush()
        session.add(Contact(customer_id=customer.id, name=f"联系人 {i}", is_primary=True))
        session.add(AuditEntry(entity="customer", entity_id=customer.id, action="create"))
"""

BACKUP_LOOP = """
import sys
from pathlib import Path
from crm_desktop.services.backup import backup_now
print("ready", flush=True)
while True:
    backup_now(Path(sys.argv[1]), "daily")
"""


def start(program: str, *args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", program, *args], cwd=REPO, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        raise AssertionError(f"child did not start: {line!r} {child.communicate()[1]}")
    return child


def kill_after(child: subprocess.Popen[str], seconds: float) -> None:
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the child ended before it was killed"


@posix_only
def test_a_second_copy_is_refused_clearly_and_may_open_read_only(db_path: Path) -> None:
    first = start(HOLDER, str(db_path))
    try:
        with pytest.raises(DatabaseInUse) as refused:
            open_database(str(db_path))
        message = refused.value.message
        assert "already open in another CRM Desktop window" in message
        assert f"(process {first.pid})" in message and "read-only" in message

        viewer = open_database(str(db_path), read_only=True)
        try:
            with viewer.session() as session:
                assert session.scalar(text("SELECT name FROM customers")) == (
                    "written by the first copy")
            with pytest.raises(OperationalError, match="readonly"), viewer.session() as session:
                session.execute(text("DELETE FROM customers"))
        finally:
            viewer.close()
    finally:
        first.kill()
        first.communicate(timeout=30)
    reopened = open_database(str(db_path))  # the OS dropped the dead copy's lock
    reopened.close()


def customers_missing_parts(db_path: Path) -> tuple[int, int, int]:
    """(customers, customers lacking a contact or audit row, audit rows without customer)."""
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute("""
            SELECT (SELECT count(*) FROM customers),
                   (SELECT count(*) FROM customers c
                     WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id)
                        OR NOT EXISTS (SELECT 1 FROM audit_log a
                                        WHERE a.entity = 'customer' AND a.entity_id = c.id)),
                   (SELECT count(*) FROM audit_log a
                     WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = a.entity_id))
        """).fetchone()
    finally:
        connection.close()


def errors_in(db_path: Path) -> list[str]:
    database = open_database(str(db_path))  # also proves the killed writer's lock is gone
    try:
        return [finding.message for finding in check(database.engine) if finding.is_error]
    finally:
        database.close()


@pytest.mark.slow
@posix_only
def test_an_edit_burst_killed_at_random_moments_keeps_whole_transactions(db_path: Path) -> None:
    rng = random.Random(20240611)
    counts = []
    for repetition in range(REPETITIONS):
        child = start(EDIT_BURST, str(db_path), f"r{repetition}")
        kill_after(child, rng.uniform(0.0, 0.4))
        assert errors_in(db_path) == []
        customers, incomplete, orphans = customers_missing_parts(db_path)
        assert (incomplete, orphans) == (0, 0), f"half a transaction after kill {repetition}"
        counts.append(customers)
    assert counts[-1] > 0, "no transaction was ever committed: the test proved nothing"


def fill(db_path: Path, customers: int) -> None:
    connection = sqlite3.connect(db_path)
    connection.executemany(
        "INSERT INTO customers (kind, name, status_id, completeness, marketing_consent, version,"
        " created_at, updated_at, notes) VALUES ('company', ?, 1, 0, 0, 1, '2024-01-01',"
        " '2024-01-01', ?)",
        [(f"客户{i}", "备注" * 100) for i in range(customers)],
    )
    connection.commit()
    connection.close()


@pytest.mark.slow
@posix_only
def test_a_backup_killed_at_random_moments_never_leaves_a_half_backup(db_path: Path) -> None:
    fill(db_path, 12_000)  # about 10 MB: one backup takes tens of milliseconds
    rng = random.Random(20240612)
    folder = backups_dir(db_path)
    partials_seen = 0
    for _ in range(REPETITIONS):
        child = start(BACKUP_LOOP, str(db_path))
        kill_after(child, rng.uniform(0.0, 0.4))
        partials_seen += len(list(folder.glob(f"*{PARTIAL_SUFFIX}")))
        for info in list_backups(db_path):
            check_backup_file(info.path)  # raises if a listed backup is not whole and sound
            assert PARTIAL_SUFFIX not in info.path.name
    assert errors_in(db_path) == []
    backup_now(db_path, "manual")  # the next backup sweeps up what killed ones left
    assert list(folder.glob(f"*{PARTIAL_SUFFIX}*")) == []
    assert partials_seen > 0, "no kill landed during a copy: the test proved nothing"
