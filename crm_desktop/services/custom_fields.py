"""User-defined custom fields: define them and check the values given for them.

Values are stored as text in a canonical form: ISO dates, "1"/"0" for yes/no, plain
numbers ("12.5", "3"), and for choices the choice exactly as defined.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

CustomValue = str | int | float | bool | dt.date


@dataclass(frozen=True)
class FieldInfo:
    id: int
    label: str
    kind: str  # text, number, date, choice, bool
    choices: tuple[str, ...]
    position: int
    active: bool


def list_fields(session: Session, *, include_retired: bool = False) -> list[FieldInfo]:
    raise NotImplementedError


def define_field(
    session: Session, *, label: str, kind: str, choices: Sequence[str] = ()
) -> FieldInfo:
    """Add a custom field at the end; ``choices`` only (and required) for kind "choice"."""
    raise NotImplementedError


def update_field(
    session: Session, *, id: int, label: str | None = None, choices: Sequence[str] | None = None
) -> FieldInfo:
    """Rename a field or change its choices (the kind cannot change: values would break)."""
    raise NotImplementedError


def retire_field(session: Session, *, id: int, retired: bool = True) -> FieldInfo:
    """Hide (or show again) a field; stored values are kept."""
    raise NotImplementedError


def canonical_value(info: FieldInfo, value: Any) -> str | None:
    """The stored text for ``value`` (None when blank); ``ValidationError`` names the field."""
    raise NotImplementedError


def typed_value(kind: str, stored: str) -> CustomValue:
    """The Python value of stored text: str, int/float, date or bool."""
    raise NotImplementedError
