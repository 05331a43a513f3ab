"""Search where there is no FTS5 (PostgreSQL): SQLite's tiers, answered from the columns.

A word is in a customer when one of the searched columns of the customer, or of one of
its contacts, holds it, ignoring case: the same fields as SQLite's search document
(``search_index``), so both databases find the same customers. On PostgreSQL ``ILIKE``
is answered by each column's pg_trgm GIN index and the prefix tiers compare in
code-point order (``COLLATE "C"``, SQLite's order) on B-tree indexes in that collation
(migration 0003). Another database gets the same SQL with ``lower(…) LIKE``, slower.

``search.py`` calls ``ranked_steps`` and ``match_sql`` when ``has_fts`` is false.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.services import search

CUSTOMER_COLUMNS = ("name", "company", "phones", "emails", "wechat", "address", "city",
                    "region", "notes", "pinyin", "initials")
CONTACT_COLUMNS = ("name", "mobile", "phone", "email", "wechat")
Step = tuple[int, str, dict[str, object]]


def escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def contains_sql(
    session: Session, words: tuple[str, ...], params: dict[str, object], *, key: str = "c"
) -> str:
    """Ids of customers holding every one of ``words`` (one set per word, intersected)."""
    postgres = _postgres(session)

    def test(column: str, name: str) -> str:
        if postgres:
            return f"{column} ILIKE :{name} ESCAPE '\\'"
        return f"lower({column}) LIKE :{name} ESCAPE '\\'"

    sets = []
    for i, word in enumerate(words):
        name = f"s_{key}{i}"
        params[name] = f"%{escape_like(word.lower())}%"
        own = " OR ".join(test(column, name) for column in CUSTOMER_COLUMNS)
        contacts = " OR ".join(test(column, name) for column in CONTACT_COLUMNS)
        sets.append(f"SELECT id FROM customers WHERE {own} "
                    f"UNION SELECT customer_id AS id FROM contacts WHERE {contacts}")
    return " INTERSECT ".join(f"SELECT id FROM ({part}) AS {key}{i}"
                              for i, part in enumerate(sets))


def _prefix(session: Session, column: str, low: str, high: str) -> str:
    collate = ' COLLATE "C"' if _postgres(session) else ""
    return (f"SELECT id FROM customers WHERE {column}{collate} >= :{low} "
            f"AND {column}{collate} < :{high}")


def _prefix_steps(
    session: Session, query: search.ParsedQuery, word: str, params: dict[str, object]
) -> list[tuple[int, str]]:
    """Exact name, name prefixes, pinyin and initials prefixes, places: as on SQLite."""
    high = search._HIGH
    params["s_exact"] = word
    steps = [(search.SCORE_EXACT, "SELECT id FROM customers WHERE name = :s_exact")]
    for i, variant in enumerate(search._case_variants(word)):
        params.update({f"s_p{i}": variant, f"s_p{i}e": variant + high})
        steps.append((search.SCORE_PREFIX, _prefix(session, "name", f"s_p{i}", f"s_p{i}e")))
    if word.isascii() and word.isalpha():
        params.update({"s_k": word.lower(), "s_ke": word.lower() + high})
        steps += [(search.SCORE_PINYIN, _prefix(session, column, "s_k", "s_ke"))
                  for column in ("initials", "pinyin")]
    if not query.long:
        params.update({"s_w": word, "s_we": word + high})
        steps += [(search.SCORE_PLACE, _prefix(session, column, "s_w", "s_we"))
                  for column in ("region", "city")]
    return steps


def ranked_steps(
    session: Session, query: search.ParsedQuery, params: dict[str, object], want: int
) -> list[Step]:
    """The tiers of ``search_customers``, best first, each holding every other word."""
    word = search._driver(query)
    others = tuple(w for w in query.long + query.short if w != word)
    steps = _prefix_steps(session, query, word, params)
    if query.long or not search.prefix_only(word):
        steps.append((search.SCORE_OTHER, contains_sql(session, (word,), params, key="d")))
    also = f" WHERE id IN ({contains_sql(session, others, params)})" if others else ""
    return [(score, f"SELECT id FROM ({step}) AS t{n}{also} LIMIT {want}", params)
            for n, (score, step) in enumerate(steps)]


def match_sql(session: Session, query: search.ParsedQuery, params: dict[str, object]) -> str:
    """Every customer ``search_customers`` could find, for the customer list's filter."""
    word = search._driver(query)
    if query.long or not search.prefix_only(word):
        return contains_sql(session, query.long + query.short, params)
    others = tuple(w for w in query.short if w != word)
    params.update({"s_w": word, "s_we": word + search._HIGH,
                   "s_k": word.lower(), "s_ke": word.lower() + search._HIGH})
    columns = [("name", "s_w"), ("region", "s_w"), ("city", "s_w")]
    if word.isalpha():
        columns += [("initials", "s_k"), ("pinyin", "s_k")]
    union = " UNION ".join(_prefix(session, column, low, f"{low}e") for column, low in columns)
    also = f" WHERE id IN ({contains_sql(session, others, params)})" if others else ""
    return f"SELECT id FROM ({union}) AS p{also}"
