"""Pinyin and initials stay within their columns (PostgreSQL refuses longer values)."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import Customer
from crm_desktop.services.customers import ContactInput
from crm_desktop.services.pinyin import PinyinKeys, fitted, pinyin_keys
from tests.services.customer_helpers import add


def test_keys_that_fit_are_kept_whole() -> None:
    keys = pinyin_keys("单丽")
    assert fitted(keys, pinyin_max=600, initials_max=200) == keys


def test_whole_variants_are_dropped_from_the_end_before_any_is_cut() -> None:
    keys = PinyinKeys("danli shanli chanli", "dl sl cl")
    assert fitted(keys, pinyin_max=12, initials_max=5) == PinyinKeys("danli shanli", "dl sl")


def test_a_first_variant_longer_than_the_column_is_cut() -> None:
    keys = PinyinKeys("zhangsanlisi wangwu", "zsls ww")
    assert fitted(keys, pinyin_max=5, initials_max=2) == PinyinKeys("zhang", "zs")


def test_a_company_with_many_contacts_stores_keys_within_the_columns(
        database: Database) -> None:
    contacts = [ContactInput(name=f"欧阳{chr(0x4E00 + 50 * i)}{chr(0x5E00 + 30 * i)}")
                for i in range(80)]
    with database.session() as session:
        created = add(session, "上海东方国际贸易有限公司", contacts=contacts)
    with database.session() as session:
        pinyin, initials = session.execute(select(Customer.pinyin, Customer.initials).where(
            Customer.id == created.id)).one()
    columns = Customer.__table__.c
    assert pinyin.startswith("shanghaidongfang")
    assert initials.startswith("shdf")
    assert len(pinyin) <= columns.pinyin.type.length
    assert len(initials) <= columns.initials.type.length
