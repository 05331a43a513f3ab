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
from crm_desktop.services.importing.report import shown_key_value

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def field_labels() -> dict[str, str]:
    """Every fixed target → its label (custom fields are labelled by ``target_label``)."""
    return {
        "name": translate("ImportLabels", "Customer name"),
        "kind": translate("ImportLabels", "Customer type (company or person)"),
        "company": translate("ImportLabels", "Company"),
        "industry": translate("ImportLabels", "Industry"),
        "size": translate("ImportLabels", "Company size"),
        "region": translate("ImportLabels", "Region / province"),
        "city": translate("ImportLabels", "City"),
        "address": translate("ImportLabels", "Address"),
        "source": translate("ImportLabels", "Source"),
        "status": translate("ImportLabels", "Status"),
        "owner": translate("ImportLabels", "Owner (salesperson)"),
        "wechat": translate("ImportLabels", "WeChat"),
        "website": translate("ImportLabels", "Website"),
        "notes": translate("ImportLabels", "Notes"),
        "birthday": translate("ImportLabels", "Birthday"),
        "phone": translate("ImportLabels", "Phone"),
        "email": translate("ImportLabels", "Email"),
        "contact_name": translate("ImportLabels", "Contact: name"),
        "contact_title": translate("ImportLabels", "Contact: job title"),
        "contact_mobile": translate("ImportLabels", "Contact: mobile"),
        "contact_phone": translate("ImportLabels", "Contact: phone"),
        "contact_email": translate("ImportLabels", "Contact: email"),
        "contact_wechat": translate("ImportLabels", "Contact: WeChat"),
        "given_name": translate("ImportLabels", "Given name"),
        "family_name": translate("ImportLabels", "Family name"),
        "tags": translate("ImportLabels", "Tags"),
        IGNORE: translate("ImportLabels", "Ignore this column"),
    }


def target_label(target: str) -> str:
    if target.startswith(CUSTOM_PREFIX):
        label = target[len(CUSTOM_PREFIX):]
        return translate("ImportLabels", "Custom field: {label}").format(label=label)
    return field_labels().get(target, target)


def target_groups() -> list[tuple[str, list[str]]]:
    """The fixed targets as the mapping combo lists them, in groups."""
    return [
        ("", [IGNORE]),
        (translate("ImportLabels", "Customer"), list(CUSTOMER_FIELDS)),
        (translate("ImportLabels", "Contact"), [*CONTACT_FIELDS, *NAME_PARTS]),
        (translate("ImportLabels", "Other"), ["tags"]),
    ]


def policy_labels() -> dict[str, str]:
    """What the import does with a row that matches a customer already there."""
    return {
        "skip": translate("ImportLabels", "Skip the row"),
        "update": translate("ImportLabels", "Fill in empty fields"),
        "merge": translate("ImportLabels", "Merge into the customer"),
        "create": translate("ImportLabels", "Create a new customer anyway"),
    }


def action_labels() -> dict[str, str]:
    """What running the import does with one row (the preview's Action column)."""
    return {
        "skip": translate("ImportLabels", "Skip"),
        "create": translate("ImportLabels", "Create"),
        "update": translate("ImportLabels", "Fill in"),
        "merge": translate("ImportLabels", "Merge"),
    }


def follow_policy_label() -> str:
    return translate("ImportLabels", "As the policy says")


def duplicate_text(match: DuplicateMatch | None, region: str = "CN") -> str:
    """Where a row would go and the key that says so; a suggestion says why it is one."""
    if match is None:
        return ""
    keys = {"mobile": translate("ImportLabels", "mobile"),
            "landline": translate("ImportLabels", "landline"),
            "email": translate("ImportLabels", "email"),
            "role_email": translate("ImportLabels", "shared email"),
            "name": translate("ImportLabels", "name")}
    key = keys.get(match.key, match.key)
    if match.reason == "similar_name":
        return translate("ImportLabels", "Perhaps “{name}” ({score}% alike)").format(
            name=match.name, score=match.score)
    value = shown_key_value(match.key, match.value, match.name, region)
    if match.source == "file":
        target = translate("ImportLabels", "row {row} “{name}”").format(row=match.row,
                                                                      name=match.name)
    else:
        target = translate("ImportLabels", "“{name}”").format(name=match.name)
    if match.reason == "names_differ":
        return translate("ImportLabels", "Possible duplicate of {target}: same {key} {value}, "
                         "another name").format(target=target, key=key, value=value)
    if match.reason:
        return translate("ImportLabels", "Possible duplicate of {target}: same {key} "
                         "{value}").format(target=target, key=key, value=value)
    return translate("ImportLabels", "Same as {target} (same {key} {value})").format(
        target=target, key=key, value=value)


def problem_text(code: str, value: str, fallback: str) -> str:
    """A cell problem in the user's words; unknown codes keep the service's sentence."""
    templates = {
        "invalid_phone": translate("ImportLabels", "“{value}” is not a valid phone number"),
        "invalid_email": translate("ImportLabels", "“{value}” is not a valid email address"),
        "several_emails": translate("ImportLabels",
                                    "“{value}” holds more than one email address"),
        "invalid_date": translate("ImportLabels", "“{value}” is not a valid date"),
        "missing_name": translate("ImportLabels", "The row has no customer name"),
    }
    template = templates.get(code)
    return fallback if template is None else template.format(value=value)


def kind_text(kind: object) -> str:
    kinds = {"company": translate("ImportLabels", "Company"),
             "person": translate("ImportLabels", "Person")}
    return kinds.get(str(kind), str(kind or ""))
