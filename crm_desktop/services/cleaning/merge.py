"""Merging duplicate customers into one, field by field, and undoing it exactly (合并).

``merge_proposal`` lists, for every field, the values the customers of a group hold and the
one kept by default. ``merge_customers`` writes the chosen values onto the survivor, moves
every record of the others to it (contacts, tags, custom values, status history,
interactions, tasks, deals, orders, payments, tickets, campaign members and responses,
attachments, their audit history) and puts them in the trash, empty; it returns a
``MergeRecord`` of every row as it was, from which ``unmerge`` puts everything back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    AuditEntry,
    Base,
    Contact,
    Customer,
    CustomFieldValue,
    Staff,
    Status,
    StatusChange,
    utc_now,
)
from crm_desktop.services import audit, custom_fields, statuses
from crm_desktop.services.changes import Changes
from crm_desktop.services.cleaning import related as rel
from crm_desktop.services.completeness import completeness_score
from crm_desktop.services.customer_store import AUDITED_COLUMNS, NOTES_MAX, customer_keys
from crm_desktop.services.customers import ENTITY, split_list
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.search_index import reindex_customers

#: Fields whose values are lists: kept together by default, nothing is dropped.
LIST_FIELDS = ("phones", "emails")
CUSTOM = "custom:"


@dataclass(frozen=True)
class Option:
    """One value a field may keep: as stored, as shown, and who holds it."""

    value: Any
    text: str
    holders: tuple[int, ...]


@dataclass(frozen=True)
class FieldChoice:
    """A field (a column name, or ``custom:<id>``) whose members' values differ."""

    field: str
    label: str  # a custom field's own label; "" for a column (the view names those)
    options: tuple[Option, ...]
    default: Any


@dataclass(frozen=True)
class MergeProposal:
    ids: tuple[int, ...]
    names: dict[int, str]
    survivor_id: int
    fields: tuple[FieldChoice, ...]  # only the fields where the members differ

    def defaults(self) -> dict[str, Any]:
        return {choice.field: choice.default for choice in self.fields}


@dataclass
class MergeRecord:
    """Every row a merge touched, as it was before, for an exact undo."""

    survivor_id: int
    loser_ids: tuple[int, ...]
    values: dict[str, Any]
    customers: dict[int, rel.Row] = field(default_factory=dict)
    records: dict[str, list[rel.Row]] = field(default_factory=dict)
    links: dict[str, list[rel.Row]] = field(default_factory=dict)
    audit_ids: dict[int, list[int]] = field(default_factory=dict)
    status_rows: list[int] = field(default_factory=list)
    versions: dict[int, int] = field(default_factory=dict)


def merge_proposal(session: Session, *, ids: Sequence[int],
                   survivor_id: int | None = None) -> MergeProposal:
    """What merging these customers would keep; the survivor is the most complete one
    (then the oldest) unless named."""
    rows = _live_rows(session, ids)
    ordered = sorted(rows.values(), key=lambda r: (-r["completeness"], r["id"]))
    survivor = survivor_id if survivor_id is not None else ordered[0]["id"]
    if survivor not in rows:
        raise ValidationError("merge_survivor", "The customer kept must be one of the group.")
    order = [survivor, *(r["id"] for r in ordered if r["id"] != survivor)]
    statuses_by_id = dict(session.execute(select(Status.id, Status.name)).tuples().all())
    staff = dict(session.execute(select(Staff.id, Staff.name)).tuples().all())
    fields: list[FieldChoice] = []
    for name in AUDITED_COLUMNS:
        values = [(cid, rows[cid][name]) for cid in order]
        shown = {"status_id": statuses_by_id, "owner_id": staff}.get(name)
        choice = _choice(name, "", values, shown)
        if choice is not None:
            fields.append(choice)
    definitions = custom_fields.fields_by_id(session)
    custom: dict[int, dict[int, str]] = {}
    for cid, field_id, value in session.execute(
            select(CustomFieldValue.customer_id, CustomFieldValue.field_id,
                   CustomFieldValue.value).where(CustomFieldValue.customer_id.in_(order))):
        custom.setdefault(field_id, {})[cid] = value
    for field_id in sorted(custom):
        label = definitions[field_id].label if field_id in definitions else str(field_id)
        values = [(cid, custom[field_id].get(cid)) for cid in order]
        choice = _choice(f"{CUSTOM}{field_id}", label, values, None)
        if choice is not None:
            fields.append(choice)
    return MergeProposal(ids=tuple(order), names={cid: rows[cid]["name"] for cid in order},
                         survivor_id=survivor, fields=tuple(fields))


