"""1–2 character words (科, 王芳, qq): PostgreSQL finds exactly what SQLite finds, through
an index of each row's non-ASCII characters rather than by reading every row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.db import Database, open_database
from crm_desktop.services import search_pg
from crm_desktop.services.customer_list import CustomerQuery, customer_ids
from crm_desktop.services.customers import ContactInput
from crm_desktop.services.search import parse_query, search_customers
from tests.services.customer_helpers import add

QUERIES = ["芳", "王芳", "李芳", "群", "qq", "a@", "王a", "芳 qq", "户q", "芳 北京", "京科",
           "科", "Ｑ", "é", "wx", "芳芳 李"]


def _fill(database: Database) -> None:
    with database.session() as session:
        add(session, "李芳", city="北京", notes="客户qq群")
        add(session, "北京科技有限公司", emails=["a@b.cn"],
            contacts=[ContactInput(name="王芳"), ContactInput(name="张伟", wechat="wx_芳芳")])
        add(session, "王a工作室", notes="Ｑ版 Café")
        add(session, "李四", contacts=[ContactInput(name="赵芳芳")])


@pytest.fixture
def both(db_path: Path, pg_url: str) -> Iterator[tuple[Database, Database]]:
    local, server = open_database(str(db_path)), open_database(pg_url)
    try:
        _fill(local)
        _fill(server)
        yield local, server
    finally:
        server.close()
        local.close()


def _results(database: Database, typed: str) -> tuple[list[tuple[str, int]], list[int]]:
    with database.session() as session:
        hits = [(hit.name, hit.score) for hit in search_customers(session, typed)]
        listed = sorted(customer_ids(session, CustomerQuery(text=typed)))
    return hits, listed


@pytest.mark.parametrize("typed", QUERIES)
def test_short_words_find_the_same_customers_in_the_same_order_on_both(
        both: tuple[Database, Database], typed: str) -> None:
    local, server = both
    assert _results(server, typed) == _results(local, typed)


@pytest.mark.parametrize(("typed", "expected"), [
    ("芳", {"李芳", "北京科技有限公司", "李四"}),  # a name's end, contact names, a WeChat id
    ("王芳", {"北京科技有限公司"}),  # a whole contact name of two characters
    ("qq", {"李芳"}), ("a@", {"北京科技有限公司"}), ("王a", {"王a工作室"}),
    ("芳 北京", {"李芳", "北京科技有限公司"}), ("é", {"王a工作室"}),
])
def test_short_words_are_found_anywhere_on_the_server(
        both: tuple[Database, Database], typed: str, expected: set[str]) -> None:
    _local, server = both
    with server.session() as session:
        assert {hit.name for hit in search_customers(session, typed)} == expected


def test_a_short_chinese_word_is_looked_up_in_the_character_index(pg_url: str) -> None:
    """The steps call ``crm_wide_chars`` with the very columns migration 0005 indexed."""
    server = open_database(pg_url)
    try:
        with server.session() as session:
            params: dict[str, object] = {}
            query = parse_query("王芳")
            assert query is not None
            steps = [sql for _score, sql, _params in
                     search_pg.ranked_steps(session, query, params, 70)
                     if search_pg.WIDE_CHARS in sql]
            session.execute(text("SET LOCAL enable_seqscan = off"))
            plans = ["\n".join(session.execute(text(f"EXPLAIN {sql}"), params).scalars())
                     for sql in steps]
    finally:
        server.close()
    assert len(plans) == 2
    assert "ix_customers_wide_chars" in plans[0]
    assert "ix_contacts_wide_chars" in plans[1]
