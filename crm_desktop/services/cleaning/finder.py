"""Finding groups of probable duplicates among the live customers (查重).

The keys and their strengths are the importer's (``importing.keys``, ``normalize_company``,
the thresholds of ``importing.duplicates``), so what the import would merge and what this
finder calls sure are the same thing:

* a strong key (the same mobile, the same personal email, the same normalised company name)
  joins two customers *surely* when their names do not contradict; held under contradicting
  names it is only a suggestion (``names_differ``);
* a weak key (a landline, a role address such as info@) is a suggestion when the names do
  not contradict, or are similar; a switchboard shared by differently named companies is
  never proposed at all;
* a similar company name (rapidfuzz WRatio, only inside blocks of names sharing their first
  two characters) and the same pinyin written with other characters (章/张) are suggestions.

Nothing here merges: a group is what the window offers; the user chooses. The whole table is
read in two queries into dicts (keys are blocks; no query per customer), which keeps 100k
customers within seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Contact, Customer
from crm_desktop.services.customers import split_list
from crm_desktop.services.importing.companies import normalize_company
from crm_desktop.services.importing.duplicates import (
    FUZZY_MIN_SCORE,
    MIN_NAME_KEY,
    NAMES_DIFFER,
    SIMILAR_NAME,
    WEAK_KEY,
)
from crm_desktop.services.importing.keys import (
    NAME,
    STRONG_KEYS,
    email_key,
    person_key,
    phone_key,
)
from crm_desktop.services.pinyin import sort_key
from crm_desktop.services.progress import (
    CancelCheck,
    Progress,
    check,
    never_cancelled,
    no_progress,
)

#: A reason of its own: another way of writing the same sound (张/章, 峰/丰).
SAME_PINYIN = "same_pinyin"
#: A key held by more customers than this is a shared line or a placeholder, not a person.
MAX_HOLDERS = 8
#: Names compared with each name of a block (the next ones in sorted order).
FUZZY_WINDOW = 40
#: A selection up to this size is read by its ids; a larger one with the whole table.
SMALL_SELECTION = 900
#: Shortest company key compared by similarity or pinyin (short names are too common).
MIN_FUZZY_KEY = 4
#: Scores of the suggestions that have no ratio of their own.
SCORE_NAMES_DIFFER, SCORE_WEAK_KEY, SCORE_SAME_PINYIN = 60, 70, 80


@dataclass(frozen=True)
class Reason:
    """Why two customers may be one: the ``key`` that matched (``mobile``, ``email``,
    ``name``, ``landline``, ``role_email``, ``pinyin``), its ``value``, the two customers,
    the score (100 for a sure match) and ``why`` it is only a suggestion ("" when sure:
    ``names_differ``, ``weak_key``, ``similar_name``, ``same_pinyin``)."""

    key: str
    value: str
    first: int
    second: int
    score: int
    why: str = ""

    @property
    def sure(self) -> bool:
        return not self.why


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]


@dataclass(frozen=True)
class DuplicateGroup:
    """Customers that may be one. ``sure`` when strong keys under agreeing names join all
    of them; ``score`` is the best reason's."""

    members: tuple[Member, ...]
    reasons: tuple[Reason, ...]
    score: int
    sure: bool

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(member.id for member in self.members)


@dataclass
class _Customer:
    id: int
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    companies: tuple[str, ...]  # company keys (name and company field)
    person: str  # the person's own key, "" for a company


@dataclass
class _Keys:
    customers: dict[int, _Customer] = field(default_factory=dict)
    phones: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    emails: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    names: dict[str, list[int]] = field(default_factory=dict)

    def hold(self, table: dict[str, list[tuple[int, str]]], value: str, cid: int,
             person: str) -> None:
        holders = table.get(value)
        if holders is None:
            table[value] = [(cid, person)]
        elif len(holders) <= MAX_HOLDERS and (cid, person) not in holders:
            holders.append((cid, person))


