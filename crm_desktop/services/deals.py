"""Deals (销售机会): create, edit, move between stages, trash and restore.

Amounts are integer minor units (fen/cents) with a currency code. Every write checks the
``version`` the caller loaded (code ``stale_version`` when someone changed the deal in
between, also when two people write at the very same moment: the conditional UPDATE of
the row decides), writes the audit history, and a stage change adds a row to the stage
history. Moving to a lost stage needs a lost reason; won and lost stages set the close
time, open stages clear it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.models import Customer, Deal, DealStageChange, PipelineStage, Staff, utc_now
from crm_desktop.models.types import DEFAULT_CURRENCY
from crm_desktop.services import audit, stages, validation
from crm_desktop.services.changes import Changes
from crm_desktop.services.errors import NotFound, ValidationError

ENTITY = "deal"
NOTES_MAX = 20_000
MAX_AMOUNT_MINOR = 10**15  # far beyond any deal; keeps sums inside a 64-bit integer
_CURRENCY = re.compile(r"[A-Z]{3}")
DEAL_LISTS = frozenset({"deals"})


@dataclass(frozen=True)
class DealInput:
    """What the deal editor can set. ``stage_id`` is used on create only (None: the first
    open stage); later stage changes go through ``move_deal``."""

    title: str
    customer_id: int
    amount_minor: int = 0
    currency: str = DEFAULT_CURRENCY
    expected_close_date: dt.date | None = None
    owner_id: int | None = None
    source: str | None = None
    notes: str | None = None
    lost_reason: str | None = None
    stage_id: int | None = None


@dataclass(frozen=True)
class DealDetail:
    id: int
    title: str
    customer_id: int
    customer_name: str
    amount_minor: int
    currency: str
    stage_id: int
    stage_name: str
    position: int
    owner_id: int | None
    owner_name: str | None
    source: str | None
    expected_close_date: dt.date | None
    closed_at: dt.datetime | None
    lost_reason: str | None
    notes: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    deleted_at: dt.datetime | None

    def to_input(self) -> DealInput:
        return DealInput(
            title=self.title, customer_id=self.customer_id, amount_minor=self.amount_minor,
            currency=self.currency, expected_close_date=self.expected_close_date,
            owner_id=self.owner_id, source=self.source, notes=self.notes,
            lost_reason=self.lost_reason, stage_id=self.stage_id)


@dataclass(frozen=True)
class StageVisit:
    """One stay of a deal in a stage (``left_at`` None: it is there now)."""

    stage_id: int
    stage_name: str
    entered_at: dt.datetime
    left_at: dt.datetime | None
    by_name: str | None

    def days(self, now: dt.datetime | None = None) -> int:
        return ((self.left_at or now or utc_now()) - self.entered_at).days


def create_deal(session: Session, *, data: DealInput, actor_id: int | None = None) -> DealDetail:
    """Validate and store a new deal at the end of its stage's column."""
    stage_id = data.stage_id if data.stage_id is not None else stages.first_open_stage_id(
        session)
    stage = _active_stage(session, stage_id)
    deal = Deal(stage_id=stage.id, version=1)
    _apply(session, deal, data, stage)
    deal.position = _end_of(session, stage.id)
    deal.closed_at = utc_now() if stage.is_won or stage.is_lost else None
    session.add(deal)
    session.flush()
    session.add(DealStageChange(deal_id=deal.id, from_stage_id=None, to_stage_id=stage.id,
                                changed_by_id=actor_id))
    audit.record(session, entity=ENTITY, entity_id=deal.id, action="create",
                 new_value=deal.title, staff_id=actor_id)
    session.flush()
    return get_deal(session, id=deal.id)


