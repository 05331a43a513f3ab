"""What the import screens call things: fields a column can go to, duplicate policies,
row actions and cell problems, in the user's language.

Built on each call (never cached at import time) so a language switch takes effect the
next time a screen asks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.importing.duplicates import DuplicateMatch
from crm_desktop.services.importing.mapping import (
    CONTACT_FIELDS,
    CUSTOM_PREFIX,
    CUSTOMER_FIELDS,
    IGNORE,
    NAME_PARTS,
)

_CONTEXT = "ImportLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_labels() -> dict[str, str]:
    """Every fixed target → its label (custom fields are labelled by ``target_label``)."""
    return {
        "name": _t("Customer name"),
        "kind": _t("Customer type (company or person)"),
        "company": _t("Company"),
        "industry": _t("Industry"),
        "size": _t("Company size"),
        "region": _t("Region / province"),
        "city": _t("City"),
        "address": _t("Address"),
        "source": _t("Source"),
        "status": _t("Status"),
        "owner": _t("Owner (salesperson)"),
        "wechat": _t("WeChat"),
        "website": _t("Website"),
        "notes": _t("Notes"),
        "birthday": _t("Birthday"),
        "phone": _t("Phone"),
        "email": _t("Email"),
        "contact_name": _t("Contact: name"),
        "contact_title": _t("Contact: job title"),
        "contact_mobile": _t("Contact: mobile"),
        "contact_phone": _t("Contact: phone"),
        "contact_email": _t("Contact: email"),
        "contact_wechat": _t("Contact: WeChat"),
        "given_name": _t("Given name"),
        "family_name": _t("Family name"),
        "tags": _t("Tags"),
        IGNORE: _t("Ignore this column"),
    }


def target_label(target: str) -> str:
    if target.startswith(CUSTOM_PREFIX):
        return _t("Custom field: {label}").format(label=target[len(CUSTOM_PREFIX):])
    return field_labels().get(target, target)


def target_groups() -> list[tuple[str, list[str]]]:
    """The fixed targets as the mapping combo lists them, in groups."""
    return [
        ("", [IGNORE]),
        (_t("Customer"), list(CUSTOMER_FIELDS)),
        (_t("Contact"), [*CONTACT_FIELDS, *NAME_PARTS]),
        (_t("Other"), ["tags"]),
    ]


def policy_labels() -> dict[str, str]:
    """What the import does with a row that matches a customer already there."""
    return {
        "skip": _t("Skip the row"),
        "update": _t("Fill in empty fields"),
        "merge": _t("Merge into the customer"),
        "create": _t("Create a new customer anyway"),
    }


def action_labels() -> dict[str, str]:
    """What running the import does with one row (the preview's Action column)."""
    return {
        "skip": _t("Skip"),
        "create": _t("Create"),
        "update": _t("Fill in"),
        "merge": _t("Merge"),
    }


def follow_policy_label() -> str:
    return _t("As the policy says")


def duplicate_text(match: DuplicateMatch | None) -> str:
    if match is None:
        return ""
    key = {"phone": _t("phone"), "email": _t("email"), "name": _t("name")}.get(match.key,
                                                                                match.key)
    if match.source == "file":
        return _t("Same as row {row} ({key} {value})").format(row=match.row, key=key,
                                                              value=match.value)
    if not match.exact:
        return _t("Perhaps “{name}” ({score}% alike)").format(name=match.name,
                                                             score=match.score)
    return _t("Customer “{name}” ({key} {value})").format(name=match.name, key=key,
                                                          value=match.value)


def problem_text(code: str, value: str, fallback: str) -> str:
    """A cell problem in the user's words; unknown codes keep the service's sentence."""
    templates = {
        "invalid_phone": _t("“{value}” is not a valid phone number"),
        "invalid_email": _t("“{value}” is not a valid email address"),
        "several_emails": _t("“{value}” holds more than one email address"),
        "invalid_date": _t("“{value}” is not a valid date"),
        "missing_name": _t("The row has no customer name"),
    }
    template = templates.get(code)
    return fallback if template is None else template.format(value=value)


def kind_text(kind: object) -> str:
    return {"company": _t("Company"), "person": _t("Person")}.get(str(kind), str(kind or ""))
