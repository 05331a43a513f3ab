"""The Deals page: columns with SQL sums, a real drag between two column views, keyboard
moves, the lost-reason question, named undo through the window, the editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import Deal
from crm_desktop.services import deals
from crm_desktop.services.context import AppContext
from crm_desktop.services.undo import UndoStack
from crm_desktop.views.deals.board_model import MIME_TYPE, CardsModel, dragged_card
from crm_desktop.views.deals.column import CardList
from crm_desktop.views.deals.page import DealsPage
from crm_desktop.views.main_window import MainWindow
from tests.modal_clicks import click_when_shown
from tests.services.deal_helpers import a_customer, a_deal, stage_ids


@pytest.fixture
def undo_context(database: Database) -> AppContext:
    return AppContext(database, undo=UndoStack())


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    with database.session() as session:
        customer = a_customer(session)
        a_deal(session, "官网改版", customer_id=customer, amount_minor=100_000, stage="qualify")
        a_deal(session, "小程序", customer_id=customer, amount_minor=50_000, stage="qualify")
        a_deal(session, "ERP", customer_id=customer, amount_minor=80_000, stage="needs")
        return stage_ids(session)


def open_page(qtbot: QtBot, context: AppContext) -> DealsPage:
    page = DealsPage(context)
    qtbot.addWidget(page)
    page.resize(1600, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def stage_of(database: Database, title: str) -> str:
    with database.session() as session:
        deal_id = session.scalar(select(Deal.id).where(Deal.title == title))
        return deals.get_deal(session, id=deal_id).stage_name


def titles(view: CardList) -> list[str]:
    return [card.title for card in view.cards_model().cards()]


def test_a_card_travels_as_mime_data_the_model_itself_makes(qapp: object) -> None:
    """Model without a widget: a card's drag payload names the deal, version and stage."""
    from crm_desktop.services.pipeline import Card

    model = CardsModel()
    card = Card(id=7, title="t", customer_name="c", amount_minor=1, currency="CNY",
                expected_close_date=None, owner_id=None, owner_name=None, stage_id=3,
                position=0, version=4, days_in_stage=0, overdue=False)
    model.set_cards([card])
    data = model.mimeData([model.index(0)])
    assert data.formats() == [MIME_TYPE] and model.mimeTypes() == [MIME_TYPE]
    dragged = dragged_card(data)
    assert dragged is not None and (dragged.id, dragged.version, dragged.stage_id) == (7, 4, 3)


def test_each_column_shows_its_stage_count_and_sql_totals(
        qtbot: QtBot, undo_context: AppContext, ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)
    qualify = page.column(ids["qualify"])
    assert titles(qualify.cards) == ["官网改版", "小程序"]
    header = qualify.header.text().replace(",", "")  # digit grouping follows the locale
    assert "Qualify · 2 · 10%" in header and "Total ¥1500\nWeighted ¥150" in header
    assert [c.stage.code for c in page.columns()] == [
        "qualify", "needs", "proposal", "negotiation", "won", "lost"]
    forecast = page.forecast_label.text().replace(",", "")
    assert "no close date ¥350" in forecast  # 1500 × 10% + 800 × 25%


def _drive_drag_into(target: CardList, row: int) -> Callable[..., Qt.DropAction]:
    """QDrag.exec as the platform would run it: enter, move and drop on ``target``'s
    viewport over ``row`` (-1: below the last card), with the drag's own mime data."""

    def exec_(drag: QDrag, *_args: object) -> Qt.DropAction:
        viewport = target.viewport()
        if row < 0:
            point = QPoint(20, viewport.height() - 5)
        else:
            point = target.visualRect(target.cards_model().index(row)).topLeft() + QPoint(20, 5)
        data = drag.mimeData()
        actions = Qt.DropAction.MoveAction
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(point, actions, data, buttons, mods)
        QApplication.sendEvent(viewport, enter)
        assert enter.isAccepted()
        move = QDragMoveEvent(point, actions, data, buttons, mods)
        QApplication.sendEvent(viewport, move)
        assert move.isAccepted()
        drop = QDropEvent(point.toPointF(), actions, data, buttons, mods)
        QApplication.sendEvent(viewport, drop)
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction

    return exec_


