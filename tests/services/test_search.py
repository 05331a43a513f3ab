"""Search as you type: Chinese 1–3 characters, pinyin, initials, phone digits, email parts."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from crm_desktop.db import Database
from crm_desktop.services.customers import ContactInput, trash_customers
from crm_desktop.services.search import parse_query, search_customers
from tests.services.customer_helpers import add, zhang_san


@pytest.fixture
def people(database: Database) -> Database:
    with database.session() as session:
        zhang_san(session)
        add(session, "王芳", phones=["+86 139 0000 1111"], emails=["wf@qq.com"])
        add(session, "王芳芳", city="杭州")
        add(session, "北京王芳科技有限公司", region="北京")
        add(session, "Acme Trading", emails=["sales@acme.example"],
            contacts=[ContactInput(name="王芳", email="wang@acme.example")])
        add(session, "赵六")
    return database


def names(session: Session, text: str) -> list[str]:
    return [hit.name for hit in search_customers(session, text)]


@pytest.mark.parametrize("text", ["张", "张三", "zhangsan", "zs", "ZhangSan", "zhang"])
def test_chinese_pinyin_and_initials_find_zhang_san(people: Database, text: str) -> None:
    with people.session() as session:
        assert "张三" in names(session, text)


def test_two_characters_find_names_companies_and_contacts_exact_name_first(
    people: Database,
) -> None:
    with people.session() as session:
        found = names(session, "王芳")
        assert found[0] == "王芳"
        assert found[1] == "王芳芳"  # name prefix before other matches
        assert set(found) == {"王芳", "王芳芳", "北京王芳科技有限公司", "Acme Trading"}


@pytest.mark.parametrize("typed", ["13812345678", "138 1234 5678", "+86 138-1234-5678",
                                   "0086 13812345678", "1381", "8613812"])
def test_phone_typed_differently_finds_the_customer(people: Database, typed: str) -> None:
    with people.session() as session:
        assert names(session, typed) == ["张三"]


def test_email_parts_and_contact_emails_are_found(people: Database) -> None:
    with people.session() as session:
        assert names(session, "gmail") == ["张三"]
        assert names(session, "acme.example") == ["Acme Trading"]


def test_region_and_city_find_with_two_characters(people: Database) -> None:
    with people.session() as session:
        assert "王芳芳" in names(session, "杭州")
        assert "张三" in names(session, "上海")


def test_several_words_must_all_match(people: Database) -> None:
    with people.session() as session:
        assert names(session, "王芳 北京") == ["北京王芳科技有限公司"]
        assert names(session, "zhangsan gmail") == ["张三"]


@pytest.mark.parametrize("text", ['"', 'a"b', "AND", "OR NOT", "*", "(", "NEAR(王 芳)", "^x"])
def test_user_text_is_never_fts_syntax(people: Database, text: str) -> None:
    with people.session() as session:
        search_customers(session, text)  # no error


def test_hits_carry_phones_and_emails_and_respect_the_limit(people: Database) -> None:
    with people.session() as session:
        hit = search_customers(session, "王芳", limit=1)
        assert len(hit) == 1
        assert hit[0].phones == ("+8613900001111",) and hit[0].emails == ("wf@qq.com",)


def test_trashed_customers_are_not_found_unless_asked(people: Database) -> None:
    with people.session() as session:
        (zhang,) = search_customers(session, "zhangsan")
        trash_customers(session, ids=[zhang.id])
        assert names(session, "zhangsan") == []
        assert [h.id for h in search_customers(session, "zhangsan", trashed=True)] == [zhang.id]


def test_blank_query_finds_nothing(people: Database) -> None:
    with people.session() as session:
        assert search_customers(session, "   ") == []
        assert parse_query("") is None


def test_phone_looking_input_becomes_digits() -> None:
    parsed = parse_query("+86 (138) 1234-5678")
    assert parsed is not None and parsed.long == ("8613812345678",)


@pytest.mark.parametrize(("text", "expected"), [
    ("张", "张三"), ("zs", "张三"), ("+86 138-1234-5678", "张三"), ("gmail", "张三"),
    ("王芳", "王芳"), ("50%_", None),
])
def test_without_fts_the_same_tiers_run_over_like(
    people: Database, monkeypatch: pytest.MonkeyPatch, text: str, expected: str | None
) -> None:
    """What PostgreSQL runs until it gets its own index: correct, only slower."""
    from crm_desktop.services import search
    from crm_desktop.services.customer_list import CustomerQuery, customer_ids

    monkeypatch.setattr(search, "has_fts", lambda session: False)
    with people.session() as session:
        found = names(session, text)
        assert (found[0] if found else None) == expected
        assert len(customer_ids(session, CustomerQuery(text=text))) == len(found)
