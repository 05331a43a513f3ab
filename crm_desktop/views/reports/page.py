"""The Reports page: the list of reports on the left; the chosen one's chart and table.

Each report is computed when chosen or when the range changes (one GROUP BY query or a
few). File ▸ Print…, Print Preview and Export PDF print the report shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import reports
from crm_desktop.services.context import AppContext
from crm_desktop.services.reports.periods import local_today
from crm_desktop.services.reports.tables import Table
from crm_desktop.views.reports import texts
from crm_desktop.views.reports.charts import chart_widget
from crm_desktop.views.reports.document import build_document
from crm_desktop.views.reports.range_picker import RangePicker


class ReportsPage(QWidget):
    """Pick a report and a range; see its chart above its table."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._table: Table | None = None
        self._shop: str | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("reports.list")
        for name in reports.NAMES:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("range_label")
        self.picker = RangePicker(self, with_default=True, initial="default")
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("reports.settings")
        self.settings_button.clicked.connect(self.edit_settings)
        self.chart_box = QVBoxLayout()
        self.chart: QWidget | None = None
        self.table = QTableWidget(self)
        self.table.setObjectName("reports.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.range_label)
        controls = QHBoxLayout()
        controls.addWidget(self.picker, 1)
        controls.addWidget(self.settings_button)
        right_layout.addLayout(controls)
        right_layout.addLayout(self.chart_box, 3)
        right_layout.addWidget(self.table, 2)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 800])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self.list.currentRowChanged.connect(lambda _row: self.refresh())
        self.picker.changed.connect(self.refresh)
        self.list.setCurrentRow(0)

    def current_name(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else reports.NAMES[0]

    def show_report(self, name: str) -> None:
        self.list.setCurrentRow(list(reports.NAMES).index(name))

    def current_table(self) -> Table | None:
        return self._table

    def refresh(self) -> None:
        today = local_today()
        with self._context.session() as session:
            self._table = reports.run(session, self.current_name(), self.picker.range(today),
                                      today=today)
            self._shop = reports.shop_name(session)
        self._show()

    def _show(self) -> None:
        table = self._table
        if table is None:
            return
        self.heading.setText(texts.title(table.name))
        self.range_label.setText(texts.period(table.period, table.as_of))
        self.picker.setEnabled(reports.spec(table.name).uses_range)
        if self.chart is not None:
            self.chart_box.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = chart_widget(table, self)
        self.chart.setMinimumHeight(240)
        self.chart_box.addWidget(self.chart)
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        self.table.setHorizontalHeaderLabels([texts.header(c) for c in table.columns])
        rows = texts.row_texts(table)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, column) in enumerate(zip(row, table.columns, strict=True)):
                item = QTableWidgetItem(text)
                if texts.is_numeric(column):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def edit_settings(self) -> None:
        from crm_desktop.views.reports.settings_dialog import ReportSettingsDialog

        if ReportSettingsDialog(self._context, self).exec():
            self.refresh()

    def print_document(self) -> tuple[QTextDocument, str]:
        """What File ▸ Print… prints from this page: the report shown."""
        if self._table is None:
            self.refresh()
        assert self._table is not None
        return build_document(self._shop, None, [self._table])

    def retranslate_ui(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(texts.title(item.data(Qt.ItemDataRole.UserRole)))
        self.picker.retranslate_ui()
        self.settings_button.setText(self.tr("Shop Name and Targets…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
