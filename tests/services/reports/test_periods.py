"""Date ranges: presets, the range before, and local days as UTC instants."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services.reports.periods import DateRange, last_months, preset
from tests.services.reports.helpers import BEIJING

D = dt.date


@pytest.mark.parametrize(("name", "start", "end"), [
    ("this_month", D(2024, 2, 1), D(2024, 2, 29)),  # a leap year's February
    ("last_month", D(2024, 1, 1), D(2024, 1, 31)),
    ("this_quarter", D(2024, 1, 1), D(2024, 3, 31)),
    ("this_year", D(2024, 1, 1), D(2024, 12, 31)),
])
def test_presets_are_whole_local_months(name: str, start: dt.date, end: dt.date) -> None:
    assert preset(name, D(2024, 2, 10)) == DateRange(start, end)


def test_last_month_of_january_is_the_december_before() -> None:
    assert preset("last_month", D(2024, 1, 31)) == DateRange(D(2023, 12, 1), D(2023, 12, 31))


def test_the_range_before_a_month_is_the_month_before_even_when_shorter() -> None:
    march = DateRange(D(2024, 3, 1), D(2024, 3, 31))
    assert march.previous() == DateRange(D(2024, 2, 1), D(2024, 2, 29))
    quarter = preset("this_quarter", D(2024, 5, 5))
    assert quarter.previous() == DateRange(D(2024, 1, 1), D(2024, 3, 31))


def test_the_range_before_a_custom_range_has_its_length() -> None:
    assert DateRange(D(2024, 3, 5), D(2024, 3, 14)).previous() == \
        DateRange(D(2024, 2, 24), D(2024, 3, 4))


def test_local_days_start_at_local_midnight_in_utc() -> None:
    low, high = DateRange(D(2024, 3, 1), D(2024, 3, 31)).utc_bounds(BEIJING)
    assert low == dt.datetime(2024, 2, 29, 16, 0, tzinfo=dt.UTC)
    assert high == dt.datetime(2024, 3, 31, 16, 0, tzinfo=dt.UTC)


def test_twelve_months_end_with_the_current_month() -> None:
    range_ = last_months(12, D(2024, 3, 15))
    assert range_ == DateRange(D(2023, 4, 1), D(2024, 3, 31))
    assert len(range_.months()) == 12


def test_a_range_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        DateRange(D(2024, 3, 2), D(2024, 3, 1))
