"""The customer list: ids filtered and sorted in SQL, rows for a page, filter choices."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db import Database
from crm_desktop.services import staff, statuses, tags
from crm_desktop.services.customer_list import (
    LIST_COLUMNS,
    SORT_KEYS,
    CustomerQuery,
    customer_ids,
    customer_rows,
    filter_choices,
)
from crm_desktop.services.customers import ContactInput, trash_customers
from tests.services.customer_helpers import add


@pytest.fixture
def shop(database: Database) -> dict[str, int]:
    with database.session() as session:
        owner = staff.add_staff(session, name="小李")
        signed = next(s for s in statuses.list_statuses(session) if s.code == "signed")
        ids = {
            "张三": add(session, "张三", industry="零售", region="上海", source="展会",
                        owner_id=owner.id, tags=["VIP"],
                        contacts=[ContactInput(name="李四"), ContactInput(name="王五",
                                                                          is_primary=True)]).id,
            "阿里": add(session, "阿里巴巴", industry="软件", region="杭州",
                        status_id=signed.id).id,
            "Apple": add(session, "Apple", industry="软件", region="北京", source="网站").id,
            "白云": add(session, "白云商行", region="广州", phones=["13800001111"]).id,
        }
        ids["owner"] = owner.id
        ids["signed"] = signed.id
    return ids


def names_for(database: Database, query: CustomerQuery) -> list[str]:
    with database.session() as session:
        ids = customer_ids(session, query)
        rows = customer_rows(session, ids)
        return [rows[i].name for i in ids]


def test_sort_by_name_orders_chinese_by_pinyin(database: Database, shop: dict[str, int]) -> None:
    query = CustomerQuery(sort_key="name", descending=False)
    assert names_for(database, query) == ["阿里巴巴", "Apple", "白云商行", "张三"]


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sortable_column_sorts_in_both_directions(
    database: Database, shop: dict[str, int], key: str
) -> None:
    up = names_for(database, CustomerQuery(sort_key=key, descending=False))
    down = names_for(database, CustomerQuery(sort_key=key, descending=True))
    assert sorted(up) == sorted(down) and len(up) == 4


def test_filters_combine_with_and(database: Database, shop: dict[str, int]) -> None:
    assert names_for(database, CustomerQuery(industries=("软件",), sort_key="name",
                                             descending=False)) == ["阿里巴巴", "Apple"]
    assert names_for(database, CustomerQuery(industries=("软件",), regions=("北京",))) == [
        "Apple"]
    assert names_for(database, CustomerQuery(status_ids=(shop["signed"],))) == ["阿里巴巴"]
    assert names_for(database, CustomerQuery(owner_ids=(shop["owner"],))) == ["张三"]
    assert len(names_for(database, CustomerQuery(owner_ids=(None,)))) == 3
    assert names_for(database, CustomerQuery(sources=("网站",))) == ["Apple"]
    with database.session() as session:
        vip = next(t for t in tags.list_tags(session) if t.name == "VIP")
    assert names_for(database, CustomerQuery(tag_ids=(vip.id,))) == ["张三"]


def test_search_text_and_created_dates_filter(database: Database, shop: dict[str, int]) -> None:
    assert names_for(database, CustomerQuery(text="zs")) == ["张三"]
    assert names_for(database, CustomerQuery(text="王五")) == ["张三"]  # a contact
    assert names_for(database, CustomerQuery(text="138 0000 1111")) == ["白云商行"]
    today = dt.datetime.now(dt.UTC).date()
    assert len(names_for(database, CustomerQuery(created_from=today, created_to=today))) == 4
    assert names_for(database, CustomerQuery(created_to=today - dt.timedelta(days=1))) == []


def test_trashed_customers_show_only_in_the_trash_view(
    database: Database, shop: dict[str, int]
) -> None:
    with database.session() as session:
        trash_customers(session, ids=[shop["Apple"]])
    assert "Apple" not in names_for(database, CustomerQuery())
    assert names_for(database, CustomerQuery(trashed=True)) == ["Apple"]


def test_rows_carry_what_the_list_shows(database: Database, shop: dict[str, int]) -> None:
    with database.session() as session:
        row = customer_rows(session, [shop["张三"]])[shop["张三"]]
    assert (row.status_name, row.owner_name, row.tags, row.primary_contact) == (
        "潜在客户", "小李", ("VIP",), "王五")
    assert row.created_at.tzinfo is not None
    assert {column.key for column in LIST_COLUMNS} >= set(SORT_KEYS)


def test_filter_choices_list_distinct_values(database: Database, shop: dict[str, int]) -> None:
    with database.session() as session:
        choices = filter_choices(session)
    assert choices.industries == ("软件", "零售")
    assert set(choices.regions) == {"上海", "杭州", "北京", "广州"}
    assert [c.name for c in choices.owners] == ["小李"]
    assert [c.name for c in choices.tags] == ["VIP"]
    assert len(choices.statuses) == 7


def test_created_date_filter_uses_the_users_local_days(monkeypatch) -> None:
    """Midnight in Beijing (UTC+8) is 16:00 the day before in UTC."""
    import datetime as dt
    import os
    import time

    from crm_desktop.services.customer_list import _utc_midnight

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert _utc_midnight(dt.date(2024, 3, 5)) == "2024-03-04 16:00:00"
    finally:
        monkeypatch.undo()
        if "TZ" not in os.environ:
            time.tzset()
    time.tzset()
