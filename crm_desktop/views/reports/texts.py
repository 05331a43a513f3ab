"""The words and number formats of the reports, in the window's language.

The report services return column keys, fixed terms (ageing buckets, "new") and stored
names; everything the user reads is decided here, so the page, the print-out and the PDF
of ``crm-desktop report`` say the same.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.services.reports.periods import DateRange
from crm_desktop.services.reports.tables import Column, Label, Table
from crm_desktop.views.status_names import ui_is_english

CONTEXT = "Reports"

TITLES: dict[str, str] = {
    "dashboard": QT_TRANSLATE_NOOP("Reports", "Dashboard"),
    "customers_by_status": QT_TRANSLATE_NOOP("Reports", "Customers by status"),
    "sales_funnel": QT_TRANSLATE_NOOP("Reports", "Sales funnel by stage"),
    "status_conversion": QT_TRANSLATE_NOOP("Reports", "Status conversion"),
    "monthly_revenue": QT_TRANSLATE_NOOP("Reports", "Monthly revenue"),
    "won_lost": QT_TRANSLATE_NOOP("Reports", "Deals won and lost by month"),
    "lost_reasons": QT_TRANSLATE_NOOP("Reports", "Lost reasons"),
    "receivables_ageing": QT_TRANSLATE_NOOP("Reports", "Receivables ageing"),
    "top_customers": QT_TRANSLATE_NOOP("Reports", "Top customers by revenue"),
    "team_kpis": QT_TRANSLATE_NOOP("Reports", "Team KPIs per owner"),
    "customers_by_industry": QT_TRANSLATE_NOOP("Reports", "Customers by industry"),
    "customers_by_region": QT_TRANSLATE_NOOP("Reports", "Customers by region"),
    "customers_by_size": QT_TRANSLATE_NOOP("Reports", "Customers by size"),
    "customers_by_source": QT_TRANSLATE_NOOP("Reports", "Customers by source"),
}

HEADERS: dict[str, str] = {
    "stage": QT_TRANSLATE_NOOP("Reports", "Stage"),
    "reached": QT_TRANSLATE_NOOP("Reports", "Deals reaching it"),
    "of_first": QT_TRANSLATE_NOOP("Reports", "% of the widest stage"),
    "open_deals": QT_TRANSLATE_NOOP("Reports", "Open deals now"),
    "open_amount": QT_TRANSLATE_NOOP("Reports", "Open amount"),
    "weighted": QT_TRANSLATE_NOOP("Reports", "Weighted amount"),
    "from_status": QT_TRANSLATE_NOOP("Reports", "From status"),
    "to_status": QT_TRANSLATE_NOOP("Reports", "To status"),
    "moves": QT_TRANSLATE_NOOP("Reports", "Customers moved"),
    "share": QT_TRANSLATE_NOOP("Reports", "Share"),
    "median_days": QT_TRANSLATE_NOOP("Reports", "Median days before"),
    "month": QT_TRANSLATE_NOOP("Reports", "Month"),
    "payments": QT_TRANSLATE_NOOP("Reports", "Payments"),
    "received": QT_TRANSLATE_NOOP("Reports", "Received"),
    "forecast": QT_TRANSLATE_NOOP("Reports", "Weighted forecast"),
    "won": QT_TRANSLATE_NOOP("Reports", "Won"),
    "won_amount": QT_TRANSLATE_NOOP("Reports", "Won amount"),
    "lost": QT_TRANSLATE_NOOP("Reports", "Lost"),
    "lost_amount": QT_TRANSLATE_NOOP("Reports", "Lost amount"),
    "win_rate": QT_TRANSLATE_NOOP("Reports", "Win rate"),
    "reason": QT_TRANSLATE_NOOP("Reports", "Reason"),
    "age": QT_TRANSLATE_NOOP("Reports", "Days past due"),
    "instalments": QT_TRANSLATE_NOOP("Reports", "Instalments"),
    "customers": QT_TRANSLATE_NOOP("Reports", "Customers"),
    "outstanding": QT_TRANSLATE_NOOP("Reports", "Outstanding"),
    "customer": QT_TRANSLATE_NOOP("Reports", "Customer"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Owner"),
    "interactions": QT_TRANSLATE_NOOP("Reports", "Interactions logged"),
    "new_customers": QT_TRANSLATE_NOOP("Reports", "New customers"),
    "overdue_tasks": QT_TRANSLATE_NOOP("Reports", "Overdue follow-ups"),
    "interactions_of_target": QT_TRANSLATE_NOOP("Reports", "Interactions, % of target"),
    "new_customers_of_target": QT_TRANSLATE_NOOP("Reports", "New customers, % of target"),
    "won_amount_of_target": QT_TRANSLATE_NOOP("Reports", "Won amount, % of target"),
    "received_of_target": QT_TRANSLATE_NOOP("Reports", "Received, % of target"),
    "industry": QT_TRANSLATE_NOOP("Reports", "Industry"),
    "region": QT_TRANSLATE_NOOP("Reports", "Region"),
    "size": QT_TRANSLATE_NOOP("Reports", "Size"),
    "source": QT_TRANSLATE_NOOP("Reports", "Source"),
}

TERMS: dict[str, str] = {
    "not_due": QT_TRANSLATE_NOOP("Reports", "Not yet due"),
    "days_1_30": QT_TRANSLATE_NOOP("Reports", "1–30 days"),
    "days_31_60": QT_TRANSLATE_NOOP("Reports", "31–60 days"),
    "days_61_90": QT_TRANSLATE_NOOP("Reports", "61–90 days"),
    "days_over_90": QT_TRANSLATE_NOOP("Reports", "Over 90 days"),
    "new": QT_TRANSLATE_NOOP("Reports", "(new customer)"),
}

# Every other sentence of the reports and the dashboard, passed to ``say``.
PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Reports", 'No data for this period'),
    QT_TRANSLATE_NOOP("Reports", '(not set)'),
    QT_TRANSLATE_NOOP("Reports", 'As of {day}'),
    QT_TRANSLATE_NOOP("Reports", '{start} to {end}'),
    QT_TRANSLATE_NOOP("Reports", 'Printed {day}'),
    QT_TRANSLATE_NOOP("Reports", 'Key figure'),
    QT_TRANSLATE_NOOP("Reports", 'This period'),
    QT_TRANSLATE_NOOP("Reports", 'Period before'),
    QT_TRANSLATE_NOOP("Reports", 'Customers'),
    QT_TRANSLATE_NOOP("Reports", 'New customers'),
    QT_TRANSLATE_NOOP("Reports", 'Deals won'),
    QT_TRANSLATE_NOOP("Reports", 'Won amount'),
    QT_TRANSLATE_NOOP("Reports", 'Open deals'),
    QT_TRANSLATE_NOOP("Reports", 'Open pipeline'),
    QT_TRANSLATE_NOOP("Reports", 'Weighted pipeline'),
    QT_TRANSLATE_NOOP("Reports", 'Receivables'),
    QT_TRANSLATE_NOOP("Reports", 'Overdue'),
    QT_TRANSLATE_NOOP("Reports", 'Tasks due today'),
    QT_TRANSLATE_NOOP("Reports", 'Overdue tasks'),
    QT_TRANSLATE_NOOP("Reports", 'Status'),
    QT_TRANSLATE_NOOP("Reports", 'CRM Desktop reports'),
    QT_TRANSLATE_NOOP("Reports", 'live, not in the trash'),
    QT_TRANSLATE_NOOP("Reports", 'period before: {n}'),
    QT_TRANSLATE_NOOP("Reports", '{n} deals · period before: {amount}'),
    QT_TRANSLATE_NOOP("Reports", '{n} open deals · weighted {amount}'),
    QT_TRANSLATE_NOOP("Reports", 'overdue: {amount}'),
    QT_TRANSLATE_NOOP("Reports", 'overdue: {n}'),
    QT_TRANSLATE_NOOP("Reports", 'Received, last {n} months'),
    QT_TRANSLATE_NOOP("Reports", 'Dashboard'),
    QT_TRANSLATE_NOOP("Reports", 'Customers by status (click one to list them)'),
    QT_TRANSLATE_NOOP("Reports", 'Won in the period'),
    QT_TRANSLATE_NOOP("Reports", 'Export PDF'),
    QT_TRANSLATE_NOOP("Reports", 'PDF, A4 portrait (*.pdf)'),
    QT_TRANSLATE_NOOP("Reports", 'PDF, A4 landscape (*.pdf)'),
    QT_TRANSLATE_NOOP("Reports", 'Saved {file}'),
    QT_TRANSLATE_NOOP("Reports", 'Amount ({currency})'),
)

CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "JPY": "¥", "GBP": "£"}


def say(text: str) -> str:
    """``text`` (listed in ``PHRASES``) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def title(name: str) -> str:
    return say(TITLES[name]) if name in TITLES else name


