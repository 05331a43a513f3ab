"""Keeping the customer search index (SQLite FTS5 trigram) in step with the tables.

The index holds one document per customer (rowid = customer id): name, company,
phones in E.164 and in local form, emails, WeChat, address, notes, stored pinyin and
initials, and every contact's name and channels. Bulk paths rebuild it with one
``INSERT … SELECT`` (NOTES.md: 7× cheaper than a trigger per row), or, when they hold
every value already (an import), build the same text in Python (``document_text``) and
insert it with ``add_documents``; single edits call ``reindex_customers`` inside the
same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

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


_CUSTOMER_PARTS = ("name", "company", "phones", "-phones", "emails", "wechat", "address",
                   "city", "region", "notes", "pinyin", "initials")
_CONTACT_PARTS = ("name", "mobile", "-mobile", "phone", "-phone", "email", "wechat")


def _parts(row: Mapping[str, Any], keys: tuple[str, ...]) -> list[str]:
    """The columns ``keys`` as the SQL above shows them ("-x": x without its +86)."""
    parts = []
    for key in keys:
        if key[0] == "-":
            value = row.get(key[1:])
            parts.append(value.replace("+86", "") if value is not None else "")
        else:
            value = row.get(key)
            parts.append("" if value is None else value)
    return parts


def document_text(customer: Mapping[str, Any], contacts: Sequence[Mapping[str, Any]]) -> str:
    """The document of one customer, exactly as ``_DOCUMENT_SQL`` builds it from the rows
    (``customer`` and ``contacts`` as stored, contacts in their order)."""
    body = " ".join(_parts(customer, _CUSTOMER_PARTS)) + " "
    if contacts:
        body += " ".join(" ".join(_parts(contact, _CONTACT_PARTS)) for contact in contacts)
    return body


def add_documents(session: Session, documents: Sequence[tuple[int, str]]) -> None:
    """Insert ``(customer id, document_text)`` pairs for customers not in the index yet."""
    if documents and has_fts(session):
        session.connection().exec_driver_sql(
            "INSERT INTO customer_search(rowid, body) VALUES (?, ?)", list(documents))


#: From this many new documents on (and as many as half the index already holds),
#: FTS5's incremental merging is paused while they go in and the index is optimised once
#: after: cheaper than merging as it grows, and one segment is what searches read fastest.
#: (Optimising rewrites the whole index, hence the bound by its size.)
BULK_DOCUMENTS = 10_000


@contextmanager
def documents_in_bulk(session: Session, count: int, *, indexed: int) -> Iterator[None]:
    """Around inserting ``count`` documents in one transaction into an index holding about
    ``indexed``; on an error the caller rolls back, which also undoes the paused setting."""
    if count < BULK_DOCUMENTS or count * 2 < indexed or not has_fts(session):
        yield
        return
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT INTO customer_search(customer_search, rank) VALUES ('automerge', 0)")
    yield
    connection.exec_driver_sql("INSERT INTO customer_search(customer_search) VALUES ('optimize')")
    connection.exec_driver_sql(
        "INSERT INTO customer_search(customer_search, rank) VALUES ('automerge', 4)")


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
        session.execute(text(f"INSERT INTO customer_search(rowid, body) {_DOCUMENT_SQL} "
                             f"WHERE c.id IN ({placeholders})"))
