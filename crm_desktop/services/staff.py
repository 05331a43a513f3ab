"""Staff: the people of the shop, who own customers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    email: str | None
    phone: str | None
    role: str | None
    active: bool


def list_staff(session: Session, *, include_inactive: bool = False) -> list[StaffInfo]:
    """Staff by name; inactive ones (who left) only when asked."""
    raise NotImplementedError


def add_staff(
    session: Session, *, name: str, email: str | None = None, phone: str | None = None,
    role: str | None = None,
) -> StaffInfo:
    raise NotImplementedError


def update_staff(
    session: Session, *, id: int, name: str, email: str | None = None,
    phone: str | None = None, role: str | None = None,
) -> StaffInfo:
    raise NotImplementedError


def set_staff_active(session: Session, *, id: int, active: bool) -> StaffInfo:
    """Mark someone as having left (or back); the customers they own keep them as owner."""
    raise NotImplementedError
