"""baseline: the whole data model

Revision ID: 0001_baseline
Revises: (none)
Create Date: 2026-11-26 03:14:50.688901
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.migrations import baseline_tables_1, baseline_tables_2
from crm_desktop.migrations.seed import create_search_index, drop_search_index, seed_defaults

revision = '0001_baseline'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    baseline_tables_1.create_tables()
    baseline_tables_2.create_tables()
    create_search_index()
    seed_defaults()


def downgrade() -> None:
    drop_search_index()
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_received_date'))
        batch_op.drop_index(batch_op.f('ix_payments_order_id'))
        batch_op.drop_index(batch_op.f('ix_payments_instalment_id'))
        batch_op.drop_index(batch_op.f('ix_payments_customer_id'))
        batch_op.drop_index(batch_op.f('ix_payments_created_at'))

    op.drop_table('payments')
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_lines_product_id'))
        batch_op.drop_index(batch_op.f('ix_order_lines_order_id'))

    op.drop_table('order_lines')
    with op.batch_alter_table('instalments', schema=None) as batch_op:
        batch_op.drop_index('ix_instalments_due')

    op.drop_table('instalments')
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliveries_status'))
        batch_op.drop_index(batch_op.f('ix_deliveries_order_id'))
        batch_op.drop_index(batch_op.f('ix_deliveries_created_at'))

    op.drop_table('deliveries')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_order_id'))
        batch_op.drop_index(batch_op.f('ix_attachments_customer_id'))
        batch_op.drop_index(batch_op.f('ix_attachments_content_hash'))

    op.drop_table('attachments')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_open_due')
        batch_op.drop_index(batch_op.f('ix_tasks_customer_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_created_at'))
        batch_op.drop_index(batch_op.f('ix_tasks_assignee_id'))

    op.drop_table('tasks')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_status'))
        batch_op.drop_index(batch_op.f('ix_orders_signed_date'))
        batch_op.drop_index(batch_op.f('ix_orders_deal_id'))
        batch_op.drop_index(batch_op.f('ix_orders_customer_id'))
        batch_op.drop_index(batch_op.f('ix_orders_created_at'))

    op.drop_table('orders')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_next_follow_up')
        batch_op.drop_index('ix_interactions_customer_at')
        batch_op.drop_index(batch_op.f('ix_interactions_created_at'))

    op.drop_table('interactions')
    with op.batch_alter_table('deal_stage_history', schema=None) as batch_op:
        batch_op.drop_index('ix_deal_stage_history_deal_at')
        batch_op.drop_index(batch_op.f('ix_deal_stage_history_changed_at'))

    op.drop_table('deal_stage_history')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_status_opened')
        batch_op.drop_index(batch_op.f('ix_tickets_owner_id'))
        batch_op.drop_index(batch_op.f('ix_tickets_customer_id'))
        batch_op.drop_index(batch_op.f('ix_tickets_created_at'))

    op.drop_table('tickets')
    with op.batch_alter_table('status_history', schema=None) as batch_op:
        batch_op.drop_index('ix_status_history_customer_at')
        batch_op.drop_index(batch_op.f('ix_status_history_changed_at'))

    op.drop_table('status_history')
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deals_owner_id'))
        batch_op.drop_index('ix_deals_live_stage')
        batch_op.drop_index(batch_op.f('ix_deals_expected_close_date'))
        batch_op.drop_index(batch_op.f('ix_deals_customer_id'))
        batch_op.drop_index(batch_op.f('ix_deals_created_at'))
        batch_op.drop_index(batch_op.f('ix_deals_campaign_id'))

    op.drop_table('deals')
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_tags_tag_id'))

    op.drop_table('customer_tags')
    with op.batch_alter_table('custom_field_values', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custom_field_values_field_id'))

    op.drop_table('custom_field_values')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_mobile'))
        batch_op.drop_index(batch_op.f('ix_contacts_email'))
        batch_op.drop_index(batch_op.f('ix_contacts_customer_id'))
        batch_op.drop_index(batch_op.f('ix_contacts_created_at'))

    op.drop_table('contacts')
    with op.batch_alter_table('campaign_responses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_responses_customer_id'))
        batch_op.drop_index(batch_op.f('ix_campaign_responses_campaign_id'))

    op.drop_table('campaign_responses')
    with op.batch_alter_table('campaign_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_members_customer_id'))

    op.drop_table('campaign_members')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_name'))
        batch_op.drop_index(batch_op.f('ix_products_created_at'))
        batch_op.drop_index(batch_op.f('ix_products_category_id'))

    op.drop_table('products')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_status_id'))
        batch_op.drop_index(batch_op.f('ix_customers_source'))
        batch_op.drop_index(batch_op.f('ix_customers_region'))
        batch_op.drop_index(batch_op.f('ix_customers_pinyin'))
        batch_op.drop_index(batch_op.f('ix_customers_owner_id'))
        batch_op.drop_index(batch_op.f('ix_customers_name'))
        batch_op.drop_index('ix_customers_live_name')
        batch_op.drop_index('ix_customers_live_created')
        batch_op.drop_index(batch_op.f('ix_customers_initials'))
        batch_op.drop_index(batch_op.f('ix_customers_industry'))
        batch_op.drop_index(batch_op.f('ix_customers_import_batch_id'))
        batch_op.drop_index(batch_op.f('ix_customers_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_customers_created_at'))
        batch_op.drop_index(batch_op.f('ix_customers_completeness'))

    op.drop_table('customers')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('tags')
    op.drop_table('statuses')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_created_at'))

    op.drop_table('staff')
    op.drop_table('settings')
    op.drop_table('saved_filters')
    op.drop_table('product_categories')
    op.drop_table('pipeline_stages')
    with op.batch_alter_table('mapping_templates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mapping_templates_header_signature'))

    op.drop_table('mapping_templates')
    with op.batch_alter_table('import_batches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batches_imported_at'))

    op.drop_table('import_batches')
    op.drop_table('custom_field_definitions')
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaigns_created_at'))

    op.drop_table('campaigns')
