"""``run_import``: write a preview to the database, all or nothing.

Everything happens in the caller's session, in one transaction: a cancel, an error or a
crash leaves the database as it was (``run_import`` rolls back itself before re-raising).
New customers go in with Core ``executemany`` in chunks, their ids given out up front on
SQLite (no round trip per row), with pinyin, completeness, contacts, tags, custom values
and the first status-history row; their search documents are built from the same values
in Python and inserted with them (no query per customer to gather its contacts back).
An ``ImportBatch`` row keeps what undoing the import needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Contact,
    Customer,
    CustomFieldValue,
    ImportBatch,
    StatusChange,
    customer_tags,
    utc_now,
)
from crm_desktop.services.importing.apply import Incoming, apply_to_existing
from crm_desktop.services.importing.combine import (
    Origin,
    as_customer,
    contact_row,
    fold,
    score_of,
)
from crm_desktop.services.importing.duplicates import DuplicateMatch
from crm_desktop.services.importing.lookups import Lookups, resolve_lookups
from crm_desktop.services.importing.preview import ImportPreview
from crm_desktop.services.importing.report import ImportReport, RowOutcome, match_sentence
from crm_desktop.services.importing.sqlbulk import indexes_built_after, insert_rows
from crm_desktop.services.pinyin import fitted, pinyin_keys
from crm_desktop.services.progress import CancelCheck, Progress, check, never_cancelled, no_progress
from crm_desktop.services.search_index import (
    add_documents,
    document_text,
    documents_in_bulk,
    has_fts,
    reindex_customers,
)

CHUNK = 2000
IMPORT_CACHE_KIB = 256 * 1024
_SKIP_REASONS = {"total": "a totals row", "repeated_header": "the header repeated"}
#: The pinyin/initials column lengths: keys are cut to them (PostgreSQL refuses longer).
_PINYIN_MAX = Customer.__table__.c.pinyin.type.length
_INITIALS_MAX = Customer.__table__.c.initials.type.length


def run_import(session: Session, preview: ImportPreview, *, policy: str | None = None,
               progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled,
               db_path: str | Path | None = None, dry_run: bool = False,
               actor_id: int | None = None) -> ImportReport:
    """Import the rows of ``preview``; returns the report.

    ``policy`` (skip, update, merge, create) replaces the preview's. With ``db_path`` (a
    SQLite file) a "pre-import" backup is taken first. With ``dry_run`` everything is done
    and then rolled back, so the report tells what would happen. Raises ``Cancelled``
    (everything rolled back) when ``cancelled()`` turns true between chunks or by the
    time the last chunk is written: a cancel the user saw accepted is never committed.
    ``actor_id`` (the staff member importing) is recorded in the status history of new
    customers and the audit rows of updated ones.
    """
    if policy is not None:
        preview.set_policy(policy)
    report = ImportReport(preview.file_name, preview.sheet, dry_run=dry_run,
                          duplicates=preview.duplicate_count, warnings=preview.problems)
    if db_path is not None and not dry_run and session.get_bind().dialect.name == "sqlite":
        from crm_desktop.sqlite_backup import backup_before

        backup = backup_before(Path(db_path), "pre-import")
        report.backup = None if backup is None else str(backup)
    try:
        with _big_page_cache(session):
            _run(session, preview, report, progress, cancelled, actor_id)
        check(cancelled)  # a Cancel pressed during the last chunk still undoes everything
        if dry_run:
            session.rollback()
    except BaseException:
        session.rollback()
        raise
    return report


@contextmanager
def _big_page_cache(session: Session) -> Iterator[None]:
    """Give SQLite a large page cache while the indexes of 100k new rows are built: with
    the default 2 MiB every insert into the name and pinyin indexes reads pages again."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    raw = session.connection().connection.driver_connection
    before = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(before)}")


def _run(session: Session, preview: ImportPreview, report: ImportReport, progress: Progress,
         cancelled: CancelCheck, actor_id: int | None) -> None:
    pendings: list[dict[str, Any]] = []
    existing: dict[int, list[Incoming]] = {}
    targets: dict[int, tuple[str, int]] = {}
    outcomes: list[tuple[str, int, tuple[str, int], str, Any]] = []
    headers = preview.headers()
    for row in preview.rows:
        action = preview.planned_action(row)
        name = str(row.values.get("name") or "")
        duplicate = row.duplicate
        if action == "skip":
            report.skipped.append(_skipped(row, name, preview.region))
            continue
        target = None
        if action in ("update", "merge") and duplicate is not None:
            target = (targets.get(duplicate.row) if duplicate.source == "file"  # type: ignore
                      else ("db", duplicate.customer_id))
        if target is None:
            target, action = ("new", len(pendings)), "create"
            pendings.append(as_customer(row.values))
        elif target[0] == "new":
            origin = Origin(preview.file_name, row.number, headers)
            report.conflicts += fold(pendings[target[1]], row.values,
                                     append=action == "merge", origin=origin)[1]
        else:
            origin = Origin(preview.file_name, row.number, headers)
            existing.setdefault(target[1], []).append((action, row.values, origin))
        targets[row.number] = target
        outcomes.append((action, row.number, target, name, duplicate))
    report.skipped += [RowOutcome(s.number, "", detail=_SKIP_REASONS.get(s.reason, s.reason))
                       for s in preview.table_skipped]
    check(cancelled)
    lookups = _lookups(session, preview, pendings, existing)
    batch = ImportBatch(file_name=preview.file_name[:260], sheet=preview.sheet,
                        imported_at=utc_now())
    session.add(batch)
    session.flush()
    total = len(pendings) + len(existing)
    ids = _create(session, pendings, lookups, batch.id, progress, cancelled, total,
                  actor_id=actor_id)
    undo = apply_to_existing(session, existing, lookups, versions=preview.index.versions,
                             cancelled=cancelled, actor_id=actor_id,
                             conflicts=report.conflicts)
    report.conflicts.sort(key=lambda conflict: conflict.row)
    progress(total, total)
    changed = list(undo["updated"].keys())
    reindex_customers(session, [int(cid) for cid in changed])
    for action, number, target, name, duplicate in outcomes:
        if target[0] == "new":
            cid, into = ids[target[1]], str(pendings[target[1]]["name"])
        else:
            cid, into = target[1], preview.index.display.get(target[1], "")
        outcome = RowOutcome(number, name, cid)
        if duplicate is not None and action == "create":
            other = duplicate.name if duplicate.source == "database" else _row_name(
                preview, duplicate.row)
            report.possible.append(_matched(outcome, duplicate, other, preview.region))
        elif duplicate is not None:
            outcome = _matched(outcome, duplicate, into, preview.region)
        getattr(report, {"create": "created", "update": "updated", "merge": "merged"}[action]
                ).append(outcome)
    undo.update(created=_ranges(ids), lookups=lookups.created)
    batch.created_count, batch.updated_count = len(report.created), len(report.updated)
    batch.merged_count, batch.skipped_count = len(report.merged), len(report.skipped)
    batch.report = json.dumps(undo, ensure_ascii=False, separators=(",", ":"), default=str)
    session.flush()
    report.batch_id = batch.id


def _lookups(session: Session, preview: ImportPreview, pendings: list[dict[str, Any]],
             existing: dict[int, list[Incoming]]) -> Lookups:
    rows = [*pendings, *(values for items in existing.values() for _, values, _origin in items)]
    return resolve_lookups(
        session,
        statuses=[str(p["status"]) for p in pendings if p.get("status")],
        owners=[str(v["owner"]) for v in rows if v.get("owner")],
        tags=[tag for v in rows for tag in v.get("tags") or []],
        labels=[label for v in rows for label in v.get("custom") or {}],
        known_statuses=preview.statuses, status_choices=preview.status_choices)


def _create(session: Session, pendings: list[dict[str, Any]], lookups: Lookups, batch_id: int,
            progress: Progress, cancelled: CancelCheck, total: int, *,
            actor_id: int | None) -> list[int]:
    """Insert the new customers and everything that hangs on them; returns their ids."""
    if not pendings:
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    next_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
    if has_fts(session):  # documents left by customers gone for good must not collide
        session.connection().exec_driver_sql(
            "DELETE FROM customer_search WHERE rowid >= ?", (next_id,))
    now = utc_now()
    ids: list[int] = []
    with (documents_in_bulk(session, len(pendings), indexed=next_id - 1),
          indexes_built_after(session, Customer.__table__, len(pendings)),
          indexes_built_after(session, Contact.__table__, len(pendings))):
        for start in range(0, len(pendings), CHUNK):
            check(cancelled)
            chunk = pendings[start:start + CHUNK]
            rows = [_customer_row(shape, lookups, batch_id, now) for shape in chunk]
            if sqlite:
                chunk_ids = list(range(next_id, next_id + len(rows)))
                next_id += len(rows)
                for cid, row in zip(chunk_ids, rows, strict=True):
                    row["id"] = cid
                insert_rows(session, Customer.__table__, rows)
            else:
                statement = insert(Customer.__table__).returning(
                    Customer.__table__.c.id, sort_by_parameter_order=True)
                chunk_ids = list(session.scalars(statement, rows))
            ids += chunk_ids
            add_documents(session, _children(session, chunk, chunk_ids, rows, lookups, now,
                                             actor_id=actor_id))
            progress(len(ids), total)
    return ids


