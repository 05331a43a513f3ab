"""Imported customers keep pinyin and initials within their columns, as the customer
service does (PostgreSQL refuses a longer value; SQLite would store it)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import Customer
from crm_desktop.services.customer_store import customer_keys
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from crm_desktop.services.pinyin import pinyin_keys

# Four characters with several readings each: every variant of 200 of them is ~900 letters.
LONG_NAME = "单行长重" * 60


def test_a_very_long_chinese_name_imports_with_keys_cut_to_the_columns(
        database: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["客户名称", "手机"])
    book.active.append([LONG_NAME, "13800001111"])
    book.save(tmp_path / "long.xlsx")
    with database.session() as session:
        report = run_import(session, prepare_import(session, tmp_path / "long.xlsx"))
        session.commit()
    assert len(report.created) == 1
    with database.session() as session:
        name, pinyin, initials = session.execute(
            select(Customer.name, Customer.pinyin, Customer.initials)).one()
    columns = Customer.__table__.c
    uncut = pinyin_keys(name)
    assert len(uncut.pinyin) > columns.pinyin.type.length  # the case this test is about
    assert len(uncut.initials) > columns.initials.type.length
    assert (pinyin, initials) == (customer_keys(name).pinyin, customer_keys(name).initials)
    assert len(pinyin) <= columns.pinyin.type.length
    assert len(initials) <= columns.initials.type.length
    assert pinyin.startswith("danxingzhangzhong") and initials.startswith("dxzz")
