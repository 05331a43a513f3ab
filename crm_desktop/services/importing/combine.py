"""Folding one row's values into a customer's: "update" fills only what is empty, "merge"
also adds the new phones, emails, tags and contacts. Used for rows that repeat an earlier
row of the file and for rows that match a customer already in the database."""

from __future__ import annotations

from typing import Any

from crm_desktop.services.completeness import completeness_score

SCALARS = ("company", "industry", "size", "region", "city", "address", "source", "wechat",
           "website", "birthday", "notes", "owner")
LISTS = ("phones", "emails", "tags")


def as_customer(values: dict[str, Any]) -> dict[str, Any]:
    """A row's values in the shape of a customer: ``contacts`` is a list."""
    shaped = {key: value for key, value in values.items() if key != "contact"}
    contact = values.get("contact")
    shaped["contacts"] = [dict(contact)] if contact else []
    for key in LISTS:
        shaped[key] = list(values.get(key) or [])
    shaped["custom"] = dict(values.get("custom") or {})
    return shaped


def fold(base: dict[str, Any], values: dict[str, Any], *, append: bool) -> bool:
    """Fold a row's ``values`` into ``base`` (a customer's shape); True when it changed."""
    changed = False
    for key in SCALARS:
        new = values.get(key)
        if new not in (None, "") and base.get(key) in (None, ""):
            base[key] = new
            changed = True
    if not base.get("status") and values.get("status"):
        base["status"] = values["status"]
        changed = True
    for key in LISTS:
        items = base.setdefault(key, [])
        new_items = [item for item in values.get(key) or [] if item not in items]
        if new_items and (append or not items):
            items.extend(new_items)
            changed = True
    custom = base.setdefault("custom", {})
    for label, text in (values.get("custom") or {}).items():
        if not custom.get(label):
            custom[label] = text
            changed = True
    contact = values.get("contact")
    contacts = base.setdefault("contacts", [])
    if contact and (append or not contacts) and not any(_same(contact, c) for c in contacts):
        contacts.append(dict(contact))
        changed = True
    return changed


def _same(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """The same person: same name, or the same mobile or email."""
    if one.get("name") and one.get("name") == other.get("name"):
        return True
    return any(one.get(key) and one.get(key) == other.get(key) for key in ("mobile", "email"))


def contact_row(cid: int, contact: dict[str, Any], position: int, now: Any) -> dict[str, Any]:
    return {"customer_id": cid, "name": str(contact.get("name"))[:100],
            "title": contact.get("title"), "mobile": contact.get("mobile"),
            "phone": contact.get("phone"), "email": contact.get("email"),
            "wechat": contact.get("wechat"), "notes": None, "is_primary": position == 0,
            "position": position, "created_at": now, "updated_at": now}


def score_of(row: dict[str, Any], *, has_contact: bool) -> int:
    return completeness_score({**row, "has_contact": has_contact})
