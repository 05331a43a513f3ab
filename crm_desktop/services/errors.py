"""Domain errors carry a stable code, its parameters and an English sentence.

Views translate by ``code`` (see ``views/messages.py``); the command line prints
``message``. Both are fit for a user: they say what is wrong and where.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A user-facing failure of a service: bad input, a refused file, a conflict."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class NotFound(DomainError):
    """The record asked for does not exist (or is in the trash)."""


class ValidationError(DomainError):
    """A value given by the user is not acceptable."""


class FileRefused(DomainError):
    """A file cannot be read as what it claims to be; nothing was written."""


class DatabaseInUse(DomainError):
    """Another copy of the app has the database open for writing."""


class Cancelled(DomainError):
    """The user cancelled a long operation; everything it did was rolled back."""

    def __init__(self) -> None:
        super().__init__("cancelled", "The operation was cancelled; nothing was changed.")
