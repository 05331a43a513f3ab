"""Bulk clean-up of many customers at once, previewed before anything is written (整理).

Each operation first *plans*: it reads the customers and returns every cell it would change,
old value and new (``CleanupPlan``), which the window shows as the preview. ``apply_plan``
writes the plan where the value is still the one previewed (an edit saved meanwhile is
never overwritten) and ``revert_plan`` writes the old values back where the value is still
the one written, which is the undo. Operations:

* ``set_field``: one value into one field (industry, region, city, source …);
* ``normalize_phones``: every phone of customers and contacts in E.164, as new entries are;
* ``trim_spaces``: leading, trailing and repeated spaces (also the full-width 　) go;
* ``fill_region``: a blank region (大区) and city filled from the phone's area code
  (``phonenumbers.geocoder``: 0571 … is 浙江省杭州市, so 华东 / 杭州).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import Base, Contact, Customer, utc_now
from crm_desktop.services import audit, validation
from crm_desktop.services.bulk import recompute_completeness
from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_store import customer_keys
from crm_desktop.services.customers import ENTITY, split_list
from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.progress import (
    CancelCheck,
    Progress,
    check,
    never_cancelled,
    no_progress,
)
from crm_desktop.services.search_index import reindex_customers

CHUNK = 500
#: Fields ``set_field`` may set, with their column lengths.
SETTABLE = {"industry": 100, "size": 40, "region": 100, "city": 100, "source": 100}
#: One-line texts ``trim_spaces`` tidies.
TRIMMED = ("name", "company", "industry", "size", "region", "city", "address", "source",
           "wechat", "website")
TRIMMED_CONTACT = ("name", "title", "wechat")
OPERATIONS = ("set_field", "normalize_phones", "trim_spaces", "fill_region")

#: The 大区 of each province, as the demo data and most Chinese CRMs name regions.
AREAS = {
    "华北": ("北京", "天津", "河北", "山西", "内蒙古"),
    "东北": ("辽宁", "吉林", "黑龙江"),
    "华东": ("上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "台湾"),
    "华中": ("河南", "湖北", "湖南"),
    "华南": ("广东", "广西", "海南", "香港", "澳门"),
    "西南": ("重庆", "四川", "贵州", "云南", "西藏"),
    "西北": ("陕西", "甘肃", "青海", "宁夏", "新疆"),
}
AREA_OF = {province: area for area, provinces in AREAS.items() for province in provinces}
_PLACE = re.compile(r"(?P<province>.+?)(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区|"
                    r"特别行政区|市)(?P<city>.*)")
_SPACES = re.compile(r"[\s\u3000]+")


@dataclass(frozen=True)
class CellChange:
    """One value the operation changes: in ``customers`` or ``contacts`` (``row_id``)."""

    customer_id: int
    customer_name: str
    table: str
    row_id: int
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class CleanupPlan:
    operation: str
    changes: tuple[CellChange, ...]
    field: str = ""  # the field of ``set_field``

    @property
    def customer_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(change.customer_id for change in self.changes))


def plan_set_field(session: Session, *, ids: Sequence[int], field: str,
                   value: str | None) -> CleanupPlan:
    """Set ``field`` of these customers to ``value`` (blank clears it)."""
    if field not in SETTABLE:
        raise ValidationError("cleanup_bad_field", f"“{field}” cannot be set in bulk.",
                              field=field)
    new = validation.text(value, field=field, max_length=SETTABLE[field])
    changes = [CellChange(cid, name, "customers", cid, field, old, new)
               for cid, name, old in _customers(session, ids, getattr(Customer, field))
               if old != new]
    return CleanupPlan("set_field", tuple(changes), field=field)


def plan_trim_spaces(session: Session, *, ids: Sequence[int], progress: Progress = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> CleanupPlan:
    changes: list[CellChange] = []
    columns = [getattr(Customer, name) for name in TRIMMED]
    names: dict[int, str] = {}
    for _done, chunk in _chunks(ids, progress, cancelled):
        rows = session.execute(select(Customer.id, *columns).where(
            Customer.id.in_(chunk), Customer.deleted_at.is_(None)))
        for cid, *values in rows:
            names[cid] = values[0]
            for field, old in zip(TRIMMED, values, strict=True):
                new = _trimmed(old)
                if new != old and not (field == "name" and not new):
                    changes.append(CellChange(cid, values[0], "customers", cid, field, old, new))
        contacts = session.execute(select(Contact.customer_id, Contact.id, Contact.name,
                                          Contact.title, Contact.wechat)
                                   .where(Contact.customer_id.in_(chunk)))
        for cid, contact_id, *values in contacts:
            if cid not in names:
                continue
            for field, old in zip(TRIMMED_CONTACT, values, strict=True):
                new = _trimmed(old)
                if new != old and not (field == "name" and not new):
                    changes.append(CellChange(cid, names[cid], "contacts", contact_id, field,
                                              old, new))
    return CleanupPlan("trim_spaces", tuple(changes))


def _trimmed(value: str | None) -> str | None:
    if value is None:
        return None
    return _SPACES.sub(" ", value).strip() or None


def plan_normalize_phones(session: Session, *, ids: Sequence[int],
                          progress: Progress = no_progress,
                          cancelled: CancelCheck = never_cancelled) -> CleanupPlan:
    """Every phone as new entries are stored (E.164); one that does not parse is kept."""
    region = validation.phone_region(session)
    changes: list[CellChange] = []
    names: dict[int, str] = {}
    for _done, chunk in _chunks(ids, progress, cancelled):
        for cid, name, old in session.execute(select(Customer.id, Customer.name, Customer.phones)
                                              .where(Customer.id.in_(chunk),
                                                     Customer.deleted_at.is_(None))):
            names[cid] = name
            items = [number for item in split_list(old) for number in _phones(item, region)]
            new = "; ".join(dict.fromkeys(items)) or None
            if new != old:
                changes.append(CellChange(cid, name, "customers", cid, "phones", old, new))
        for cid, contact_id, mobile, phone in session.execute(
                select(Contact.customer_id, Contact.id, Contact.mobile, Contact.phone)
                .where(Contact.customer_id.in_(chunk))):
            if cid not in names:
                continue
            for field, old in (("mobile", mobile), ("phone", phone)):
                new = _phone(old, region) if old else old
                if new != old:
                    changes.append(CellChange(cid, names[cid], "contacts", contact_id, field,
                                              old, new))
    return CleanupPlan("normalize_phones", tuple(changes))


def _phone(text: str, region: str) -> str:
    try:
        return validation.one_phone(text, region=region, field="phone") or text
    except DomainError:
        return text


def _phones(text: str, region: str) -> list[str]:
    try:
        return validation.phones([text], region=region) or [text]
    except DomainError:
        return [text]


def plan_fill_region(session: Session, *, ids: Sequence[int], progress: Progress = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> CleanupPlan:
    """A blank region and city from the first Chinese phone of the customer or its
    contacts (the primary contact first)."""
    from phonenumbers import geocoder, parse
    from phonenumbers.phonenumberutil import NumberParseException

    changes: list[CellChange] = []
    for _done, chunk in _chunks(ids, progress, cancelled):
        phones: dict[int, list[str]] = {}
        rows = list(session.execute(select(Customer.id, Customer.name, Customer.region,
                                           Customer.city, Customer.phones).where(
            Customer.id.in_(chunk), Customer.deleted_at.is_(None),
            (Customer.region.is_(None)) | (Customer.region == "") | (Customer.city.is_(None))
            | (Customer.city == ""))))
        for cid, _name, _region, _city, own in rows:
            phones[cid] = list(split_list(own))
        for cid, mobile, phone in session.execute(
                select(Contact.customer_id, Contact.mobile, Contact.phone)
                .where(Contact.customer_id.in_(list(phones)))
                .order_by(Contact.is_primary.desc(), Contact.position)):
            phones[cid].extend(item for item in (mobile, phone) if item)
        for cid, name, region, city in ((r[0], r[1], r[2], r[3]) for r in rows):
            place = None
            for number in phones[cid]:
                if not number.startswith("+86"):
                    continue
                try:
                    place = _place(geocoder.description_for_number(parse(number, None), "zh"))
                except NumberParseException:
                    continue
                if place is not None:
                    break
            if place is None:
                continue
            area, found_city = place
            if not region and area:
                changes.append(CellChange(cid, name, "customers", cid, "region", region, area))
            if not city and found_city:
                changes.append(CellChange(cid, name, "customers", cid, "city", city,
                                          found_city))
    return CleanupPlan("fill_region", tuple(changes))


def _place(description: str) -> tuple[str, str] | None:
    """("华东", "杭州") from "浙江省杭州市"; ("华东", "上海") from "上海市"."""
    match = _PLACE.fullmatch(description or "")
    if match is None:
        return None
    province = match["province"]
    city = match["city"].removesuffix("市") or (province if description.endswith("市")
                                                and not match["city"] else "")
    area = AREA_OF.get(province)
    if area is None:
        return None
    return area, city


def _customers(session: Session, ids: Sequence[int], column: Any) -> list[tuple[int, str, Any]]:
    found: list[tuple[int, str, Any]] = []
    for _done, chunk in _chunks(ids, no_progress, never_cancelled):
        found.extend(session.execute(select(Customer.id, Customer.name, column).where(
            Customer.id.in_(chunk), Customer.deleted_at.is_(None))).tuples())
    return found


def _chunks(ids: Sequence[int], progress: Progress,
            cancelled: CancelCheck) -> Iterator[tuple[int, list[int]]]:
    wanted = sorted({int(i) for i in ids})
    for start in range(0, len(wanted), CHUNK):
        check(cancelled)
        progress(start, len(wanted))
        yield start, wanted[start:start + CHUNK]
    progress(len(wanted), len(wanted))


def apply_plan(session: Session, plan: CleanupPlan, *, actor_id: int | None = None,
               progress: Progress = no_progress,
               cancelled: CancelCheck = never_cancelled) -> Changes:
    """Write the plan's new values where the old one is still there; returns the customers
    changed. (The undo stack keeps the plan for ``revert_plan``.)"""
    return _write(session, plan, forward=True, actor_id=actor_id, progress=progress,
                  cancelled=cancelled)


def revert_plan(session: Session, plan: CleanupPlan, *, actor_id: int | None = None,
                progress: Progress = no_progress,
                cancelled: CancelCheck = never_cancelled) -> Changes:
    """Write the old values back where the plan's new one is still there."""
    return _write(session, plan, forward=False, actor_id=actor_id, progress=progress,
                  cancelled=cancelled)


