"""The lists an import may add to: statuses, staff (owners), tags and custom fields.

Each resolver maps the texts of the file to ids with one query, creates what is missing,
and remembers what it created so that undoing the import can remove it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import CustomFieldDefinition, Staff, Status, Tag, utc_now
from crm_desktop.services.importing.preview import status_key


@dataclass
class Lookups:
    """Text → id for the four lists, and the ids this import created in each."""

    statuses: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)
    fields: dict[str, int] = field(default_factory=dict)
    created: dict[str, list[int]] = field(default_factory=lambda: {
        "statuses": [], "staff": [], "tags": [], "custom_fields": []})
    default_status: int = 0


def resolve_lookups(session: Session, *, statuses: Iterable[str], owners: Iterable[str],
                    tags: Iterable[str], labels: Iterable[str], known_statuses: Mapping[str, int],
                    status_choices: Mapping[str, int | None]) -> Lookups:
    lookups = Lookups()
    lookups.default_status = session.scalar(
        select(Status.id).order_by(Status.active.desc(), Status.position, Status.id).limit(1)
    ) or 0
    _statuses(session, lookups, set(statuses), known_statuses, status_choices)
    _by_name(session, lookups.staff, lookups.created["staff"], Staff.__table__, Staff.name,
             set(owners), now=True)
    _by_name(session, lookups.tags, lookups.created["tags"], Tag.__table__, Tag.name, set(tags))
    _fields(session, lookups, set(labels))
    return lookups


def _statuses(session: Session, lookups: Lookups, texts: set[str], known: Mapping[str, int],
              choices: Mapping[str, int | None]) -> None:
    position = session.scalar(select(func.coalesce(func.max(Status.position), 0))) or 0
    for text in sorted(texts):
        key = status_key(text)
        if key in known:
            lookups.statuses[text] = known[key]
            continue
        chosen = choices.get(key)
        if chosen is not None:
            lookups.statuses[text] = chosen
            continue
        same = next((sid for other, sid in lookups.statuses.items()
                     if status_key(other) == key), None)
        if same is None:
            position += 1
            same = session.execute(insert(Status.__table__).values(
                name=text[:60], name_en=None, color="#9e9e9e", position=position, active=True,
            )).inserted_primary_key[0]
            lookups.created["statuses"].append(same)
        lookups.statuses[text] = same


def _by_name(session: Session, found: dict[str, int], created: list[int], table: object,
             column: object, names: set[str], *, now: bool = False) -> None:
    names = {name for name in names if name}
    if not names:
        return
    ordered = sorted(names)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        for row_id, name in session.execute(select(table.c.id, column).where(  # type: ignore
                column.in_(chunk))):  # type: ignore[attr-defined]
            found[name] = row_id
    for name in ordered:
        if name in found:
            continue
        values: dict[str, object] = {"name": name}
        if now:
            values.update(created_at=utc_now(), updated_at=utc_now(), active=True)
        row_id = session.execute(insert(table).values(**values)).inserted_primary_key[0]  # type: ignore
        found[name] = row_id
        created.append(row_id)


def _fields(session: Session, lookups: Lookups, labels: set[str]) -> None:
    if not labels:
        return
    existing = {label.casefold(): fid for fid, label in session.execute(
        select(CustomFieldDefinition.id, CustomFieldDefinition.label))}
    position = session.scalar(select(func.coalesce(func.max(CustomFieldDefinition.position),
                                                   0))) or 0
    for label in sorted(labels):
        fid = existing.get(label.casefold())
        if fid is None:
            position += 1
            fid = session.execute(insert(CustomFieldDefinition.__table__).values(
                label=label, kind="text", choices=None, position=position, active=True,
            )).inserted_primary_key[0]
            existing[label.casefold()] = fid
            lookups.created["custom_fields"].append(fid)
        lookups.fields[label] = fid
