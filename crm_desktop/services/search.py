"""Search as the user types: any part of a name, company, phone, email, note, pinyin.

Three paths, chosen by the query (NOTES.md, Search):
- 3+ characters: the FTS5 trigram index ``customer_search`` (a quoted phrase, so user
  text like ``"`` or ``AND`` is never FTS syntax);
- 1–2 characters (张, 王芳, zs): prefix ranges on the indexed name / pinyin / initials
  columns, then a substring scan bounded by LIMIT;
- phone-looking input ("138 1234 5678", "+86 138-1234-5678") is reduced to its digits.
Best first: exact name, then name prefix, then the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class SearchHit:
    id: int
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    score: int  # higher is better


def search_customers(
    session: Session, text: str, limit: int = 50, *, trashed: bool = False
) -> list[SearchHit]:
    """The best ``limit`` live customers matching ``text`` (trashed ones when asked)."""
    raise NotImplementedError


def matching_ids_sql(session: Session, text: str) -> str | None:
    """A SQL subquery selecting the ids of every customer matching ``text`` (for the list).

    None when ``text`` is blank (no restriction).
    """
    raise NotImplementedError
