"""postgres list order: the live customers, newest first, straight from one index

Revision ID: 0006_postgres_list_order
Revises: 0005_postgres_short_search
Create Date: 2026-11-26 07:00:00

The customer list opens on the live customers newest first, ties by id
(``services/customer_list.customer_ids``). SQLite reads that order from
``ix_customers_live_created`` (every SQLite index ends with the rowid, and ``IS NULL``
counts as equality there). PostgreSQL does neither: it read the 100k rows and sorted them,
spilling to disk under the default work_mem (~105 ms of a 210 ms first screen). A partial
index on exactly that order, holding only live customers, gives a backward index-only
scan with no sort. No-op on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = '0006_postgres_list_order'
down_revision = '0005_postgres_short_search'
branch_labels = None
depends_on = None

INDEX = "ix_customers_live_newest"


def _on_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _on_postgres():
        op.execute(f"CREATE INDEX {INDEX} ON customers (created_at, id) "
                   "WHERE deleted_at IS NULL")


def downgrade() -> None:
    if _on_postgres():
        op.execute(f"DROP INDEX {INDEX}")
