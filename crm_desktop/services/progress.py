"""The contract of long services: report progress, check for cancel often.

A long service takes ``progress: Progress`` and ``cancelled: CancelCheck`` and calls
``check(cancelled)`` between chunks; views run it in a worker thread and wire both
to a progress dialog. Scripts and tests pass nothing and get the no-op defaults.
"""

from __future__ import annotations

from collections.abc import Callable

from crm_desktop.services.errors import Cancelled

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    """Default progress callback: ignore."""


def never_cancelled() -> bool:
    """Default cancel check: never."""
    return False


def check(cancelled: CancelCheck) -> None:
    """Raise ``Cancelled`` if the user asked to stop."""
    if cancelled():
        raise Cancelled()
