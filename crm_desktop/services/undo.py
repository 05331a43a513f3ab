"""Named undo/redo of customer edits, owned by the services (the GUI only shows it).

The view calls the write through the stack (``stack.trash_customers(session, ids=…)``);
the stack runs the service, keeps what it needs to revert and re-apply the step, and
names it ("Delete 3 customers"). ``undo``/``redo`` take the session of the user action.
Undoing an edit writes the old values back (a new audit row; history is never deleted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.services.changes import Changes
from crm_desktop.services.customers import CustomerDetail, CustomerInput

MAX_STEPS = 100


@dataclass(frozen=True)
class UndoStep:
    text: str  # English, e.g. "Delete 3 customers"
    undo: Callable[[Session], Changes]
    redo: Callable[[Session], Changes]


class UndoStack:
    """Steps done (undoable) and undone (redoable); a new step clears the redo side."""

    def __init__(self, max_steps: int = MAX_STEPS) -> None:
        self._done: list[UndoStep] = []
        self._undone: list[UndoStep] = []
        self._max_steps = max_steps

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        """The name of the step ``undo`` would revert, "" when none."""
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def undo(self, session: Session) -> Changes:
        raise NotImplementedError

    def redo(self, session: Session) -> Changes:
        raise NotImplementedError

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    # The undoable writes -------------------------------------------------------------

    def create_customer(self, session: Session, *, data: CustomerInput) -> CustomerDetail:
        raise NotImplementedError

    def update_customer(
        self, session: Session, *, id: int, data: CustomerInput, expected_version: int
    ) -> CustomerDetail:
        raise NotImplementedError

    def trash_customers(self, session: Session, *, ids: Sequence[int]) -> Changes:
        raise NotImplementedError

    def restore_customers(self, session: Session, *, ids: Sequence[int]) -> Changes:
        raise NotImplementedError

    def set_status(self, session: Session, *, ids: Sequence[int], status_id: int) -> Changes:
        raise NotImplementedError

    def add_tag(self, session: Session, *, ids: Sequence[int], tag: str) -> Changes:
        raise NotImplementedError

    def remove_tag(self, session: Session, *, ids: Sequence[int], tag: str) -> Changes:
        raise NotImplementedError

    def set_owner(self, session: Session, *, ids: Sequence[int], owner_id: int | None) -> Changes:
        raise NotImplementedError
