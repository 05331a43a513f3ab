"""The small tables: staff, tags, custom fields, catalogue, campaigns, settings, segments.

A row the user already made with the same name (a staff member, a tag, a product SKU) is
reused rather than duplicated, so demo data can go into a database that was set up but
holds no customers yet.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, select

from crm_desktop.models import (
    Campaign,
    CustomFieldDefinition,
    ImportBatch,
    MappingTemplate,
    Product,
    ProductCategory,
    SavedFilter,
    Setting,
    Staff,
    Tag,
)
from crm_desktop.services.demo import phrases, vocabulary
from crm_desktop.services.demo.world import World
from crm_desktop.services.demo.writer import BulkWriter, existing_keys, next_id

IMPORT_FILE = "客户名单-2024.xlsx"
IMPORT_HEADER = ("客户名称", "联系人", "手机", "电话", "邮箱", "地址", "行业", "来源")
IMPORT_MAPPING = {"客户名称": "name", "联系人": "contact_name", "手机": "contact_mobile",
                  "电话": "phone", "邮箱": "email", "地址": "address", "行业": "industry",
                  "来源": "source"}


def _ensure(writer: BulkWriter, table: Table, key: str, columns: Sequence[str],
            rows: Sequence[tuple[Any, ...]]) -> dict[Any, int]:
    """Insert the rows whose ``key`` is not there yet (ids given); return ``{key: id}``."""
    known = existing_keys(writer.session, table, key)
    first = next_id(writer.session, table)
    key_at = list(columns).index(key)
    new = [row for row in rows if row[key_at] not in known]
    writer.insert(table, ("id", *columns), [(first + n, *row) for n, row in enumerate(new)])
    known.update({row[key_at]: first + n for n, row in enumerate(new)})
    return known


def write_staff_and_tags(world: World, writer: BulkWriter) -> None:
    created = world.clock.at(0, 540)
    staff = _ensure(writer, Staff.__table__, "name",
                    ("name", "email", "phone", "role", "active", "created_at", "updated_at"),
                    [(name, f"{user}@demo-shop.cn", _staff_phone(n), role, True, created, created)
                     for n, (name, role, user) in enumerate(vocabulary.STAFF)])
    for name, role, _user in vocabulary.STAFF:
        world.staff.setdefault(role, staff[name])
        if role.startswith("销售"):
            world.sales_ids.append(staff[name])
    tags = _ensure(writer, Tag.__table__, "name", ("name", "color"), list(vocabulary.TAGS))
    world.tag_ids = [tags[name] for name, _color in vocabulary.TAGS]
    fields = _ensure(writer, CustomFieldDefinition.__table__, "label",
                     ("label", "kind", "choices", "position", "active"),
                     [(label, kind, choices, n, True)
                      for n, (label, kind, choices) in enumerate(phrases.CUSTOM_FIELDS)])
    world.field_ids = {kind: fields[label] for label, kind, _choices in phrases.CUSTOM_FIELDS}


def _staff_phone(n: int) -> str:
    return f"+86139{57010000 + 1111 * n:08d}"


def write_catalogue(world: World, writer: BulkWriter) -> None:
    categories = _ensure(writer, ProductCategory.__table__, "name", ("name", "parent_id"),
                         [(name, None) for name, parent, _ in phrases.CATALOGUE if not parent])
    categories = _ensure(writer, ProductCategory.__table__, "name", ("name", "parent_id"),
                         [(name, categories[parent])
                          for name, parent, _ in phrases.CATALOGUE if parent])
    created = world.clock.at(0, 600)
    rows = [(sku, name, categories[category], unit, yuan * 100, "CNY", f"{category} · {name}",
             True, created, created)
            for category, _parent, products in phrases.CATALOGUE
            for sku, name, unit, yuan in products]
    skus = _ensure(writer, Product.__table__, "sku",
                   ("sku", "name", "category_id", "unit", "price_minor", "currency",
                    "description", "active", "created_at", "updated_at"), rows)
    world.products = [(skus[row[0]], row[1], row[4]) for row in rows]


def write_campaigns(world: World, writer: BulkWriter) -> None:
    clock = world.clock
    rows = []
    for name, channel, goal, start, length, budget in phrases.CAMPAIGNS:
        end = start + length - 1
        spent = budget * world.rng.randint(80, 105) // 100
        rows.append((name, goal, channel, clock.date(start), clock.date(end), budget * 100,
                     spent * 100, "CNY", clock.at(max(0, start - 30), 600),
                     clock.at(min(clock.today, end + 7), 600)))
    ids = _ensure(writer, Campaign.__table__, "name",
                  ("name", "goal", "channel", "start_date", "end_date", "budget_minor",
                   "cost_minor", "currency", "created_at", "updated_at"), rows)
    world.campaigns = [(ids[name], start, start + length - 1)
                       for name, _c, _g, start, length, _b in phrases.CAMPAIGNS]


def write_settings_and_segments(world: World, writer: BulkWriter) -> None:
    settings = {"phone_region": "CN", "currency": "CNY", "company_name": "示例科技有限公司",
                "demo_reference_date": world.clock.as_date(world.clock.today).isoformat()}
    table = Setting.__table__
    known = set(writer.session.execute(select(table.c.key)).scalars())
    writer.insert(table, ("key", "value"),
                  [(key, json.dumps(value, ensure_ascii=False))
                   for key, value in settings.items() if key not in known])
    created = world.clock.at(world.clock.today - 30, 600)
    segments = (
        ("华东重点客户", {"region": ["华东"], "tags": ["重点客户"]}),
        ("30 天未联系的签约客户", {"status": ["signed", "retained"], "no_contact_days": 30}),
        ("Foreign accounts", {"tags": ["外资企业"]}),
    )
    _ensure(writer, SavedFilter.__table__, "name", ("name", "definition", "created_at"),
            [(name, json.dumps(rule, ensure_ascii=False), created) for name, rule in segments])
    signature = hashlib.sha256("\x1f".join(IMPORT_HEADER).encode("utf-8")).hexdigest()[:32]
    _ensure(writer, MappingTemplate.__table__, "name",
            ("name", "header_signature", "mapping", "created_at"),
            [("客户名单模板", signature, json.dumps(IMPORT_MAPPING, ensure_ascii=False),
              world.clock.at(400, 600))])


def write_import_batch(world: World, writer: BulkWriter, created_ids: list[int]) -> None:
    """The spreadsheet the shop moved off (some demo customers came from it)."""
    batch_id = world.import_batch_id
    assert batch_id is not None
    report = {"file": IMPORT_FILE, "created": {"customers": created_ids}}
    writer.insert(ImportBatch.__table__,
                  ("id", "file_name", "sheet", "imported_at", "created_count", "updated_count",
                   "merged_count", "skipped_count", "report", "undone_at"),
                  [(batch_id, IMPORT_FILE, "Sheet1", world.clock.at(400, 600), len(created_ids),
                    0, 3, 2, json.dumps(report), None)])