def get_deal(session: Session, *, id: int) -> DealDetail:
    """The deal ``id`` (also when in the trash); raises ``NotFound``."""
    row = session.execute(
        select(Deal, Customer.name, PipelineStage.name, Staff.name)
        .join(Customer, Customer.id == Deal.customer_id)
        .join(PipelineStage, PipelineStage.id == Deal.stage_id)
        .outerjoin(Staff, Staff.id == Deal.owner_id)
        .where(Deal.id == id)
    ).one_or_none()
    if row is None:
        raise NotFound("deal_not_found", f"There is no deal with id {id}.", id=id)
    deal, customer_name, stage_name, owner_name = row
    return DealDetail(
        id=deal.id, title=deal.title, customer_id=deal.customer_id, customer_name=customer_name,
        amount_minor=deal.amount_minor, currency=deal.currency, stage_id=deal.stage_id,
        stage_name=stage_name, position=deal.position, owner_id=deal.owner_id,
        owner_name=owner_name, source=deal.source,
        expected_close_date=deal.expected_close_date, closed_at=deal.closed_at,
        lost_reason=deal.lost_reason, notes=deal.notes, created_at=deal.created_at,
        updated_at=deal.updated_at, version=deal.version, deleted_at=deal.deleted_at)


def update_deal(session: Session, *, id: int, data: DealInput, expected_version: int,
                actor_id: int | None = None) -> DealDetail:
    """Replace the deal's values with ``data`` (its stage stays; see ``move_deal``)."""
    deal = _load_current(session, id, expected_version)
    stage = stages.load(session, deal.stage_id)
    before = _snapshot(session, deal)
    _apply(session, deal, data, stage)
    deal.updated_at = utc_now()
    try:
        session.flush()  # UPDATE … WHERE version = loaded version (version_id_col)
    except StaleDataError as error:
        raise _stale(deal.title, id, expected_version) from error
    audit.record_many(session, audit.diff_rows(ENTITY, id, before, _snapshot(session, deal),
                                               staff_id=actor_id))
    return get_deal(session, id=id)


def move_deal(
    session: Session, *, id: int, stage_id: int, expected_version: int,
    position: int | None = None, lost_reason: str | None = None,
    actor_id: int | None = None, closed_at: dt.datetime | None = None,
) -> DealDetail:
    """Put the deal in ``stage_id`` before the card now at ``position`` (None: at the end).

    Moving into a lost stage needs ``lost_reason``. ``closed_at`` is for undo, which puts
    back the close time a deal had; otherwise a won/lost stage closes the deal now.
    """
    current = session.execute(
        select(Deal.title, Deal.stage_id, Deal.version, Deal.deleted_at, Deal.lost_reason)
        .where(Deal.id == id)).one_or_none()
    if current is None:
        raise NotFound("deal_not_found", f"There is no deal with id {id}.", id=id)
    title, from_stage_id, version, deleted_at, old_reason = current
    if deleted_at is not None:
        raise ValidationError("deal_in_trash", f"The deal “{title}” is in the trash; restore "
                              "it first.", id=id, name=title)
    if version != expected_version:
        raise _stale(title, id, expected_version)
    target = _active_stage(session, stage_id)
    reason = None
    if target.is_lost:
        reason = validation.text(lost_reason, field="lost_reason", max_length=2000,
                                 keep_newlines=True)
        if reason is None:
            raise ValidationError("lost_reason_required", f"Say why “{title}” was lost.",
                                  field="lost_reason", name=title)
    closed = None
    if target.is_won or target.is_lost:
        closed = closed_at or utc_now()
    now = utc_now()
    new_position = _end_of(session, target.id) if position is None else int(position)
    moved = session.execute(
        update(Deal).where(Deal.id == id, Deal.version == expected_version)
        .values(stage_id=target.id, position=new_position, closed_at=closed,
                lost_reason=reason, updated_at=now, version=Deal.version + 1)
        .execution_options(synchronize_session=False))
    if moved.rowcount != 1:  # someone else moved or saved it after our check
        raise _stale(title, id, expected_version)
    if position is not None:
        session.execute(
            update(Deal).where(Deal.stage_id == target.id, Deal.position >= new_position,
                               Deal.id != id, Deal.deleted_at.is_(None))
            .values(position=Deal.position + 1).execution_options(synchronize_session=False))
    if target.id != from_stage_id:
        session.add(DealStageChange(deal_id=id, from_stage_id=from_stage_id,
                                    to_stage_id=target.id, changed_at=now,
                                    changed_by_id=actor_id))
        from_name = session.scalar(select(PipelineStage.name)
                                   .where(PipelineStage.id == from_stage_id))
        rows = audit.diff_rows(ENTITY, id, {"stage": from_name, "lost_reason": old_reason},
                               {"stage": target.name, "lost_reason": reason},
                               staff_id=actor_id)
        audit.record_many(session, rows)
    session.flush()
    session.expire_all()
    return get_deal(session, id=id)


