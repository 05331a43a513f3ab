"""The same data and query give the same search results on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crm_desktop.db import Database, open_database
from crm_desktop.services.customer_list import CustomerQuery, customer_ids
from crm_desktop.services.customers import ContactInput
from crm_desktop.services.search import search_customers
from tests.services.customer_helpers import add, zhang_san

QUERIES = [
    "张", "张三", "zhangsan", "zs", "ZhangSan", "王芳", "王芳 北京", "北京", "杭州", "李四",
    "138 1234 5678", "+86 139-0000-1111", "13912345678", "gmail", "acme.example", "wang@",
    "贸易有限", "Acme", "芳芳", "赵", "50%_", "no such thing", "a", "Z", "13", "w 芳",
]


def _fill(database: Database) -> None:
    with database.session() as session:
        zhang_san(session)
        add(session, "王芳", phones=["+86 139 0000 1111"], emails=["wf@qq.com"])
        add(session, "王芳芳", city="杭州")
        add(session, "北京王芳科技有限公司", region="北京")
        add(session, "Acme Trading", emails=["sales@acme.example"],
            contacts=[ContactInput(name="王芳", email="wang@acme.example")])
        add(session, "赵六", notes="老客户 50%_ 折扣")


@pytest.fixture
def both(database: Database, pg_url: str) -> Iterator[tuple[Database, Database]]:
    server = open_database(pg_url)
    try:
        _fill(database)
        _fill(server)
        yield database, server
    finally:
        server.close()


def _results(database: Database, text: str) -> tuple[list[tuple[str, int]], list[int]]:
    with database.session() as session:
        hits = [(hit.name, hit.score) for hit in search_customers(session, text)]
        listed = sorted(customer_ids(session, CustomerQuery(text=text)))
    return hits, listed


@pytest.mark.parametrize("text", QUERIES)
def test_same_hits_in_the_same_order_on_both(
    both: tuple[Database, Database], text: str
) -> None:
    local, server = both
    assert _results(server, text) == _results(local, text)
