"""What the window gets instead of the database: sessions, the database's name, read-only.

Views may not import ``crm_desktop.db`` or SQLAlchemy (the layering test enforces it), so
the wiring layer (``app.py``) wraps the open ``Database`` in an ``AppContext`` and hands
that to every page. A page runs one unit of work per user action::

    with context.session() as session:
        counts = overview.counts(session)

The session is committed when the block ends and rolled back on any error. A worker
thread opens its own session the same way; sessions are never shared between threads.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.db import Database
    from crm_desktop.services.changes_feed import ChangeWatcher


class AppContext:
    """The open database as the views see it. Holds no Qt and no global state."""

    def __init__(self, database: Database, *, undo: Any | None = None) -> None:
        self._database = database
        self.undo = undo  # the undo stack of services/undo.py once it exists; None until then
        # Who is working (a staff id), passed as ``actor_id`` to every write so the history
        # names them; chosen at start in shared mode, None on a one-person SQLite file.
        self.actor_id: int | None = None
        self.actor_name: str | None = None

    def session(self) -> AbstractContextManager[Session]:
        """One unit of work: committed at the end of the ``with`` block, rolled back on error."""
        return self._database.session()

    @property
    def display_name(self) -> str:
        """The file path (or the URL without its password) to show to the user."""
        return self._database.display_name

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return self._database.path

    @property
    def read_only(self) -> bool:
        return self._database.read_only

    def watch_changes(self) -> ChangeWatcher:
        """A watcher telling which tables other people (or other copies) changed."""
        from crm_desktop.services.changes_feed import watch

        return watch(self._database.engine)

    @property
    def shared(self) -> bool:
        """A server database several people use at once (not a file on this computer)."""
        return self._database.path is None

