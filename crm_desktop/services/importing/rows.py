"""Turning one row of the sheet into the values of a customer, under a column mapping.

A row's cells go through the rules of ``normalize`` by the target of their column: phones
to E.164, emails lower-cased, dates of every common form, tags split on , ; 、. A bad cell
becomes a ``Problem`` (the row is still imported without that value); a row that yields no
name at all (no name, company or contact) gets a blocking ``missing_name`` problem.

The result is a plain dict: customer fields (``name``, ``company``, ``industry`` ...),
``phones``/``emails``/``tags`` lists, ``birthday`` (a date), ``status``/``owner`` (text,
resolved later), ``contact`` (a dict, or absent) and ``custom`` ({label: text}).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from crm_desktop.services.importing.companies import normalize_company
from crm_desktop.services.importing.mapping import (
    CUSTOM_PREFIX,
    IGNORE,
    classify_header,
    join_name_parts,
)
from crm_desktop.services.importing.normalize import (
    InvalidValue,
    Problem,
    clean_text,
    normalize_emails,
    normalize_phones,
    parse_date,
)

#: Problem codes that keep a row out of the import (the others only drop one value).
BLOCKING = frozenset({"missing_name"})
TEXT_FIELDS = ("name", "company", "industry", "size", "region", "city", "address", "source",
               "wechat", "website", "status", "owner")
_TEXT_TARGETS = frozenset(TEXT_FIELDS)
_TAG_SPLIT = re.compile(r"[,;，；、|\n]+")
_PERSON_KINDS = {"person", "individual", "个人", "个人客户", "自然人", "私人"}
_COMPANY_KINDS = {"company", "organization", "organisation", "business", "企业", "公司",
                  "企业客户", "单位", "机构", "团体"}


class Cell(NamedTuple):
    """One input to a row: the target it feeds, the column it came from, the raw value.
    (A tuple: a 100k-row sheet makes a million of them.)"""

    target: str
    column: str
    value: object


def row_cells(values: Sequence[object], mapping: Sequence[str],
              header: Sequence[str]) -> list[Cell]:
    """The non-blank, mapped cells of a source row."""
    cells: list[Cell] = []
    for index, target, value in zip(range(len(values)), mapping, values, strict=False):
        if value is None or target == IGNORE or (isinstance(value, str) and not value.strip()):
            continue
        cells.append(Cell(target, header[index], value))
    return cells


def convert_cells(number: int, cells: Sequence[Cell], *, region: str | None,
                  name_is_person: bool | None) -> tuple[dict[str, object], list[Problem]]:
    """The customer values of one row and the problems found in its cells.

    ``name_is_person`` says whether the sheet's name column holds people (True),
    companies (False) or cannot tell (None); it decides ``kind`` when no column does.
    """
    values: dict[str, object] = {}
    phones: list[str] = []
    emails: list[str] = []
    tags: list[str] = []
    contact: dict[str, object] = {}
    custom: dict[str, str] = {}
    parts: dict[str, str] = {}
    problems: list[Problem] = []
    for cell in cells:
        target = cell.target
        try:
            if target in _TEXT_TARGETS:  # the most common cell first
                text = clean_text(cell.value)
                if text and target not in values:
                    values[target] = text
            elif target in ("phone", "contact_mobile", "contact_phone"):
                found = normalize_phones(cell.value, region)
                _feed(found, target, phones, contact)
            elif target in ("email", "contact_email"):
                _feed(normalize_emails(cell.value), target, emails, contact)
            elif target == "birthday":
                values["birthday"] = parse_date(cell.value)
            elif target == "tags":
                text = clean_text(cell.value) or ""
                for tag in _TAG_SPLIT.split(text):
                    tag = tag.strip()[:60]
                    if tag and tag not in tags:
                        tags.append(tag)
            elif target == "notes":
                _append_text(values, "notes", clean_text(cell.value, keep_newlines=True))
            elif target == "kind":
                values["kind"] = _kind(cell.value)
            elif target in ("given_name", "family_name"):
                parts[target] = clean_text(cell.value) or ""
            elif target.startswith(CUSTOM_PREFIX):
                text = clean_text(cell.value, keep_newlines=True)
                if text:
                    label = target[len(CUSTOM_PREFIX):].strip()[:100]
                    custom[label] = f"{custom[label]}\n{text}" if label in custom else text
            elif target.startswith("contact_"):
                text = clean_text(cell.value)
                if text and target[len("contact_"):] not in contact:
                    contact[target[len("contact_"):]] = text
        except InvalidValue as error:
            problems.append(error.at(number, cell.column))
    _finish_names(values, contact, parts, name_is_person)
    _finish_contact(values, contact, phones, emails)
    if phones:
        values["phones"] = phones
    if emails:
        values["emails"] = emails
    if tags:
        values["tags"] = tags
    if custom:
        values["custom"] = custom
    if contact:
        values["contact"] = contact
    if not values.get("name"):
        column = next((cell.column for cell in cells if cell.target == "name"), "")
        problems.append(Problem(row=number, column=column, value="",
                                message=f"Row {number} has no customer name", code="missing_name"))
    return values, problems


def name_column_holds_people(header: Sequence[str], mapping: Sequence[str]) -> bool | None:
    """Whether the column mapped to ``name`` is a person's name (姓名), a company's, or unknown."""
    if "contact_name" in mapping:
        return False
    for text, target in zip(header, mapping, strict=False):
        if target == "name":
            concept = classify_header(text)
            if concept == "<person>":
                return True
            if concept == "<org>":
                return False
            return None
    if "given_name" in mapping or "family_name" in mapping:
        return True
    return None


def _feed(found: list[str], target: str, own: list[str], contact: dict[str, object]) -> None:
    """Phones/emails of a contact column go to the contact (first one), the rest to the
    customer, so that no number is lost."""
    if not target.startswith("contact_"):
        own.extend(item for item in found if item not in own)
        return
    key = target[len("contact_"):]
    for item in found:
        if key not in contact:
            contact[key] = item
        elif item != contact[key] and item not in own:
            own.append(item)


def _append_text(values: dict[str, object], key: str, text: str | None) -> None:
    if text:
        values[key] = f"{values[key]}\n{text}" if key in values else text


def _kind(value: object) -> str | None:
    text = (clean_text(value) or "").casefold()
    if text in _PERSON_KINDS:
        return "person"
    if text in _COMPANY_KINDS:
        return "company"
    return None


def _finish_names(values: dict[str, object], contact: dict[str, object], parts: dict[str, str],
                  name_is_person: bool | None) -> None:
    whole = join_name_parts(parts.get("given_name"), parts.get("family_name"))
    if whole:
        if values.get("company") and "name" not in contact and not values.get("name"):
            contact["name"] = whole
        elif not values.get("name"):
            values["name"] = whole
    person = name_is_person
    if not values.get("name"):
        if values.get("company"):
            values["name"] = values["company"]
            person = False
        elif contact.get("name"):
            values["name"] = contact.pop("name")
            person = True
    if values.get("kind") is None:
        values.pop("kind", None)
        if person is None:
            name = str(values.get("name") or "")
            person = bool(name) and not (contact or values.get("company") or _companyish(name))
        values["kind"] = "person" if person else "company"


_COMPANY_WORDS = re.compile(r"公司|集团|工作室|事务所|研究院|中心|商行|门市|工厂|[厂店行社]$|"
                            r"\b(?:ltd|inc|llc|co|corp|gmbh|group|studio)\b", re.IGNORECASE)


def _companyish(name: str) -> bool:
    return bool(_COMPANY_WORDS.search(name))


def _finish_contact(values: dict[str, object], contact: dict[str, object], phones: list[str],
                    emails: list[str]) -> None:
    """A contact without a name is no contact: its channels become the customer's."""
    if contact.get("name"):
        return
    if contact.get("wechat") and not values.get("wechat"):
        values["wechat"] = contact["wechat"]
    for key, own in (("mobile", phones), ("phone", phones), ("email", emails)):
        item = contact.pop(key, None)
        if isinstance(item, str) and item not in own:
            own.append(item)
    contact.clear()


def key_of_company(values: dict[str, object]) -> str:
    """The duplicate key of a row's company name ("" when none)."""
    return normalize_company(values.get("company") or values.get("name"))
