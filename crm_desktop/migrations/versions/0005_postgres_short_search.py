"""postgres short search: an index of the non-ASCII characters of each customer and contact

Revision ID: 0005_postgres_short_search
Revises: 0004_postgres_change_notify
Create Date: 2026-11-26 04:40:00

pg_trgm cannot serve fewer than 3 characters (科, 王芳: the most common Chinese searches),
so ``ILIKE '%科%'`` read every entry of the 16 trigram indexes (~1 s at 100k customers).
``crm_wide_chars(columns…)`` is the set of distinct non-ASCII characters of the searched
columns, lower-cased; a GIN index on it finds the rows holding every character of such a
word (then ``strpos`` checks the word itself), and with a LIMIT the heap scan stops at
the first page of hits. Small (23 characters per customer: ~6 MiB at 100k) and built by
PostgreSQL itself on every write, so no service has to keep it. Words of ASCII
characters only are either prefix searches (one letter or digit, two digits) or scanned.
The column lists are frozen here on purpose: ``services/search_pg.py`` must call the
function with the same columns in the same order, or the index no longer matches.
No-op on SQLite (its FTS5 vocabulary serves short words).
"""

from __future__ import annotations

from alembic import op

revision = '0005_postgres_short_search'
down_revision = '0004_postgres_change_notify'
branch_labels = None
depends_on = None

FUNCTION = "crm_wide_chars"
COLUMNS = {
    "customers": ("name", "company", "phones", "emails", "wechat", "address", "city",
                  "region", "notes", "pinyin", "initials"),
    "contacts": ("name", "mobile", "phone", "email", "wechat"),
}


def _on_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _on_postgres():
        return
    # IMMUTABLE is true: the result depends on the arguments only (lower() in the
    # database's fixed collation), which an index expression requires.
    op.execute(rf"""
        CREATE FUNCTION {FUNCTION}(VARIADIC parts text[]) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT ARRAY(SELECT DISTINCT unnest(string_to_array(
                regexp_replace(lower(array_to_string(parts, '')), '[\x01-\x7f]+', '', 'g'),
                NULL)))
        $$""")
    for table, columns in COLUMNS.items():
        op.execute(f"CREATE INDEX ix_{table}_wide_chars ON {table} "
                   f"USING gin ({FUNCTION}({', '.join(columns)}))")


def downgrade() -> None:
    if not _on_postgres():
        return
    for table in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_wide_chars")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(VARIADIC text[])")
