"""Pipeline stage settings: rename, probability, reorder, and retiring a stage with deals
(asks where they go; they all arrive there)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.db import Database
from crm_desktop.services import deals, stages
from crm_desktop.services.context import AppContext
from crm_desktop.views.deals.page import DealsPage
from crm_desktop.views.deals.stage_settings import StageSettingsDialog
from tests.services.deal_helpers import a_deal, stage_ids


def _dialog(qtbot: QtBot, context: AppContext) -> StageSettingsDialog:
    dialog = StageSettingsDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_shows_every_stage_with_probability_and_deal_count(
        qtbot: QtBot, context: AppContext, database: Database) -> None:
    with database.session() as session:
        a_deal(session, stage="needs")
    dialog = _dialog(qtbot, context)
    assert dialog.names()[:2] == ["Qualify · 10% · 0 deals", "Needs analysis · 25% · 1 deals"]
    assert dialog.names()[-2:] == ["Won (won) · 100% · 0 deals", "Lost (lost) · 0% · 0 deals"]


def test_rename_probability_and_reorder(qtbot: QtBot, context: AppContext,
                                        database: Database) -> None:
    with database.session() as session:
        ids = stage_ids(session)
    dialog = _dialog(qtbot, context)
    assert dialog.rename(ids["needs"], "需求分析")
    assert dialog.set_probability(ids["needs"], 30)
    dialog.list.setCurrentRow(1)
    assert dialog.move(-1)
    assert dialog.names()[0] == "需求分析 · 30% · 0 deals"
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_box)
            return
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, close_box)
    assert not dialog.rename(ids["qualify"], "赢单")  # taken: refused with a message
    assert seen == ["There is already a stage named “赢单”."]
    with database.session() as session:
        assert [s.code for s in stages.list_stages(session)][:2] == ["needs", "qualify"]


def test_retiring_a_stage_with_deals_asks_where_they_go(
        qtbot: QtBot, context: AppContext, database: Database) -> None:
    with database.session() as session:
        deal = a_deal(session, stage="needs")
        ids = stage_ids(session)
    dialog = _dialog(qtbot, context)
    dialog.list.setCurrentRow(1)

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        modal.setTextValue("Proposal")
        modal.accept()

    QTimer.singleShot(0, answer)
    dialog.findChild(QPushButton, "retire").click()
    with database.session() as session:
        assert deals.get_deal(session, id=deal.id).stage_id == ids["proposal"]
        assert not stages.get_stage(session, id=ids["needs"]).active
    assert dialog.changed and len(dialog.names()) == 5


def test_the_board_loses_the_retired_column_but_not_its_deals(
        qtbot: QtBot, context: AppContext, database: Database) -> None:
    with database.session() as session:
        a_deal(session, "留下", stage="needs")
        ids = stage_ids(session)
    page = DealsPage(context)
    qtbot.addWidget(page)
    with database.session() as session:
        stages.retire_stage(session, id=ids["needs"], move_to=ids["qualify"])
    page.refresh()
    assert ids["needs"] not in [c.stage.id for c in page.columns()]
    assert [c.title for c in page.column(ids["qualify"]).cards.cards_model().cards()] == ["留下"]
