"""Orders and contracts with their lines; every won deal becomes one of them.

Numbers run per kind and year in date order (HT-2024-00001 for contracts, DD-2024-00001
for orders); line amounts are whole fen and add up to the order total exactly.
"""

from __future__ import annotations

from typing import NamedTuple

from crm_desktop.models import Order, OrderLine
from crm_desktop.services.demo import phrases
from crm_desktop.services.demo.world import Line, World
from crm_desktop.services.demo.writer import BulkWriter, next_id

ORDER_COLUMNS = ("id", "number", "kind", "status", "customer_id", "deal_id", "signed_date",
                 "start_date", "end_date", "signer", "owner_id", "terms", "currency",
                 "total_minor", "deleted_at", "version", "created_at", "updated_at")
LINE_COLUMNS = ("order_id", "product_id", "position", "description", "quantity",
                "unit_price_minor", "amount_minor")


class PlannedOrder(NamedTuple):
    order_id: int
    number: str
    customer: int  # index into Customers
    day: int
    kind: str
    status: str
    total: int
    instalment_days: list[int]


def _status(world: World, day: int, from_deal: bool) -> str:
    rng, today = world.rng, world.clock.today
    if not from_deal and day < today - 10 and rng.random() < 0.03:
        return "cancelled"
    if not from_deal and day > today - 20 and rng.random() < 0.25:
        return "draft"
    if day < today - 120 and rng.random() < 0.9 or day < today - 45 and rng.random() < 0.5:
        return "completed"
    return "active"


def _instalment_days(world: World, kind: str, day: int) -> list[int]:
    rng = world.rng
    if kind == "order":
        return [day + rng.randint(0, 15)] if rng.random() < 0.75 else [day, day + 30]
    return rng.choice(([day, day + 45], [day, day + 60, day + 120],
                       [day, day + 91, day + 182, day + 273]))


def write_orders(world: World, writer: BulkWriter) -> list[PlannedOrder]:
    """Write orders and lines; return what billing needs, in id order."""
    rng, clock, state = world.rng, world.clock, world.customers
    buyers = state.with_status("signed", "retained") or list(range(len(state)))
    weights = [2 if state.status[i] == "retained" else 1 for i in buyers]
    drafts: list[tuple[int, int, int | None, list[Line]]] = [
        (won.day, won.customer, won.deal_id, won.lines)
        for won in world.won_deals[:world.plan.orders]
    ]
    for i in rng.choices(buyers, weights, k=world.plan.orders - len(drafts)):
        start = state.signed_day.get(i, state.created_day[i])
        drafts.append((world.day_between(start, clock.today), i, None, world.basket()))
    drafts.sort(key=lambda draft: (draft[0], draft[2] or 0, draft[1]))
    first_id = next_id(writer.session, Order.__table__)
    sequence: dict[tuple[str, int], int] = {}
    orders, lines, planned = [], [], []
    for n, (day, i, deal_id, basket) in enumerate(drafts):
        order_id = first_id + n
        kind = "contract" if rng.random() < 0.4 else "order"
        status = _status(world, day, deal_id is not None)
        year = clock.as_date(day).year
        prefix = "HT" if kind == "contract" else "DD"
        sequence[prefix, year] = sequence.get((prefix, year), 0) + 1
        total = sum(line.amount for line in basket)
        dues = _instalment_days(world, kind, day)
        if status == "completed" and dues[-1] > clock.today:
            status = "active"
        number = f"{prefix}-{year}-{sequence[prefix, year]:05d}"
        planned.append(PlannedOrder(order_id, number, i, day, kind, status, total, dues))
        signer = state.contact_name[i] or state.short_name[i]
        orders.append((
            order_id, number, kind, status,
            state.first_id + i, deal_id, None if status == "draft" else clock.date(day),
            clock.date(day) if kind == "contract" else None,
            clock.date(day + 364) if kind == "contract" else None,
            signer if status != "draft" else None, state.owner[i] or rng.choice(world.sales_ids),
            rng.choice(phrases.CONTRACT_TERMS) if kind == "contract" else None, "CNY", total,
            None, 1, clock.at(day, world.work_minute()), clock.at(min(day + 1, clock.today), 600),
        ))
        lines.extend((order_id, line.product_id, position, line.description,
                      float(line.quantity), line.unit_price, line.amount)
                     for position, line in enumerate(basket))
    writer.insert(Order.__table__, ORDER_COLUMNS, orders)
    writer.insert(OrderLine.__table__, LINE_COLUMNS, lines)
    return planned
