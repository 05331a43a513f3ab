"""The duplicate finder on crafted data: the importer's keys and rules, on both engines."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.db import Database
from crm_desktop.services.cleaning.finder import DuplicateGroup, find_duplicate_groups
from crm_desktop.services.customers import ContactInput
from tests.services.customer_helpers import add


def _groups_of(session: Session) -> dict[frozenset[str], DuplicateGroup]:
    return {frozenset(m.name for m in group.members): group
            for group in find_duplicate_groups(session)}


def test_full_width_company_names_are_one_company(database: Database) -> None:
    """ＡＢＣ科技（深圳）有限公司 and abc科技(深圳)公司 share the importer's company key."""
    with database.session() as session:
        add(session, "ＡＢＣ科技（深圳）有限公司")
        add(session, "abc科技(深圳)公司")
        add(session, "别的公司")
        groups = find_duplicate_groups(session)
    assert len(groups) == 1
    assert groups[0].sure
    names = {m.name for m in groups[0].members}
    assert names == {"ＡＢＣ科技（深圳）有限公司", "abc科技(深圳)公司"}
    assert groups[0].reasons[0].key == "name" and groups[0].score == 100


def test_same_mobile_with_agreeing_names_is_sure(database: Database) -> None:
    with database.session() as session:
        add(session, "上海张氏贸易有限公司", phones=["13812345678"])
        add(session, "张氏贸易", kind="person", company=None, phones=["+86 138 1234 5678"],
            contacts=[])
        groups = _groups_of(session)
    group = groups[frozenset({"上海张氏贸易有限公司", "张氏贸易"})]
    assert group.sure and group.reasons[0].key == "mobile"
    assert group.reasons[0].value == "+8613812345678"


def test_same_mobile_under_contradicting_company_names_is_only_a_suggestion(
        database: Database) -> None:
    with database.session() as session:
        add(session, "杭州瑞丰贸易有限公司", phones=["13812345678"])
        add(session, "北京远大建材有限公司", phones=["13812345678"])
        groups = find_duplicate_groups(session)
    assert len(groups) == 1 and not groups[0].sure
    assert groups[0].reasons[0].why == "names_differ"


def test_shared_landline_or_role_address_of_differently_named_companies_is_never_proposed(
        database: Database) -> None:
    with database.session() as session:
        add(session, "杭州瑞丰贸易有限公司", phones=["0571-88886666"], emails=["info@park.cn"])
        add(session, "北京远大建材有限公司", phones=["0571-88886666"], emails=["info@park.cn"])
        assert find_duplicate_groups(session) == []


def test_a_contacts_personal_email_under_another_persons_name_is_only_a_suggestion(
        database: Database) -> None:
    with database.session() as session:
        add(session, "甲公司", contacts=[ContactInput(name="王芳", email="wf@qq.com")])
        add(session, "王芳芳", kind="person", emails=["wf@qq.com"])
        add(session, "乙公司", contacts=[ContactInput(name="李雷", email="wf@qq.com")])
        groups = _groups_of(session)
    between_contacts = groups[frozenset({"甲公司", "乙公司"})]
    assert not between_contacts.sure
    assert {r.why for r in between_contacts.reasons} == {"names_differ"}


def test_pinyin_collisions_are_suggestions_never_sure(database: Database) -> None:
    """章/张 and 峰/丰 sound the same: offered, with the reason, never merged without asking."""
    with database.session() as session:
        add(session, "张三丰", kind="person")
        add(session, "章三丰", kind="person")
        add(session, "杭州瑞丰科技", kind="company")
        add(session, "杭州瑞峰科技", kind="company")
        groups = _groups_of(session)
    people = groups[frozenset({"张三丰", "章三丰"})]
    companies = groups[frozenset({"杭州瑞丰科技", "杭州瑞峰科技"})]
    assert not people.sure and not companies.sure
    assert people.reasons[0].why == "same_pinyin" and people.reasons[0].value == "zhangsanfeng"
    assert "same_pinyin" in {r.why for r in companies.reasons}


def test_similar_company_names_are_suggestions_with_their_ratio(database: Database) -> None:
    with database.session() as session:
        add(session, "华为技术有限公司")
        add(session, "华为技术（深圳）有限公司")
        groups = find_duplicate_groups(session)
    assert len(groups) == 1 and not groups[0].sure
    assert groups[0].reasons[0].why == "similar_name"
    assert 88 <= groups[0].score < 100


def test_suggestions_do_not_chain_into_one_group(database: Database) -> None:
    """A~B and B~C similar names give two suggestions, not one group of three."""
    with database.session() as session:
        add(session, "东方明珠电子")
        add(session, "东方明珠电子厂")
        add(session, "东方明珠电子厂房")
        groups = find_duplicate_groups(session)
    assert all(len(group.members) == 2 for group in groups)


def test_trashed_customers_and_the_same_person_name_alone_are_not_duplicates(
        database: Database) -> None:
    with database.session() as session:
        add(session, "张伟", kind="person")
        add(session, "张伟", kind="person")
        gone = add(session, "某某科技", phones=["13912345678"])
        add(session, "某某科技有限公司", phones=["13912345678"])
        from crm_desktop.services.customers import trash_customers
        trash_customers(session, ids=[gone.id])
        assert find_duplicate_groups(session) == []


def test_cancel_stops_the_finder(database: Database) -> None:
    import pytest

    from crm_desktop.services.errors import Cancelled
    with database.session() as session:
        add(session, "甲公司")
        with pytest.raises(Cancelled):
            find_duplicate_groups(session, cancelled=lambda: True)


def test_sure_keys_join_transitively_into_one_group(database: Database) -> None:
    """A and B share a mobile, B and C a company name: one sure group of three."""
    with database.session() as session:
        add(session, "远大建材", phones=["13700000001"])
        add(session, "北京远大建材有限公司", phones=["13700000001"], company="远大建材")
        add(session, "远大建材有限公司")
        groups = find_duplicate_groups(session)
    assert len(groups) == 1 and groups[0].sure and len(groups[0].members) == 3
    assert {r.key for r in groups[0].reasons} == {"mobile", "name"}


def test_only_the_given_customers_are_compared(database: Database) -> None:
    with database.session() as session:
        a = add(session, "甲公司", phones=["13700000001"]).id
        b = add(session, "甲公司有限公司", phones=["13700000001"]).id
        c = add(session, "乙公司", phones=["13700000002"]).id
        add(session, "乙公司有限公司", phones=["13700000002"])
        groups = find_duplicate_groups(session, ids=[a, b, c])
    assert [group.ids for group in groups] == [(a, b)]
