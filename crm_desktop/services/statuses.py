"""Lifecycle statuses (CRM状态): configure them, set them, and keep every change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.services.changes import Changes


@dataclass(frozen=True)
class StatusInfo:
    id: int
    code: str | None
    name: str
    name_en: str | None
    color: str
    position: int
    active: bool


@dataclass(frozen=True)
class StatusHistoryRow:
    """One change of a customer's status; ``from_id`` None for the first status."""

    at: dt.datetime
    from_id: int | None
    from_name: str | None
    to_id: int
    to_name: str
    by_name: str | None


def list_statuses(session: Session, *, include_retired: bool = False) -> list[StatusInfo]:
    """Statuses in their configured order; retired ones only when asked."""
    raise NotImplementedError


def default_status_id(session: Session) -> int:
    """The first active status: where a new customer starts."""
    raise NotImplementedError


def add_status(
    session: Session, *, name: str, name_en: str | None = None, color: str = "#9e9e9e"
) -> StatusInfo:
    """Add a status at the end of the order."""
    raise NotImplementedError


def rename_status(
    session: Session, *, id: int, name: str, name_en: str | None = None
) -> StatusInfo:
    raise NotImplementedError


def recolour_status(session: Session, *, id: int, color: str) -> StatusInfo:
    """Set the colour (``#rrggbb``)."""
    raise NotImplementedError


def reorder_statuses(session: Session, *, ids: Sequence[int]) -> list[StatusInfo]:
    """Put the statuses in the order of ``ids`` (every status, active or retired)."""
    raise NotImplementedError


def retire_status(session: Session, *, id: int, retired: bool = True) -> StatusInfo:
    """Stop (or resume) offering a status; customers and history keep it."""
    raise NotImplementedError


def set_status(
    session: Session, *, customer_ids: Sequence[int], status_id: int
) -> Changes:
    """Set the status of these customers, recording a history row for each real change."""
    raise NotImplementedError


def status_history(session: Session, *, customer_id: int) -> list[StatusHistoryRow]:
    """Every status change of a customer, oldest first."""
    raise NotImplementedError
