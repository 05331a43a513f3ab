"""Pieces of the baseline migration that are not plain tables: search index and defaults.

Frozen copies of the default values live here (not imported from the models) so this
migration keeps doing exactly what it did when later code changes.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

STATUSES = (
    ("lead", "潜在客户", "Lead", "#9e9e9e"),
    ("following", "跟进中", "Following up", "#1e88e5"),
    ("trial", "尝试使用", "Trial", "#8e24aa"),
    ("negotiating", "进行中", "Negotiating", "#fb8c00"),
    ("signed", "已签约", "Signed", "#43a047"),
    ("retained", "维护中", "Retained", "#00897b"),
    ("lost", "拒绝", "Lost", "#e53935"),
)
STAGES = (
    ("qualify", "初步接洽", "Qualify", 10, False, False),
    ("needs", "需求确认", "Needs analysis", 25, False, False),
    ("proposal", "方案报价", "Proposal", 50, False, False),
    ("negotiation", "谈判审核", "Negotiation", 75, False, False),
    ("won", "赢单", "Won", 100, True, False),
    ("lost", "输单", "Lost", 0, False, True),
)
SETTINGS = {"phone_region": "CN", "currency": "CNY"}


def create_search_index() -> None:
    """The customer search index. SQLite: FTS5 trigram; other databases add their own later."""
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5(body, tokenize='trigram')"
    )


def drop_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS customer_search")


def seed_defaults() -> None:
    statuses = sa.table(
        "statuses", sa.column("code"), sa.column("name"), sa.column("name_en"),
        sa.column("color"), sa.column("position"), sa.column("active"),
    )
    op.bulk_insert(statuses, [
        {"code": code, "name": zh, "name_en": en, "color": color, "position": i, "active": True}
        for i, (code, zh, en, color) in enumerate(STATUSES)
    ])
    stages = sa.table(
        "pipeline_stages", sa.column("code"), sa.column("name"), sa.column("name_en"),
        sa.column("position"), sa.column("probability"), sa.column("is_won"),
        sa.column("is_lost"), sa.column("active"),
    )
    op.bulk_insert(stages, [
        {"code": code, "name": zh, "name_en": en, "position": i, "probability": p,
         "is_won": won, "is_lost": lost, "active": True}
        for i, (code, zh, en, p, won, lost) in enumerate(STAGES)
    ])
    settings = sa.table("settings", sa.column("key"), sa.column("value"))
    op.bulk_insert(settings, [{"key": k, "value": json.dumps(v)} for k, v in SETTINGS.items()])
