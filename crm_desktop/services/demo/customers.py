"""Customers with their contacts, status history, tags and custom field values.

Statuses follow the funnel (潜在客户 → 跟进中 → 尝试使用 → 进行中 → 已签约 → 维护中, or
拒绝 from any step before signing), and each customer's history walks that path with
increasing dates ending in the customer's current status.
"""

from __future__ import annotations

import random

from crm_desktop.models import (
    Contact,
    Customer,
    CustomFieldValue,
    StatusChange,
    customer_tags,
)
from crm_desktop.services.completeness import completeness_score
from crm_desktop.services.customer_store import customer_keys
from crm_desktop.services.demo import people
from crm_desktop.services.demo import vocabulary as v
from crm_desktop.services.demo.world import HISTORY_DAYS, World
from crm_desktop.services.demo.writer import BulkWriter, next_id

FUNNEL = ("lead", "following", "trial", "negotiating", "signed", "retained")
STATUS_WEIGHTS = {"lead": 24, "following": 18, "trial": 7, "negotiating": 8, "signed": 13,
                  "retained": 18, "lost": 12}
IMPORT_DAY = 400
BLOCK = 10_000

CUSTOMER_COLUMNS = (
    "id", "kind", "name", "company", "industry", "size", "region", "city", "address", "source",
    "phones", "emails", "wechat", "website", "birthday", "notes", "marketing_consent",
    "status_id", "owner_id", "import_batch_id", "pinyin", "initials", "completeness",
    "deleted_at", "version", "created_at", "updated_at",
)
CONTACT_COLUMNS = ("id", "customer_id", "name", "title", "mobile", "phone", "email", "wechat",
                   "notes", "is_primary", "position", "created_at", "updated_at")
HISTORY_COLUMNS = ("customer_id", "from_status_id", "to_status_id", "changed_at",
                   "changed_by_id")


def status_path(rng: random.Random, final: str) -> list[str]:
    """The statuses a customer went through to reach ``final``, first to last."""
    if final == "lost":
        stop = rng.choice(("lead", "following", "following", "trial", "negotiating"))
        return [*status_path(rng, stop), "lost"]
    steps = list(FUNNEL[:FUNNEL.index(final) + 1])
    if final != "trial" and "trial" in steps and rng.random() < 0.5:
        steps.remove("trial")
    return steps


def plan_customers(world: World, session_first_id: int) -> list[int]:
    """Decide kind-independent facts of every customer; returns the ids that came by import."""
    rng, plan, state = world.rng, world.plan, world.customers
    state.first_id = session_first_id
    statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    imported = []
    for i in range(plan.customers):
        day = int(HISTORY_DAYS * rng.random() ** 0.6)  # the business grows: more lately
        if day < IMPORT_DAY and rng.random() < 0.12:
            day = IMPORT_DAY
            imported.append(session_first_id + i)
        state.created_day.append(day)
        state.status.append(rng.choices(statuses, weights)[0])
        state.english.append(rng.random() < 0.2)
    return imported


def _contact_counts(world: World, companies: list[int]) -> list[int]:
    counts = [0] * world.plan.customers
    for i in companies:
        counts[i] = 1
    extra = max(0, world.plan.contacts - len(companies))
    for i in world.rng.choices(companies, k=extra):
        counts[i] += 1
    return counts