def _write(session: Session, plan: CleanupPlan, *, forward: bool, actor_id: int | None,
           progress: Progress, cancelled: CancelCheck) -> Changes:
    tables = {"customers": Base.metadata.tables["customers"],
              "contacts": Base.metadata.tables["contacts"]}
    done: list[CellChange] = []
    total = len(plan.changes)
    for start in range(0, total, CHUNK):
        check(cancelled)
        progress(start, total)
        chunk = plan.changes[start:start + CHUNK]
        for table_name, table in tables.items():
            cells = [c for c in chunk if c.table == table_name]
            if cells:
                done.extend(_write_cells(session, table, cells, forward=forward))
    progress(total, total)
    customer_ids = sorted({cell.customer_id for cell in done})
    now = utc_now()
    for start in range(0, len(customer_ids), CHUNK):
        session.execute(update(Customer).where(Customer.id.in_(customer_ids[start:start + CHUNK]))
                        .values(updated_at=now, version=Customer.version + 1)
                        .execution_options(synchronize_session=False))
    named = {c.customer_id for c in done if c.field in ("name", "company")}
    _refresh_pinyin(session, sorted(named))
    recompute_completeness(session, customer_ids)
    audit.record_many(session, [
        {"entity": ENTITY, "entity_id": cell.customer_id, "action": "update",
         "field": cell.field if cell.table == "customers" else f"contact.{cell.field}",
         "old_value": cell.old if forward else cell.new,
         "new_value": cell.new if forward else cell.old, "staff_id": actor_id}
        for cell in done])
    reindex_customers(session, customer_ids)
    session.expire_all()
    return Changes(customer_ids=tuple(customer_ids))