def find_duplicate_groups(
    session: Session, *, ids: Sequence[int] | None = None, fuzzy: bool = True,
    progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled,
) -> list[DuplicateGroup]:
    """Groups of probable duplicates among the live customers (or only those whose ids
    are given), sure groups first, then by score. Nothing is written."""
    progress(0, 4)
    keys = _load(session, None if ids is None else set(ids))
    check(cancelled)
    progress(1, 4)
    reasons = list(_key_reasons(keys))
    check(cancelled)
    progress(2, 4)
    if fuzzy:
        reasons.extend(_name_reasons(keys, cancelled))
    check(cancelled)
    progress(3, 4)
    groups = _groups(keys, reasons)
    progress(4, 4)
    return groups


def _load(session: Session, only: set[int] | None) -> _Keys:
    keys = _Keys()
    company_key = lru_cache(maxsize=None)(normalize_company)  # name and company often agree
    live = Customer.deleted_at.is_(None)
    if only is not None and len(only) <= SMALL_SELECTION:  # a selection: read only it
        live = live & Customer.id.in_(sorted(only))
    query = select(Customer.id, Customer.name, Customer.company, Customer.kind,
                   Customer.phones, Customer.emails).where(live)
    connection = session.connection()  # plain rows: no ORM loading for 100k of them
    for cid, name, company, kind, phones, emails in connection.execute(query):
        if only is not None and cid not in only:
            continue
        companies: tuple[str, ...] = ()
        if kind == "company" or company:
            companies = tuple(dict.fromkeys(
                key for key in (company_key(company), company_key(name))
                if len(key) >= MIN_NAME_KEY))
        own = person_key(name) if kind == "person" and not company else ""
        customer = _Customer(cid, name, company, split_list(phones), split_list(emails),
                             companies, own)
        keys.customers[cid] = customer
        for phone in customer.phones:
            keys.hold(keys.phones, phone, cid, own)
        for email in customer.emails:
            keys.hold(keys.emails, email.lower(), cid, own)
        for key in companies:
            keys.names.setdefault(key, []).append(cid)
    contacts = select(Contact.customer_id, Contact.name, Contact.mobile, Contact.phone,
                      Contact.email).join(Customer, Customer.id == Contact.customer_id
                                          ).where(live)
    for cid, name, mobile, phone, email in connection.execute(contacts):
        if cid not in keys.customers:
            continue
        person = person_key(name)
        for item in (mobile, phone):
            if item:
                keys.hold(keys.phones, item, cid, person)
        if email:
            keys.hold(keys.emails, email.lower(), cid, person)
    return keys


def _contradict(keys: _Keys, first: tuple[int, str], second: tuple[int, str]) -> bool:
    """Whether two holders' names say they are different customers (the importer's rule:
    company keys that share nothing, or two different people)."""
    a, b = keys.customers[first[0]].companies, keys.customers[second[0]].companies
    if a and b and not set(a) & set(b):
        return True
    return bool(first[1] and second[1] and first[1] != second[1])


def _similar(keys: _Keys, first: int, second: int) -> int:
    """The best WRatio between the two customers' company keys (0 when not comparable)."""
    best = 0
    for a in keys.customers[first].companies:
        for b in keys.customers[second].companies:
            best = max(best, int(fuzz.WRatio(a, b)))
    return best


def _key_reasons(keys: _Keys) -> Iterable[Reason]:
    for value, cid_list in keys.names.items():
        distinct = list(dict.fromkeys(cid_list))
        for other in distinct[1:]:
            yield Reason(NAME, value, distinct[0], other, 100)
    for table, strength_of in ((keys.phones, phone_key), (keys.emails, email_key)):
        for value, holders in table.items():
            if len(holders) < 2 or len(holders) > MAX_HOLDERS:
                continue
            strength = strength_of(value)
            for first, second in combinations(holders, 2):
                if first[0] == second[0]:
                    continue
                reason = _pair_reason(keys, strength, value, first, second)
                if reason is not None:
                    yield reason


