"""Column types: UTC datetimes and money in integer minor units."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.types import TypeDecorator

DEFAULT_CURRENCY = "CNY"


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, returns aware UTC datetimes; refuses naive input.

    SQLite has no time zone type, so every datetime is converted to UTC on the way in
    and marked UTC on the way out; views convert to local time for display.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store times in UTC (tz-aware)")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: object
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def money_column_type() -> Integer:
    """Money is an integer count of minor units (fen, cents) beside a currency code."""
    return Integer()


def currency_type() -> String:
    return String(3)
