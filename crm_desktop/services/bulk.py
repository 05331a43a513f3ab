"""Bulk edits of a selection of customers, each in one transaction (the caller's session)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from crm_desktop.services.changes import Changes


def bulk_set_status(session: Session, *, ids: Sequence[int], status_id: int) -> Changes:
    raise NotImplementedError


def bulk_add_tag(session: Session, *, ids: Sequence[int], tag: str) -> Changes:
    raise NotImplementedError


def bulk_remove_tag(session: Session, *, ids: Sequence[int], tag: str) -> Changes:
    raise NotImplementedError


def bulk_set_owner(session: Session, *, ids: Sequence[int], owner_id: int | None) -> Changes:
    raise NotImplementedError


def bulk_trash(session: Session, *, ids: Sequence[int]) -> Changes:
    raise NotImplementedError
