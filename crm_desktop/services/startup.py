"""What happens right after a database is opened: a quick check, then the daily backup.

The window (``app.py``) calls ``on_open`` once the database is open, preferably in a
worker thread (on a large file the check and the backup take a moment), and offers to
restore a backup when ``report.damaged``. When ``open_database`` itself fails,
``is_damaged_file_error`` tells a damaged file (offer restore) from other failures.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy.exc import DBAPIError

from crm_desktop.db import Database
from crm_desktop.services import integrity
from crm_desktop.services.backup import BackupInfo, Clock, daily_backup_if_due
from crm_desktop.services.errors import DomainError

_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


@dataclass(frozen=True)
class StartupReport:
    findings: list[integrity.Finding] = field(default_factory=list)
    backup: BackupInfo | None = None  # the daily backup taken now, if one was due
    backup_failure: DomainError | None = None  # why the daily backup failed; the app opens

    @property
    def backup_error(self) -> str | None:
        """The backup failure in English (the views translate ``backup_failure``)."""
        return None if self.backup_failure is None else self.backup_failure.message

    @property
    def damaged(self) -> bool:
        """The file itself is damaged: offer to restore a backup."""
        return any(finding.code == integrity.DAMAGED for finding in self.findings)

    @property
    def errors(self) -> list[integrity.Finding]:
        return [finding for finding in self.findings if finding.is_error]


def on_open(database: Database, *, clock: Clock = dt.datetime.now) -> StartupReport:
    """Quick-check the open database, then take the daily backup if one is due.

    A damaged file is not backed up (its copy would push good backups out of the
    rotation), nor is a file opened read-only (its writer backs it up) or a server
    database (the server has its own backups). Never raises for a failed backup: the
    reason is in ``backup_failure``.
    """
    findings = integrity.check(database.engine, quick=True)
    report = StartupReport(findings=findings)
    if report.damaged or database.path is None or database.read_only:
        return report
    try:
        backup = daily_backup_if_due(database.path, clock=clock)
    except DomainError as error:
        return StartupReport(findings=findings, backup_failure=error)
    return StartupReport(findings=findings, backup=backup)


def is_damaged_file_error(error: BaseException) -> bool:
    """True when opening or reading failed because the database file is damaged."""
    cause = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(cause, sqlite3.DatabaseError):
        return False
    text = str(cause).lower()
    return any(word in text for word in _DAMAGE_WORDS)
