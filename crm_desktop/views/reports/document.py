"""The printed form of the dashboard and the reports: one ``QTextDocument`` per print-out.

Each report starts on a new page with its title, the shop's name, its date range, its
chart (an image at twice the printed size, so it stays sharp) and its table; the table's
header row repeats on every page it runs over (``<thead>``). Page numbers are drawn by
``QTextDocument.print_``. The text font is a CJK one when installed (Noto Sans CJK on
Linux), so Chinese renders and is embedded in the PDF.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument

from crm_desktop.services.reports.dashboard import Figures
from crm_desktop.services.reports.tables import Column, Table
from crm_desktop.views.reports import texts
from crm_desktop.views.reports.charts import chart_image

# Latin text first in a Latin font: the PDF's text layer (copy, search, pypdf) maps the
# glyphs of the CJK fonts' Latin digits back to nothing; Chinese then falls back to CJK.
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial",
                  "Helvetica")
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei",
                "PingFang SC", "WenQuanYi Micro Hei")
CHART_WIDTH = 640  # document pixels: the width of the printed chart
STYLE = """
h1 { font-size: 16pt; margin-bottom: 2px; }
p.meta { color: #555; font-size: 9pt; margin-top: 0; }
p.empty { color: #666; font-size: 12pt; margin: 24px 0; }
table.data { border-collapse: collapse; font-size: 9pt; }
table.data th { background-color: #eeeeee; font-weight: bold; }
td.number, th.number { text-align: right; }
"""


def text_font() -> QFont:
    """A Latin family, then a CJK one (when installed), then the default font's."""
    font = QFont()
    families = set(QFontDatabase.families())
    latin = [family for family in LATIN_FAMILIES if family in families][:1]
    chosen = latin + [family for family in CJK_FAMILIES if family in families][:1]
    if chosen:
        font.setFamilies([*chosen, *font.families()])
    font.setPointSizeF(10)
    return font


@dataclass(frozen=True)
class Heading:
    title: str
    shop: str | None
    range_text: str


def _meta(heading: Heading) -> str:
    printed = texts.say("Printed {day}").format(day=texts.day(dt.date.today()))
    parts = [p for p in (heading.shop, heading.range_text, printed) if p]
    return " · ".join(html.escape(p) for p in parts)


def _table_html(table: Table) -> str:
    cells = ["<table class='data' border='1' cellspacing='0' cellpadding='4' width='100%'>",
             "<thead><tr>"]
    for column in table.columns:
        klass = " class='number'" if texts.is_numeric(column) else ""
        cells.append(f"<th{klass}>{html.escape(texts.header(column))}</th>")
    cells.append("</tr></thead><tbody>")
    for row in texts.row_texts(table):
        cells.append("<tr>")
        for value, column in zip(row, table.columns, strict=True):
            klass = " class='number' align='right'" if texts.is_numeric(column) else ""
            cells.append(f"<td{klass}>{html.escape(value)}</td>")
        cells.append("</tr>")
    cells.append("</tbody></table>")
    return "".join(cells)


class ReportDocument:
    """Collects sections (the dashboard, reports) and builds the ``QTextDocument``."""

    def __init__(self, shop: str | None = None) -> None:
        self.shop = shop
        self._parts: list[str] = []
        self._images: dict[str, object] = {}
        self.titles: list[str] = []

    def _heading(self, title: str, range_text: str) -> None:
        page_break = " style='page-break-before: always'" if self._parts else ""
        self.titles.append(title)
        self._parts.append(f"<h1{page_break}>{html.escape(title)}</h1>"
                           f"<p class='meta'>{_meta(Heading(title, self.shop, range_text))}</p>")

    def add_table(self, table: Table) -> None:
        self._heading(texts.title(table.name), texts.period(table.period, table.as_of))
        if table.is_empty():
            self._parts.append(f"<p class='empty'>{html.escape(texts.no_data())}</p>")
            return
        if table.chart != "none" and table.plotted:
            self._add_image(table.name, chart_image(table))
        self._parts.append(_table_html(table))

    def add_dashboard(self, figures: Figures, charts: list[Table] | None = None) -> None:
        self._heading(texts.title("dashboard"), texts.period(figures.period))
        rows = dashboard_rows(figures)
        body = ["<table class='data' border='1' cellspacing='0' cellpadding='4' width='100%'>",
                "<thead><tr>",
                f"<th>{html.escape(texts.say('Key figure'))}</th>",
                f"<th class='number'>{html.escape(texts.say('This period'))}</th>",
                f"<th class='number'>{html.escape(texts.say('Period before'))}</th>",
                "</tr></thead><tbody>"]
        for name, value, before in rows:
            body.append(f"<tr><td>{html.escape(name)}</td><td align='right'>"
                        f"{html.escape(value)}</td><td align='right'>{html.escape(before)}</td>"
                        "</tr>")
        body.append("</tbody></table>")
        self._parts.append("".join(body))
        for table in [status_table(figures)] if charts is None else charts:
            self._parts.append(f"<h3>{html.escape(texts.title(table.name))}</h3>")
            if table.is_empty():
                self._parts.append(f"<p class='empty'>{html.escape(texts.no_data())}</p>")
            else:
                self._add_image(f"dashboard.{table.name}", chart_image(table))

    def _add_image(self, key: str, image: object) -> None:
        self._images[key] = image
        self._parts.append(f"<p><img src='chart://{key}' width='{CHART_WIDTH}'></p>")

    def build(self) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(text_font())
        document.setDefaultStyleSheet(STYLE)
        for key, image in self._images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource,
                                 QUrl(f"chart://{key}"), image)
        document.setHtml("<html><body>" + "".join(self._parts) + "</body></html>")
        return document


def dashboard_rows(figures: Figures) -> list[tuple[str, str, str]]:
    """(figure, this period, the period before) as the user reads them."""
    say, money, count = texts.say, texts.money, texts.count
    cur = figures.currency
    rows = [
        (say("Customers"), count(figures.customers), ""),
        (say("New customers"), count(figures.new_customers),
         count(figures.new_customers_previous)),
        (say("Deals won"), count(figures.won_deals), count(figures.won_deals_previous)),
        (say("Won amount"), money(figures.won_minor, cur), money(figures.won_minor_previous, cur)),
        (say("Open deals"), count(figures.open_deals), ""),
        (say("Open pipeline"), money(figures.open_pipeline_minor, cur), ""),
        (say("Weighted pipeline"), money(figures.weighted_pipeline_minor, cur), ""),
        (say("Receivables"), money(figures.receivable_minor, cur), ""),
        (say("Overdue"), money(figures.overdue_minor, cur), ""),
        (say("Tasks due today"), count(figures.tasks_due_today), ""),
        (say("Overdue tasks"), count(figures.tasks_overdue), ""),
    ]
    for status in figures.by_status:
        rows.append((f"{say('Status')}: {texts.label(status.status)}", count(status.count), ""))
    return rows


def status_table(figures: Figures) -> Table:
    """The dashboard's customers by status, as a table for its chart."""
    return Table("customers_by_status", None,
                 (Column("status", "text"), Column("customers", "count")),
                 [(s.status, s.count) for s in figures.by_status],
                 chart="hbar", plotted=("customers",), as_of=figures.today)


def build_document(shop: str | None, figures: Figures | None, tables: list[Table], *,
                   dashboard_charts: list[Table] | None = None) -> tuple[QTextDocument, str]:
    """The document of the dashboard (if given, with its charts: by default customers by
    status) and ``tables``, and its title."""
    document = ReportDocument(shop)
    if figures is not None:
        document.add_dashboard(figures, dashboard_charts)
    for table in tables:
        document.add_table(table)
    titles = document.titles
    title = titles[0] if len(titles) == 1 else texts.say("CRM Desktop reports")
    return document.build(), title
