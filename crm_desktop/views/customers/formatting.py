"""How customer values are written on screen: local times, dates, lists, percentages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

# Column titles of services.customer_list.LIST_COLUMNS, listed here so the
# translation tool sees them; the model translates them in the "CustomerColumns" context.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("CustomerColumns", "Name"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Company"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Status"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Owner"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Phones"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Emails"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Primary contact"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Industry"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Region"),
    QT_TRANSLATE_NOOP("CustomerColumns", "City"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Source"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Tags"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Completeness"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Created"),
    QT_TRANSLATE_NOOP("CustomerColumns", "Updated"),
)


def column_title(english: str) -> str:
    return QCoreApplication.translate("CustomerColumns", english)


def local_datetime(value: dt.datetime | None) -> str:
    """A stored (UTC) time in the user's time zone and locale, short form."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    qt_value = QDateTime(QDate(local.year, local.month, local.day),
                         QTime(local.hour, local.minute, local.second))
    return QLocale().toString(qt_value, QLocale.FormatType.ShortFormat)


def local_date(value: dt.datetime | dt.date | None) -> str:
    """A date (a stored time is first converted to local time)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone().date()
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def joined(values: Sequence[str]) -> str:
    return "; ".join(values)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a single item, else ``many`` with ``{count}`` as a grouped number.

    Both are already translated (``tr("1 customer")``, ``tr("{count} customers")``);
    English without a plural catalogue would otherwise say "customer(s)".
    """
    return one if count == 1 else many.format(count=QLocale().toString(count))