def _write_cells(session: Session, table: Table, cells: Sequence[CellChange], *,
                 forward: bool) -> list[CellChange]:
    """Write the cells still holding the expected value; returns those written."""
    by_field: dict[str, list[CellChange]] = {}
    for cell in cells:
        by_field.setdefault(cell.field, []).append(cell)
    written: list[CellChange] = []
    for field, items in by_field.items():
        current = dict(session.execute(select(table.c.id, table.c[field]).where(
            table.c.id.in_([c.row_id for c in items]))).tuples().all())
        ready = [c for c in items if c.row_id in current
                 and current[c.row_id] == (c.old if forward else c.new)]
        if ready:
            statement = (update(table).where(table.c.id == bindparam("_id"))
                         .values({field: bindparam("_value")}))
            session.connection().execute(statement, [
                {"_id": c.row_id, "_value": c.new if forward else c.old} for c in ready])
            written.extend(ready)
    return written


def _refresh_pinyin(session: Session, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        contacts: dict[int, list[str]] = {}
        for cid, name in session.execute(select(Contact.customer_id, Contact.name)
                                         .where(Contact.customer_id.in_(chunk))
                                         .order_by(Contact.position)):
            contacts.setdefault(cid, []).append(name)
        for cid, name, company in session.execute(select(Customer.id, Customer.name,
                                                         Customer.company)
                                                  .where(Customer.id.in_(chunk))):
            keys = customer_keys(" ".join([name, company or "", *contacts.get(cid, [])]))
            session.execute(update(Customer).where(Customer.id == cid)
                            .values(pinyin=keys.pinyin or None, initials=keys.initials or None)
                            .execution_options(synchronize_session=False))