def test_dragging_a_card_to_another_column_moves_the_deal_and_undo_brings_it_back(
        qtbot: QtBot, undo_context: AppContext, database: Database, ids: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(undo_context)
    qtbot.addWidget(window)
    page = window.show_page("deals")
    assert isinstance(page, DealsPage)
    source, target = page.column(ids["qualify"]).cards, page.column(ids["needs"]).cards
    source.setCurrentIndex(source.cards_model().index(0))  # 官网改版
    monkeypatch.setattr(QDrag, "exec", _drive_drag_into(target, 0))
    source.startDrag(Qt.DropAction.MoveAction)  # the view builds the QDrag and its data
    target = page.column(ids["needs"]).cards
    assert titles(target) == ["官网改版", "ERP"]  # dropped before the first card
    assert titles(page.column(ids["qualify"]).cards) == ["小程序"]
    assert stage_of(database, "官网改版") == "需求确认"
    assert "Needs analysis · 2" in page.column(ids["needs"]).header.text()
    window.update_undo_actions()
    assert window.actions["edit.undo"].text() == "&Undo Move “官网改版” to Needs analysis"
    window.actions["edit.undo"].trigger()
    assert stage_of(database, "官网改版") == "初步接洽"
    assert titles(page.column(ids["qualify"]).cards) == ["官网改版", "小程序"]
    window.actions["edit.redo"].trigger()
    assert stage_of(database, "官网改版") == "需求确认"


def test_ctrl_right_and_left_move_the_card_to_the_next_and_previous_stage(
        qtbot: QtBot, undo_context: AppContext, database: Database,
        ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)
    view = page.column(ids["qualify"]).cards
    view.setFocus()
    view.setCurrentIndex(view.cards_model().index(1))  # 小程序
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_of(database, "小程序") == "需求确认"
    moved = page.column(ids["needs"]).cards
    assert moved.current_card().title == "小程序"  # selected where it went
    QTest.keyClick(moved, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_of(database, "小程序") == "方案报价"
    QTest.keyClick(page.column(ids["proposal"]).cards, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier)
    assert stage_of(database, "小程序") == "需求确认"
    assert undo_context.undo is not None and undo_context.undo.undo_text() == \
        "Move “小程序” to 需求确认"


def _answer_lost_reason(reason: str | None) -> None:
    def fill() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal.objectName() != "deals.lost_reason":
            QTimer.singleShot(20, fill)
            return
        if reason is None:
            modal.findChild(QPushButton, "cancel").click()
            return
        modal.findChild(QPlainTextEdit, "reason").setPlainText(reason)
        modal.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, fill)


def test_moving_to_lost_asks_why_and_cancel_leaves_the_deal(
        qtbot: QtBot, undo_context: AppContext, database: Database,
        ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)
    card = page.column(ids["needs"]).cards.cards_model().card(0)
    assert card is not None
    _answer_lost_reason(None)
    assert not page.move_card(card.id, card.version, ids["lost"], None)
    assert stage_of(database, "ERP") == "需求确认"
    _answer_lost_reason("选了竞争对手")
    assert page.move_card(card.id, card.version, ids["lost"], None)
    with database.session() as session:
        lost = deals.get_deal(session, id=card.id)
    assert lost.stage_name == "输单" and lost.lost_reason == "选了竞争对手"


def test_a_stale_card_is_refused_with_a_message_and_the_board_rereads(
        qtbot: QtBot, undo_context: AppContext, database: Database,
        ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)
    card = page.column(ids["needs"]).cards.cards_model().card(0)
    assert card is not None
    with database.session() as session:  # another user moves it first
        deals.move_deal(session, id=card.id, stage_id=ids["proposal"],
                        expected_version=card.version)
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, close_box)
            return
        seen.append(box.text())  # type: ignore[attr-defined]
        box.close()

    QTimer.singleShot(0, close_box)
    assert not page.move_card(card.id, card.version, ids["won"], None)
    assert seen and "changed elsewhere" in seen[0]
    assert stage_of(database, "ERP") == "方案报价"
    assert titles(page.column(ids["proposal"]).cards) == ["ERP"]