def _choice(name: str, label: str, values: list[tuple[int, Any]],
            shown: Mapping[Any, str] | None) -> FieldChoice | None:
    options: dict[Any, list[int]] = {}
    for cid, value in values:
        if value is not None and value != "":
            options.setdefault(value, []).append(cid)
    if not options:
        return None
    if len(options) == 1 and all(v is not None and v != "" for _, v in values):
        return None  # every member holds the same value
    items = [Option(value, _text(value, shown), tuple(holders))
             for value, holders in options.items()]
    default = items[0].value  # the survivor's, else the next most complete member's
    if name in LIST_FIELDS and len(items) > 1:
        combined = "; ".join(dict.fromkeys(part for item in items
                                           for part in split_list(item.value)))
        items.append(Option(combined, combined, ()))
        default = combined
    elif name == "notes" and len(items) > 1:
        combined = "\n\n".join(item.value for item in items)
        items.append(Option(combined, combined, ()))
        default = combined
    return FieldChoice(name, label, tuple(items), default)


def _text(value: Any, shown: Mapping[Any, str] | None) -> str:
    if shown is not None:
        return shown.get(value, str(value))
    return audit.as_text(value) or ""


def _live_rows(session: Session, ids: Sequence[int]) -> dict[int, rel.Row]:
    wanted = sorted({int(i) for i in ids})
    if len(wanted) < 2:
        raise ValidationError("merge_too_few", "Choose at least two customers to merge.")
    rows = rel.customer_rows(session, wanted)
    missing = [cid for cid in wanted if cid not in rows or rows[cid]["deleted_at"] is not None]
    if missing:
        raise ValidationError("merge_gone", "A customer of this group was deleted or merged "
                              "meanwhile; look for duplicates again.", ids=missing)
    return rows


def merge_customers(session: Session, *, survivor_id: int, loser_ids: Sequence[int],
                    values: Mapping[str, Any] | None = None,
                    actor_id: int | None = None) -> tuple[Changes, MergeRecord]:
    """Make the losers one with the survivor. ``values`` maps a field (as in
    ``FieldChoice.field``) to the value the survivor keeps; fields not named take the
    proposal's default (the survivor's value, a blank filled from another member, lists
    and notes combined). Returns what changed and the record ``unmerge`` needs."""
    losers = tuple(sorted({int(i) for i in loser_ids} - {survivor_id}))
    group = (survivor_id, *losers)
    rows = _live_rows(session, group)
    proposal = merge_proposal(session, ids=group, survivor_id=survivor_id)
    chosen = {**proposal.defaults(), **(values or {})}
    record = MergeRecord(survivor_id, losers, dict(values or {}), customers=rows)
    for related in rel.related_tables():
        name = related.table.name
        if related.link:
            record.links[name] = rel.rows_of(session, related, group)
        else:
            record.records[name] = rel.rows_of(session, related, losers)
    record.audit_ids = {
        loser: list(session.scalars(select(AuditEntry.id).where(
            AuditEntry.entity == ENTITY, AuditEntry.entity_id == loser)))
        for loser in losers}
    _move(session, record)
    new = _survivor_values(session, rows[survivor_id], chosen)
    before_status = rows[survivor_id]["status_id"]
    known_history = set(session.scalars(select(StatusChange.id).where(
        StatusChange.customer_id == survivor_id)))
    now = utc_now()
    session.execute(update(Customer).where(Customer.id == survivor_id)
                    .values(**new, updated_at=now, version=Customer.version + 1)
                    .execution_options(synchronize_session=False))
    statuses.record_changes(session, [(survivor_id, before_status, new["status_id"])],
                            at=now, actor_id=actor_id)
    record.status_rows = sorted(set(session.scalars(select(StatusChange.id).where(
        StatusChange.customer_id == survivor_id))) - known_history)
    session.execute(update(Customer).where(Customer.id.in_(losers))
                    .values(deleted_at=now, updated_at=now, version=Customer.version + 1)
                    .execution_options(synchronize_session=False))
    _write_custom(session, survivor_id, chosen)
    after = rel.customer_rows(session, group)
    record.versions = {cid: row["version"] for cid, row in after.items()}
    _audit_merge(session, record, after, actor_id)
    reindex_customers(session, group)
    session.expire_all()
    return Changes(customer_ids=group, lists=frozenset({"tags"})), record


