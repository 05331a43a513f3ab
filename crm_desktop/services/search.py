"""Search as the user types: any part of a name, company, phone, email, note, pinyin.

Paths, chosen by the query (NOTES.md, Search):
- 3+ characters: the FTS5 trigram index ``customer_search`` (each word a quoted phrase,
  so user text like ``"`` or ``AND`` is never FTS syntax);
- 1–2 characters (张, 王芳, zs): prefix ranges on the indexed name / pinyin / initials /
  region / city columns, then the trigrams that start with the word, looked up in
  ``customer_search_vocab`` and matched as one OR query; a very common word (too many
  trigrams) scans the small name, company and contact-name indexes with a LIMIT instead
  (migration 0002); one Latin letter or one/two digits only match prefixes;
- phone-looking input ("138 1234 5678", "+86 138-1234-5678") is reduced to its digits.
Best first: exact name, then name prefix, then pinyin/initials prefix, then the rest;
within each, shorter names first (the closer match).
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
MAX_TERMS = 300  # more trigrams than this: the word is common and a bounded scan is faster
MAX_SCANNED_TERMS = 5000


#: Joins ``pk``, the primary contact of customer ``c`` (else its first contact): the person
#: the list and ``find`` show beside a customer.
PRIMARY_CONTACT_JOIN = (
    "LEFT JOIN contacts pk ON pk.id = (SELECT k.id FROM contacts k WHERE k.customer_id = c.id "
    "ORDER BY k.is_primary DESC, k.position LIMIT 1)")


@dataclass(frozen=True)
class SearchHit:
    id: int
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    score: int  # higher is better
    contact: str | None = None  # the primary contact, whom a user calls
    contact_mobile: str | None = None  # the contact's mobile, else landline (E.164)
    contact_email: str | None = None

    @property
    def all_phones(self) -> tuple[str, ...]:
        """The customer's numbers and then the primary contact's, each once."""
        return _with(self.phones, self.contact_mobile)

    @property
    def all_emails(self) -> tuple[str, ...]:
        return _with(self.emails, self.contact_email)


def _with(items: tuple[str, ...], extra: str | None) -> tuple[str, ...]:
    return items if not extra or extra in items else (*items, extra)


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
    for score, sql_text, params in _ranked_steps(session, query, want):
        if len(scored) >= want:
            break
        for (customer_id,) in session.execute(sql(sql_text), params):
            scored.setdefault(customer_id, score)
    return _hits(session, scored, limit=limit, trashed=trashed)


def match_subquery(session: Session, text: str) -> tuple[str, dict[str, object]] | None:
    """SQL selecting the id of every customer matching ``text`` (for the customer list).

    None when ``text`` is blank (no restriction). The SQL uses named parameters that
    start with ``s_``; combine it with ``id IN (…)``.
    """
    query = parse_query(text)
    if query is None:
        return None
    params: dict[str, object] = {}
    if not has_fts(session):
        from crm_desktop.services import search_pg  # the columns' way (pg_trgm on PostgreSQL)

        return search_pg.match_sql(session, query, params), params
    if query.long:
        base = _fts_sql(query, params, limit=None)
    else:
        word = _driver(query)
        vocab = _vocab_terms(session, word, want=None)
        parts = [f"SELECT id FROM ({step})" for _, step, _ in _short_steps(word, params, vocab)]
        base = " UNION ".join(parts)
        base = _verify_words(base, tuple(w for w in query.short if w != word), params)
    return base, params


def _ranked_steps(
    session: Session, query: ParsedQuery, want: int
) -> list[tuple[int, str, dict[str, object]]]:
    """Queries best first; each checks the other words of the query against the document."""
    word = _driver(query)
    others = tuple(w for w in query.long + query.short if w != word)
    params: dict[str, object] = {}
    if not has_fts(session):
        from crm_desktop.services import search_pg

        return search_pg.ranked_steps(session, query, params, want)
    steps: list[tuple[int, str]] = [
        (SCORE_EXACT, "SELECT id FROM customers WHERE name = :s_exact"),
    ]
    params["s_exact"] = word
    for i, variant in enumerate(_case_variants(word)):
        params.update({f"s_p{i}": variant, f"s_p{i}e": variant + _HIGH})
        steps.append((SCORE_PREFIX, f"SELECT id FROM customers WHERE name >= :s_p{i} "
                      f"AND name < :s_p{i}e"))
    if word.isascii() and word.isalpha():
        params.update({"s_k": word.lower(), "s_ke": word.lower() + _HIGH})
        for column in ("initials", "pinyin"):
            steps.append((SCORE_PINYIN, f"SELECT id FROM customers WHERE {column} >= :s_k "
                          f"AND {column} < :s_ke"))
    if not query.long:
        vocab = _vocab_terms(session, word, want=want)
        steps.extend((score, step) for score, step, _ in _short_steps(word, params, vocab))
    ranked = [
        (score, f"SELECT id FROM ({_verify_words(step, others, params)}) LIMIT {want}", params)
        for score, step in steps
    ]
    if query.long:
        ranked.append((SCORE_OTHER, _fts_sql(query, params, limit=want), params))
    return ranked


def _driver(query: ParsedQuery) -> str:
    """The word that picks the candidates: the first long one, else the longest short one."""
    return query.long[0] if query.long else max(query.short, key=len)


def _vocab_terms(
    session: Session, word: str, *, want: int | None
) -> tuple[list[str], bool] | None:
    """The index trigrams that start with ``word`` and whether they are all of them.

    A common word has thousands: for a search limited to ``want`` hits, its most frequent
    trigrams are enough to fill the page; without a limit (the list), None (scan instead).
    None too when the database has no vocabulary table.
    """
    if not has_fts(session) or session.scalar(sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'customer_search_vocab'")) is None:
        return None
    if prefix_only(word):
        return [], True
    key = word.lower()
    rows = session.execute(sql(
        "SELECT term, doc FROM customer_search_vocab WHERE term >= :a AND term < :b LIMIT :n"),
        {"a": key, "b": key + _HIGH, "n": MAX_SCANNED_TERMS}).all()
    if len(rows) <= MAX_TERMS:
        return [term for term, _ in rows], True
    if want is None:
        return None
    picked: list[str] = []
    found = 0
    for term, docs in sorted(rows, key=lambda row: -row[1]):
        picked.append(term)
        found += docs
        if found >= 2 * want or len(picked) >= 40:
            break
    return picked, False


def prefix_only(word: str) -> bool:
    """One Latin letter or digit, or two digits: only names (and pinyin) starting with it.

    Such a word is in nearly every document (so "contains" is no search), and listing the
    index trigrams that start with it costs tens of milliseconds (their doclists are long).
    """
    return word.isascii() and (len(word) == 1 or word.isdigit())


def _short_steps(
    word: str, params: dict[str, object], vocab: tuple[list[str], bool] | None
) -> list[tuple[int, str, dict[str, object]]]:
    """Queries for a 1–2 character word: prefixes on indexed columns, then substrings.

    ``vocab`` (the trigrams starting with ``word``, and whether that is all of them) finds
    the documents holding it, except at the very end of a document (documents end with a
    field separator); when incomplete or None, scans of the name, company and contact-name
    indexes follow (a LIMIT stops them early for a common word).
    """
    key = word.lower()
    params.update({"s_w": word, "s_we": word + _HIGH, "s_k": key, "s_ke": key + _HIGH})
    steps = [
        (SCORE_PREFIX, "SELECT id FROM customers WHERE name >= :s_w AND name < :s_we"),
        (SCORE_PLACE, "SELECT id FROM customers WHERE region >= :s_w AND region < :s_we"),
        (SCORE_PLACE, "SELECT id FROM customers WHERE city >= :s_w AND city < :s_we"),
    ]
    if vocab is not None and vocab[0]:
        params["s_terms"] = " OR ".join(fts_phrase(term) for term in vocab[0])
        steps.append((SCORE_OTHER, "SELECT rowid AS id FROM customer_search "
                                   "WHERE customer_search MATCH :s_terms"))
    if (vocab is None or not vocab[1]) and not prefix_only(word):
        steps += [
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
    return [(score, step, params) for score, step in steps]


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
        "SELECT c.id, c.name, c.company, c.phones, c.emails, pk.name AS contact, "
        "coalesce(pk.mobile, pk.phone) AS contact_mobile, pk.email AS contact_email "
        f"FROM customers c {PRIMARY_CONTACT_JOIN} "
        f"WHERE c.id IN ({ids}) AND c.deleted_at {state}"
    )).all()
    order = {customer_id: index for index, customer_id in enumerate(scored)}
    hits = [
        SearchHit(id=row.id, name=row.name, company=row.company,
                  phones=_split(row.phones), emails=_split(row.emails), score=scored[row.id],
                  contact=row.contact, contact_mobile=row.contact_mobile,
                  contact_email=row.contact_email)
        for row in rows
    ]
    hits.sort(key=lambda hit: (-hit.score, len(hit.name), order[hit.id]))  # shorter: closer
    return hits[:limit]


def _split(stored: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (stored or "").split(";") if part.strip())


__all__ = ["SearchHit", "has_fts", "match_subquery", "parse_query", "search_customers"]
