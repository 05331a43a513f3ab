"""Checks of single values typed into the customer forms: phones, emails, text, colours.

The cell rules of the importer (``importing/normalize.py``) do the parsing, so a phone
typed in a form and the same phone in a spreadsheet are stored alike; here the error
is re-raised as a ``ValidationError`` naming the form field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Setting
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.importing.normalize import (
    InvalidValue,
    clean_text,
    normalize_emails,
    normalize_phones,
)

DEFAULT_PHONE_REGION = "CN"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def phone_region(session: Session) -> str:
    """The default country for phones without a country code (setting "phone_region")."""
    raw = session.scalar(select(Setting.value).where(Setting.key == "phone_region"))
    if raw:
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        if isinstance(value, str) and len(value.strip()) == 2:
            return value.strip().upper()
    return DEFAULT_PHONE_REGION


def text(value: object, *, field: str, max_length: int, keep_newlines: bool = False) -> str | None:
    """Trimmed text or None when blank; refuses text longer than the column holds."""
    cleaned = clean_text(value, keep_newlines=keep_newlines)
    if cleaned is not None and len(cleaned) > max_length:
        raise ValidationError(
            "too_long", f"The {label(field)} is too long (at most {max_length} characters).",
            field=field, max_length=max_length,
        )
    return cleaned


def required_text(value: object, *, field: str, max_length: int) -> str:
    cleaned = text(value, field=field, max_length=max_length)
    if cleaned is None:
        raise ValidationError("required", f"The {label(field)} cannot be empty.", field=field)
    return cleaned


def phones(values: Iterable[str | None], *, region: str, field: str = "phones") -> list[str]:
    """Every phone in ``values`` in E.164, without repeats (an item may hold several)."""
    found: list[str] = []
    for value in values:
        try:
            numbers = normalize_phones(value, region)
        except InvalidValue as error:
            raise ValidationError(
                "invalid_phone", f"{label(field).capitalize()}: {error.message}.",
                field=field, value=error.value,
            ) from error
        found.extend(number for number in numbers if number not in found)
    return found


def one_phone(value: str | None, *, region: str, field: str) -> str | None:
    numbers = phones([value], region=region, field=field)
    if len(numbers) > 1:
        raise ValidationError(
            "several_phones", f"{label(field).capitalize()}: give one phone number only.",
            field=field, value=value,
        )
    return numbers[0] if numbers else None


def emails(values: Iterable[str | None], *, field: str = "emails") -> list[str]:
    """Every email address in ``values``, lower-cased, without repeats."""
    found: list[str] = []
    for value in values:
        try:
            addresses = normalize_emails(value)
        except InvalidValue as error:
            raise ValidationError(
                "invalid_email", f"{label(field).capitalize()}: {error.message}.",
                field=field, value=error.value,
            ) from error
        found.extend(address for address in addresses if address not in found)
    return found


def one_email(value: str | None, *, field: str) -> str | None:
    addresses = emails([value], field=field)
    if len(addresses) > 1:
        raise ValidationError(
            "several_emails", f"{label(field).capitalize()}: give one email address only.",
            field=field, value=value,
        )
    return addresses[0] if addresses else None


def colour(value: str | None, *, field: str = "color") -> str:
    if value is None or not _COLOUR.fullmatch(value.strip()):
        raise ValidationError(
            "invalid_colour", f"“{value}” is not a colour; use the form #rrggbb.",
            field=field, value=value,
        )
    return value.strip().lower()


def label(field: str) -> str:
    """The English words for a field name in a message ("contacts[1].email" → "email")."""
    base = field.rsplit(".", 1)[-1]
    return base.replace("_", " ")