def _move(session: Session, record: MergeRecord) -> None:
    survivor, losers = record.survivor_id, record.loser_ids
    positions = session.scalar(select(Contact.position).where(
        Contact.customer_id == survivor).order_by(Contact.position.desc()).limit(1))
    next_position = (positions if positions is not None else -1) + 1
    has_primary = session.scalar(select(Contact.id).where(
        Contact.customer_id == survivor, Contact.is_primary).limit(1)) is not None
    for related in rel.related_tables():
        if related.link:
            rel.move_links(session, related, survivor=survivor, losers=losers)
        else:
            rel.move_records(session, related, survivor=survivor, losers=losers)
    moved = sorted(record.records.get("contacts", []),
                   key=lambda r: (losers.index(r["customer_id"]), r["position"], r["id"]))
    for offset, contact in enumerate(moved):
        # The survivor's primary contact stays the one primary; without one, the first
        # moved primary becomes it.
        primary = bool(contact["is_primary"]) and not has_primary
        has_primary = has_primary or primary
        session.execute(update(Contact).where(Contact.id == contact["id"])
                        .values(is_primary=primary, position=next_position + offset)
                        .execution_options(synchronize_session=False))
    for ids in record.audit_ids.values():  # the history goes with the records
        _move_audit(session, ids, survivor)


def _move_audit(session: Session, ids: Sequence[int], customer_id: int) -> None:
    for start in range(0, len(ids), rel.CHUNK):
        session.execute(update(AuditEntry).where(AuditEntry.id.in_(ids[start:start + rel.CHUNK]))
                        .values(entity_id=customer_id)
                        .execution_options(synchronize_session=False))


def _survivor_values(session: Session, current: rel.Row, chosen: Mapping[str, Any],
                     ) -> dict[str, Any]:
    values = {name: chosen.get(name, current[name]) for name in AUDITED_COLUMNS}
    if not str(values["name"] or "").strip():
        raise ValidationError("required", "The name cannot be empty.", field="name")
    overflow = []
    for name, limit in (("phones", 200), ("emails", 300)):
        items = split_list(values[name])
        kept: list[str] = []
        for item in items:
            if len("; ".join([*kept, item])) <= limit:
                kept.append(item)
            else:
                overflow.append(item)
        values[name] = "; ".join(kept) or None
    if overflow:  # nothing is dropped: what does not fit the column goes to the notes
        values["notes"] = "\n".join(filter(None, [values["notes"], "; ".join(overflow)]))
    if values["notes"] and len(values["notes"]) > NOTES_MAX:
        raise ValidationError("too_long", "The notes are too long.", field="notes",
                              max_length=NOTES_MAX)
    contacts = list(session.execute(select(Contact.name).where(
        Contact.customer_id == current["id"])).scalars())
    keys = customer_keys(" ".join([values["name"], values["company"] or "", *contacts]))
    values["pinyin"] = keys.pinyin or None
    values["initials"] = keys.initials or None
    values["completeness"] = completeness_score({**values, "has_contact": bool(contacts)})
    return values


