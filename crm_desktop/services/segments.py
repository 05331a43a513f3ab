"""Saved filters ("segments"): a named ``CustomerQuery`` kept as JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import SavedFilter
from crm_desktop.services import validation
from crm_desktop.services.customer_list import SORT_KEYS, CustomerQuery
from crm_desktop.services.errors import NotFound, ValidationError

_DATES = ("created_from", "created_to")
_TUPLES = ("status_ids", "tag_ids", "owner_ids", "industries", "regions", "sources")


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    name: str
    created_at: dt.datetime


def save_segment(
    session: Session, *, name: str, query: CustomerQuery, replace: bool = False
) -> SegmentInfo:
    """Save ``query`` under ``name``; an existing name is refused unless ``replace``."""
    clean = validation.required_text(name, field="name", max_length=100)
    saved = session.scalar(select(SavedFilter).where(SavedFilter.name == clean))
    if saved is not None and not replace:
        raise ValidationError("duplicate_name", f"There is already a saved filter “{clean}”.",
                              field="name", value=clean, what="segment")
    if saved is None:
        saved = SavedFilter(name=clean)
        session.add(saved)
    saved.definition = query_to_json(query)
    session.flush()
    return SegmentInfo(id=saved.id, name=saved.name, created_at=saved.created_at)


def list_segments(session: Session) -> list[SegmentInfo]:
    return [SegmentInfo(id=s.id, name=s.name, created_at=s.created_at)
            for s in session.scalars(select(SavedFilter).order_by(SavedFilter.name))]


def load_segment(session: Session, *, id: int) -> CustomerQuery:
    return query_from_json(_load(session, id).definition)


def delete_segment(session: Session, *, id: int) -> None:
    session.delete(_load(session, id))
    session.flush()


def query_to_json(query: CustomerQuery) -> str:
    values: dict[str, Any] = dataclasses.asdict(query)
    for key in _DATES:
        if values[key] is not None:
            values[key] = values[key].isoformat()
    for key in _TUPLES:
        values[key] = list(values[key])
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def query_from_json(text: str) -> CustomerQuery:
    """Tolerant of older definitions: unknown keys are ignored, missing ones default."""
    try:
        raw = json.loads(text)
    except ValueError:
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    known = {f.name for f in dataclasses.fields(CustomerQuery)}
    values: dict[str, Any] = {k: v for k, v in raw.items() if k in known}
    for key in _TUPLES:
        if key in values:
            values[key] = tuple(values[key] or ())
    for key in _DATES:
        if values.get(key):
            values[key] = dt.date.fromisoformat(values[key])
    if values.get("sort_key") not in SORT_KEYS:
        values.pop("sort_key", None)
    return CustomerQuery(**values)


def _load(session: Session, id: int) -> SavedFilter:
    saved = session.get(SavedFilter, id)
    if saved is None:
        raise NotFound("segment_not_found", f"There is no saved filter with id {id}.", id=id)
    return saved