def header(column: Column | str) -> str:
    key = column.key if isinstance(column, Column) else column
    return say(HEADERS[key]) if key in HEADERS else key


def no_data() -> str:
    return say("No data for this period")


def not_set() -> str:
    return say("(not set)")


def number_locale() -> QLocale:
    """The window's locale, with digit grouping even where it is "C" (tests, scripts)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def money(minor: int | None, currency: str = "CNY", *, symbol: bool = True) -> str:
    """``¥12,345.60``: the currency, thousands separators of the window's locale, 2 decimals."""
    if minor is None:
        return ""
    text = number_locale().toString(minor / 100, "f", 2)
    if not symbol:
        return text
    sign = CURRENCY_SYMBOLS.get(currency)
    return f"{sign}{text}" if sign else f"{text} {currency}"


def count(value: int | None) -> str:
    return "" if value is None else number_locale().toString(int(value))


def month(first: dt.date) -> str:
    if ui_is_english():
        return first.strftime("%b %Y")
    return f"{first.year}年{first.month}月"


def day(value: dt.date) -> str:
    """"8 Dec 2026" or "2026年12月8日"."""
    if ui_is_english():
        return f"{value.day} {value.strftime('%b')} {value.year}"
    return f"{value.year}年{value.month}月{value.day}日"


