"""Date ranges of the dashboard and the reports, in the user's time zone.

A range is a pair of local calendar days, ``start`` and ``end`` both included. Columns of
type date (``payments.received_date``, ``instalments.due_date``) are compared with the days
themselves; datetime columns are stored as naive UTC, so a day's bounds are turned into
the UTC instants of its local midnights first: a customer created at 07:00 in Beijing on
the 1st belongs to the 1st although it is still the last day of the month before in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PRESETS = ("this_month", "last_month", "this_quarter", "this_year", "custom")


@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date  # included

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the range ends ({self.end}) before it starts ({self.start})")

    def utc_bounds(self, tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants [first local midnight, the midnight after the last day)."""
        return utc_midnight(self.start, tz), utc_midnight(self.end + dt.timedelta(days=1), tz)

    def previous(self) -> DateRange:
        """The range just before, of the same kind: whole months give the months before."""
        if self.start.day == 1 and (self.end + dt.timedelta(days=1)).day == 1:
            months = _months_between(self.start, self.end + dt.timedelta(days=1))
            start = add_months(self.start, -months)
            return DateRange(start, self.start - dt.timedelta(days=1))
        length = (self.end - self.start).days + 1
        return DateRange(self.start - dt.timedelta(days=length),
                         self.start - dt.timedelta(days=1))

    def months(self) -> list[dt.date]:
        """The first day of every month the range touches, in order."""
        first = self.start.replace(day=1)
        result = []
        while first <= self.end:
            result.append(first)
            first = add_months(first, 1)
        return result

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def utc_midnight(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The local midnight starting ``day`` as an aware UTC datetime (``tz`` None: the system's)."""
    midnight = dt.datetime.combine(day, dt.time())
    local = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return local.astimezone(dt.UTC)


def local_today(tz: dt.tzinfo | None = None, now: dt.datetime | None = None) -> dt.date:
    moment = now or dt.datetime.now(dt.UTC)
    return moment.astimezone(tz).date() if tz is not None else moment.astimezone().date()


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after ``day``'s month (``day`` must be a first)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _months_between(start: dt.date, stop: dt.date) -> int:
    return (stop.year - start.year) * 12 + stop.month - start.month


def month_end(first: dt.date) -> dt.date:
    return add_months(first, 1) - dt.timedelta(days=1)


def preset(name: str, today: dt.date) -> DateRange:
    """``this_month``, ``last_month``, ``this_quarter`` or ``this_year`` around ``today``."""
    month = today.replace(day=1)
    if name == "this_month":
        return DateRange(month, month_end(month))
    if name == "last_month":
        last = add_months(month, -1)
        return DateRange(last, month_end(last))
    if name == "this_quarter":
        first = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        return DateRange(first, month_end(add_months(first, 2)))
    if name == "this_year":
        return DateRange(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    raise ValueError(f"unknown date range {name!r}; one of {', '.join(PRESETS[:-1])}")


def last_months(count: int, today: dt.date) -> DateRange:
    """The ``count`` whole months ending with ``today``'s month."""
    month = today.replace(day=1)
    return DateRange(add_months(month, 1 - count), month_end(month))
