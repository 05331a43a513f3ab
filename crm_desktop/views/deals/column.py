"""A kanban column: a header (stage, count, total, weighted total) over a card list.

The list is a ``QListView`` whose drags carry the card as mime data (``board_model``);
a drop, Ctrl+Left/Right and Enter are reported as signals for the page to act on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from crm_desktop.services.pipeline import Card, Column
from crm_desktop.views.deals.board_model import CardsModel, DraggedCard, dragged_card
from crm_desktop.views.deals.card_delegate import CardDelegate
from crm_desktop.views.deals.money import money_text
from crm_desktop.views.status_names import status_text

COLUMN_WIDTH = 250


class CardList(QListView):
    """The cards of one stage; drag a card out, drop one in, or move it with the keys."""

    dropped = Signal(object, int)  # DraggedCard, the row it was dropped before (-1: end)
    step_requested = Signal(object, int)  # the card, -1 (left) or +1 (right)
    open_requested = Signal(object)  # the card
    delete_requested = Signal(object)  # the card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(CardsModel(self))
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)  # one size for all: no measuring 5,000 rows
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(self._open_index)

    def cards_model(self) -> CardsModel:
        model = self.model()
        assert isinstance(model, CardsModel)
        return model

    def current_card(self) -> Card | None:
        return self.cards_model().card(self.currentIndex().row())

    def select_deal(self, deal_id: int) -> bool:
        row = self.cards_model().row_of(deal_id)
        if row < 0:
            return False
        index = self.cards_model().index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    # -- dragging a card out ----------------------------------------------------------
    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt's name
        """A QDrag carrying the card's mime data; the board re-reads after the drop, so
        nothing is removed here whatever the drop answers."""
        indexes = self.selectedIndexes()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.cards_model().mimeData(indexes))
        rect = self.visualRect(indexes[0])
        if rect.isValid():
            pixmap = QPixmap(rect.size())
            pixmap.fill(Qt.GlobalColor.transparent)
            self.viewport().render(pixmap, QPoint(), rect)
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(rect.width() // 2, 10))
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    # -- a card dropped in ------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dragged_card(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if dragged_card(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        card: DraggedCard | None = dragged_card(event.mimeData())
        if card is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(card, self.drop_row(event.position().toPoint()))

    def drop_row(self, point: QPoint) -> int:
        """The row a card dropped at ``point`` goes before (-1: after the last card)."""
        index = self.indexAt(point)
        if not index.isValid():
            return -1
        rect = self.visualRect(index)
        return index.row() + (1 if point.y() > rect.center().y() else 0)

    # -- keys ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        card = self.current_card()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if card is not None and ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(card, -1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if card is not None and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(card)
            event.accept()
            return
        if card is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(card)
            event.accept()
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        card = self.cards_model().card(index.row())
        if card is not None:
            self.open_requested.emit(card)


class StageColumn(QWidget):
    """The header and card list of one stage."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = column.stage
        self.setObjectName(f"deals.column.{column.stage.id}")
        self.setFixedWidth(COLUMN_WIDTH)
        self.header = QLabel(self)
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.cards = CardList(self)
        self.cards.setObjectName("cards")
        self.cards.setMinimumSize(QSize(COLUMN_WIDTH - 10, 200))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.cards, 1)
        self._column = column
        self.show_column(column)

    def show_column(self, column: Column) -> None:
        selected = self.cards.current_card()
        self.stage = column.stage
        self._column = column
        self.cards.cards_model().set_cards(column.cards)
        if selected is not None:
            self.cards.select_deal(selected.id)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        translate = QCoreApplication.translate
        column = self._column
        name = status_text(column.stage.name, column.stage.code, column.stage.name_en,
                           kind="stage")
        lines = [translate("DealsBoard", "{stage} · {count} · {probability}%").format(
            stage=name, count=column.count, probability=column.stage.probability)]
        totals = column.totals or ()
        if totals:
            main = totals[0]
            lines.append(translate("DealsBoard", "Total {total}").format(
                total=money_text(main.amount_minor, main.currency, whole=True)))
            lines.append(translate("DealsBoard", "Weighted {weighted}").format(
                weighted=money_text(main.weighted_minor, main.currency, whole=True)))
            for other in totals[1:]:
                lines.append(translate("DealsBoard", "+ {total} · weighted {weighted}").format(
                    total=money_text(other.amount_minor, other.currency, whole=True),
                    weighted=money_text(other.weighted_minor, other.currency, whole=True)))
        else:
            lines.append(translate("DealsBoard", "No deals"))
        if column.stage.is_won or column.stage.is_lost:
            lines.append(translate("DealsBoard", "Closed in the last 30 days"))
        self.header.setText("\n".join(lines))