def write_customers(world: World, writer: BulkWriter, imported: list[int]) -> None:
    rng, state = world.rng, world.customers
    n = world.plan.customers
    companies = [i for i in range(n) if rng.random() < 0.8]
    is_company = [False] * n
    for i in companies:
        is_company[i] = True
    state.contact_count = _contact_counts(world, companies)
    next_contact = next_id(writer.session, Contact.__table__)
    imported_set = set(imported)
    used_names: set[str] = set()
    for start in range(0, n, BLOCK):
        customers, contacts, history, tags, values = [], [], [], [], []
        for i in range(start, min(n, start + BLOCK)):
            customer_id = state.first_id + i
            state.first_contact.append(next_contact if state.contact_count[i] else 0)
            row, people_rows = _customer(world, i, is_company[i], next_contact, used_names,
                                         customer_id in imported_set)
            next_contact += len(people_rows)
            customers.append(row)
            contacts.extend(people_rows)
            history.extend(_history(world, i))
            tags.extend((customer_id, tag) for tag in _tags(world))
            values.extend(_custom_values(world, i, is_company[i]))
        writer.insert(Customer.__table__, CUSTOMER_COLUMNS, customers)
        writer.insert(Contact.__table__, CONTACT_COLUMNS, contacts)
        writer.insert(StatusChange.__table__, HISTORY_COLUMNS, history)
        writer.insert(customer_tags, ("customer_id", "tag_id"), tags)
        writer.insert(CustomFieldValue.__table__, ("customer_id", "field_id", "value"), values)


def _customer(world: World, i: int, company: bool, first_contact: int, used: set[str],
              imported: bool) -> tuple[tuple[object, ...], list[tuple[object, ...]]]:
    rng, clock, state = world.rng, world.clock, world.customers
    english = state.english[i]
    city = people.pick_city(rng)
    customer_id = state.first_id + i
    state.created_minute.append(rng.randint(510, 900))
    created = clock.at(state.created_day[i], state.created_minute[i])
    if company:
        for attempt in range(6):
            name, short, industry, domain = (people.english_company(rng, city) if english
                                             else people.chinese_company(rng, city))
            if name not in used:
                break
            if attempt == 5:  # a busy name: a branch office of it
                name = f"{name[:-4]}{rng.choice(city.districts)}分公司" if not english \
                    else f"{name} ({city.name} Branch)"
        used.add(name)
        holder_name, employer = name, None
        phones = [people.landline(rng, city)] if rng.random() < 0.75 else []
        if rng.random() < 0.2:
            phones.append(people.landline(rng, city))
        emails = [f"{rng.choice(('info', 'sales', 'service', 'hr'))}@{domain}"] \
            if rng.random() < 0.4 else []
        size = rng.choices(v.SIZES, v.SIZE_WEIGHTS)[0]
        website = f"www.{domain}" if rng.random() < 0.35 else None
        user = domain.split(".")[0]
    else:
        holder_name, user = (people.english_person(rng) if english
                             else people.chinese_person(rng))
        short, industry, size, website = holder_name, None, None, None
        employer = people.chinese_company(rng, city)[0] if rng.random() < 0.3 else None
        phones = [people.mobile(rng)] if rng.random() < 0.95 else []
        emails = [people.personal_email(rng, user)] if rng.random() < 0.6 else []
        if rng.random() < 0.5:
            industry = rng.choice(v.TRADES)[1]
    contacts = _contacts(world, i, first_contact, created, domain if company else None)
    state.short_name.append(short)
    state.contact_name.append(contacts[0][2] if contacts else "")
    owner = rng.choice(world.sales_ids) if rng.random() < 0.92 else None
    state.owner.append(owner)
    values = {
        "name": holder_name, "phones": "; ".join(phones) or None,
        "emails": "; ".join(emails) or None, "address": people.address(rng, city)
        if rng.random() < 0.85 else None,
        "industry": industry, "region": city.region if rng.random() < 0.9 else None,
        "source": rng.choice(v.ENGLISH_SOURCES) if english and rng.random() < 0.7
        else rng.choices(v.SOURCES, v.SOURCE_WEIGHTS)[0] if rng.random() < 0.9 else None,
        "owner_id": owner, "wechat": people.wechat(rng, user) if rng.random() < 0.55 else None,
        "has_contact": bool(contacts),
    }
    keys = customer_keys(" ".join([holder_name, employer or ""] + [c[2] for c in contacts]))
    deleted = clock.at(world.day_between(state.created_day[i] + 1, clock.today),
                       world.work_minute()) if rng.random() < 0.005 else None
    birthday = clock.date(-rng.randint(20 * 365, 60 * 365)) \
        if not company and rng.random() < 0.3 else None
    notes = rng.choice(v.CUSTOMER_NOTES) or None if rng.random() < 0.3 else None
    row = (
        customer_id, "company" if company else "person", holder_name, employer, industry, size,
        values["region"], city.name, values["address"], values["source"], values["phones"],
        values["emails"], values["wechat"], website, birthday, notes, rng.random() < 0.6,
        world.status_ids[state.status[i]], owner,
        world.import_batch_id if imported else None, keys.pinyin or None,
        keys.initials or None, completeness_score(values), deleted, 1, created,
        clock.at(state.created_day[i], 1140) if deleted is None else deleted,
    )
    return row, contacts