def _children(session: Session, shapes: list[dict[str, Any]], ids: list[int],
              rows: list[dict[str, Any]], lookups: Lookups, now: Any, *,
              actor_id: int | None) -> list[tuple[int, str]]:
    """Insert the contacts, tags, custom values and status rows of new customers; returns
    the customers' search documents."""
    contacts, tags, custom, history, documents = [], [], [], [], []
    for cid, shape, row in zip(ids, shapes, rows, strict=True):
        own = [contact_row(cid, contact, position, now)
               for position, contact in enumerate(shape.get("contacts") or [])]
        contacts += own
        documents.append((cid, document_text(row, own)))
        for tag in dict.fromkeys(shape.get("tags") or []):
            tags.append({"customer_id": cid, "tag_id": lookups.tags[tag]})
        for label, text in (shape.get("custom") or {}).items():
            custom.append({"customer_id": cid, "field_id": lookups.fields[label], "value": text})
        history.append({"customer_id": cid, "from_status_id": None,
                        "to_status_id": row["status_id"], "changed_at": now,
                        "changed_by_id": actor_id})
    for table, values in ((Contact.__table__, contacts), (customer_tags, tags),
                          (CustomFieldValue.__table__, custom),
                          (StatusChange.__table__, history)):
        insert_rows(session, table, values)
    return documents


def _customer_row(shape: dict[str, Any], lookups: Lookups, batch_id: int,
                  now: Any) -> dict[str, Any]:
    name = str(shape["name"])[:200]
    keys = fitted(pinyin_keys(name), pinyin_max=_PINYIN_MAX, initials_max=_INITIALS_MAX)
    row: dict[str, Any] = {
        "kind": shape.get("kind") or "company", "name": name,
        "company": shape.get("company"), "industry": shape.get("industry"),
        "size": shape.get("size"), "region": shape.get("region"), "city": shape.get("city"),
        "address": shape.get("address"), "source": shape.get("source"),
        "phones": "; ".join(shape.get("phones") or []) or None,
        "emails": "; ".join(shape.get("emails") or []) or None,
        "wechat": shape.get("wechat"), "website": shape.get("website"),
        "birthday": shape.get("birthday"), "notes": shape.get("notes"),
        "marketing_consent": False,
        "status_id": lookups.statuses.get(str(shape.get("status")), lookups.default_status),
        "owner_id": lookups.staff.get(str(shape.get("owner"))) if shape.get("owner") else None,
        "import_batch_id": batch_id, "pinyin": keys.pinyin or None,
        "initials": keys.initials or None, "deleted_at": None, "version": 1,
        "created_at": now, "updated_at": now,
    }
    row["completeness"] = score_of(row, has_contact=bool(shape.get("contacts")))
    return row


def _row_name(preview: ImportPreview, number: int | None) -> str:
    return str(preview.row(number).values.get("name") or "") if number else ""


def _skipped(row: Any, name: str, region: str | None) -> RowOutcome:
    if row.blocked:
        return RowOutcome(row.number, name, detail="; ".join(
            p.message for p in row.problems if p.code == "missing_name"))
    if row.action == "skip":
        return RowOutcome(row.number, name, detail="skipped in the preview")
    duplicate = row.duplicate
    return _matched(RowOutcome(row.number, name, duplicate.customer_id), duplicate,
                    duplicate.name, region)


def _matched(outcome: RowOutcome, duplicate: DuplicateMatch, into: str,
             region: str | None) -> RowOutcome:
    """The outcome naming the customer the row went into (or duplicates) and the key."""
    return replace(outcome, target=into, key=duplicate.key, value=duplicate.value,
                   target_row=duplicate.row,
                   detail=match_sentence(duplicate, into, region or ""))


def _ranges(ids: list[int]) -> list[list[int]]:
    """[[first, last], ...] of consecutive ids: a 100k-customer import stays a short record."""
    ranges: list[list[int]] = []
    for cid in ids:
        if ranges and ranges[-1][1] + 1 == cid:
            ranges[-1][1] = cid
        else:
            ranges.append([cid, cid])
    return ranges

