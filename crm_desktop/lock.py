"""One writer per database file: an OS lock on ``<db>.lock`` held while the app is open.

The lock is advisory and released by the OS when the process dies, so a crash never
leaves a stale lock behind; the PID inside only serves the message to the user.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from crm_desktop.paths import lock_path, make_private_file

if os.name == "posix":
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
else:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True


class DatabaseLock:
    """Held by the process that writes to a database file."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        make_private_file(self.path)
        handle = open(self.path, "r+", encoding="ascii")  # noqa: SIM115 - held open on purpose
        if not _try_lock(handle):
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return True

    def holder_pid(self) -> int | None:
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