def trash_deals(session: Session, *, ids: Sequence[int], actor_id: int | None = None) -> Changes:
    """Move deals to the trash; they can be restored with their history.

    The version stays: it guards the deal's values and stage, which trashing leaves alone
    (a trashed deal refuses edits and moves anyway), so an undo step remembered before a
    trash and restore still applies.
    """
    return _set_trashed(session, ids, trashed=True, actor_id=actor_id)


def restore_deals(session: Session, *, ids: Sequence[int],
                  actor_id: int | None = None) -> Changes:
    return _set_trashed(session, ids, trashed=False, actor_id=actor_id)


def stage_history(session: Session, *, id: int) -> list[StageVisit]:
    """Each stage the deal was in, oldest first, with when it entered and left."""
    rows = session.execute(
        select(DealStageChange.to_stage_id, PipelineStage.name, DealStageChange.changed_at,
               Staff.name)
        .join(PipelineStage, PipelineStage.id == DealStageChange.to_stage_id)
        .outerjoin(Staff, Staff.id == DealStageChange.changed_by_id)
        .where(DealStageChange.deal_id == id)
        .order_by(DealStageChange.changed_at, DealStageChange.id)).tuples().all()
    return [StageVisit(stage_id=stage_id, stage_name=name, entered_at=at,
                       left_at=rows[n + 1][2] if n + 1 < len(rows) else None, by_name=by)
            for n, (stage_id, name, at, by) in enumerate(rows)]


def _set_trashed(session: Session, ids: Sequence[int], *, trashed: bool,
                 actor_id: int | None) -> Changes:
    wanted = sorted({int(i) for i in ids})
    state = Deal.deleted_at.is_(None) if trashed else Deal.deleted_at.is_not(None)
    found = session.execute(select(Deal.id, Deal.customer_id)
                            .where(Deal.id.in_(wanted), state)).tuples().all()
    if found:
        now = utc_now()
        session.execute(update(Deal).where(Deal.id.in_([i for i, _c in found]))
                        .values(deleted_at=now if trashed else None, updated_at=now)
                        .execution_options(synchronize_session=False))
        session.expire_all()
    audit.record_many(session, [
        {"entity": ENTITY, "entity_id": deal_id, "action": "trash" if trashed else "restore",
         "staff_id": actor_id} for deal_id, _customer in found])
    return Changes(customer_ids=tuple(dict.fromkeys(c for _i, c in found)), lists=DEAL_LISTS)


def _load_current(session: Session, id: int, expected_version: int) -> Deal:
    deal = session.get(Deal, id)
    if deal is None:
        raise NotFound("deal_not_found", f"There is no deal with id {id}.", id=id)
    if deal.version != expected_version:
        raise _stale(deal.title, id, expected_version)
    if deal.deleted_at is not None:
        raise ValidationError("deal_in_trash", f"The deal “{deal.title}” is in the trash; "
                              "restore it first.", id=id, name=deal.title)
    return deal


def _stale(title: str, id: int, expected: int) -> ValidationError:
    return ValidationError(
        "stale_version", f"“{title}” was changed elsewhere after you opened it; reopen it "
        "to see the changes, then edit again.", id=id, expected=expected, name=title)