def period(range_: DateRange | None, as_of: dt.date | None = None) -> str:
    """"1 Jan 2024 – 31 Mar 2024", or "As of 15 Mar 2024" for a snapshot."""
    if range_ is None:
        return say("As of {day}").format(day=day(as_of or dt.date.today()))
    return say("{start} to {end}").format(start=day(range_.start), end=day(range_.end))


def label(value: Label) -> str:
    if value.kind == "term" and value.name in TERMS:
        return say(TERMS[value.name])
    return value.text(english=ui_is_english(), unset=not_set())


def cell(value: Any, column: Column, currency: str = "CNY") -> str:
    """One table cell as the user reads it."""
    if value is None:
        return "–" if column.kind in ("percent", "days") else ""
    if isinstance(value, Label):
        return label(value)
    if column.kind == "money":
        return money(value, currency)
    if column.kind == "count":
        return count(value)
    if column.kind == "percent":
        return f"{number_locale().toString(float(value), 'f', 1)}%"
    if column.kind == "days":
        return number_locale().toString(float(value), "f", 1)
    if column.kind == "month" and isinstance(value, dt.date):
        return month(value)
    return str(value)


def category(value: Any, column: Column) -> str:
    """The text of a row's first cell, for a chart axis."""
    return cell(value, column)


def is_numeric(column: Column) -> bool:
    return column.kind in ("count", "money", "percent", "days")


def row_texts(table: Table) -> list[list[str]]:
    return [[cell(v, c, table.currency) for v, c in zip(row, table.columns, strict=True)]
            for row in table.rows]
