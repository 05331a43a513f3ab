"""Staff: the people of the shop, who own customers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Staff
from crm_desktop.services import validation
from crm_desktop.services.errors import NotFound, ValidationError


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    email: str | None
    phone: str | None
    role: str | None
    active: bool


def _info(staff: Staff) -> StaffInfo:
    return StaffInfo(id=staff.id, name=staff.name, email=staff.email, phone=staff.phone,
                     role=staff.role, active=staff.active)


def list_staff(session: Session, *, include_inactive: bool = False) -> list[StaffInfo]:
    """Staff by name; inactive ones (who left) only when asked."""
    query = select(Staff).order_by(Staff.name)
    if not include_inactive:
        query = query.where(Staff.active)
    return [_info(staff) for staff in session.scalars(query)]


def get_staff(session: Session, *, id: int) -> StaffInfo:
    return _info(_load(session, id))


def add_staff(
    session: Session, *, name: str, email: str | None = None, phone: str | None = None,
    role: str | None = None,
) -> StaffInfo:
    staff = Staff(active=True)
    _fill(session, staff, name=name, email=email, phone=phone, role=role)
    session.add(staff)
    session.flush()
    return _info(staff)


def update_staff(
    session: Session, *, id: int, name: str, email: str | None = None,
    phone: str | None = None, role: str | None = None,
) -> StaffInfo:
    staff = _load(session, id)
    _fill(session, staff, name=name, email=email, phone=phone, role=role)
    session.flush()
    return _info(staff)


def set_staff_active(session: Session, *, id: int, active: bool) -> StaffInfo:
    """Mark someone as having left (or back); the customers they own keep them as owner."""
    staff = _load(session, id)
    staff.active = active
    session.flush()
    return _info(staff)


def _load(session: Session, id: int) -> Staff:
    staff = session.get(Staff, id)
    if staff is None:
        raise NotFound("staff_not_found", f"There is no staff member with id {id}.", id=id)
    return staff


def _fill(
    session: Session, staff: Staff, *, name: str, email: str | None, phone: str | None,
    role: str | None,
) -> None:
    clean_name = validation.required_text(name, field="name", max_length=100)
    clash = session.scalar(
        select(Staff.id).where(func.lower(Staff.name) == clean_name.lower(), Staff.id != staff.id)
    )
    if clash is not None:
        raise ValidationError(
            "duplicate_name", f"There is already a staff member called “{clean_name}”.",
            field="name", value=clean_name, what="staff",
        )
    staff.name = clean_name
    staff.email = validation.one_email(email, field="email")
    region = validation.phone_region(session)
    staff.phone = validation.one_phone(phone, region=region, field="phone")
    staff.role = validation.text(role, field="role", max_length=60)
