"""Keeping the customer search index (SQLite FTS5 trigram) in step with the tables.

The index holds one document per customer (rowid = customer id): name, company,
phones in E.164 and in local form, emails, WeChat, address, notes, stored pinyin and
initials, and every contact's name and channels. Bulk paths (import, demo data) rebuild
it with one ``INSERT … SELECT`` (NOTES.md: 7× cheaper than a trigger per row); single
edits call ``reindex_customers`` inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

def _joined(*columns: str) -> str:
    """``a || ' ' || b`` with NULLs as empty text (SQLite 3.40 has no concat_ws)."""
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


_CONTACT_TEXT = _joined(
    "k.name", "k.mobile", "replace(k.mobile, '+86', '')", "k.phone",
    "replace(k.phone, '+86', '')", "k.email", "k.wechat",
)
_DOCUMENT_SQL = f"""
SELECT c.id,
       {_joined("c.name", "c.company", "c.phones", "replace(c.phones, '+86', '')", "c.emails",
                "c.wechat", "c.address", "c.city", "c.region", "c.notes", "c.pinyin",
                "c.initials")}
       || ' ' || coalesce((SELECT group_concat({_CONTACT_TEXT}, ' ')
                             FROM contacts k WHERE k.customer_id = c.id), '')
  FROM customers c
"""


def has_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def rebuild_search_index(session: Session) -> int:
    """Rebuild the whole index from the tables; returns the number of documents."""
    if not has_fts(session):
        return 0
    session.execute(text("DELETE FROM customer_search"))
    result = session.execute(text(f"INSERT INTO customer_search(rowid, body) {_DOCUMENT_SQL}"))
    return result.rowcount


def reindex_customers(session: Session, ids: Iterable[int]) -> None:
    """Refresh the documents of these customers (deleted customers simply drop out)."""
    if not has_fts(session):
        return
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        placeholders = ", ".join(str(int(i)) for i in chunk)
        session.execute(text(f"DELETE FROM customer_search WHERE rowid IN ({placeholders})"))
        session.execute(text(
            f"INSERT INTO customer_search(rowid, body) {_DOCUMENT_SQL} WHERE c.id IN ({placeholders})"
        ))
