"""What the reports take from Settings: the shop's name printed on every page, and the
monthly targets each person's team KPIs are measured against.

Both live in the ``settings`` table as JSON (``company_name``, ``team_targets``). A target
is per person and per month; for a period of several months it is multiplied by their
number, for a custom range of days by its share of a year. 0 means no target.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.models import Setting
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.reports.periods import DateRange

SHOP_NAME_SETTING = "company_name"
TARGETS_SETTING = "team_targets"
#: The KPIs a target can be set for; money ones in minor units (fen).
TARGET_FIGURES = ("interactions", "new_customers", "won_amount", "received")
MONEY_FIGURES = frozenset({"won_amount", "received"})
MAX_SHOP_NAME = 100
MAX_TARGET = 10**13  # a hundred billion yuan in fen: beyond it is a typing mistake


@dataclass(frozen=True)
class ReportSettings:
    shop_name: str = ""
    targets: dict[str, int] = field(default_factory=dict)  # figure → per person per month


def load_report_settings(session: Session) -> ReportSettings:
    shop = _stored(session, SHOP_NAME_SETTING)
    targets = _stored(session, TARGETS_SETTING)
    clean: dict[str, int] = {}
    if isinstance(targets, dict):
        for key in TARGET_FIGURES:
            value = targets.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                clean[key] = value
    return ReportSettings(str(shop).strip() if shop else "", clean)


def save_report_settings(session: Session, settings: ReportSettings) -> ReportSettings:
    """Check and store ``settings`` in the caller's transaction; returns what was stored."""
    name = " ".join(settings.shop_name.split())
    if len(name) > MAX_SHOP_NAME:
        raise ValidationError("shop_name_too_long",
                              f"The shop's name is longer than {MAX_SHOP_NAME} characters",
                              limit=MAX_SHOP_NAME)
    targets: dict[str, int] = {}
    for key, value in settings.targets.items():
        if key not in TARGET_FIGURES:
            raise ValidationError("unknown_kpi", f"There is no KPI called {key}", figure=key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_TARGET:
            raise ValidationError("bad_target", f"The target for {key} must be a whole number "
                                  "from 0 up", key=key)
        if value:
            targets[key] = value
    _store(session, SHOP_NAME_SETTING, name)
    _store(session, TARGETS_SETTING, targets)
    session.flush()
    return ReportSettings(name, targets)


def months_in(period: DateRange) -> float:
    """How many months of target a period holds: whole calendar months counted, any other
    range of days by its share of a year (a week is about 0.23)."""
    start, end = period.start, period.end
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        return (next_day.year - start.year) * 12 + next_day.month - start.month
    return ((end - start).days + 1) * 12 / 365.25


def _stored(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return row.value


def _store(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
