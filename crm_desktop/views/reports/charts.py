"""pyqtgraph charts of report tables: bars by month or category, the money axis in the
window's number format, and "No data for this period" instead of an empty axis.

``chart_widget`` builds the chart the pages show; ``chart_image`` paints the same chart at
twice its size for the printed page (painting at a fixed pixel size keeps the axis labels
at the right scale on a high-resolution printer, see NOTES.md).
"""

from __future__ import annotations

import re
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QWidget

from crm_desktop.services.reports.tables import Table
from crm_desktop.views.reports import texts

SERIES_COLOURS = ("#1e88e5", "#fb8c00", "#43a047", "#e53935", "#8e24aa")
MAX_CATEGORIES = 24  # a longer table is charted by its first rows; the table has them all


class ValueAxis(pg.AxisItem):
    """Tick labels with thousands separators; money in major units (yuan)."""

    def __init__(self, orientation: str, *, money: bool) -> None:
        super().__init__(orientation)
        self._money = money

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        locale = texts.number_locale()
        return [locale.toString(float(v), "f", 0) for v in values]


class CategoryAxis(pg.AxisItem):
    """One label per bar, at the integer positions 0, 1, 2…"""

    def __init__(self, orientation: str, labels: list[str]) -> None:
        super().__init__(orientation)
        self._labels = labels
        self.setTicks([[(i, text) for i, text in enumerate(labels)]])


def categories(table: Table) -> list[str]:
    """The row names: the text columns joined ("跟进中 → 已签约" for a status move)."""
    text_columns = [i for i, c in enumerate(table.columns) if not texts.is_numeric(c)]
    return [" → ".join(texts.cell(row[i], table.columns[i]) for i in text_columns)
            for row in table.rows[:MAX_CATEGORIES]]


def series(table: Table) -> list[tuple[str, list[float], bool]]:
    """(name, values, is money) per plotted column; money in major units."""
    found = []
    for key in table.plotted:
        column = next(c for c in table.columns if c.key == key)
        values: list[Any] = table.column(key)[:MAX_CATEGORIES]
        scale = 100 if column.kind == "money" else 1
        found.append((texts.header(column), [float(v or 0) / scale for v in values],
                      column.kind == "money"))
    return found


_YEAR_FIRST = re.compile(r"^(\d{4})年(.+)$")  # 2026年7月
_YEAR_LAST = re.compile(r"^(.+) (\d{4})$")  # Jul 2026


def compact_months(labels: list[str]) -> list[str]:
    """Month labels with the year said once per year (2026年7月, 8月, 9月 … 2027年1月), so
    12 or 24 of them fit under the bars; other labels are left as they are."""
    shown: list[str] = []
    year = None
    for label in labels:
        first, last = _YEAR_FIRST.match(label), _YEAR_LAST.match(label)
        found = first.group(1) if first else last.group(2) if last else None
        if found is not None and found == year:
            label = first.group(2) if first else last.group(1)  # type: ignore[union-attr]
        year = found
        shown.append(label)
    return shown


def chart_widget(table: Table, parent: QWidget | None = None) -> pg.PlotWidget:
    """The chart of ``table``: vertical bars (``bar``) or horizontal ones (``hbar``)."""
    labels = categories(table)
    plotted = series(table)
    money = any(is_money for _n, _v, is_money in plotted)
    horizontal = table.chart == "hbar"
    shown = list(reversed(labels)) if horizontal else compact_months(labels)
    category_axis = CategoryAxis("left" if horizontal else "bottom", shown)
    value_axis = ValueAxis("bottom" if horizontal else "left", money=money)
    axes = ({"left": category_axis, "bottom": value_axis} if horizontal
            else {"bottom": category_axis, "left": value_axis})
    widget = pg.PlotWidget(parent, background="w", axisItems=axes)
    widget.setObjectName(f"chart.{table.name}")
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    plot.hideButtons()
    widget.setMouseEnabled(x=False, y=False)
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setPen(pg.mkPen("#555"))
        plot.getAxis(axis).setTextPen(pg.mkPen("#222"))
    if table.is_empty():
        widget.empty_text = texts.no_data()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        item = pg.TextItem(widget.empty_text, color="#666", anchor=(0.5, 0.5))
        font = QFont(item.textItem.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        item.setFont(font)
        plot.addItem(item)
        item.setPos(0.5, 0.5)
        plot.setXRange(0, 1)
        plot.setYRange(0, 1)
        return widget
    widget.empty_text = ""
    count = max(1, len(plotted))
    width = 0.8 / count
    if horizontal:
        metrics = QFontMetrics(category_axis.font() if hasattr(category_axis, "font")
                               else QFont())
        widest = max((metrics.horizontalAdvance(text) for text in labels), default=40)
        category_axis.setWidth(min(280, widest + 20))
    else:
        value_axis.setWidth(90)
    if len(plotted) > 1:
        # months run left to right, the latest (often the tallest forecast) on the right
        plot.addLegend(offset=(-10, 10) if horizontal else (10, 10), labelTextSize="12pt",
                       labelTextColor="#222")
    for n, (name, values, _money) in enumerate(plotted):
        colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
        offset = (n - (count - 1) / 2) * width
        if horizontal:
            positions = [len(values) - 1 - i + offset for i in range(len(values))]
            bars = pg.BarGraphItem(y=positions, x0=0, width=values, height=width * 0.95,
                                   brush=colour, pen=pg.mkPen(colour), name=name)
        else:
            positions = [i + offset for i in range(len(values))]
            bars = pg.BarGraphItem(x=positions, height=values, width=width * 0.95,
                                   brush=colour, pen=pg.mkPen(colour), name=name)
        plot.addItem(bars)
    if money:
        plot.setLabel("bottom" if horizontal else "left", _money_unit(table.currency))
    if not horizontal and len(labels) > 8:
        category_axis.setStyle(tickTextOffset=4)
        category_axis.setTicks([[(i, text) for i, text in enumerate(labels) if i % 2 == 0],
                                [(i, text) for i, text in enumerate(labels) if i % 2]])
    return widget


def _money_unit(currency: str) -> str:
    return texts.say("Amount ({currency})").format(
        currency=texts.CURRENCY_SYMBOLS.get(currency, currency))


def chart_image(table: Table, size: QSize | None = None, scale: float = 2.0) -> QImage:
    """The chart drawn into an image ``scale`` times ``size``, for print and PDF."""
    size = size or QSize(760, 340)
    from pyqtgraph.exporters import ImageExporter

    widget = chart_widget(table)
    widget.resize(size)
    widget.getPlotItem().resize(size.width(), size.height())
    exporter = ImageExporter(widget.getPlotItem())
    exporter.parameters()["width"] = int(size.width() * scale)
    exporter.parameters()["antialias"] = True
    image = exporter.export(toBytes=True)
    widget.deleteLater()
    return image
