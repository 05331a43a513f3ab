"""One kanban column as a Qt list model over the cards the board service returned.

The model holds plain ``Card`` values (no widget per card: a delegate paints them) and
says how a card travels in a drag: ``MIME_TYPE`` with the deal's id, version and stage.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.services.pipeline import Card

MIME_TYPE = "application/x-crm-desktop-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DraggedCard:
    id: int
    version: int
    stage_id: int


def card_mime(card: Card) -> QMimeData:
    data = QMimeData()
    payload = {"id": card.id, "version": card.version, "stage_id": card.stage_id}
    data.setData(MIME_TYPE, json.dumps(payload).encode())
    return data


def dragged_card(data: QMimeData | None) -> DraggedCard | None:
    """The card a drag carries, or None when it carries something else."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        return DraggedCard(id=int(payload["id"]), version=int(payload["version"]),
                           stage_id=int(payload["stage_id"]))
    except (ValueError, KeyError, TypeError):
        return None


class CardsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []

    def set_cards(self, cards: tuple[Card, ...] | list[Card]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[Card]:
        return list(self._cards)

    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, deal_id: int) -> int:
        for row, card in enumerate(self._cards):
            if card.id == deal_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{card.title} · {card.customer_name}"
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        cards = [self.card(i.row()) for i in indexes if i.isValid()]
        return card_mime(cards[0]) if cards and cards[0] is not None else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction
