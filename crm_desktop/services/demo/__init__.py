"""Realistic, deterministic sample data in Chinese and English, in every table.

``small`` (300 customers) is for trying the app; ``large`` is the benchmark data set of
DESIGN.md (100,000 customers, 150,000 contacts, 500,000 interactions, 20,000 deals,
30,000 orders, 60,000 payments, and the rest in proportion). Everything is drawn from one
``random.Random(seed)`` and dated relative to a fixed reference date, so the same seed
gives the same rows on any day. Rows are built as tuples and written in bulk in one
transaction: a cancel or an error leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db import Database
from crm_desktop.models import Customer, ImportBatch, PipelineStage, Status
from crm_desktop.paths import attachments_dir
from crm_desktop.services.demo import (
    activity,
    billing,
    customers,
    deals,
    files,
    marketing,
    orders,
    reference,
)
from crm_desktop.services.demo.world import REFERENCE_DATE, SIZES, Clock, Plan, World
from crm_desktop.services.demo.writer import BulkWriter, count_rows, next_id
from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.progress import CancelCheck, Progress, never_cancelled, no_progress
from crm_desktop.services.search_index import rebuild_search_index

__all__ = ["REFERENCE_DATE", "SIZES", "generate_demo"]

SEARCH_INDEX = "customer_search"
_SQLITE_CACHE_KIB = 262_144  # index upkeep of ~1M rows needs more than the 2 MiB default


def generate_demo(
    database: Database, *, size: str, seed: int, progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled, reference_date: dt.date = REFERENCE_DATE,
    portable: bool = False,
) -> dict[str, int]:
    """Fill an empty database with demo data; returns ``{table: rows written}``.

    ``portable`` writes through SQLAlchemy Core even on SQLite (the path other databases
    take; slower); tests use it to check both paths write the same rows.
    """
    if size not in SIZES:
        raise ValidationError("demo_bad_size",
                              f"Unknown demo size {size!r}; choose one of: {', '.join(SIZES)}.",
                              size=size)
    folder = attachments_dir(database.path) if database.path is not None else None
    new_files: list[Path] = []
    try:
        with database.session() as session:
            return _generate(session, Plan.for_size(size), seed, reference_date, progress,
                             cancelled, portable, folder, new_files)
    except BaseException:
        files.remove_new_files(new_files)
        raise


def _generate(session: Session, plan: Plan, seed: int, reference_date: dt.date,
              progress: Progress, cancelled: CancelCheck, portable: bool,
              folder: Path | None, new_files: list[Path]) -> dict[str, int]:
    existing = count_rows(session, Customer.__table__)
    if existing:
        raise DomainError(
            "demo_not_empty",
            f"This database already has {existing:,} customers; "
            "demo data goes into an empty database.",
            customers=existing,
        )
    world = World(random.Random(seed), Clock(reference_date), plan,
                  status_ids=_ids_by_code(session, Status, customers.STATUS_WEIGHTS),
                  stage_ids=_ids_by_code(session, PipelineStage,
                                         (*deals.OPEN_STAGES, "won", "lost")))
    writer = BulkWriter(session, cancelled, fast=not portable)
    if writer.fast:
        session.execute(select(1))  # begin, so the pragma below belongs to this connection
        driver = session.connection().connection.driver_connection
        assert driver is not None
        driver.execute(f"PRAGMA cache_size = -{_SQLITE_CACHE_KIB}")

    imported: list[int] = []

    def plan_customers() -> None:
        world.import_batch_id = next_id(session, ImportBatch.__table__)
        imported.extend(customers.plan_customers(world, next_id(session, Customer.__table__)))
        reference.write_import_batch(world, writer, imported)

    planned: list[orders.PlannedOrder] = []
    steps: list[Callable[[], object]] = [
        lambda: reference.write_staff_and_tags(world, writer),
        lambda: reference.write_catalogue(world, writer),
        lambda: reference.write_campaigns(world, writer),
        lambda: reference.write_settings_and_segments(world, writer),
        plan_customers,
        lambda: customers.write_customers(world, writer, imported),
        lambda: marketing.write_members(world, writer),
        lambda: deals.write_deals(world, writer),
        lambda: planned.extend(orders.write_orders(world, writer)),
        lambda: billing.write_billing(world, writer, planned),
        lambda: folder is not None and new_files.extend(
            files.write_attachments(world, writer, planned, folder)),
        lambda: activity.write_interactions(world, writer),
        lambda: activity.write_tasks(world, writer),
        lambda: activity.write_tickets(world, writer),
        lambda: activity.write_audit(world, writer),
        lambda: writer.counts.__setitem__(SEARCH_INDEX, rebuild_search_index(session)),
    ]
    try:
        for done, step in enumerate(steps):
            progress(done, len(steps))
            step()
    finally:
        if writer.fast:
            driver.execute("PRAGMA cache_size = -2000")  # SQLite's default again
    progress(len(steps), len(steps))
    return dict(writer.counts)


def _ids_by_code(session: Session, model: type[Status] | type[PipelineStage],
                 codes: object) -> dict[str, int]:
    found = {code: id_ for code, id_ in session.execute(select(model.code, model.id))}
    missing = [code for code in codes if code not in found]  # type: ignore[attr-defined]
    if missing:
        raise DomainError(
            "demo_missing_defaults",
            f"Demo data needs the default {model.__tablename__.replace('_', ' ')} "
            f"({', '.join(missing)}), which this database no longer has.",
            missing=missing,
        )
    return {code: found[code] for code in codes}  # type: ignore[attr-defined]