def _contacts(world: World, i: int, first_id: int, created: str,
              domain: str | None) -> list[tuple[object, ...]]:
    rng, english = world.rng, world.customers.english[i]
    rows = []
    for position in range(world.customers.contact_count[i]):
        name, user = people.english_person(rng) if english else people.chinese_person(rng)
        email = None
        if rng.random() < 0.6:
            email = f"{user}@{domain}" if domain and rng.random() < 0.6 \
                else people.personal_email(rng, user)
        rows.append((
            first_id + position, world.customers.first_id + i, name,
            rng.choice(v.ENGLISH_TITLES if english else v.TITLES) if rng.random() < 0.8
            else None,
            people.mobile(rng) if rng.random() < 0.9 else None,
            people.landline(rng, people.pick_city(rng)) if rng.random() < 0.25 else None,
            email, people.wechat(rng, user) if rng.random() < 0.5 else None,
            "周末不要打电话" if rng.random() < 0.03 else None, position == 0, position,
            created, created,
        ))
    return rows


def _history(world: World, i: int) -> list[tuple[object, ...]]:
    rng, clock, state = world.rng, world.clock, world.customers
    path = status_path(rng, state.status[i])
    start = state.created_day[i]
    days = [start]
    for _ in path[1:]:  # a few weeks a step, as a funnel moves
        days.append(min(clock.today, days[-1] + 1 + int(rng.expovariate(1 / 35))))
    rows, previous = [], None
    for step, (code, day) in enumerate(zip(path, days, strict=True)):
        if code == "signed":
            state.signed_day[i] = day
        changed_by = state.owner[i] if rng.random() < 0.9 else None
        rows.append((state.first_id + i, world.status_ids[previous] if previous else None,
                     world.status_ids[code],
                     clock.at(day, state.created_minute[i] + 40 * step), changed_by))
        previous = code
    return rows


def _tags(world: World) -> list[int]:
    rng = world.rng
    if rng.random() >= 0.35:
        return []
    return rng.sample(world.tag_ids, rng.choice((1, 1, 1, 2, 2, 3)))


def _custom_values(world: World, i: int, company: bool) -> list[tuple[object, ...]]:
    rng, ids, customer_id = world.rng, world.field_ids, world.customers.first_id + i
    rows: list[tuple[object, ...]] = []
    if company and rng.random() < 0.45:
        rows.append((customer_id, ids["choice"], rng.choice("AABBBCCD")))
    if company and rng.random() < 0.25:
        rows.append((customer_id, ids["number"], str(rng.choice((5, 10, 20, 50, 80, 120, 300)))))
    signed = world.customers.signed_day.get(i)
    if signed is not None:
        rows.append((customer_id, ids["date"], world.clock.date(signed)))
    if rng.random() < 0.3:
        rows.append((customer_id, ids["bool"], "1" if rng.random() < 0.7 else "0"))
    if company and not world.customers.english[i] and rng.random() < 0.2:
        rows.append((customer_id, ids["text"], people.credit_code(rng)))
    return rows
