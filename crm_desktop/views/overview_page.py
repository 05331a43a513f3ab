"""The Overview page: how much is in the database, at a glance, one card per kind of record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services import overview
from crm_desktop.services.context import AppContext
from crm_desktop.services.overview import OverviewCounts

COLUMNS = 3


def _card_titles() -> list[tuple[str, Callable[[OverviewCounts], int], str]]:
    """(key, which figure, translated caption) for each card, in reading order."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("OverviewPage", text)

    return [
        ("customers", lambda c: c.customers, tr("Customers")),
        ("contacts", lambda c: c.contacts, tr("Contacts")),
        ("open_deals", lambda c: c.open_deals, tr("Open deals")),
        ("orders", lambda c: c.orders, tr("Orders and contracts")),
        ("open_tasks", lambda c: c.open_tasks, tr("Open tasks")),
        ("open_tickets", lambda c: c.open_tickets, tr("Open service tickets")),
    ]


class _Card(QFrame):
    """A big number with its caption below."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card.{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(150, 100)
        self.number = QLabel("–", self)
        self.number.setObjectName(f"count.{key}")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        for label in (self.number, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)


class OverviewPage(QWidget):
    """Counts of customers, contacts, open deals, orders, open tasks and open tickets."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._counts: OverviewCounts | None = None
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        self.heading.setFont(heading_font)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self._cards: dict[str, _Card] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, (key, _figure, _caption) in enumerate(_card_titles()):
            card = _Card(key, self)
            self._cards[key] = card
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        """Count again; a handful of indexed COUNTs, quick even on the large data set."""
        with self._context.session() as session:
            self._counts = overview.counts(session)
        self._show_counts()

    def counts(self) -> OverviewCounts | None:
        return self._counts

    def _show_counts(self) -> None:
        if self._counts is None:
            return
        locale = QLocale()
        for key, figure, _caption in _card_titles():
            self._cards[key].number.setText(locale.toString(figure(self._counts)))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Overview"))
        self.subheading.setText(self.tr("What is in this database today."))
        for key, _figure, caption in _card_titles():
            self._cards[key].caption.setText(caption)
        self._show_counts()  # numbers follow the language's digit grouping

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
