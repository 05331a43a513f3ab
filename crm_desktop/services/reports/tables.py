"""What every report returns: a table of typed columns, and which columns its chart plots.

Services stay free of Qt and of words: column keys and ``Label`` cells are translated by
the view (or the ``report`` command) that shows them. Money cells are integer minor units.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, case

from crm_desktop.models.types import DEFAULT_CURRENCY
from crm_desktop.services.display_names import Kind, shown_name
from crm_desktop.services.reports.periods import DateRange, utc_midnight

ColumnKind = Literal["text", "count", "money", "percent", "days", "month"]
ChartKind = Literal["bar", "hbar", "line", "none"]


@dataclass(frozen=True)
class Label:
    """A status or stage (``kind``), or a free value such as an industry (``kind`` None).

    ``name`` None means "not set" (a customer without an industry, a deal without a reason).
    """

    name: str | None
    code: str | None = None
    name_en: str | None = None
    kind: Kind | Literal["term"] | None = None  # "term": a fixed key the view translates
    id: int | None = None

    def text(self, *, english: bool, unset: str) -> str:
        if self.name is None:
            return unset
        if self.kind is None or self.kind == "term":
            return self.name
        return shown_name(self.name, code=self.code, name_en=self.name_en, english=english,
                          kind=self.kind)


@dataclass(frozen=True)
class Column:
    key: str
    kind: ColumnKind


@dataclass
class Table:
    """One report's numbers; ``rows`` hold one value per column."""

    name: str
    period: DateRange | None  # None: a snapshot of today
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]]
    chart: ChartKind = "bar"
    plotted: tuple[str, ...] = ()  # the column keys the chart draws, against the first column
    currency: str = DEFAULT_CURRENCY
    as_of: dt.date | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    def column(self, key: str) -> list[Any]:
        index = [c.key for c in self.columns].index(key)
        return [row[index] for row in self.rows]

    def is_empty(self) -> bool:
        return not self.rows or all(
            not any(row[i] for i, c in enumerate(self.columns) if c.kind in ("count", "money"))
            for row in self.rows)

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``report --json``: labels as their stored name and code."""
        def cell(value: Any) -> Any:
            if isinstance(value, Label):
                return {"name": value.name, "code": value.code, "name_en": value.name_en}
            if isinstance(value, dt.date):
                return value.isoformat()
            return value
        return {
            "name": self.name,
            "from": self.period.start.isoformat() if self.period else None,
            "to": self.period.end.isoformat() if self.period else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "currency": self.currency,
            "columns": [{"key": c.key, "kind": c.kind} for c in self.columns],
            "rows": [[cell(v) for v in row] for row in self.rows],
            **({"notes": self.notes} if self.notes else {}),
        }


def month_bucket(column: Any, months: list[dt.date], *, is_date: bool,
                 tz: dt.tzinfo | None = None) -> ColumnElement[Any]:
    """A CASE giving the index of the month (``months``: firsts, consecutive) ``column`` is in.

    Date columns compare with the days; datetime columns with the UTC instants of the local
    midnights, so the months are the user's months. Outside every month: NULL.
    """
    from crm_desktop.services.reports.periods import add_months

    bounds = [*months, add_months(months[-1], 1)] if months else []
    if not is_date:
        bounds = [utc_midnight(day, tz) for day in bounds]  # type: ignore[misc]
    whens = [(and_(column >= bounds[i], column < bounds[i + 1]), i) for i in range(len(months))]
    return case(*whens, else_=None)


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent, one decimal; None when there is no whole."""
    return round(100.0 * part / whole, 1) if whole else None
