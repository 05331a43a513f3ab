"""Search where there is no FTS5 (PostgreSQL): SQLite's tiers, answered from the columns.

A word is in a customer when one of the searched columns of the customer, or of one of
its contacts, holds it, ignoring case: the same fields as SQLite's search document
(``search_index``), so both databases find the same customers. On PostgreSQL:
- a word of 3+ characters: ``ILIKE``, answered by each column's pg_trgm GIN index;
- a shorter one holding a non-ASCII character (科, 王芳): the GIN index of each row's
  non-ASCII characters (``crm_wide_chars``, migration 0005) finds the rows holding all
  of its characters, ``strpos`` keeps those holding the word, and the caller's LIMIT
  stops the heap scan at the first page (pg_trgm cannot serve fewer than 3 characters:
  asked anyway, it reads its whole index, ~1 s at 100k customers);
- two ASCII characters (zs, @q): ``strpos`` on a scan bounded by the LIMIT (fast for a
  common pair; a rare one reads the tables);
- the prefix tiers compare in code-point order (``COLLATE "C"``, SQLite's order) on
  B-tree indexes in that collation (migration 0003).
Customers and contacts are separate steps, so a LIMIT is never held up by a UNION; each
is planned as if read whole, so it stays on its index (``_verified``), and the other
words of a query are checked row by row on the candidates. Another database gets the
same SQL with ``lower(…) LIKE``, slower.

``search.py`` calls ``ranked_steps`` and ``match_sql`` when ``has_fts`` is false.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.services import search

CUSTOMER_COLUMNS = ("name", "company", "phones", "emails", "wechat", "address", "city",
                    "region", "notes", "pinyin", "initials")
CONTACT_COLUMNS = ("name", "mobile", "phone", "email", "wechat")
WIDE_CHARS = "crm_wide_chars"  # migration 0005: called with exactly the columns above
Step = tuple[int, str, dict[str, object]]


def escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _custom_plans(session: Session) -> None:
    """Plan this transaction's statements with their words: psycopg prepares a statement
    run 5 times, and PostgreSQL may then reuse a generic plan that does not know the word
    and, under a LIMIT, scans the table for a rare one (~1 s where the index takes 1 ms)."""
    if _postgres(session):
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))


def _holds(session: Session, table: str, word: str, params: dict[str, object], name: str,
           *, alias: str = "", indexed: bool = True) -> str:
    """A condition true on a row of ``table`` (customers or contacts) holding ``word``.

    ``indexed``: the condition drives the query (adds the index test of a short word);
    false for a check of rows found otherwise.
    """
    columns = [f"{alias}.{c}" if alias else c
               for c in (CUSTOMER_COLUMNS if table == "customers" else CONTACT_COLUMNS)]
    if not _postgres(session):
        params[name] = f"%{escape_like(word.lower())}%"
        return "(" + " OR ".join(f"lower({c}) LIKE :{name} ESCAPE '\\'" for c in columns) + ")"
    if len(word) >= 3:
        params[name] = f"%{escape_like(word.lower())}%"
        return "(" + " OR ".join(f"{c} ILIKE :{name} ESCAPE '\\'" for c in columns) + ")"
    params[name] = word  # strpos: never the trigram indexes, which would read all entries
    found = "(" + " OR ".join(f"strpos(lower({c}), lower(:{name})) > 0" for c in columns) + ")"
    if not indexed or word.isascii():
        return found
    return f"{WIDE_CHARS}({', '.join(columns)}) @> {WIDE_CHARS}(:{name}) AND {found}"


def _holder_steps(session: Session, word: str, params: dict[str, object],
                  key: str) -> tuple[str, str]:
    """Ids of customers holding ``word`` in their own columns, then in a contact's."""
    own = _holds(session, "customers", word, params, f"s_{key}")
    contacts = _holds(session, "contacts", word, params, f"s_{key}")
    return (f"SELECT id FROM customers WHERE {own}",
            f"SELECT customer_id AS id FROM contacts WHERE {contacts}")


def contains_sql(
    session: Session, words: tuple[str, ...], params: dict[str, object], *, key: str = "c"
) -> str:
    """Ids of customers holding every one of ``words`` (one set per word, intersected)."""
    sets = [" UNION ".join(_holder_steps(session, word, params, f"{key}{i}"))
            for i, word in enumerate(words)]
    return " INTERSECT ".join(f"SELECT id FROM ({part}) AS {key}{i}"
                              for i, part in enumerate(sets))


def _verified(session: Session, step: str, n: int, words: tuple[str, ...],
              params: dict[str, object], want: int) -> str:
    """``step`` cut to ``want`` ids of customers that also hold each of ``words``.

    The step is planned on its own (``OFFSET 0``) under a join, so for all its rows: on
    its index. Planned for the LIMIT, PostgreSQL scans the table instead whenever it
    thinks a word common (a few % of rows), which the ILIKEs of 11 columns make ~20 ms;
    the join's nested loop still stops the index's heap scan at the LIMIT.
    """
    checks = []
    for i, word in enumerate(words):
        name = f"s_also{i}"
        own = _holds(session, "customers", word, params, name, alias="c", indexed=False)
        contacts = _holds(session, "contacts", word, params, name, alias="k", indexed=False)
        checks.append(f"({own} OR EXISTS (SELECT 1 FROM contacts k "
                      f"WHERE k.customer_id = c.id AND {contacts}))")
    where = f" WHERE {' AND '.join(checks)}" if checks else ""
    fence = " OFFSET 0" if _postgres(session) else ""
    return (f"SELECT t{n}.id FROM ({step}{fence}) AS t{n} JOIN customers c "
            f"ON c.id = t{n}.id{where} LIMIT {want}")


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
    _custom_plans(session)
    word = search._driver(query)
    others = tuple(w for w in query.long + query.short if w != word)
    steps = _prefix_steps(session, query, word, params)
    if query.long or not search.prefix_only(word):
        steps += [(search.SCORE_OTHER, step)
                  for step in _holder_steps(session, word, params, "d")]
    return [(score, _verified(session, step, n, others, params, want), params)
            for n, (score, step) in enumerate(steps)]


def match_sql(session: Session, query: search.ParsedQuery, params: dict[str, object]) -> str:
    """Every customer ``search_customers`` could find, for the customer list's filter."""
    _custom_plans(session)
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
