"""A messy customer workbook, an existing customer it duplicates, and an open wizard."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import CustomerInput
from crm_desktop.views.importing.wizard import ImportWizard

HEADER = ["客户名称", "联系人", "手机", "邮箱", "状态", "客户等级"]


def write_messy_workbook(path: Path) -> Path:
    """A title merged over the top, a phone read as a float, an invalid email, a customer
    already in the database, a status nobody set up, a row to skip and a totals row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户名单"
    sheet.append(["2024年客户名单"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(HEADER)
    sheet.append(["ABC科技有限公司", "张三", 13812345678.0, "zhang@abc.cn", "已签约", "A级"])
    sheet.append(["北京某某贸易公司", "李四", "139 1234 5678", "li@@abc", "Hot", "B级"])
    sheet.append(["上海一二三餐饮店", "王五", "13700001111", "wang@123.cn", None, None])
    sheet.append(["广州测试公司", "赵六", "13600002222", None, None, None])
    sheet.append(["合计", None, None, None, None, None])
    book.save(path)
    return path


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_messy_workbook(tmp_path / "客户名单.xlsx")


@pytest.fixture
def existing(context: AppContext) -> int:
    """The customer row 6 of the workbook duplicates (same name and phone)."""
    with context.session() as session:
        return customers.create_customer(session, data=CustomerInput(
            name="上海一二三餐饮店", phones=["13700001111"], industry="餐饮")).id


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch, messy: Path) -> Path:
    """The file dialog answers with the messy workbook."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(messy), "")))
    return messy


@pytest.fixture
def wizard(qtbot: QtBot, context: AppContext) -> ImportWizard:
    shown = ImportWizard(context)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def database_dump(db_path: Path) -> list[str]:
    """Every row of every table, as the file holds them (committed state only)."""
    connection = sqlite3.connect(db_path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