def _write_custom(session: Session, survivor: int, chosen: Mapping[str, Any]) -> None:
    table = Base.metadata.tables["custom_field_values"]
    for name, value in chosen.items():
        if not name.startswith(CUSTOM):
            continue
        field_id = int(name[len(CUSTOM):])
        session.execute(table.delete().where(table.c.customer_id == survivor,
                                             table.c.field_id == field_id))
        if value is not None and value != "":
            session.execute(table.insert().values(customer_id=survivor, field_id=field_id,
                                                  value=str(value)))


def _audit_merge(session: Session, record: MergeRecord, after: Mapping[int, rel.Row],
                 actor_id: int | None) -> None:
    survivor = record.survivor_id
    names = {cid: row["name"] for cid, row in record.customers.items()}
    old = _audited(session, record.customers[survivor])
    new = _audited(session, after[survivor])
    rows: list[dict[str, Any]] = [{
        "entity": ENTITY, "entity_id": survivor, "action": "merge",
        "old_value": [names[cid] for cid in record.loser_ids], "new_value": names[survivor],
        "staff_id": actor_id}]
    rows += audit.diff_rows(ENTITY, survivor, old, new, staff_id=actor_id)
    for loser in record.loser_ids:
        rows.append({"entity": ENTITY, "entity_id": loser, "action": "merge",
                     "field": "merged_into", "new_value": f"{names[survivor]} #{survivor}",
                     "staff_id": actor_id})
        rows.append({"entity": ENTITY, "entity_id": loser, "action": "trash",
                     "staff_id": actor_id})
    audit.record_many(session, rows)


def _audited(session: Session, row: rel.Row) -> dict[str, Any]:
    """The audited values as the history writes them: status and owner by name."""
    values = {name: row[name] for name in AUDITED_COLUMNS}
    status_id, owner_id = values.pop("status_id"), values.pop("owner_id")
    values["status"] = session.scalar(select(Status.name).where(Status.id == status_id))
    values["owner"] = session.scalar(select(Staff.name).where(Staff.id == owner_id)) \
        if owner_id is not None else None
    return values


def unmerge(session: Session, record: MergeRecord, *, actor_id: int | None = None) -> Changes:
    """Put every row the merge touched back as it was. Refused (``stale_version``) when a
    customer of the group was edited after the merge: that edit would be lost."""
    group = (record.survivor_id, *record.loser_ids)
    current = rel.customer_rows(session, group)
    changed = [cid for cid in group
               if cid not in current or current[cid]["version"] != record.versions.get(cid)]
    if changed:
        name = record.customers[record.survivor_id]["name"]
        raise ValidationError(
            "stale_version", f"“{name}” was changed after the merge, so the merge can no "
            "longer be undone exactly.", what="merge", id=record.survivor_id, name=name)
    table = Base.metadata.tables["customers"]
    rel.write_back(session, table, [
        {**row, "version": current[cid]["version"] + 1}
        for cid, row in record.customers.items()])
    by_name = {related.table.name: related for related in rel.related_tables()}
    for name, rows in record.records.items():
        rel.write_back(session, by_name[name].table, rows)
    for name, rows in record.links.items():
        rel.replace_links(session, by_name[name], group, rows)
    if record.status_rows:
        session.execute(StatusChange.__table__.delete().where(
            StatusChange.id.in_(record.status_rows)))
    for loser, ids in record.audit_ids.items():
        _move_audit(session, ids, loser)
    audit.record_many(session, [
        {"entity": ENTITY, "entity_id": cid, "action": "unmerge", "staff_id": actor_id}
        for cid in group])
    reindex_customers(session, group)
    session.expire_all()
    return Changes(customer_ids=group, lists=frozenset({"tags"}))
