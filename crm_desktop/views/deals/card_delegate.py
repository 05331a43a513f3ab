"""Paints a deal card: title, customer, amount and close date, owner and days in stage.

Painting (rather than a widget per card) keeps a column of thousands of cards smooth: Qt
only asks for the rows on screen. An overdue expected close date is drawn in red.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.pipeline import Card
from crm_desktop.views.deals.board_model import CARD_ROLE
from crm_desktop.views.deals.money import money_text

MARGIN = 4
PADDING = 8
OVERDUE = QColor("#c62828")

Index = QModelIndex | QPersistentModelIndex


def card_lines(card: Card) -> tuple[str, str, str, str]:
    """The four lines of a card, in the window's language."""
    translate = QCoreApplication.translate
    locale = QLocale()
    close = (locale.toString(card.expected_close_date, QLocale.FormatType.ShortFormat)
             if card.expected_close_date else translate("DealCard", "no close date"))
    amount = money_text(card.amount_minor, card.currency)
    if card.overdue:
        close = translate("DealCard", "{date} overdue").format(date=close)
    owner = card.owner_name or translate("DealCard", "no owner")
    days = translate("DealCard", "{days} d in stage").format(days=card.days_in_stage)
    return card.title, card.customer_name, f"{amount}  ·  {close}", f"{owner}  ·  {days}"


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).height()
        return QSize(200, 4 * line + 2 * PADDING + 2 * MARGIN + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        painter.save()
        palette = option.palette
        rect = QRect(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = palette.color(QPalette.ColorRole.Highlight) if selected else \
            palette.color(QPalette.ColorRole.Base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        if card.overdue:
            painter.fillRect(QRect(rect.left(), rect.top() + 4, 3, rect.height() - 8), OVERDUE)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        title, customer, money_line, owner_line = card_lines(card)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(option.font)
        line = metrics.height() + 1
        y = inner.top()
        for text, font, colour in (
            (title, bold, text_colour),
            (customer, option.font, text_colour),
            (money_line, option.font, OVERDUE if card.overdue and not selected else text_colour),
            (owner_line, option.font, text_colour if selected else
             palette.color(QPalette.ColorRole.PlaceholderText)),
        ):
            painter.setFont(font)
            painter.setPen(colour)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                   inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             shown)
            y += line
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        painter.restore()
