"""search indexes: short (1–2 character) queries scan narrow covering indexes

Revision ID: 0002_search_indexes
Revises: 0001_baseline
Create Date: 2026-11-26 03:40:00

FTS5 trigram cannot match 1–2 characters (张, 王芳). Short queries look up the
trigrams that start with them in ``customer_search_vocab`` (an fts5vocab view of the
index: a range on its terms is a B-tree lookup) and match those; when there are too
many, they scan company, city and contact names, and an index on each lets SQLite
scan the small index instead of the wide table (NOTES.md, Search).
"""

from __future__ import annotations

from alembic import op

revision = '0002_search_indexes'
down_revision = '0001_baseline'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_company'), ['company'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_city'), ['city'], unique=False)
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index('ix_contacts_name_customer', ['name', 'customer_id'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            "CREATE VIRTUAL TABLE customer_search_vocab USING fts5vocab(customer_search, 'row')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP TABLE IF EXISTS customer_search_vocab")
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_name_customer')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_city'))
        batch_op.drop_index(batch_op.f('ix_customers_company'))
