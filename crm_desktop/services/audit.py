"""The audit history: one row per changed field of a record, kept forever."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    action: str  # create, update, trash, restore, delete
    field: str | None
    old_value: str | None
    new_value: str | None
    staff_name: str | None


def record(
    session: Session, *, entity: str, entity_id: int, action: str, field: str | None = None,
    old_value: object = None, new_value: object = None, staff_id: int | None = None,
) -> None:
    """Add one audit row (values are written as text)."""
    raise NotImplementedError


def history(session: Session, *, entity: str, entity_id: int) -> list[AuditRow]:
    """Every audit row of one record, newest first."""
    raise NotImplementedError
