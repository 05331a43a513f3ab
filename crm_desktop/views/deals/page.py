"""The Deals page: the pipeline as a kanban board, one ``StageColumn`` per stage.

Every card move (a drop, Ctrl+Left/Right) is one write through the window's undo stack
(``deal_undo``), named "Move “X” to 谈判审核"; moving to a lost stage first asks why. The
page re-reads the board from the services after each write: the counts and totals in
the headers are summed in SQL, never here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import deal_undo, deals, pipeline, staff, stages
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.services.pipeline import BoardFilter, Card, Column, Forecast, MonthAmount
from crm_desktop.views.deals.board_model import DraggedCard
from crm_desktop.views.deals.column import StageColumn
from crm_desktop.views.deals.dialogs import DealEditor, ask_lost_reason
from crm_desktop.views.deals.money import money_text
from crm_desktop.views.deals.stage_settings import StageSettingsDialog
from crm_desktop.views.messages import show_error

SEARCH_DELAY_MS = 250
FORECAST_MONTHS = 6


class DealsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._columns: dict[int, StageColumn] = {}
        self._forecast: Forecast | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("deals.search")
        self.search.setClearButtonEnabled(True)
        self.owner = QComboBox(self)
        self.owner.setObjectName("deals.owner")
        self.owner.setMinimumWidth(140)
        self.close_month = QComboBox(self)
        self.close_month.setObjectName("deals.close_month")
        self.close_month.setMinimumWidth(140)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("deals.new")
        self.new_button.clicked.connect(lambda: self.new_deal())
        self.stages_button = QPushButton(self)
        self.stages_button.setObjectName("deals.stages")
        self.stages_button.clicked.connect(lambda: self.edit_stages())
        self.forecast_label = QLabel(self)
        self.forecast_label.setObjectName("deals.forecast")
        self.forecast_label.setWordWrap(True)
        self.forecast_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.owner)
        bar.addWidget(self.close_month)
        bar.addWidget(self.new_button)
        bar.addWidget(self.stages_button)
        self.board = QWidget(self)
        self.board.setObjectName("deals.board")
        self._board_layout = QHBoxLayout(self.board)
        self._board_layout.setContentsMargins(0, 0, 0, 0)
        self._board_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("deals.scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.forecast_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.owner.currentIndexChanged.connect(lambda _row: self.refresh())
        self.close_month.currentIndexChanged.connect(lambda _row: self.refresh())
        self.retranslate_ui()
        self.refresh()

    # -- reading ------------------------------------------------------------------------
    def board_filter(self) -> BoardFilter:
        owner = self.owner.currentData()
        month = self.close_month.currentData()
        return BoardFilter(owner_id=owner if isinstance(owner, int) else None,
                           text=self.search.text(),
                           close_month=tuple(month) if month else None)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Read the board, the forecast and the owners again; keeps the selected card."""
        with self.context.session() as session:
            people = staff.list_staff(session)
            columns = pipeline.board(session, where=self.board_filter())
            self._forecast = pipeline.forecast(session)
        self._fill_owners([(p.id, p.name) for p in people])
        self._fill_months()
        self._show_columns(columns)
        self._show_forecast()

    def columns(self) -> list[StageColumn]:
        return list(self._columns.values())

    def column(self, stage_id: int) -> StageColumn:
        return self._columns[stage_id]

    def _show_columns(self, columns: list[Column]) -> None:
        wanted = [c.stage.id for c in columns]
        if wanted != list(self._columns):
            for old in self._columns.values():
                old.setParent(None)
                old.deleteLater()
            self._columns = {}
            for column in columns:
                widget = StageColumn(column, self.board)
                widget.cards.dropped.connect(
                    lambda card, row, stage_id=column.stage.id: self.drop_card(card, stage_id,
                                                                               row))
                widget.cards.step_requested.connect(self.step_card)
                widget.cards.open_requested.connect(self.open_deal)
                widget.cards.delete_requested.connect(self.delete_card)
                widget.cards.setDragEnabled(not self.context.read_only)
                self._board_layout.insertWidget(self._board_layout.count() - 1, widget)
                self._columns[column.stage.id] = widget
            return
        for column in columns:
            self._columns[column.stage.id].show_column(column)

    def _fill_owners(self, people: list[tuple[int, str]]) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(QCoreApplication.translate("DealsPage", "Everyone"), None)
        for person_id, name in people:
            self.owner.addItem(name, person_id)
        found = self.owner.findData(current) if current is not None else 0
        self.owner.setCurrentIndex(max(found, 0))
        self.owner.blockSignals(False)

    def _fill_months(self) -> None:
        """The expected close months that hold open deals, for the close month filter."""
        current = self.close_month.currentData()
        months = sorted({(a.year, a.month) for a in (self._forecast.weighted_by_close_month
                                                     if self._forecast else ())
                         if a.year is not None and a.month is not None})
        if current and tuple(current) not in months:
            months = sorted([*months, tuple(current)])
        self.close_month.blockSignals(True)
        self.close_month.clear()
        self.close_month.addItem(QCoreApplication.translate("DealsPage", "Any close month"),
                                 None)
        for year, month in months:
            self.close_month.addItem(f"{year}-{month:02d}", [year, month])
        found = self.close_month.findData(current) if current else 0
        self.close_month.setCurrentIndex(max(found, 0))
        self.close_month.blockSignals(False)

    def _show_forecast(self) -> None:
        if self._forecast is None:
            return
        translate = QCoreApplication.translate
        today = dt.date.today()
        month = (today.year, today.month)
        dated = [a for a in self._forecast.weighted_by_close_month if a.year is not None]
        ahead = [a for a in dated if (a.year, a.month or 0) >= month][:FORECAST_MONTHS]
        parts = [_month_list(ahead)] if ahead else []
        for label, amounts in (
            (translate("DealsPage", "overdue {amount}"),
             [a for a in dated if (a.year, a.month or 0) < month]),
            (translate("DealsPage", "no close date {amount}"),
             [a for a in self._forecast.weighted_by_close_month if a.year is None]),
        ):
            if amounts:
                parts.append(label.format(amount=_sum_text(amounts)))
        past = [a for a in self._forecast.won_by_month if a.year is not None]
        weighted = "  ·  ".join(parts) or translate("DealsPage", "none")
        won = _month_list(past[-FORECAST_MONTHS:]) or translate("DealsPage", "none")
        self.forecast_label.setText(
            translate("DealsPage", "Weighted forecast by expected close month: {months}")
            .format(months=weighted) + "\n" +
            translate("DealsPage", "Won by month: {months}").format(months=won))

    # -- writing ------------------------------------------------------------------------
    def find_card(self, deal_id: int) -> Card | None:
        for column in self._columns.values():
            model = column.cards.cards_model()
            row = model.row_of(deal_id)
            if row >= 0:
                return model.card(row)
        return None

    def drop_card(self, dragged: DraggedCard, stage_id: int, row: int) -> bool:
        """A card dropped into the column of ``stage_id`` before ``row`` (-1: at the end)."""
        cards = self._columns[stage_id].cards.cards_model().cards()
        position = cards[row].position if 0 <= row < len(cards) else None
        if position is not None and cards[row].id == dragged.id:
            return False  # dropped onto itself
        return self.move_card(dragged.id, dragged.version, stage_id, position)

    def step_card(self, card: Card, direction: int) -> bool:
        """Ctrl+Left/Right: the card goes to the end of the neighbouring column."""
        order = list(self._columns)
        at = order.index(card.stage_id) + direction if card.stage_id in order else -1
        if not 0 <= at < len(order):
            return False
        return self.move_card(card.id, card.version, order[at], None)

    def move_card(self, deal_id: int, version: int, stage_id: int,
                  position: int | None) -> bool:
        """One stage change through the undo stack; asks for the lost reason first."""
        if self.context.read_only:
            return False
        target = self._columns[stage_id].stage
        card = self.find_card(deal_id)
        reason = None
        if target.is_lost and (card is None or card.stage_id != stage_id):
            reason = ask_lost_reason(self, card.title if card else "")
            if reason is None:
                return False
        elif target.is_lost and card is not None:
            with self.context.session() as session:
                reason = deals.get_deal(session, id=deal_id).lost_reason
        stack, actor = self.context.undo, self.context.actor_id
        try:
            with self.context.session() as session:
                if stack is not None:
                    deal_undo.move_deal(stack, session, id=deal_id, stage_id=stage_id,
                                        position=position, expected_version=version,
                                        lost_reason=reason, actor_id=actor)
                else:
                    deals.move_deal(session, id=deal_id, stage_id=stage_id, position=position,
                                    expected_version=version, lost_reason=reason,
                                    actor_id=actor)
        except DomainError as error:
            show_error(self, error)
            self.refresh()
            return False
        self.refresh()
        moved = self._columns[stage_id].cards
        if moved.select_deal(deal_id):
            moved.setFocus()
        return True

    def delete_card(self, card: Card) -> bool:
        """Delete: ask, then move the deal to the trash as one undoable step."""
        if self.context.read_only:
            return False
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("DealsPage", "Delete Deal"),
                          QCoreApplication.translate(
                              "DealsPage", "Move the deal “{title}” to the trash? You can undo "
                              "with Ctrl+Z.").format(title=card.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("deals.confirm_delete")
        box.button(QMessageBox.StandardButton.Yes).setObjectName("yes")
        box.button(QMessageBox.StandardButton.No).setObjectName("no")
        try:
            answer = box.exec()
        finally:
            box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return False
        stack, actor = self.context.undo, self.context.actor_id
        try:
            with self.context.session() as session:
                if stack is not None:
                    deal_undo.trash_deals(stack, session, ids=[card.id], actor_id=actor)
                else:
                    deals.trash_deals(session, ids=[card.id], actor_id=actor)
        except DomainError as error:
            show_error(self, error)
        self.refresh()
        return True

    def open_deal(self, card: Card) -> None:
        """The editor on one deal (double-click or Enter on a card)."""
        with self.context.session() as session:
            detail = deals.get_deal(session, id=card.id)
        self._edit(detail, None)

    def new_deal(self, stage_id: int | None = None) -> None:
        self._edit(None, stage_id)

    def _edit(self, detail: deals.DealDetail | None, stage_id: int | None) -> None:
        with self.context.session() as session:
            stage_list = stages.list_stages(session)
            people = staff.list_staff(session)
        editor = DealEditor(self.context, deal=detail, stages=stage_list, staff=people,
                            stage_id=stage_id, parent=self)
        try:
            editor.exec()
            saved = editor.saved
        finally:
            editor.deleteLater()
        if saved is not None:
            self.refresh()
            column = self._columns.get(saved.stage_id)
            if column is not None:
                column.cards.select_deal(saved.id)

    def edit_stages(self) -> None:
        """The stage settings; the board is read again when a stage changed."""
        dialog = StageSettingsDialog(self.context, self)
        try:
            dialog.exec()
            changed = dialog.changed
        finally:
            dialog.deleteLater()
        if changed:
            self.refresh()

    # -- page protocol --------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def retranslate_ui(self) -> None:
        translate = QCoreApplication.translate
        self.search.setPlaceholderText(translate("DealsPage", "Find deals by title or customer"))
        self.new_button.setText(translate("DealsPage", "New Deal…"))
        self.stages_button.setText(translate("DealsPage", "Stages…"))
        if self.owner.count():
            self.owner.setItemText(0, translate("DealsPage", "Everyone"))
        if self.close_month.count():
            self.close_month.setItemText(0, translate("DealsPage", "Any close month"))
        for column in self._columns.values():
            column.retranslate_ui()
        self._show_forecast()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _month_list(amounts: list[MonthAmount]) -> str:
    parts = []
    for amount in amounts:
        money = money_text(amount.amount_minor, amount.currency, whole=True)
        parts.append(f"{amount.year}-{amount.month or 0:02d} {money}")
    return "  ·  ".join(parts)


def _sum_text(amounts: list[MonthAmount]) -> str:
    """The amounts summed per currency, the main currency first."""
    totals: dict[str, int] = {}
    for amount in amounts:
        totals[amount.currency] = totals.get(amount.currency, 0) + amount.amount_minor
    ordered = sorted(totals.items(), key=lambda item: -item[1])
    return " + ".join(money_text(minor, currency, whole=True) for currency, minor in ordered)
