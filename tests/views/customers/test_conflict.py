"""Saving over someone else's newer change: the editor names who changed what, offers Reload."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers, staff
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import ContactInput
from crm_desktop.views.customers.editor import CustomerEditor
from tests.modal_clicks import click_when_shown
from tests.views.customers.conftest import MakeCustomer

Ok = QDialogButtonBox.StandardButton.Ok


def _someone_else_edits(context: AppContext, customer_id: int) -> None:
    """李雷 changes the city and adds a contact while the form is open."""
    with context.session() as session:
        li = staff.add_staff(session, name="李雷").id
        current = customers.get_customer(session, id=customer_id)
        data = current.to_input()
        data = replace(data, city="杭州", contacts=[*data.contacts, ContactInput(name="赵敏")])
        customers.update_customer(session, id=customer_id, data=data,
                                  expected_version=current.version, actor_id=li)


def _open(qtbot: QtBot, context: AppContext, customer_id: int) -> CustomerEditor:
    editor = CustomerEditor(context, customer_id)
    qtbot.addWidget(editor)
    editor.open()
    return editor


def test_a_stale_save_names_who_changed_which_fields_and_reload_shows_their_version(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    customer_id = make_customer("上海东方贸易", city="上海")
    editor = _open(qtbot, context, customer_id)
    editor.notes.setPlainText("我的备注")
    _someone_else_edits(context, customer_id)
    seen: list[str] = []
    click_when_shown("customer.conflict", "conflict.reload", seen)
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert "李雷 changed the city and contacts of “上海东方贸易”" in seen[0]
    assert editor.isVisible()
    assert editor.edits["city"].text() == "杭州" and editor.notes.toPlainText() == ""
    assert [c.name for c in editor.contacts_tab.contacts()] == ["赵敏"]
    editor.edits["wechat"].setText("dongfang")  # editing again from their version saves
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    with context.session() as session:
        stored = customers.get_customer(session, id=customer_id)
    assert (stored.city, stored.wechat) == ("杭州", "dongfang")


def test_keep_editing_leaves_the_typed_values_and_saves_nothing(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    customer_id = make_customer("北京华夏科技", city="北京")
    editor = _open(qtbot, context, customer_id)
    editor.notes.setPlainText("我的备注")
    _someone_else_edits(context, customer_id)
    click_when_shown("customer.conflict", "conflict.keep")
    qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.notes.toPlainText() == "我的备注"
    assert editor.edits["city"].text() == "北京"
    with context.session() as session:
        assert customers.get_customer(session, id=customer_id).notes is None


def test_the_question_is_in_chinese_in_a_chinese_window(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    from PySide6.QtCore import QCoreApplication

    from crm_desktop.views import i18n

    translations = i18n.Translations(QCoreApplication.instance())
    translations.apply(i18n.CHINESE)
    try:
        customer_id = make_customer("广州南方物流", city="广州")
        editor = _open(qtbot, context, customer_id)
        _someone_else_edits(context, customer_id)
        seen: list[str] = []
        click_when_shown("customer.conflict", "conflict.keep", seen)
        qtbot.mouseClick(editor.buttons.button(Ok), Qt.MouseButton.LeftButton)
        assert "李雷在您打开“广州南方物流”之后修改了它的城市和联系人" in seen[0]
    finally:
        translations.remove()
        translations.apply(i18n.ENGLISH)
