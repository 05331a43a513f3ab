"""Finding duplicates: rows of the file that are customers already in the database, or
repeats of an earlier row of the same file.

The keys and their strengths are in ``keys``: a row is matched on its own (and acted on
by the duplicate policy) only by a strong key (mobile, personal email, company name) of a
record whose names do not contradict its own. A shared landline or role address, a strong
key held by a differently named company or person, or a similar name (rapidfuzz) is only
offered as a possible duplicate, with its reason; such a row is created unless the user
says otherwise. The same rules serve the file and the database.

The database side is read in one pass into dicts, so checking 100k rows costs dict
look-ups, never a query per row. Fuzzy suggestions compare a bounded set of names sharing
their first characters.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Contact, Customer
from crm_desktop.services.importing.companies import normalize_company
from crm_desktop.services.importing.keys import (
    NAME,
    STRONG_KEYS,
    email_key,
    person_key,
    phone_key,
)

#: Fuzzy suggestions need at least this rapidfuzz WRatio (0–100; a name inside a longer
#: one, 华为技术 in 华为技术（深圳）, scores 90).
FUZZY_MIN_SCORE = 88
#: Names compared per row at most (those sharing the first two characters of the key).
FUZZY_CANDIDATES = 300
#: Company keys shorter than this are too common to call a duplicate ("abc", "王").
MIN_NAME_KEY = 2
#: Holders remembered per phone or email: a switchboard shared by a whole building needs
#: only a few to be offered, while a strong key rarely has more than one.
HOLDERS_PER_KEY = 4

#: Why a match is only offered: a weak key, a strong key held under another name, a
#: similar name. An empty reason is a match the policy acts on.
WEAK_KEY, NAMES_DIFFER, SIMILAR_NAME = "weak_key", "names_differ", "similar_name"


@dataclass(frozen=True)
class DuplicateMatch:
    """What a row duplicates: a customer in the database (``customer_id``) or an earlier
    row of the file (``row``). ``key`` is the key that matched (``mobile``, ``landline``,
    ``email``, ``role_email``, ``name``) and ``value`` its value; ``reason`` is empty for a
    match the duplicate policy acts on, else why it is only a suggestion; ``score`` is 100
    for an equal key and the rapidfuzz ratio for a similar name."""

    source: str  # "database" or "file"
    key: str
    value: str
    name: str
    customer_id: int | None = None
    row: int | None = None
    score: int = 100
    reason: str = ""

    @property
    def exact(self) -> bool:
        """Whether the duplicate policy acts on this match without asking."""
        return self.score >= 100 and not self.reason


class RowKey(NamedTuple):
    """One duplicate key of a row: its kind (``phone``, ``email``, ``name``), strength
    (``keys.MOBILE`` …), value, and the person it belongs to ("" when the company's own)."""

    kind: str
    strength: str
    value: str
    person: str


def _key(fields: tuple[str, str, str, str]) -> RowKey:
    return tuple.__new__(RowKey, fields)


class Holder(NamedTuple):
    """Who holds a key: a customer id or a file row, and the person it belongs to."""

    ref: int
    person: str


@dataclass
class KeyIndex:
    """The duplicate keys of the live customers in the database."""

    phones: dict[str, list[Holder]] = field(default_factory=dict)
    emails: dict[str, list[Holder]] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    #: The company keys of each company customer (its name and its company field).
    companies: dict[int, tuple[str, ...]] = field(default_factory=dict)
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
            own = person_key(name) if kind == "person" and not company else ""
            for phone in _split(phones):
                index.hold(index.phones, phone, cid, own)
            for email in _split(emails):
                index.hold(index.emails, email.lower(), cid, own)
            if kind == "company" or company:
                keys = tuple(dict.fromkeys(key for key in (normalize_company(company),
                                                           normalize_company(name))
                                           if len(key) >= MIN_NAME_KEY))
                index.companies[cid] = keys
                for key in keys:
                    index.add_name(key, cid)
        contacts = select(Contact.customer_id, Contact.name, Contact.mobile, Contact.phone,
                          Contact.email).join(Customer, Customer.id == Contact.customer_id
                                              ).where(live)
        for cid, name, mobile, phone, email in session.execute(contacts):
            person = person_key(name)
            for item in (mobile, phone):
                if item:
                    index.hold(index.phones, item, cid, person)
            if email:
                index.hold(index.emails, email.lower(), cid, person)
        return index

    @staticmethod
    def hold(table: dict[str, list[Holder]], value: str, cid: int, person: str) -> None:
        holders = table.setdefault(value, [])
        if len(holders) < HOLDERS_PER_KEY and Holder(cid, person) not in holders:
            holders.append(Holder(cid, person))

    def add_name(self, key: str, cid: int) -> None:
        if len(key) < MIN_NAME_KEY or key in self.names:
            return
        self.names[key] = cid
        self.buckets.setdefault(key[:2], []).append(key)


def _split(text: str | None) -> list[str]:
    if not text:
        return []
    return [part.strip() for part in text.split(";") if part.strip()]


def row_keys(values: dict[str, object]) -> list[RowKey]:
    """The duplicate keys of a row, the company name first.

    (Run for every row of a 100k-row sheet: the keys are built as plain tuples, a
    NamedTuple's own constructor costs more than the rest of the loop.)
    """
    keys: list[RowKey] = []
    company = company_key(values)
    if company:
        keys.append(_key(("name", NAME, company, "")))
    own = "" if company else person_key(values.get("name"))
    phones, emails = values.get("phones"), values.get("emails")
    if isinstance(phones, list):
        keys += [_key(("phone", phone_key(str(p)), str(p), own)) for p in phones if p]
    contact = values.get("contact")
    if isinstance(contact, dict) and contact:
        person = person_key(contact.get("name"))
        for field_name in ("mobile", "phone"):
            if phone := contact.get(field_name):
                keys.append(_key(("phone", phone_key(str(phone)), str(phone), person)))
    else:
        contact, person = {}, ""
    if isinstance(emails, list):
        keys += [_key(("email", email_key(str(e)), str(e), own)) for e in emails if e]
    if email := contact.get("email"):
        keys.append(_key(("email", email_key(str(email)), str(email), person)))
    return keys


def company_key(values: dict[str, object]) -> str:
    """The company-name key of a row ("" for a person, or a name too short to compare)."""
    if values.get("kind") != "company" and not values.get("company"):
        return ""
    key = normalize_company(values.get("company") or values.get("name"))
    return key if len(key) >= MIN_NAME_KEY else ""


class PreparedRow(Protocol):
    """What duplicate finding needs of a preview row (``preview.PreparedRow``), so this
    module does not import the preview that imports it."""

    number: int
    values: dict[str, object]
    action: str | None
    duplicate: DuplicateMatch | None

    @property
    def blocked(self) -> bool: ...


class _Seen(NamedTuple):
    row: int
    name: str
    company: str
    person: str


def find_duplicates(rows: Sequence[PreparedRow], index: KeyIndex, *,
                    fuzzy: bool | Collection[int] = True) -> int:
    """Set ``duplicate`` on every row (``None`` when it is new); returns how many have a
    match the policy acts on. Skipped and blocked rows neither match nor are matched.

    ``fuzzy`` may name the rows whose fuzzy suggestion is to be looked for again (after an
    edit); the other rows keep the suggestion they had.
    """
    seen: dict[tuple[str, str], list[_Seen]] = {}
    found = 0
    for row in rows:
        previous, row.duplicate = row.duplicate, None
        if row.blocked or row.action == "skip":
            continue
        keys = row_keys(row.values)
        company = next((key.value for key in keys if key.kind == "name"), "")
        row.duplicate = _match(keys, company, index, seen)
        name = str(row.values.get("name") or "")
        for key in keys:
            earlier = seen.setdefault((key.kind, key.value), [])
            if len(earlier) < HOLDERS_PER_KEY:
                earlier.append(tuple.__new__(_Seen, (row.number, name, company, key.person)))
        if row.duplicate is None:
            if fuzzy is True or (fuzzy is not False and row.number in fuzzy):
                row.duplicate = _fuzzy(row.values, index) if index.names else None
            elif previous is not None and previous.reason == SIMILAR_NAME:
                row.duplicate = previous
        if row.duplicate is not None and row.duplicate.exact:
            found += 1
    return found


def _match(keys: Sequence[RowKey], company: str, index: KeyIndex,
           seen: dict[tuple[str, str], list[_Seen]]) -> DuplicateMatch | None:
    """The first match the policy may act on (the database before the file), else the
    first suggestion, else ``None``."""
    suggestion: DuplicateMatch | None = None
    for candidates in (_in_database(keys, company, index), _in_file(keys, company, seen)):
        for match in candidates:
            if match.exact:
                return match
            if suggestion is None:
                suggestion = match
    return suggestion


def _verdict(key: RowKey, company: str, companies: Iterable[str], person: str) -> str:
    """The reason a key match is only a suggestion ("" when it is not)."""
    if key.strength not in STRONG_KEYS:
        return WEAK_KEY
    if key.kind == "name":
        return ""
    known = tuple(companies)
    if company and known and company not in known:
        return NAMES_DIFFER
    if key.person and person and key.person != person:
        return NAMES_DIFFER
    return ""


def _in_database(keys: Iterable[RowKey], company: str,
                 index: KeyIndex) -> Iterable[DuplicateMatch]:
    tables = {"phone": index.phones, "email": index.emails}
    for key in keys:
        if key.kind == "name":
            cid = index.names.get(key.value)
            holders = [] if cid is None else [Holder(cid, "")]
        else:
            holders = tables[key.kind].get(key.value, [])
        for cid, person in holders:
            reason = _verdict(key, company, index.companies.get(cid, ()), person)
            yield DuplicateMatch("database", key.strength, key.value, index.display.get(cid, ""),
                                 customer_id=cid, reason=reason)


def _in_file(keys: Iterable[RowKey], company: str,
             seen: dict[tuple[str, str], list[_Seen]]) -> Iterable[DuplicateMatch]:
    for key in keys:
        for earlier in seen.get((key.kind, key.value), ()):
            companies = (earlier.company,) if earlier.company else ()
            reason = _verdict(key, company, companies, earlier.person)
            yield DuplicateMatch("file", key.strength, key.value, earlier.name,
                                 row=earlier.row, reason=reason)


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
                          customer_id=cid, score=min(99, int(best[1])), reason=SIMILAR_NAME)