def _pair_reason(keys: _Keys, strength: str, value: str, first: tuple[int, str],
                 second: tuple[int, str]) -> Reason | None:
    contradict = _contradict(keys, first, second)
    if strength in STRONG_KEYS:
        if contradict:
            return Reason(strength, value, first[0], second[0], SCORE_NAMES_DIFFER,
                          NAMES_DIFFER)
        return Reason(strength, value, first[0], second[0], 100)
    if not contradict:
        return Reason(strength, value, first[0], second[0], SCORE_WEAK_KEY, WEAK_KEY)
    similar = _similar(keys, first[0], second[0])
    if similar >= FUZZY_MIN_SCORE:  # a shared line and nearly the same name
        return Reason(strength, value, first[0], second[0], min(99, similar), SIMILAR_NAME)
    return None  # a switchboard shared by differently named companies: never proposed


def _name_reasons(keys: _Keys, cancelled: CancelCheck) -> Iterable[Reason]:
    """Similar company names inside blocks of the same first two characters, and the
    same pinyin under different characters."""
    names = sorted(key for key in keys.names if len(key) >= MIN_FUZZY_KEY)
    blocks: dict[str, list[str]] = {}
    for key in names:
        blocks.setdefault(key[:2], []).append(key)
    for block in blocks.values():
        check(cancelled)
        for position, key in enumerate(block[:-1]):
            window = block[position + 1:position + 1 + FUZZY_WINDOW]
            for other, score, _ in process.extract(key, window, scorer=fuzz.WRatio,
                                                   score_cutoff=FUZZY_MIN_SCORE, limit=None):
                yield Reason(NAME, other, keys.names[key][0], keys.names[other][0],
                             min(99, int(score)), SIMILAR_NAME)
    sounds: dict[str, list[tuple[str, int]]] = {}
    for key in names:
        sound = sort_key(key)
        if sound != key:  # has Chinese characters
            sounds.setdefault(sound, []).append((key, keys.names[key][0]))
    for customer in keys.customers.values():
        if customer.person and len(customer.person) >= 3:
            sound = sort_key(customer.person)
            if sound != customer.person:
                sounds.setdefault(sound, []).append((customer.person, customer.id))
    for sound, written in sounds.items():
        if len(written) > MAX_HOLDERS:
            continue
        for (a, first), (b, second) in combinations(written, 2):
            if a != b and first != second:
                yield Reason("pinyin", sound, first, second, SCORE_SAME_PINYIN, SAME_PINYIN)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        while parent != self.parent.get(parent, parent):
            parent = self.parent[parent]
        self.parent[item] = parent
        return parent

    def join(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _groups(keys: _Keys, reasons: list[Reason]) -> list[DuplicateGroup]:
    """Sure groups are the customers joined by sure reasons (transitively: A and B share a
    mobile, B and C a company name); a suggestion joins two such groups (or single
    customers) and never chains on, so similar names cannot snowball into one huge group."""
    sure = _Union()
    for reason in reasons:
        if reason.sure:
            sure.join(reason.first, reason.second)
    found: dict[tuple[int, int], list[Reason]] = {}
    for reason in reasons:
        a, b = sure.find(reason.first), sure.find(reason.second)
        if reason.sure:
            found.setdefault((a, a), []).append(reason)
        elif a != b:
            found.setdefault((min(a, b), max(a, b)), []).append(reason)
    members: dict[int, list[int]] = {}
    for item in sure.parent:
        members.setdefault(sure.find(item), []).append(item)
    groups = []
    shown: dict[int, Member] = {}
    for (a, b), group_reasons in found.items():
        if a == b:
            ids = sorted(members[a])
        else:
            ids = sorted({*members.get(a, [a]), *members.get(b, [b])})
            group_reasons = [*group_reasons, *found.get((a, a), []), *found.get((b, b), [])]
        unique = list(dict.fromkeys(group_reasons))
        unique.sort(key=lambda r: (not r.sure, -r.score, r.key, r.first, r.second))
        groups.append(DuplicateGroup(
            members=tuple(shown.get(i) or shown.setdefault(i, _member(keys.customers[i]))
                          for i in ids), reasons=tuple(unique),
            score=max(r.score for r in unique), sure=a == b))
    groups.sort(key=lambda g: (not g.sure, -g.score, g.ids[0]))
    return groups


def _member(customer: _Customer) -> Member:
    return Member(customer.id, customer.name, customer.company, customer.phones,
                  customer.emails)
