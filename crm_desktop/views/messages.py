"""A ``DomainError`` as a sentence in the user's language.

Services raise errors with a stable ``code``, ``params`` and an English ``message``.
``message_templates.py`` holds a translatable template per code (``code/variant`` when
the ``what`` or ``reason`` parameter picks a more precise one), filled from ``params``
with ``str.format``; the ``field`` parameter ("contacts[2].email") is first put in the
user's words ("contact 2's email"). A code without a template falls back to the English
message, so a new error is never lost, only untranslated, and a test lists it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.errors import DomainError
from crm_desktop.services.integrity import Finding
from crm_desktop.views.finding_templates import finding_templates
from crm_desktop.views.message_templates import all_templates

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them
_CONTACT_FIELD = re.compile(r"contacts\[(\d+)\]\.(\w+)")


def _field_names() -> dict[str, str]:
    return {
        "name": translate("FieldNames", "name"),
        "name_en": translate("FieldNames", "English name"),
        "kind": translate("FieldNames", "kind"),
        "company": translate("FieldNames", "company"),
        "industry": translate("FieldNames", "industry"),
        "size": translate("FieldNames", "company size"),
        "region": translate("FieldNames", "region"),
        "city": translate("FieldNames", "city"),
        "address": translate("FieldNames", "address"),
        "source": translate("FieldNames", "source"),
        "wechat": translate("FieldNames", "WeChat"),
        "website": translate("FieldNames", "website"),
        "notes": translate("FieldNames", "notes"),
        "phones": translate("FieldNames", "phones"),
        "emails": translate("FieldNames", "emails"),
        "phone": translate("FieldNames", "phone"),
        "email": translate("FieldNames", "email"),
        "mobile": translate("FieldNames", "mobile"),
        "title": translate("FieldNames", "job title"),
        "birthday": translate("FieldNames", "birthday"),
        "status_id": translate("FieldNames", "status"),
        "owner_id": translate("FieldNames", "owner"),
        "marketing_consent": translate("FieldNames", "marketing consent"),
        "label": translate("FieldNames", "field name"),
        "choices": translate("FieldNames", "choices"),
        "color": translate("FieldNames", "colour"),
        "contacts": translate("FieldNames", "contacts"),
        "id": translate("FieldNames", "contact"),
        "customer_id": translate("FieldNames", "customer"),
        "amount_minor": translate("FieldNames", "amount"),
        "currency": translate("FieldNames", "currency"),
        "expected_close_date": translate("FieldNames", "expected close date"),
        "lost_reason": translate("FieldNames", "lost reason"),
        "probability": translate("FieldNames", "win probability"),
        "stage_id": translate("FieldNames", "stage"),
        "deal.title": translate("FieldNames", "deal title"),
    }


def field_label(field: str) -> str:
    """A service's field name in the user's words: "contacts[2].email" → "contact 2's email"."""
    names = _field_names()
    contact = _CONTACT_FIELD.fullmatch(field)
    if contact is not None:
        number, part = contact.groups()
        if part == "id":
            return translate("FieldNames", "Contact {number}").format(number=number)
        return translate("FieldNames", "contact {number}'s {field}").format(
            number=number, field=names.get(part, part.replace("_", " ")))
    if field.startswith("custom."):
        return translate("FieldNames", "custom field")
    return names.get(field, field.rsplit(".", 1)[-1].replace("_", " "))


def _params(error: DomainError) -> dict[str, Any]:
    params = {name: "" if value is None else value for name, value in error.params.items()}
    if "field" in params:
        params["field"] = field_label(str(params["field"]))
    return params


def _candidates(error: DomainError) -> list[str]:
    """The templates that may fit ``error``, the most precise first."""
    templates = all_templates()
    keys = [f"{error.code}/{error.params[name]}" for name in ("what", "reason")
            if name in error.params]
    found: list[str] = []
    for key in [*keys, error.code]:
        value = templates.get(key)
        if value is not None:
            found += [value] if isinstance(value, str) else list(value)
    return found


def describe(error: DomainError) -> str:
    """The translated sentence for ``error``, or its English message if there is none."""
    params = _params(error)
    for template in _candidates(error):
        try:
            text = template.format(**params)
        except (KeyError, IndexError, ValueError):
            continue
        return text[:1].upper() + text[1:] if template.startswith("{field}") else text
    return error.message


def describe_finding(finding: Finding) -> str:
    """An integrity finding as a sentence in the user's language (its English message
    when its code has no template or its parameters do not fill it)."""
    templates = finding_templates()
    params = {name: "" if value is None else value for name, value in finding.params.items()}
    template = templates["more"] if "more" in params else templates.get(finding.code)
    try:
        return finding.message if template is None else template.format(**params)
    except (KeyError, IndexError, ValueError):
        return finding.message


def show_error(parent: QWidget | None, error: DomainError) -> None:
    """Tell the user what went wrong, in a modal box titled in their language."""
    QMessageBox.warning(parent, translate("Messages", "CRM Desktop"), describe(error))
