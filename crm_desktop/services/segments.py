"""Saved filters ("segments"): a named ``CustomerQuery`` kept as JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.services.customer_list import CustomerQuery


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    name: str
    created_at: dt.datetime


def save_segment(
    session: Session, *, name: str, query: CustomerQuery, replace: bool = False
) -> SegmentInfo:
    """Save ``query`` under ``name``; an existing name is refused unless ``replace``."""
    raise NotImplementedError


def list_segments(session: Session) -> list[SegmentInfo]:
    raise NotImplementedError


def load_segment(session: Session, *, id: int) -> CustomerQuery:
    raise NotImplementedError


def delete_segment(session: Session, *, id: int) -> None:
    raise NotImplementedError


def query_to_json(query: CustomerQuery) -> str:
    raise NotImplementedError


def query_from_json(text: str) -> CustomerQuery:
    """Tolerant of older definitions: unknown keys are ignored, missing ones default."""
    raise NotImplementedError
