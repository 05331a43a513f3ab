"""Updating and merging rows into customers already in the database, keeping what undo needs.

The customers concerned are read in chunks (their fields, contacts, tags and custom values),
each row is folded in (``combine.fold``), and only what changed is written: one
``executemany`` UPDATE for the customers, inserts for the new contacts, tags and custom
values. The old value of every changed column is returned for the import's undo record.

The UPDATE is guarded by the ``version`` read when the preview was made (``KeyIndex.versions``):
if someone saved one of these customers in between, the import stops with ``import_stale``
and everything rolls back, rather than silently writing over their edit. Every changed
column gets an audit row, as an edit in the form would.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Contact,
    Customer,
    CustomFieldDefinition,
    CustomFieldValue,
    Staff,
    Status,
    Tag,
    customer_tags,
    utc_now,
)
from crm_desktop.services import audit
from crm_desktop.services.errors import DomainError
from crm_desktop.services.importing.combine import (
    STORED,
    Conflict,
    Origin,
    contact_row,
    fold,
    score_of,
)
from crm_desktop.services.importing.keys import status_key
from crm_desktop.services.importing.lookups import Lookups
from crm_desktop.services.importing.sqlbulk import insert_rows
from crm_desktop.services.progress import CancelCheck, check, never_cancelled

#: The customer columns an import may fill in.
COLUMNS = ("company", "industry", "size", "region", "city", "address", "source", "wechat",
           "website", "birthday", "notes", "owner_id", "phones", "emails")
CHUNK = 500
#: What a row brings to a customer: "update" or "merge", its values, where it comes from.
Incoming = tuple[str, dict[str, Any], Origin]


def apply_to_existing(session: Session, existing: dict[int, list[Incoming]],
                      lookups: Lookups, *, versions: dict[int, int] | None = None,
                      cancelled: CancelCheck = never_cancelled,
                      actor_id: int | None = None,
                      conflicts: list[Conflict] | None = None) -> dict[str, Any]:
    """Fold the rows into their customers; returns the undo record (see ``history``).

    Values that differ from a customer's are kept in its notes and appended to
    ``conflicts`` (see ``combine``).

    ``versions`` maps customer ids to the version the preview saw; a customer whose version
    has moved on since raises ``import_stale`` (a customer missing from it is checked
    against the version read here, which still guards the write itself).
    """
    undo: dict[str, Any] = {"updated": {}, "contacts": [], "tags": [], "custom": []}
    ids = sorted(existing)
    for start in range(0, len(ids), CHUNK):
        check(cancelled)
        _apply_chunk(session, ids[start:start + CHUNK], existing, lookups, undo,
                     versions or {}, actor_id=actor_id,
                     conflicts=conflicts if conflicts is not None else [])
    return undo


class StaleImport(DomainError):
    """A customer the import updates was saved by someone else after the preview."""

    def __init__(self, cid: int, name: str) -> None:
        super().__init__(
            "import_stale",
            f"Customer “{name}” was changed by someone else while you were importing; "
            "run the import again.", id=cid, name=name)


def _read_bases(session: Session, ids: list[int]) -> tuple[dict[int, dict[str, Any]],
                                                          dict[int, dict[str, Any]]]:
    """The customers as stored (``olds``) and in the shape rows are folded into (``bases``:
    fields, status and its spellings, contacts marked as stored, tags, custom values)."""
    table = Customer.__table__
    bases: dict[int, dict[str, Any]] = {}
    olds: dict[int, dict[str, Any]] = {}
    query = select(table, Staff.name.label("owner_name"), Status.name.label("status_name"),
                   Status.name_en.label("status_en"), Status.code.label("status_code")
                   ).outerjoin(Staff, Staff.id == table.c.owner_id).join(
        Status, Status.id == table.c.status_id).where(table.c.id.in_(ids))
    for row in session.execute(query).mappings():
        old = dict(row)
        olds[row["id"]] = old
        spellings = {status_key(text) for text in (old["status_name"], old["status_en"],
                                                   old["status_code"]) if text}
        bases[row["id"]] = {
            **{key: old[key] for key in COLUMNS if key not in ("phones", "emails", "owner_id")},
            "name": old["name"], "kind": old["kind"], "owner": old["owner_name"],
            "status": old["status_name"], "status_spellings": spellings,
            "phones": _split(old["phones"]), "emails": _split(old["emails"]),
            "tags": [], "custom": {}, "contacts": [],
        }
    for cid, *fields in session.execute(
            select(Contact.customer_id, Contact.name, Contact.title, Contact.mobile,
                   Contact.phone, Contact.email, Contact.wechat)
            .where(Contact.customer_id.in_(ids)).order_by(Contact.position)):
        keys = ("name", "title", "mobile", "phone", "email", "wechat")
        bases[cid]["contacts"].append({**dict(zip(keys, fields, strict=True)), STORED: True})
    for cid, tag in session.execute(select(customer_tags.c.customer_id, Tag.name).join(
            Tag, Tag.id == customer_tags.c.tag_id).where(customer_tags.c.customer_id.in_(ids))):
        bases[cid]["tags"].append(tag)
    for cid, label, value in session.execute(
            select(CustomFieldValue.customer_id, CustomFieldDefinition.label,
                   CustomFieldValue.value)
            .join(CustomFieldDefinition).where(CustomFieldValue.customer_id.in_(ids))):
        bases[cid]["custom"][label] = value
    return bases, olds


def _apply_chunk(session: Session, ids: list[int], existing: dict[int, list[Incoming]],
                 lookups: Lookups, undo: dict[str, Any], versions: dict[int, int], *,
                 actor_id: int | None, conflicts: list[Conflict]) -> None:
    bases, olds = _read_bases(session, ids)
    now = utc_now()
    updates: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    new_contacts: list[dict[str, Any]] = []
    for cid in ids:
        base, old = bases.get(cid), olds.get(cid)
        if base is None or old is None:
            continue  # deleted since the preview was made
        if old["version"] != versions.get(cid, old["version"]):
            raise StaleImport(cid, old["name"])
        contacts_before = len(base["contacts"])
        tags_before, custom_before = set(base["tags"]), set(base["custom"])
        changed = False
        for mode, values, origin in existing[cid]:
            folded, kept = fold(base, values, append=mode == "merge", origin=origin)
            changed = folded or changed
            conflicts += kept
        if not changed:
            continue
        new = {key: base.get(key) for key in COLUMNS if key not in ("phones", "emails",
                                                                     "owner_id")}
        new["phones"] = "; ".join(base["phones"]) or None
        new["emails"] = "; ".join(base["emails"]) or None
        new["owner_id"] = (old["owner_id"] if old["owner_id"] is not None
                           else lookups.staff.get(str(base["owner"])) if base["owner"] else None)
        diff = [key for key in COLUMNS if new[key] != old[key]]
        for position, contact in enumerate(base["contacts"][contacts_before:],
                                           start=contacts_before):
            new_contacts.append(contact_row(cid, contact, position, now))
        for tag in base["tags"]:
            if tag not in tags_before:
                undo["tags"].append([cid, lookups.tags[tag]])
                session.execute(insert(customer_tags).values(customer_id=cid,
                                                             tag_id=lookups.tags[tag]))
        for label, text in base["custom"].items():
            if label not in custom_before:
                fid = lookups.fields[label]
                undo["custom"].append([cid, fid])
                session.execute(insert(CustomFieldValue.__table__).values(
                    customer_id=cid, field_id=fid, value=text))
        merged = {**old, **new}
        score = score_of(merged, has_contact=bool(base["contacts"]))
        undo["updated"][str(cid)] = {
            "old": {key: old[key] for key in diff} | {"completeness": old["completeness"],
                                                      "updated_at": old["updated_at"]},
            "new": {key: new[key] for key in diff},
            "version": old["version"] + 1,
        }
        audits += audit.diff_rows("customer", cid, {key: old[key] for key in diff},
                                  {key: new[key] for key in diff}, staff_id=actor_id)
        updates.append({"b_id": cid, **{f"b_{key}": new[key] for key in COLUMNS},
                        "b_completeness": score, "b_version": old["version"] + 1,
                        "b_old_version": old["version"], "b_name": old["name"],
                        "b_updated_at": now})
    if updates:
        _write(session, updates)
    audit.record_many(session, audits)
    if new_contacts:
        undo["contacts"] += _insert_contacts(session, new_contacts)


def _write(session: Session, updates: list[dict[str, Any]]) -> None:
    """One UPDATE per customer, each only where the version is still the one read; a row
    that no longer matches was saved by someone else in between: ``import_stale``."""
    table = Customer.__table__
    statement = update(table).where(
        table.c.id == bindparam("b_id"), table.c.version == bindparam("b_old_version"),
    ).values({key: bindparam(f"b_{key}") for key in (*COLUMNS, "completeness", "version",
                                                      "updated_at")})
    if session.get_bind().dialect.supports_sane_multi_rowcount:
        if session.execute(statement, updates).rowcount == len(updates):
            return
        raise _first_stale(session, updates)
    for row in updates:
        if session.execute(statement, row).rowcount != 1:
            raise StaleImport(row["b_id"], row["b_name"])


def _first_stale(session: Session, updates: list[dict[str, Any]]) -> StaleImport:
    """Name the customer the batched UPDATE missed (the import is about to roll back)."""
    table = Customer.__table__
    written = {row["b_id"]: (row["b_version"], row["b_updated_at"]) for row in updates}
    for cid, version, updated_at in session.execute(select(
            table.c.id, table.c.version, table.c.updated_at).where(table.c.id.in_(written))):
        if (version, updated_at) != written[cid]:
            row = next(row for row in updates if row["b_id"] == cid)
            return StaleImport(cid, row["b_name"])
    row = updates[0]  # every row matched after all; should not happen
    return StaleImport(row["b_id"], row["b_name"])


def _insert_contacts(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    table = Contact.__table__
    if session.get_bind().dialect.name == "sqlite":
        next_id = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        for offset, row in enumerate(rows):
            row["id"] = next_id + offset
        insert_rows(session, table, rows)
        return [row["id"] for row in rows]
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]
