"""postgres change notify: every write to a shared table sends NOTIFY crm_changes

Revision ID: 0004_postgres_change_notify
Revises: 0003_postgres_search
Create Date: 2026-11-26 04:00:00

In shared mode the other people's windows must learn that something changed, whoever
wrote it and through whichever code path. A statement-level trigger on each table sends
``pg_notify('crm_changes', <table>)``; PostgreSQL delivers it when the transaction
commits (never for a rolled-back one) and folds repeats within a transaction into one.
No-op on SQLite, where a single file has ``PRAGMA data_version`` for the same purpose.
"""

from __future__ import annotations

from alembic import op

revision = '0004_postgres_change_notify'
down_revision = '0003_postgres_search'
branch_labels = None
depends_on = None

CHANNEL = "crm_changes"
TABLES = (
    "customers", "contacts", "customer_tags", "custom_field_values", "tags", "statuses",
    "staff", "deals", "deal_stage_history", "interactions", "tasks", "orders", "payments",
    "instalments", "deliveries", "tickets", "campaigns", "campaign_members", "pipeline_stages",
    "saved_filters", "custom_field_definitions", "settings", "import_batches",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""
        CREATE FUNCTION crm_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END $$""")
    for table in TABLES:
        op.execute(f"CREATE TRIGGER crm_notify_{table} AFTER INSERT OR UPDATE OR DELETE "
                   f"OR TRUNCATE ON {table} FOR EACH STATEMENT "
                   f"EXECUTE FUNCTION crm_notify_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS crm_notify_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS crm_notify_change()")
