"""postgres search: pg_trgm GIN indexes on every searched column (no-op on SQLite)

Revision ID: 0003_postgres_search
Revises: 0002_search_indexes
Create Date: 2026-11-26 03:50:00

SQLite searches its FTS5 trigram table ``customer_search``; PostgreSQL has no FTS5, so
it searches the columns themselves with ``ILIKE '%word%'``, which a GIN index with
``gin_trgm_ops`` answers without reading the table. Prefix queries (1–2 characters:
names, pinyin, initials, places) compare in code-point order (``COLLATE "C"``, the order
SQLite uses), so those columns also get a B-tree index in that collation.
The column lists are frozen here on purpose (the search service names the same ones).
"""

from __future__ import annotations

from alembic import op

revision = '0003_postgres_search'
down_revision = '0002_search_indexes'
branch_labels = None
depends_on = None

TRIGRAM_COLUMNS = {
    "customers": ("name", "company", "phones", "emails", "wechat", "address", "city",
                  "region", "notes", "pinyin", "initials"),
    "contacts": ("name", "mobile", "phone", "email", "wechat"),
}
CODE_POINT_COLUMNS = {"customers": ("name", "pinyin", "initials", "region", "city")}


def _on_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _on_postgres():
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, columns in TRIGRAM_COLUMNS.items():
        for column in columns:
            op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} "
                       f"USING gin ({column} gin_trgm_ops)")
    for table, columns in CODE_POINT_COLUMNS.items():
        for column in columns:
            op.execute(f'CREATE INDEX ix_{table}_{column}_c ON {table} ({column} COLLATE "C")')


def downgrade() -> None:
    if not _on_postgres():
        return
    for table, columns in CODE_POINT_COLUMNS.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_c")
    for table, columns in TRIGRAM_COLUMNS.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