def test_the_text_and_owner_filters_narrow_every_column(
        qtbot: QtBot, undo_context: AppContext, ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)
    page.search.setText("ERP")
    qtbot.waitUntil(lambda: titles(page.column(ids["qualify"]).cards) == [])
    assert titles(page.column(ids["needs"]).cards) == ["ERP"]
    assert page.owner.itemText(0) == "Everyone"


def test_the_close_month_filter_offers_the_months_holding_open_deals(
        qtbot: QtBot, undo_context: AppContext, database: Database,
        ids: dict[str, int]) -> None:
    with database.session() as session:
        a_deal(session, "三月单", stage="proposal", expected_close_date=dt.date(2027, 3, 9))
    page = open_page(qtbot, undo_context)
    assert [page.close_month.itemText(i) for i in range(page.close_month.count())] == [
        "Any close month", "2027-03"]
    page.close_month.setCurrentIndex(1)
    assert titles(page.column(ids["qualify"]).cards) == [] and \
        titles(page.column(ids["proposal"]).cards) == ["三月单"]
    page.refresh()  # the choice stays across a refresh
    assert page.close_month.currentText() == "2027-03"
    assert titles(page.column(ids["proposal"]).cards) == ["三月单"]


def test_double_click_opens_the_editor_and_saving_is_undoable(
        qtbot: QtBot, undo_context: AppContext, database: Database,
        ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)
    view = page.column(ids["needs"]).cards

    def edit() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal.objectName() != "deals.editor":
            QTimer.singleShot(20, edit)
            return
        modal.findChild(QLineEdit, "amount").setText("12,345.60")
        modal.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, edit)
    rect = view.visualRect(view.cards_model().index(0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with database.session() as session:
        assert deals.get_deal(session, id=view.cards_model().card(0).id).amount_minor == \
            1_234_560
    assert undo_context.undo is not None and undo_context.undo.undo_text() == \
        "Edit deal “ERP”"


def test_new_deal_from_the_page_lands_in_the_first_column(
        qtbot: QtBot, undo_context: AppContext, ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)

    def fill() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal.objectName() != "deals.editor":
            QTimer.singleShot(20, fill)
            return
        modal.findChild(QLineEdit, "title").setText("新官网")
        customer = modal.findChild(QLineEdit, "customer")
        customer.setText("星海科技")
        modal.findChild(QLineEdit, "amount").setText("8000")
        modal.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, fill)
    page.new_deal()
    assert titles(page.column(ids["qualify"]).cards) == ["官网改版", "小程序", "新官网"]


def test_delete_asks_then_trashes_the_deal_and_undo_restores_it(
        qtbot: QtBot, undo_context: AppContext, database: Database,
        ids: dict[str, int]) -> None:
    page = open_page(qtbot, undo_context)
    view = page.column(ids["needs"]).cards
    view.setCurrentIndex(view.cards_model().index(0))
    seen: list[str] = []
    click_when_shown("deals.confirm_delete", "yes", seen)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "ERP" in seen[0] and titles(page.column(ids["needs"]).cards) == []
    assert undo_context.undo is not None and undo_context.undo.undo_text() == \
        "Delete deal “ERP”"
    with database.session() as session:
        undo_context.undo.undo(session)
    page.refresh()
    assert titles(page.column(ids["needs"]).cards) == ["ERP"]


def test_a_read_only_database_offers_no_moves(
        qtbot: QtBot, db_path: object, ids: dict[str, int], database: Database) -> None:
    from crm_desktop.db import open_database

    reader = open_database(str(db_path), read_only=True)
    try:
        page = open_page(qtbot, AppContext(reader, undo=UndoStack()))
        view = page.column(ids["needs"]).cards
        card = view.cards_model().card(0)
        assert card is not None and not view.dragEnabled()
        assert not page.move_card(card.id, card.version, ids["won"], None)
        assert stage_of(database, "ERP") == "需求确认"
        page.close()
    finally:
        reader.close()
