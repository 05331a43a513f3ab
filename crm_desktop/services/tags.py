"""Tags: free labels on customers, created on first use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.services.changes import Changes


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    color: str | None
    customer_count: int


def list_tags(session: Session) -> list[TagInfo]:
    """Every tag by name, with how many live customers carry it."""
    raise NotImplementedError


def ensure_tags(session: Session, *, names: Sequence[str]) -> list[int]:
    """The ids of these tags (trimmed, blanks dropped), creating the missing ones."""
    raise NotImplementedError


def rename_tag(session: Session, *, id: int, name: str) -> TagInfo:
    raise NotImplementedError


def recolour_tag(session: Session, *, id: int, color: str | None) -> TagInfo:
    raise NotImplementedError


def delete_tag(session: Session, *, id: int) -> Changes:
    """Remove a tag from every customer and delete it."""
    raise NotImplementedError


def add_tag(session: Session, *, customer_ids: Sequence[int], name: str) -> Changes:
    """Put tag ``name`` on these customers; ``Changes`` names those that did not have it."""
    raise NotImplementedError


def remove_tag(session: Session, *, customer_ids: Sequence[int], name: str) -> Changes:
    """Take tag ``name`` off these customers; ``Changes`` names those that had it."""
    raise NotImplementedError
