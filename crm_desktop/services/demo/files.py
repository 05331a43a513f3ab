"""A few contract files attached to demo contracts, stored beside the database by hash.

Files are written into the attachments folder named by the SHA-256 of their content, so
writing one twice is harmless; ``remove_new_files`` takes back the ones this run created
when the transaction is rolled back.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from crm_desktop.models import Attachment
from crm_desktop.paths import make_private_dir
from crm_desktop.services.demo.orders import PlannedOrder
from crm_desktop.services.demo.world import World
from crm_desktop.services.demo.writer import BulkWriter

SHARE = 0.01


def write_attachments(world: World, writer: BulkWriter, orders: list[PlannedOrder],
                      folder: Path) -> list[Path]:
    """Attach a contract text to about 1% of contracts; returns the files newly created."""
    contracts = [order for order in orders if order.kind == "contract"]
    chosen = world.rng.sample(contracts, min(len(contracts), max(2, round(len(contracts) * SHARE))))
    make_private_dir(folder)
    created: list[Path] = []
    rows = []
    for order in sorted(chosen):
        customer = world.customers.short_name[order.customer]
        body = (f"合同编号：{order.number}\n客户：{customer}\n"
                f"签订日期：{world.clock.date(order.day)}\n"
                f"合同金额：¥{order.total // 100:,}.{order.total % 100:02d}\n").encode()
        digest = hashlib.sha256(body).hexdigest()
        path = folder / digest
        if not path.exists():
            path.write_bytes(body)
            created.append(path)
        rows.append((order.order_id, world.customers.first_id + order.customer,
                     f"合同-{order.number}.txt", digest, len(body), "text/plain",
                     world.clock.at(order.day, 1020)))
    writer.insert(Attachment.__table__,
                  ("order_id", "customer_id", "file_name", "content_hash", "size", "mime_type",
                   "added_at"), rows)
    return created


def remove_new_files(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
