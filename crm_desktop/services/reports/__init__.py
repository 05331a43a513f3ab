"""Reports and the dashboard's figures: SQL GROUP BY aggregations, the same on SQLite and
PostgreSQL, returning ``Table``s the views draw, print and the ``report`` command writes.

``REPORTS`` names every report in the order they are listed and printed; ``run`` builds one
for a date range (or the report's own default range) and ``run_all`` builds them all,
reporting progress and checking for cancel between reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.services.progress import CancelCheck, Progress, check, never_cancelled, no_progress
from crm_desktop.services.reports import customers, money, sales, team
from crm_desktop.services.reports.periods import DateRange, last_months, local_today, preset
from crm_desktop.services.reports.settings import load_report_settings
from crm_desktop.services.reports.tables import Table

Builder = Callable[[Session, DateRange, dt.date, "dt.tzinfo | None"], Table]


@dataclass(frozen=True)
class ReportSpec:
    name: str
    build: Builder
    default_range: Callable[[dt.date], DateRange]
    uses_range: bool = True  # False: a snapshot of today, the range is ignored


def _year(today: dt.date) -> DateRange:
    return preset("this_year", today)


def _twelve(today: dt.date) -> DateRange:
    return last_months(12, today)


def _by(dimension: str) -> ReportSpec:
    return ReportSpec(f"customers_by_{dimension}",
                      lambda s, p, today, tz: customers.customers_by(s, dimension, today=today),
                      _year, uses_range=False)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("sales_funnel",
               lambda s, p, today, tz: sales.sales_funnel(s, p, tz=tz, today=today), _year),
    ReportSpec("status_conversion",
               lambda s, p, today, tz: customers.status_conversion(s, p, tz=tz, today=today),
               _year),
    ReportSpec("monthly_revenue",
               lambda s, p, today, tz: money.monthly_revenue(s, p, today=today), _twelve),
    ReportSpec("won_lost",
               lambda s, p, today, tz: sales.won_lost_by_month(s, p, tz=tz, today=today),
               _twelve),
    ReportSpec("lost_reasons",
               lambda s, p, today, tz: sales.lost_reasons(s, p, tz=tz, today=today), _year),
    ReportSpec("receivables_ageing",
               lambda s, p, today, tz: money.receivables_ageing(s, today=today), _year,
               uses_range=False),
    ReportSpec("top_customers",
               lambda s, p, today, tz: money.top_customers(s, p, today=today), _year),
    ReportSpec("team_kpis",
               lambda s, p, today, tz: team.team_kpis(s, p, tz=tz, today=today),
               lambda today: preset("this_month", today)),
    *(_by(dimension) for dimension in customers.DIMENSIONS),
)
NAMES = tuple(spec.name for spec in REPORTS)


def spec(name: str) -> ReportSpec:
    for found in REPORTS:
        if found.name == name:
            return found
    raise KeyError(name)


def run(session: Session, name: str, period: DateRange | None = None, *,
        today: dt.date | None = None, tz: dt.tzinfo | None = None) -> Table:
    """Report ``name`` for ``period`` (None: the report's default range around ``today``)."""
    chosen = spec(name)
    today = today or local_today(tz)
    return chosen.build(session, period or chosen.default_range(today), today, tz)


def run_all(session: Session, names: tuple[str, ...] = NAMES, period: DateRange | None = None,
            *, today: dt.date | None = None, tz: dt.tzinfo | None = None,
            progress: Progress = no_progress,
            cancelled: CancelCheck = never_cancelled) -> list[Table]:
    tables = []
    for done, name in enumerate(names):
        check(cancelled)
        progress(done, len(names))
        tables.append(run(session, name, period, today=today, tz=tz))
    progress(len(names), len(names))
    return tables


def shop_name(session: Session) -> str | None:
    """The shop's name from Settings, printed at the top of every report; None if unset."""
    return load_report_settings(session).shop_name or None
