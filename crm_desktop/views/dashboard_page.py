"""The Dashboard (the page key stays "overview"): the key figures of a date range, customers
by status and the money received lately, each a click away from the list behind it.

The figures come from ``services/reports/dashboard.py`` (a dozen indexed aggregations, well
under the 500 ms of DESIGN.md on the large data set). Clicking a status opens the
Customers page filtered to it; "New customers" opens it filtered to the period.
File ▸ Print…, Print Preview and Export PDF print what the page shows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import reports
from crm_desktop.services.context import AppContext
from crm_desktop.services.customer_list import CustomerQuery
from crm_desktop.services.reports import dashboard, money
from crm_desktop.services.reports.dashboard import Figures
from crm_desktop.services.reports.periods import last_months, local_today
from crm_desktop.services.reports.tables import Table
from crm_desktop.views.reports import texts
from crm_desktop.views.reports.charts import chart_widget
from crm_desktop.views.reports.document import build_document, status_table
from crm_desktop.views.reports.range_picker import RangePicker

COLUMNS = 3
REVENUE_MONTHS = 6


class FigureCard(QFrame):
    """A big number, its caption, and a smaller line below (the period before, …)."""

    clicked = Signal()

    def __init__(self, key: str, parent: QWidget | None = None, *,
                 clickable: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.clickable = clickable
        self.setObjectName(f"card.{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(170, 96)
        self.number = QLabel("–", self)
        self.number.setObjectName(f"count.{key}")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"detail.{key}")
        self.detail.setStyleSheet("color: palette(mid);")
        for label in (self.number, self.caption, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardPage(QWidget):
    """Key figures for a date range, customers by status and the revenue of recent months."""

    open_customers = Signal(object)  # a CustomerQuery

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._figures: Figures | None = None
        self._revenue: Table | None = None
        self._shop: str | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        self.heading.setFont(heading_font)
        self.picker = RangePicker(self)
        self.picker.changed.connect(self.refresh)

        self._cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, key in enumerate(("customers", "new_customers", "won", "pipeline",
                                     "receivables", "tasks")):
            card = FigureCard(key, self, clickable=key == "new_customers")
            self._cards[key] = card
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        self._cards["new_customers"].clicked.connect(self._open_new_customers)

        self.status_caption = QLabel(self)
        self.status_row = QHBoxLayout()
        self.status_row.setSpacing(8)
        self._status_cards: list[FigureCard] = []
        self.charts = QHBoxLayout()
        self.charts.setSpacing(12)
        self._chart_widgets: list[QWidget] = []

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.picker)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.status_caption)
        layout.addLayout(self.status_row)
        layout.addLayout(self.charts, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.open_customers.connect(self._show_customers)
        self.retranslate_ui()
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the figures again for the chosen range."""
        today = local_today()
        period = self.picker.range(today)
        assert period is not None  # the dashboard has no "default" choice
        with self._context.session() as session:
            self._figures = dashboard.figures(session, period, today=today)
            self._revenue = money.monthly_revenue(
                session, last_months(REVENUE_MONTHS, today), today=today)
            self._shop = reports.shop_name(session)
        self._show()

    def figures(self) -> Figures | None:
        return self._figures

    def status_cards(self) -> list[FigureCard]:
        return list(self._status_cards)

    # -- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        figures = self._figures
        if figures is None:
            return
        say, count = texts.say, texts.count

        def money(value: int) -> str:
            return texts.money(value, figures.currency)

        cards = self._cards
        cards["customers"].number.setText(count(figures.customers))
        cards["customers"].detail.setText(say("live, not in the trash"))
        cards["new_customers"].number.setText(count(figures.new_customers))
        cards["new_customers"].detail.setText(
            say("period before: {n}").format(n=count(figures.new_customers_previous)))
        cards["won"].number.setText(money(figures.won_minor))
        cards["won"].detail.setText(say("{n} deals · period before: {amount}").format(
            n=count(figures.won_deals), amount=money(figures.won_minor_previous)))
        cards["pipeline"].number.setText(money(figures.open_pipeline_minor))
        cards["pipeline"].detail.setText(say("{n} open deals · weighted {amount}").format(
            n=count(figures.open_deals), amount=money(figures.weighted_pipeline_minor)))
        cards["receivables"].number.setText(money(figures.receivable_minor))
        cards["receivables"].detail.setText(
            say("overdue: {amount}").format(amount=money(figures.overdue_minor)))
        cards["tasks"].number.setText(count(figures.tasks_due_today))
        cards["tasks"].detail.setText(
            say("overdue: {n}").format(n=count(figures.tasks_overdue)))
        self._show_statuses(figures)
        self._show_charts(figures)

    def _show_statuses(self, figures: Figures) -> None:
        for card in self._status_cards:
            self.status_row.removeWidget(card)
            card.deleteLater()
        self._status_cards = []
        for status in figures.by_status:
            card = FigureCard(f"status.{status.status.code or status.status.id}", self,
                              clickable=True)
            card.setMinimumSize(90, 80)
            card.status_id = status.status.id
            card.caption.setText(texts.label(status.status))
            card.number.setText(texts.count(status.count))
            card.detail.setText("")
            card.setStyleSheet(f"FigureCard {{ border-top: 4px solid {status.color}; }}")
            card.clicked.connect(lambda sid=status.status.id: self.open_status(sid))
            self.status_row.addWidget(card)
            self._status_cards.append(card)

    def _show_charts(self, figures: Figures) -> None:
        for widget in self._chart_widgets:
            self.charts.removeWidget(widget)
            widget.deleteLater()
        self._chart_widgets = []
        tables = [status_table(figures)]
        if self._revenue is not None:
            tables.append(self._revenue)
        for table in tables:
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(texts.title(table.name) if table.name != "monthly_revenue"
                           else texts.say("Received, last {n} months").format(n=REVENUE_MONTHS),
                           box)
            chart = chart_widget(table, box)
            chart.setMinimumHeight(220)
            if table.name == "customers_by_status":
                chart.scene().sigMouseClicked.connect(
                    lambda event, chart=chart: self._status_chart_clicked(chart, event))
            box_layout.addWidget(title)
            box_layout.addWidget(chart)
            self.charts.addWidget(box, 1)
            self._chart_widgets.append(box)

    # -- clicks ------------------------------------------------------------------------------
    def open_status(self, status_id: int | None) -> None:
        if status_id is not None:
            self.open_customers.emit(CustomerQuery(status_ids=(status_id,)))

    def status_at(self, y: float) -> int | None:
        """The status whose bar is at height ``y`` of the status chart (the first on top)."""
        if self._figures is None:
            return None
        statuses = self._figures.by_status
        index = len(statuses) - 1 - round(y)
        return statuses[index].status.id if 0 <= index < len(statuses) else None

    def _status_chart_clicked(self, chart: QWidget, event: object) -> None:
        view = chart.getPlotItem().vb
        point = view.mapSceneToView(event.scenePos())
        if point.x() >= 0 and abs(point.y() - round(point.y())) <= 0.4:
            self.open_status(self.status_at(point.y()))

    def _open_new_customers(self) -> None:
        if self._figures is not None:
            period = self._figures.period
            self.open_customers.emit(replace(CustomerQuery(), created_from=period.start,
                                             created_to=period.end))

    def _show_customers(self, query: CustomerQuery) -> None:
        window = self.window()
        if hasattr(window, "show_page") and "customers" in window.page_keys():
            page = window.show_page("customers")
            if hasattr(page, "load_query"):
                page.load_query(query)

    # -- printing ----------------------------------------------------------------------------
    def print_document(self) -> tuple[QTextDocument, str]:
        """What File ▸ Print… prints from this page: the figures and the two charts."""
        if self._figures is None:
            self.refresh()
        assert self._figures is not None
        charts = [status_table(self._figures)]
        if self._revenue is not None:
            charts.append(self._revenue)
        return build_document(self._shop, self._figures, [], dashboard_charts=charts)

    # -- language ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        say = texts.say
        self.heading.setText(say("Dashboard"))
        self.status_caption.setText(say("Customers by status (click one to list them)"))
        captions = {
            "customers": say("Customers"), "new_customers": say("New customers"),
            "won": say("Won in the period"), "pipeline": say("Open pipeline"),
            "receivables": say("Receivables"), "tasks": say("Tasks due today"),
        }
        for key, caption in captions.items():
            self._cards[key].caption.setText(caption)
        self.picker.retranslate_ui()
        self._show()  # numbers, status names and charts follow the language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
