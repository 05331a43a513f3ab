"""The list and the editor show phones as dialled at home and default statuses by language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers, statuses
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import ContactInput
from crm_desktop.views.customers.editor import CustomerEditor
from crm_desktop.views.customers.editor_tabs import CONTACT_FIELDS
from crm_desktop.views.customers.table_model import CustomerTableModel
from tests.views.customers.conftest import MakeCustomer


@pytest.fixture
def window_language() -> Iterator[None]:
    """Leave the default locale as it was (Translations.apply sets it per language)."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def shown_status(context: AppContext) -> str:
    model = CustomerTableModel(context)
    model.reload()
    return model.index(0, model.column_of("status")).data()


def test_default_status_is_chinese_in_a_chinese_window_and_english_in_an_english_one(
        context: AppContext, make_customer: MakeCustomer, window_language: None) -> None:
    make_customer("张三")
    QLocale.setDefault(QLocale("zh_CN"))
    assert shown_status(context) == "潜在客户"
    QLocale.setDefault(QLocale("en"))
    assert shown_status(context) == "Lead"


def test_a_renamed_default_status_shows_as_typed_in_both_languages(
        context: AppContext, make_customer: MakeCustomer, window_language: None) -> None:
    make_customer("张三")
    with context.session() as session:
        lead = statuses.list_statuses(session)[0]
        statuses.rename_status(session, id=lead.id, name="意向客户", name_en=lead.name_en)
    for language in ("zh_CN", "en"):
        QLocale.setDefault(QLocale(language))
        assert shown_status(context) == "意向客户"


def test_editor_shows_home_phones_nationally_and_saving_keeps_them_in_e164(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    customer_id = make_customer(
        "王芳", phones=["13812345678", "010-1234-5678", "+1 415 555 0100"],
        contacts=[ContactInput(name="王芳", mobile="13900001111")])
    editor = CustomerEditor(context, customer_id)
    qtbot.addWidget(editor)
    assert editor.edits["phones"].text() == "138 1234 5678; 010 1234 5678; +1 415-555-0100"
    mobile = editor.contacts_tab.table.item(0, CONTACT_FIELDS.index("mobile")).text()
    assert mobile == "139 0000 1111"
    editor.save()
    assert editor.error.isHidden()
    with context.session() as session:
        stored = customers.get_customer(session, id=customer_id)
    assert stored.phones == ("+8613812345678", "+861012345678", "+14155550100")
    assert stored.contacts[0].mobile == "+8613900001111"
