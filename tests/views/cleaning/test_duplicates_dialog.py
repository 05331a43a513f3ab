"""Find Duplicates and the merge dialog, driven as a user would, on a real database."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers
from crm_desktop.services.context import AppContext
from crm_desktop.views.cleaning.duplicates_dialog import DuplicatesDialog
from crm_desktop.views.cleaning.merge_dialog import MergeDialog
from crm_desktop.views.main_window import MainWindow
from tests.views.customers.conftest import MakeCustomer


def _found(qtbot: QtBot, context: AppContext) -> DuplicatesDialog:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0 or dialog.groups == [])
    return dialog


def test_groups_are_listed_sure_first_and_the_sure_filter_hides_suggestions(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    make_customer("上海张氏贸易有限公司", phones=["13812345678"])
    make_customer("上海张氏贸易", phones=["13812345678"])
    make_customer("张三丰", kind="person")
    make_customer("章三丰", kind="person")
    dialog = _found(qtbot, context)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Sure"
    assert "same mobile +8613812345678" in dialog.table.item(0, 3).text()
    assert dialog.table.item(1, 1).text() == "Possible"
    assert "same pinyin zhangsanfeng" in dialog.table.item(1, 3).text()
    assert "2 groups" in dialog.summary.text() and "1 sure" in dialog.summary.text()
    dialog.sure_only.setChecked(True)
    assert dialog.table.rowCount() == 1


def test_merging_a_group_with_a_chosen_value_and_undoing_it(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    keep = make_customer("上海张氏贸易有限公司", phones=["13812345678"], city="上海")
    lose = make_customer("上海张氏贸易", phones=["13812345678"], city="苏州", industry="贸易")
    dialog = _found(qtbot, context)
    dialog.table.selectRow(0)
    merge = dialog.merge_selected()
    assert isinstance(merge, MergeDialog)
    qtbot.addWidget(merge)
    assert merge.survivor_id() in (keep, lose)
    merge.survivor.setCurrentIndex(merge.survivor.findData(keep))
    city = merge.fields.findChild(QComboBox, "merge.field.city")
    assert city is not None and city.currentText().startswith("上海")
    city.setCurrentIndex(next(i for i in range(city.count()) if "苏州" in city.itemText(i)))
    with qtbot.waitSignal(dialog.changed):
        merge.merge_button.click()
    assert dialog.table.rowCount() == 0 and "No duplicates" in dialog.summary.text()
    with context.session() as session:
        kept = customers.get_customer(session, id=keep)
        assert kept.city == "苏州" and kept.industry == "贸易"
        assert customers.get_customer(session, id=lose).in_trash
    assert context.undo is not None
    step = context.undo.next_undo()
    assert step is not None and step.code == "merge_customers"
    with context.session() as session:
        context.undo.undo(session)
    with context.session() as session:
        assert customers.get_customer(session, id=keep).city == "上海"
        assert not customers.get_customer(session, id=lose).in_trash


def test_unchecking_a_member_leaves_too_few_to_merge(
        qtbot: QtBot, context: AppContext, make_customer: MakeCustomer) -> None:
    ids = [make_customer("甲公司"), make_customer("甲公司有限公司")]
    merge = MergeDialog(context, ids, {ids[0]: "甲公司", ids[1]: "甲公司有限公司"})
    qtbot.addWidget(merge)
    assert merge.merge_button.isEnabled()
    merge.members.item(1).setCheckState(merge.members.item(1).checkState().Unchecked)
    assert not merge.merge_button.isEnabled()
    assert "at least two" in merge.explanation.text()


def test_edit_menu_offers_find_duplicates(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.actions.is_bound("customers.duplicates")


def test_the_dialog_speaks_chinese(qtbot: QtBot, context: AppContext, chinese: None,
                                   make_customer: MakeCustomer) -> None:
    make_customer("甲公司", phones=["13812345678"])
    make_customer("甲公司有限公司", phones=["13812345678"])
    dialog = _found(qtbot, context)
    assert dialog.windowTitle() == "查找重复客户"
    assert dialog.table.item(0, 1).text() == "确定重复"
    assert "手机号相同" in dialog.table.item(0, 3).text()
