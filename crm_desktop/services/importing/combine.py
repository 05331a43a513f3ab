"""Folding one row's values into a customer's, dropping nothing.

"update" fills only what is empty; "merge" also adds the row's new phones, emails, tags and
contacts. Whatever cannot be placed that way (an address that differs from the kept one, a
second birthday, an extra phone under "update") is kept in the customer's notes, one line
per row naming the file and row ("客户名单.xlsx #12: 地址 = 深圳坂田"), and listed as a
``Conflict`` for the report: after an import every value of the file is in the database.
Used for rows that repeat an earlier row of the file and for rows that match a customer
already in the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crm_desktop.services.completeness import completeness_score
from crm_desktop.services.importing.keys import person_key, status_key

SCALARS = ("company", "industry", "size", "region", "city", "address", "source", "wechat",
           "website", "birthday", "owner")
LISTS = ("phones", "emails", "tags")
CONTACT_FIELDS = ("title", "mobile", "phone", "email", "wechat")
#: The column targets that feed a value (to name it as the user's sheet does).
_TARGETS = {"phones": ("phone", "contact_mobile", "contact_phone"),
            "emails": ("email", "contact_email"), "mobile": ("contact_mobile", "phone"),
            "phone": ("contact_phone", "phone"), "email": ("contact_email", "email"),
            "title": ("contact_title",), "wechat": ("contact_wechat", "wechat"),
            "name": ("name", "company"), "contact": ("contact_name",)}
#: Marks a contact read from the database: its fields are not rewritten by an import.
STORED = "_stored"


@dataclass(frozen=True)
class Conflict:
    """A value of a row that differs from the customer's and was kept in its notes."""

    row: int
    column: str
    kept: str
    incoming: str


