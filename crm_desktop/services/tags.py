"""Tags: free labels on customers, created on first use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Tag, customer_tags, utc_now
from crm_desktop.services import audit, validation
from crm_desktop.services.changes import Changes
from crm_desktop.services.errors import NotFound, ValidationError

CHUNK = 500


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    color: str | None
    customer_count: int


def list_tags(session: Session) -> list[TagInfo]:
    """Every tag by name, with how many live customers carry it."""
    counts = (
        select(customer_tags.c.tag_id, func.count().label("n"))
        .join(Customer, Customer.id == customer_tags.c.customer_id)
        .where(Customer.deleted_at.is_(None))
        .group_by(customer_tags.c.tag_id)
        .subquery()
    )
    rows = session.execute(
        select(Tag, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.tag_id == Tag.id)
        .order_by(Tag.name)
    ).all()
    return [TagInfo(id=tag.id, name=tag.name, color=tag.color, customer_count=n)
            for tag, n in rows]


def clean_names(names: Sequence[str]) -> list[str]:
    """Trimmed tag names without blanks or repeats, in the order given."""
    found: list[str] = []
    for name in names:
        clean = validation.text(name, field="tags", max_length=60)
        if clean and clean not in found:
            found.append(clean)
    return found


def ensure_tags(session: Session, *, names: Sequence[str]) -> list[int]:
    """The ids of these tags (trimmed, blanks dropped), creating the missing ones."""
    wanted = clean_names(names)
    if not wanted:
        return []
    existing = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
    for name in wanted:
        if name not in existing:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            existing[name] = tag.id
    return [existing[name] for name in wanted]


def rename_tag(session: Session, *, id: int, name: str) -> TagInfo:
    tag = _load(session, id)
    clean = validation.required_text(name, field="name", max_length=60)
    clash = session.scalar(select(Tag.id).where(Tag.name == clean, Tag.id != id))
    if clash is not None:
        raise ValidationError("duplicate_name", f"There is already a tag “{clean}”.",
                              field="name", value=clean, what="tag")
    tag.name = clean
    session.flush()
    return _info(session, tag)


def recolour_tag(session: Session, *, id: int, color: str | None) -> TagInfo:
    tag = _load(session, id)
    tag.color = None if color is None else validation.colour(color)
    session.flush()
    return _info(session, tag)


def delete_tag(session: Session, *, id: int, actor_id: int | None = None) -> Changes:
    """Remove a tag from every customer and delete it."""
    tag = _load(session, id)
    ids = tuple(session.scalars(
        select(customer_tags.c.customer_id).where(customer_tags.c.tag_id == id)
    ))
    audit.record_many(session, [
        {"entity": "customer", "entity_id": cid, "action": "update", "field": "tags",
         "old_value": tag.name, "new_value": None, "staff_id": actor_id} for cid in ids
    ])
    session.execute(delete(customer_tags).where(customer_tags.c.tag_id == id))
    session.delete(tag)
    session.flush()
    return Changes(customer_ids=ids, lists=frozenset({"tags"}))


def add_tag(session: Session, *, customer_ids: Sequence[int], name: str,
            actor_id: int | None = None) -> Changes:
    """Put tag ``name`` on these customers; ``Changes`` names those that did not have it."""
    (tag_id,) = ensure_tags(session, names=[validation.required_text(
        name, field="tag", max_length=60)])
    ids = _existing_ids(session, customer_ids)
    having = _having(session, tag_id, ids)
    added = tuple(cid for cid in ids if cid not in having)
    if added:
        session.execute(insert(customer_tags),
                        [{"customer_id": cid, "tag_id": tag_id} for cid in added])
        _touch(session, added, name, added_tag=True, actor_id=actor_id)
    return Changes(customer_ids=added, lists=frozenset({"tags"}))


def remove_tag(session: Session, *, customer_ids: Sequence[int], name: str,
               actor_id: int | None = None) -> Changes:
    """Take tag ``name`` off these customers; ``Changes`` names those that had it."""
    tag_id = session.scalar(select(Tag.id).where(Tag.name == (name or "").strip()))
    if tag_id is None:
        return Changes()
    having = _having(session, tag_id, _existing_ids(session, customer_ids))
    removed = tuple(sorted(having))
    for start in range(0, len(removed), CHUNK):
        chunk = removed[start:start + CHUNK]
        session.execute(delete(customer_tags).where(
            customer_tags.c.tag_id == tag_id, customer_tags.c.customer_id.in_(chunk)))
    if removed:
        _touch(session, removed, name.strip(), added_tag=False, actor_id=actor_id)
    return Changes(customer_ids=removed, lists=frozenset({"tags"}))


def _touch(session: Session, ids: Sequence[int], name: str, *, added_tag: bool,
           actor_id: int | None) -> None:
    """Bump version and updated time of changed customers and write their audit rows."""
    now = utc_now()
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        session.execute(
            update(Customer).where(Customer.id.in_(chunk))
            .values(updated_at=now, version=Customer.version + 1)
            .execution_options(synchronize_session=False)
        )
    audit.record_many(session, [
        {"entity": "customer", "entity_id": cid, "action": "update", "field": "tags",
         "old_value": None if added_tag else name, "new_value": name if added_tag else None,
         "staff_id": actor_id}
        for cid in ids
    ])
    session.expire_all()


def _existing_ids(session: Session, ids: Sequence[int]) -> list[int]:
    wanted = sorted({int(i) for i in ids})
    found: list[int] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        found.extend(session.scalars(select(Customer.id).where(Customer.id.in_(chunk))))
    return sorted(found)


def _having(session: Session, tag_id: int, ids: Sequence[int]) -> set[int]:
    having: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        having.update(session.scalars(select(customer_tags.c.customer_id).where(
            customer_tags.c.tag_id == tag_id, customer_tags.c.customer_id.in_(chunk))))
    return having


def _load(session: Session, id: int) -> Tag:
    tag = session.get(Tag, id)
    if tag is None:
        raise NotFound("tag_not_found", f"There is no tag with id {id}.", id=id)
    return tag


def _info(session: Session, tag: Tag) -> TagInfo:
    return next(info for info in list_tags(session) if info.id == tag.id)
