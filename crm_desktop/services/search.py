"""Search as the user types: any part of a name, company, phone, email, note, pinyin.

Paths, chosen by the query (NOTES.md, Search):
- 3+ characters: the FTS5 trigram index ``customer_search`` (each word a quoted phrase,
  so user text like ``"`` or ``AND`` is never FTS syntax);
- 1–2 characters (张, 王芳, zs): prefix ranges on the indexed name / pinyin / initials /
  region / city columns, then substring scans of the small name, company and contact-name
  indexes, bounded by LIMIT (migration 0002);
- phone-looking input ("138 1234 5678", "+86 138-1234-5678") is reduced to its digits.
Best first: exact name, then name prefix, then pinyin/initials prefix, then the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from crm_desktop.services.search_index import has_fts

_PHONE_LIKE = re.compile(r"[+(（]?\d[\d\s\-().（）]*")
_HIGH = "\U0010ffff"
SCORE_EXACT, SCORE_PREFIX, SCORE_PINYIN, SCORE_PLACE, SCORE_OTHER = 100, 80, 60, 50, 40


@dataclass(frozen=True)
class SearchHit:
    id: int
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    score: int  # higher is better


@dataclass(frozen=True)
class ParsedQuery:
    """The words of a query: ``long`` ones (3+ chars) go to FTS, ``short`` ones elsewhere."""

    long: tuple[str, ...]
    short: tuple[str, ...]

    @property
    def first(self) -> str:
        return (self.long + self.short)[0]


def parse_query(text: str) -> ParsedQuery | None:
    """Split user text into words; phone-looking text becomes one word of digits."""
    stripped = (text or "").strip()
    if not stripped:
        return None
    if _PHONE_LIKE.fullmatch(stripped):
        digits = re.sub(r"\D", "", stripped)
        if digits.startswith("00"):
            digits = digits[2:]  # 0086 138… is +86 138…
        words = [digits]
    else:
        words = list(dict.fromkeys(stripped.split()))
    return ParsedQuery(long=tuple(w for w in words if len(w) >= 3),
                       short=tuple(w for w in words if len(w) < 3))


def fts_phrase(word: str) -> str:
    """``word`` as an FTS5 string: quoted, inner quotes doubled, so it is never syntax."""
    return '"' + word.replace('"', '""') + '"'


def search_customers(
    session: Session, text: str, limit: int = 50, *, trashed: bool = False
) -> list[SearchHit]:
    """The best ``limit`` live customers matching ``text`` (trashed ones when asked)."""
    query = parse_query(text)
    if query is None or limit <= 0:
        return []
    scored: dict[int, int] = {}
    want = limit + 20  # a few spare for customers filtered out by the trash state
    for score, sql_text, params in _ranked_steps(query, want):
        if len(scored) >= want:
            break
        for (customer_id,) in session.execute(sql(sql_text), params):
            scored.setdefault(customer_id, score)
    return _hits(session, scored, limit=limit, trashed=trashed)


def match_subquery(text: str) -> tuple[str, dict[str, object]] | None:
    """SQL selecting the id of every customer matching ``text`` (for the customer list).

    None when ``text`` is blank (no restriction). The SQL uses named parameters that
    start with ``s_``; combine it with ``id IN (…)``.
    """
    query = parse_query(text)
    if query is None:
        return None
    params: dict[str, object] = {}
    if query.long:
        base = _fts_sql(query, params, limit=None)
    else:
        parts = [step for _, step, step_params in _short_steps(query.first, None, params)]
        base = " UNION ".join(parts)
        base = _verify_words(base, query.short[1:], params)
    return base, params


def _ranked_steps(query: ParsedQuery, want: int) -> list[tuple[int, str, dict[str, object]]]:
    """Queries best first; each checks the other words of the query against the document."""
    word = query.first
    others = tuple(w for w in query.long + query.short if w != word)
    params: dict[str, object] = {}
    steps: list[tuple[int, str]] = [
        (SCORE_EXACT, "SELECT id FROM customers WHERE name = :s_exact"),
    ]
    params["s_exact"] = word
    for i, variant in enumerate(_case_variants(word)):
        params.update({f"s_p{i}": variant, f"s_p{i}e": variant + _HIGH})
        steps.append((SCORE_PREFIX, f"SELECT id FROM customers WHERE name >= :s_p{i} "
                      f"AND name < :s_p{i}e ORDER BY length(name), name LIMIT {want}"))
    if word.isascii() and word.isalpha():
        params.update({"s_k": word.lower(), "s_ke": word.lower() + _HIGH})
        for column in ("initials", "pinyin"):
            steps.append((SCORE_PINYIN, f"SELECT id FROM customers WHERE {column} >= :s_k "
                          f"AND {column} < :s_ke ORDER BY {column} LIMIT {want}"))
    if not query.long:
        steps.extend((score, step) for score, step, _ in _short_steps(word, want, params))
    ranked = [(score, _verify_words(step, others, params), params) for score, step in steps]
    if query.long:
        ranked.append((SCORE_OTHER, _fts_sql(query, params, limit=want), params))
    return ranked


def _short_steps(
    word: str, limit: int | None, params: dict[str, object]
) -> list[tuple[int, str, dict[str, object]]]:
    """Queries for a 1–2 character word: prefixes on indexed columns, then substrings."""
    key = word.lower()
    params.update({"s_w": word, "s_we": word + _HIGH, "s_k": key, "s_ke": key + _HIGH})
    cap = f" LIMIT {limit}" if limit is not None else ""
    steps = [
        (SCORE_PREFIX, "SELECT id FROM customers WHERE name >= :s_w AND name < :s_we"),
        (SCORE_PLACE, "SELECT id FROM customers WHERE region >= :s_w AND region < :s_we"),
        (SCORE_PLACE, "SELECT id FROM customers WHERE city >= :s_w AND city < :s_we"),
        (SCORE_OTHER, "SELECT id FROM customers WHERE instr(name, :s_w) > 0"),
        (SCORE_OTHER, "SELECT id FROM customers INDEXED BY ix_customers_company "
                      "WHERE instr(company, :s_w) > 0"),
        (SCORE_OTHER, "SELECT customer_id AS id FROM contacts INDEXED BY "
                      "ix_contacts_name_customer WHERE instr(name, :s_w) > 0"),
    ]
    if word.isascii() and word.isalpha():
        steps[1:1] = [
            (SCORE_PINYIN, "SELECT id FROM customers WHERE initials >= :s_k "
                           "AND initials < :s_ke"),
            (SCORE_PINYIN, "SELECT id FROM customers WHERE pinyin >= :s_k AND pinyin < :s_ke"),
        ]
    return [(score, f"SELECT id FROM ({step}{cap})", params) for score, step in steps]


def _fts_sql(query: ParsedQuery, params: dict[str, object], *, limit: int | None) -> str:
    params["s_match"] = " AND ".join(fts_phrase(word) for word in query.long)
    where = ["customer_search MATCH :s_match"]
    for i, word in enumerate(query.short):
        params[f"s_short{i}"] = word.lower()
        where.append(f"instr(lower(body), :s_short{i}) > 0")
    cap = f" LIMIT {limit}" if limit is not None else ""
    return f"SELECT rowid AS id FROM customer_search WHERE {' AND '.join(where)}{cap}"


def _verify_words(base: str, words: tuple[str, ...], params: dict[str, object]) -> str:
    """Keep only ids whose search document also holds each of ``words``."""
    if not words:
        return base
    conditions = []
    for i, word in enumerate(words):
        params[f"s_also{i}"] = word.lower()
        conditions.append(f"instr(lower(body), :s_also{i}) > 0")
    return (f"SELECT rowid AS id FROM customer_search WHERE rowid IN ({base}) AND "
            + " AND ".join(conditions))


def _case_variants(word: str) -> list[str]:
    return list(dict.fromkeys([word, word.capitalize(), word.upper()]))


def _hits(
    session: Session, scored: dict[int, int], *, limit: int, trashed: bool
) -> list[SearchHit]:
    if not scored:
        return []
    ids = ", ".join(str(int(i)) for i in scored)
    state = "IS NOT NULL" if trashed else "IS NULL"
    rows = session.execute(sql(
        f"SELECT id, name, company, phones, emails FROM customers "
        f"WHERE id IN ({ids}) AND deleted_at {state}"
    )).all()
    order = {customer_id: index for index, customer_id in enumerate(scored)}
    hits = [
        SearchHit(id=row.id, name=row.name, company=row.company,
                  phones=_split(row.phones), emails=_split(row.emails), score=scored[row.id])
        for row in rows
    ]
    hits.sort(key=lambda hit: (-hit.score, order[hit.id]))
    return hits[:limit]


def _split(stored: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (stored or "").split(";") if part.strip())


__all__ = ["SearchHit", "has_fts", "match_subquery", "parse_query", "search_customers"]