def _active_stage(session: Session, stage_id: int) -> PipelineStage:
    stage = stages.load(session, stage_id)
    if not stage.active:
        raise ValidationError("stage_retired", f"The stage “{stage.name}” is retired; choose "
                              "another stage.", field="stage_id", name=stage.name)
    return stage


def _end_of(session: Session, stage_id: int) -> int:
    last = session.scalar(select(func.max(Deal.position)).where(
        Deal.stage_id == stage_id, Deal.deleted_at.is_(None)))
    return 0 if last is None else last + 1


def _apply(session: Session, deal: Deal, data: DealInput, stage: PipelineStage) -> None:
    """Check every field of ``data`` and write it onto ``deal``."""
    title = validation.required_text(data.title, field="deal.title", max_length=200)
    customer = session.get(Customer, data.customer_id) if data.customer_id else None
    if customer is None or customer.deleted_at is not None:
        raise ValidationError("unknown_customer", "Choose the customer of this deal.",
                              field="customer_id", value=data.customer_id)
    amount = data.amount_minor
    if isinstance(amount, bool) or not isinstance(amount, int) or not (
            0 <= amount <= MAX_AMOUNT_MINOR):
        raise ValidationError("invalid_amount", f"The amount {amount} is not possible; give "
                              "a whole number of minor units (fen, cents), 0 or more.",
                              field="amount_minor", value=amount)
    currency = (data.currency or "").strip().upper()
    if not _CURRENCY.fullmatch(currency):
        raise ValidationError("invalid_currency", f"“{data.currency}” is not a currency code "
                              "such as CNY or USD.", field="currency", value=data.currency)
    close = data.expected_close_date
    if isinstance(close, dt.datetime):
        close = close.date()
    if close is not None and not dt.date(2000, 1, 1) <= close <= dt.date(2200, 12, 31):
        raise ValidationError("invalid_date", f"The expected close date {close.isoformat()} "
                              "is not possible.", field="expected_close_date",
                              value=close.isoformat())
    if data.owner_id is not None and session.get(Staff, data.owner_id) is None:
        raise ValidationError("unknown_owner", f"There is no staff member with id "
                              f"{data.owner_id}.", field="owner_id", value=data.owner_id)
    reason = None
    if stage.is_lost:
        reason = validation.text(data.lost_reason, field="lost_reason", max_length=2000,
                                 keep_newlines=True)
        if reason is None:
            raise ValidationError("lost_reason_required", f"Say why “{title}” was lost.",
                                  field="lost_reason", name=title)
    deal.title, deal.customer_id, deal.amount_minor, deal.currency = (
        title, customer.id, amount, currency)
    deal.expected_close_date, deal.owner_id, deal.lost_reason = close, data.owner_id, reason
    deal.source = validation.text(data.source, field="source", max_length=100)
    deal.notes = validation.text(data.notes, field="notes", max_length=NOTES_MAX,
                                 keep_newlines=True)


def _snapshot(session: Session, deal: Deal) -> dict[str, object]:
    return {
        "title": deal.title,
        "customer": session.scalar(select(Customer.name).where(Customer.id == deal.customer_id)),
        "amount_minor": deal.amount_minor, "currency": deal.currency,
        "expected_close_date": deal.expected_close_date,
        "owner": session.scalar(select(Staff.name).where(Staff.id == deal.owner_id))
        if deal.owner_id else None,
        "source": deal.source, "notes": deal.notes, "lost_reason": deal.lost_reason,
    }


def customer_choices(session: Session, *, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Customers (not in the trash) whose name holds ``text``, for the editor's picker."""
    query = select(Customer.id, Customer.name).where(Customer.deleted_at.is_(None))
    cleaned = text.strip()
    if cleaned:
        pattern = "%" + cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(Customer.name.ilike(pattern, escape="\\"))
    rows = session.execute(query.order_by(Customer.name, Customer.id).limit(limit)).tuples()
    return [(customer_id, name) for customer_id, name in rows]