@dataclass
class Origin:
    """Where a row comes from: the file, the row number, and the header of each target."""

    file_name: str
    row: int
    headers: Mapping[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        for target in (*_TARGETS.get(key, ()), key):
            if target in self.headers:
                return self.headers[target]
        return key


def as_customer(values: dict[str, Any]) -> dict[str, Any]:
    """A row's values in the shape of a customer: ``contacts`` is a list."""
    shaped = {key: value for key, value in values.items() if key != "contact"}
    contact = values.get("contact")
    shaped["contacts"] = [dict(contact)] if contact else []
    for key in LISTS:
        shaped[key] = list(values.get(key) or [])
    shaped["custom"] = dict(values.get("custom") or {})
    return shaped


def fold(base: dict[str, Any], values: dict[str, Any], *, append: bool,
         origin: Origin | None = None) -> tuple[bool, list[Conflict]]:
    """Fold a row's ``values`` into ``base`` (a customer's shape); returns whether it changed
    and the values kept only in the notes."""
    folding = _Fold(base, origin or Origin("", 0))
    folding.scalars(values)
    folding.name(values, append=append)
    folding.status(values.get("status"))
    for key in LISTS:
        folding.items(key, values.get(key) or [], append=append)
    folding.custom(values.get("custom") or {})
    contact = values.get("contact")
    if contact:
        folding.contact(dict(contact), append=append)
    folding.notes(values.get("notes"))
    return folding.changed, folding.conflicts


class _Fold:
    def __init__(self, base: dict[str, Any], origin: Origin) -> None:
        self.base, self.origin = base, origin
        self.changed = False
        self.conflicts: list[Conflict] = []
        self.kept: list[str] = []

    def keep(self, column: str, incoming: object, kept: object = "") -> None:
        text, old = _text(incoming), _text(kept)
        self.kept.append(f"{column} = {text}")
        self.conflicts.append(Conflict(self.origin.row, column, old, text))

    def scalars(self, values: dict[str, Any]) -> None:
        for key in SCALARS:
            new = values.get(key)
            if new in (None, ""):
                continue
            old = self.base.get(key)
            if old in (None, ""):
                self.base[key] = new
                self.changed = True
            elif not _alike(old, new):
                self.keep(self.origin.label(key), new, old)

    def name(self, values: dict[str, Any], *, append: bool) -> None:
        new, old = values.get("name"), self.base.get("name")
        if not new or _alike(new, old) or _alike(new, self.base.get("company")):
            return
        contacts = self.base.setdefault("contacts", [])
        if any(_alike(new, contact.get("name")) for contact in contacts):
            return
        if values.get("kind") == "person" and self.base.get("kind") != "person" and append:
            contacts.append({"name": new})  # a person folded into a company: a contact
            self.changed = True
        else:
            self.keep(self.origin.label("name"), new, old)

    def status(self, new: object) -> None:
        if not new:
            return
        if not self.base.get("status"):
            self.base["status"] = new
            self.changed = True
            return
        spellings = self.base.get("status_spellings") or {status_key(self.base["status"])}
        if status_key(new) not in spellings:
            self.keep(self.origin.label("status"), new, self.base["status"])

    def items(self, key: str, new_items: list[Any], *, append: bool) -> None:
        items = self.base.setdefault(key, [])
        fresh = [item for item in new_items if item not in items]
        if not fresh:
            return
        if append or not items:
            items.extend(fresh)
            self.changed = True
        else:
            for item in fresh:
                self.keep(self.origin.label(key), item)

    def custom(self, values: dict[str, str]) -> None:
        custom = self.base.setdefault("custom", {})
        for label, text in values.items():
            if not custom.get(label):
                custom[label] = text
                self.changed = True
            elif not _alike(custom[label], text):
                self.keep(label, text, custom[label])

    def contact(self, contact: dict[str, Any], *, append: bool) -> None:
        contacts = self.base.setdefault("contacts", [])
        same = next((c for c in contacts if _same_person(contact, c)), None)
        if same is None:
            if append or not contacts:
                contacts.append(contact)
                self.changed = True
                return
            same = {"name": contact.get("name"), STORED: True}
            self.keep(self.origin.label("contact"), contact.get("name"))
        who = str(contact.get("name") or "")
        for key in CONTACT_FIELDS:
            new = contact.get(key)
            if not new or _alike(new, same.get(key)):
                continue
            if not same.get(key) and not same.get(STORED):
                same[key] = new  # a contact of this import: fill it in
                self.changed = True
            elif key in ("mobile", "phone", "email") and append:
                self.items("phones" if key != "email" else "emails", [new], append=True)
            else:
                self.keep(f"{who} {self.origin.label(key)}".strip(), new, same.get(key) or "")

    def notes(self, new: object) -> None:
        """The row's own notes are added; then a line for what was kept from it."""
        lines = [str(new)] if new and str(new) not in str(self.base.get("notes") or "") else []
        if self.kept:
            where = f"{self.origin.file_name} #{self.origin.row}".strip()
            lines.append(f"{where}: " + "; ".join(self.kept))
        if lines:
            old = self.base.get("notes")
            self.base["notes"] = "\n".join([old, *lines] if old else lines)
            self.changed = True


def _text(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def _alike(one: object, other: object) -> bool:
    """The same value as a person reads it: width, case and spaces do not count."""
    if one is None or other is None:
        return one is other
    if isinstance(one, date) or isinstance(other, date):
        return one == other
    return person_key(one) == person_key(other)


def _same_person(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """The same contact: the same name (another name with the same mobile is someone else,
    a colleague sharing a phone or a typing mistake; both are kept)."""
    return bool(one.get("name")) and _alike(one.get("name"), other.get("name"))


def contact_row(cid: int, contact: dict[str, Any], position: int, now: Any) -> dict[str, Any]:
    return {"customer_id": cid, "name": str(contact.get("name"))[:100],
            "title": contact.get("title"), "mobile": contact.get("mobile"),
            "phone": contact.get("phone"), "email": contact.get("email"),
            "wechat": contact.get("wechat"), "notes": None, "is_primary": position == 0,
            "position": position, "created_at": now, "updated_at": now}


def score_of(row: dict[str, Any], *, has_contact: bool) -> int:
    return completeness_score({**row, "has_contact": has_contact})
