"""Instalment plans, received payments and deliveries of the demo orders.

Instalments add up to the order total exactly. Payments pay instalments in order, never
more than an instalment asks, so no order is ever paid beyond its total: completed orders
are paid in full, active ones partly (what is due and unpaid shows as receivable and, past
its date, as overdue). The number of payments is exactly the plan's.
"""

from __future__ import annotations

from crm_desktop.models import Delivery, Instalment, Payment
from crm_desktop.services.demo.orders import PlannedOrder
from crm_desktop.services.demo.world import World
from crm_desktop.services.demo.writer import BulkWriter, next_id

SHARES = {1: (100,), 2: (50, 50), 3: (30, 40, 30), 4: (25, 25, 25, 25)}
METHODS = ("bank", "wechat", "alipay", "cash", "card", "other")
METHOD_WEIGHTS = (55, 15, 15, 5, 7, 3)
ACCOUNTS = {"bank": "招商银行 对公账户 ****6021", "wechat": "微信商户号",
            "alipay": "支付宝企业账户", "cash": "现金", "card": "POS 刷卡", "other": None}
PAYMENT_COLUMNS = ("order_id", "instalment_id", "customer_id", "received_date", "amount_minor",
                   "currency", "method", "handler_id", "account", "note", "created_at",
                   "updated_at")
DELIVERY_COLUMNS = ("order_id", "status", "planned_date", "delivered_date", "note",
                    "created_at", "updated_at")


def split(world: World, amount: int, parts: int) -> list[int]:
    """``amount`` in ``parts`` positive whole pieces that add up to it exactly."""
    parts = max(1, min(parts, amount))
    if parts == 1:
        return [amount]
    cuts = sorted(world.rng.sample(range(1, amount), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, amount], strict=True)]


def _amounts(total: int, count: int) -> list[int]:
    shares = SHARES[count]
    amounts = [total * share // 100 for share in shares[:-1]]
    return [*amounts, total - sum(amounts)]


def _payment_counts(world: World, orders: list[PlannedOrder]) -> list[int]:
    """Payments per order: completed ones one per instalment at least, the rest spread."""
    rng, target = world.rng, world.plan.payments
    counts = [len(o.instalment_days) if o.status == "completed" else 0 for o in orders]
    for n in reversed(range(len(orders))):  # too few payments planned for the plans: demote
        if sum(counts) <= target:
            break
        if counts[n]:
            counts[n] = 0
            orders[n] = orders[n]._replace(status="active")
    payable = [n for n, o in enumerate(orders) if o.status in ("active", "completed")
               and o.instalment_days[0] <= world.clock.today]
    payable = payable or [n for n, o in enumerate(orders) if o.status != "cancelled"]
    for n in rng.choices(payable, k=target - sum(counts)):
        counts[n] += 1
    return counts


def write_billing(world: World, writer: BulkWriter, orders: list[PlannedOrder]) -> None:
    clock = world.clock
    counts = _payment_counts(world, orders)
    instalment_id = next_id(writer.session, Instalment.__table__)
    instalments, payments, deliveries = [], [], []
    for order, count in zip(orders, counts, strict=True):
        if order.status == "cancelled":
            continue
        amounts = _amounts(order.total, len(order.instalment_days))
        ids = list(range(instalment_id, instalment_id + len(amounts)))
        instalment_id += len(amounts)
        for seq, (plan_id, due, amount) in enumerate(
                zip(ids, order.instalment_days, amounts, strict=True)):
            instalments.append((plan_id, order.order_id, seq + 1, clock.date(due), amount, "CNY",
                                f"第 {seq + 1} 期" if len(amounts) > 1 else "全款"))
        if count:
            payments.extend(_payments(world, order, ids, amounts, count))
        if order.status != "draft":
            deliveries.extend(_deliveries(world, order))
    writer.insert(Instalment.__table__,
                  ("id", "order_id", "seq", "due_date", "amount_minor", "currency", "note"),
                  instalments)
    writer.insert(Payment.__table__, PAYMENT_COLUMNS, payments)
    writer.insert(Delivery.__table__, DELIVERY_COLUMNS, deliveries)


def _payments(world: World, order: PlannedOrder, ids: list[int], amounts: list[int],
              count: int) -> list[tuple[object, ...]]:
    rng, clock = world.rng, world.clock
    full = order.status == "completed"
    due_now = sum(1 for day in order.instalment_days if day <= clock.today)
    touched = len(amounts) if full else rng.randint(1, max(1, min(count, len(amounts), due_now)))
    touched = min(touched, count)
    per_instalment = [1] * touched
    for k in rng.choices(range(touched), k=count - touched):
        per_instalment[k] += 1
    customer_id = world.customers.first_id + order.customer
    rows = []
    for k in range(touched):
        paid = amounts[k]
        if not full and k == touched - 1 and rng.random() < 0.4:
            paid = max(per_instalment[k], paid * rng.randint(30, 90) // 100)
        day = max(order.day, order.instalment_days[k] + rng.randint(-3, 25))
        for piece in split(world, paid, per_instalment[k]):
            received = min(day, clock.today)
            method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
            stamp = clock.at(received, world.work_minute())
            rows.append((order.order_id, ids[k], customer_id, clock.date(received), piece, "CNY",
                         method, world.staff.get("财务"), ACCOUNTS[method],
                         "部分付款" if per_instalment[k] > 1 else None, stamp, stamp))
            day += rng.randint(3, 20)
    return rows


def _deliveries(world: World, order: PlannedOrder) -> list[tuple[object, ...]]:
    rng, clock = world.rng, world.clock
    rows = []
    for part in range(2 if len(order.instalment_days) >= 3 else 1):
        planned = order.day + rng.randint(5, 30) + 60 * part
        if order.status == "completed" or planned + 10 < clock.today and rng.random() < 0.8:
            status = "accepted" if rng.random() < 0.7 else "delivered"
            delivered = clock.date(min(clock.today, planned + rng.randint(-3, 7)))
        else:
            status = "in_progress" if planned - 10 < clock.today else "pending"
            delivered = None
        stamp = clock.at(min(order.day + 1, clock.today), 600)
        rows.append((order.order_id, status, clock.date(planned), delivered,
                     "分批发货" if part else None, stamp, stamp))
    return rows
