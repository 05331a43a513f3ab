"""The Overview page: how much is in the database, at a glance, one card per kind of record."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services import overview
from crm_desktop.services.context import AppContext
from crm_desktop.services.overview import OverviewCounts

COLUMNS = 3


# One card per figure of OverviewCounts (the key is the field name), in reading order.
CARDS: tuple[tuple[str, str], ...] = (
    ("customers", QT_TRANSLATE_NOOP("OverviewPage", "Customers")),
    ("contacts", QT_TRANSLATE_NOOP("OverviewPage", "Contacts")),
    ("open_deals", QT_TRANSLATE_NOOP("OverviewPage", "Open deals")),
    ("orders", QT_TRANSLATE_NOOP("OverviewPage", "Orders and contracts")),
    ("open_tasks", QT_TRANSLATE_NOOP("OverviewPage", "Open tasks")),
    ("open_tickets", QT_TRANSLATE_NOOP("OverviewPage", "Open service tickets")),
)


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
        self.heading.setObjectName("heading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        self.heading.setFont(heading_font)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self._cards: dict[str, _Card] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, (key, _caption) in enumerate(CARDS):
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
        for key, _caption in CARDS:
            self._cards[key].number.setText(locale.toString(getattr(self._counts, key)))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Overview"))
        self.subheading.setText(self.tr("What is in this database today."))
        for key, caption in CARDS:
            self._cards[key].caption.setText(QCoreApplication.translate("OverviewPage", caption))
        self._show_counts()  # numbers follow the language's digit grouping

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
