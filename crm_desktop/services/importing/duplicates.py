"""Finding duplicates: rows of the file that are customers already in the database, or
repeats of an earlier row of the same file.

Exact keys are the normalised phone numbers (E.164), email addresses and the company key
(``normalize_company``: full-/half-width, case, spaces, brackets and legal suffixes do not
count). The database side is read in one pass into dicts, so checking 100k rows costs
dict look-ups, never a query per row. Rows with no exact match get a fuzzy suggestion
(rapidfuzz) against a bounded set of names sharing their first characters; a suggestion
is only acted on when the user says so.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Contact, Customer
from crm_desktop.services.importing.companies import normalize_company

if TYPE_CHECKING:
    from crm_desktop.services.importing.preview import PreparedRow

#: Fuzzy suggestions need at least this rapidfuzz WRatio (0–100; a name inside a longer
#: one, 华为技术 in 华为技术（深圳）, scores 90).
FUZZY_MIN_SCORE = 88
#: Names compared per row at most (those sharing the first two characters of the key).
FUZZY_CANDIDATES = 300
#: Company keys shorter than this are too common to call a duplicate ("abc", "王").
MIN_NAME_KEY = 2


@dataclass(frozen=True)
class DuplicateMatch:
    """What a row duplicates: a customer in the database (``customer_id``) or an earlier
    row of the file (``row``). ``key`` is "phone", "email" or "name"; ``score`` is 100 for
    an exact key and the rapidfuzz ratio for a fuzzy name suggestion."""

    source: str  # "database" or "file"
    key: str
    value: str
    name: str
    customer_id: int | None = None
    row: int | None = None
    score: int = 100

    @property
    def exact(self) -> bool:
        return self.score >= 100


@dataclass
class KeyIndex:
    """The duplicate keys of the live customers in the database."""

    phones: dict[str, int] = field(default_factory=dict)
    emails: dict[str, int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    display: dict[int, str] = field(default_factory=dict)
    buckets: dict[str, list[str]] = field(default_factory=dict)
    #: The ``version`` of each customer when the index was read: an import writes only
    #: where it is still the same, so an edit saved meanwhile is never overwritten.
    versions: dict[int, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> KeyIndex:
        index = cls()
        live = Customer.deleted_at.is_(None)
        query = select(Customer.id, Customer.name, Customer.company, Customer.kind,
                       Customer.phones, Customer.emails, Customer.version).where(live)
        for cid, name, company, kind, phones, emails, version in session.execute(query):
            index.display[cid] = name
            index.versions[cid] = version
            for phone in _split(phones):
                index.phones.setdefault(phone, cid)
            for email in _split(emails):
                index.emails.setdefault(email.lower(), cid)
            if kind == "company" or company:
                for text in {name, company}:
                    index.add_name(normalize_company(text), cid)
        contacts = select(Contact.customer_id, Contact.mobile, Contact.phone, Contact.email).join(
            Customer, Customer.id == Contact.customer_id).where(live)
        for cid, mobile, phone, email in session.execute(contacts):
            for item in (mobile, phone):
                if item:
                    index.phones.setdefault(item, cid)
            if email:
                index.emails.setdefault(email.lower(), cid)
        return index

    def add_name(self, key: str, cid: int) -> None:
        if len(key) < MIN_NAME_KEY or key in self.names:
            return
        self.names[key] = cid
        self.buckets.setdefault(key[:2], []).append(key)


def _split(text: str | None) -> list[str]:
    if not text:
        return []
    return [part.strip() for part in text.split(";") if part.strip()]


def row_keys(values: dict[str, object]) -> list[tuple[str, str]]:
    """The exact duplicate keys of a row: ("phone", e164), ("email", ...), ("name", key)."""
    keys: list[tuple[str, str]] = []
    contact = values.get("contact")
    contact = contact if isinstance(contact, dict) else {}
    for phone in [*_as_list(values.get("phones")), contact.get("mobile"), contact.get("phone")]:
        if phone:
            keys.append(("phone", str(phone)))
    for email in [*_as_list(values.get("emails")), contact.get("email")]:
        if email:
            keys.append(("email", str(email)))
    if values.get("kind") == "company" or values.get("company"):
        key = normalize_company(values.get("company") or values.get("name"))
        if len(key) >= MIN_NAME_KEY:
            keys.append(("name", key))
    return keys


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def find_duplicates(rows: Sequence[PreparedRow], index: KeyIndex, *,
                    fuzzy: bool | Collection[int] = True) -> int:
    """Set ``duplicate`` on every row (``None`` when it is new); returns how many have an
    exact one. Skipped and blocked rows neither match nor are matched.

    ``fuzzy`` may name the rows whose fuzzy suggestion is to be looked for again (after an
    edit); the other rows keep the suggestion they had.
    """
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    found = 0
    for row in rows:
        previous, row.duplicate = row.duplicate, None
        if row.blocked or row.action == "skip":
            continue
        keys = row_keys(row.values)
        row.duplicate = _in_database(keys, index) or _in_file(keys, seen)
        name = str(row.values.get("name") or "")
        for key in keys:
            seen.setdefault(key, (row.number, name))
        if row.duplicate is None:
            if fuzzy is True or (fuzzy is not False and row.number in fuzzy):
                row.duplicate = _fuzzy(row.values, index) if index.names else None
            elif previous is not None and not previous.exact:
                row.duplicate = previous
        if row.duplicate is not None and row.duplicate.exact:
            found += 1
    return found


def _in_database(keys: Iterable[tuple[str, str]], index: KeyIndex) -> DuplicateMatch | None:
    tables = {"phone": index.phones, "email": index.emails, "name": index.names}
    for kind, value in keys:
        cid = tables[kind].get(value)
        if cid is not None:
            return DuplicateMatch("database", kind, value, index.display.get(cid, ""),
                                  customer_id=cid)
    return None


def _in_file(keys: Iterable[tuple[str, str]],
             seen: dict[tuple[str, str], tuple[int, str]]) -> DuplicateMatch | None:
    for key in keys:
        earlier = seen.get(key)
        if earlier is not None:
            return DuplicateMatch("file", key[0], key[1], earlier[1], row=earlier[0])
    return None


def _fuzzy(values: dict[str, object], index: KeyIndex) -> DuplicateMatch | None:
    key = normalize_company(values.get("company") or values.get("name"))
    if len(key) < 4:
        return None
    candidates = index.buckets.get(key[:2])
    if not candidates:
        return None
    best = process.extractOne(key, candidates[:FUZZY_CANDIDATES], scorer=fuzz.WRatio,
                              score_cutoff=FUZZY_MIN_SCORE)
    if best is None:
        return None
    cid = index.names[best[0]]
    return DuplicateMatch("database", "name", best[0], index.display.get(cid, ""),
                          customer_id=cid, score=min(99, int(best[1])))
