"""The shape of a demo data set and the state shared while generating it.

Every date is counted in days from ``Clock.first`` (three years before the reference
date), so the data is the same whatever day it is generated on, and reports show three
years of history ending at the reference date.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import NamedTuple

REFERENCE_DATE = dt.date(2026, 6, 30)
HISTORY_DAYS = 1095
FUTURE_DAYS = 400
LOCAL_UTC_OFFSET_MIN = 8 * 60  # the shop works on China time; times are stored in UTC

#: customers of each size; every other big table is a fixed multiple (DESIGN.md, Performance).
SIZES = {"small": 300, "large": 100_000}
PER_CUSTOMER = {"contacts": 1.5, "interactions": 5.0, "deals": 0.2, "orders": 0.3,
                "payments": 0.6}


@dataclass(frozen=True)
class Plan:
    customers: int
    contacts: int
    interactions: int
    deals: int
    orders: int
    payments: int

    @classmethod
    def for_size(cls, size: str) -> Plan:
        customers = SIZES[size]
        return cls(customers, **{name: round(customers * ratio)
                                 for name, ratio in PER_CUSTOMER.items()})


class Clock:
    """Day numbers to stored text: ``date(d)`` → '2025-03-01', ``at(d, minute)`` → UTC time."""

    def __init__(self, reference: dt.date) -> None:
        self.first = reference - dt.timedelta(days=HISTORY_DAYS)
        self.today = HISTORY_DAYS
        self._dates = [(self.first + dt.timedelta(days=d)).isoformat()
                       for d in range(HISTORY_DAYS + FUTURE_DAYS)]

    def date(self, day: int) -> str:
        if 0 <= day < len(self._dates):
            return self._dates[day]
        return (self.first + dt.timedelta(days=day)).isoformat()

    def at(self, day: int, local_minute: int) -> str:
        """A time on ``day`` at ``local_minute`` past midnight China time (08:00 or later)."""
        minute = local_minute - LOCAL_UTC_OFFSET_MIN
        if minute < 0:
            day, minute = day - 1, minute + 1440
        return f"{self.date(day)} {minute // 60:02d}:{minute % 60:02d}:00.000000"

    def as_date(self, day: int) -> dt.date:
        return self.first + dt.timedelta(days=day)


class Line(NamedTuple):
    product_id: int
    description: str
    quantity: int
    unit_price: int  # fen
    amount: int  # fen


class WonDeal(NamedTuple):
    deal_id: int
    customer: int  # index into Customers
    day: int  # the day it was won: its order is signed then
    lines: list[Line]


@dataclass
class Customers:
    """What later tables need to know about each customer (index = id - first_id)."""

    first_id: int = 0
    created_day: list[int] = field(default_factory=list)
    created_minute: list[int] = field(default_factory=list)  # local time of day created
    status: list[str] = field(default_factory=list)
    english: list[bool] = field(default_factory=list)
    short_name: list[str] = field(default_factory=list)
    owner: list[int | None] = field(default_factory=list)
    signed_day: dict[int, int] = field(default_factory=dict)  # index -> day it was signed
    first_contact: list[int] = field(default_factory=list)  # contact id, 0 when none
    contact_count: list[int] = field(default_factory=list)
    contact_name: list[str] = field(default_factory=list)  # primary contact, "" when none

    def __len__(self) -> int:
        return len(self.created_day)

    def with_status(self, *codes: str) -> list[int]:
        return [i for i, code in enumerate(self.status) if code in codes]


@dataclass
class World:
    rng: random.Random
    clock: Clock
    plan: Plan
    status_ids: dict[str, int]
    stage_ids: dict[str, int]
    staff: dict[str, int] = field(default_factory=dict)  # role -> one staff id
    sales_ids: list[int] = field(default_factory=list)
    tag_ids: list[int] = field(default_factory=list)
    field_ids: dict[str, int] = field(default_factory=dict)  # kind -> definition id
    products: list[tuple[int, str, int]] = field(default_factory=list)  # id, name, price fen
    campaigns: list[tuple[int, int, int]] = field(default_factory=list)  # id, start, end day
    import_batch_id: int | None = None
    customers: Customers = field(default_factory=Customers)
    campaigns_of: dict[int, list[int]] = field(default_factory=dict)  # customer idx -> indexes
    won_deals: list[WonDeal] = field(default_factory=list)
    open_deals: list[tuple[int, int]] = field(default_factory=list)  # deal id, customer idx

    def basket(self) -> list[Line]:
        """What a customer buys at once: one to four products, whole quantities."""
        rng = self.rng
        lines = []
        for product_id, name, price in rng.sample(self.products, rng.choice((1, 1, 2, 2, 3, 4))):
            quantity = rng.choice((1, 1, 1, 2, 3, 5, 10, 20))
            unit = price if rng.random() < 0.7 else price * rng.randint(85, 99) // 100
            lines.append(Line(product_id, name, quantity, unit, quantity * unit))
        return lines

    def work_minute(self) -> int:
        """A local time of day in working hours (08:30–19:00), in minutes."""
        return 510 + int(self.rng.random() * 631)

    def day_between(self, start: int, end: int) -> int:
        return start + int(self.rng.random() * (end - start + 1)) if end > start else start
