"""User-defined custom fields: define them and check the values given for them.

Values are stored as text in a canonical form: ISO dates, "1"/"0" for yes/no, plain
numbers ("12.5", "3"), and for choices the choice exactly as defined.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import CustomFieldDefinition
from crm_desktop.models.custom_fields import FIELD_KINDS
from crm_desktop.services import validation
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.importing.normalize import InvalidValue, parse_date

CustomValue = str | int | float | bool | dt.date
_TRUE = {"1", "true", "yes", "y", "是", "对", "有", "✓", "√"}
_FALSE = {"0", "false", "no", "n", "否", "不", "无", "没有", "✗", "×"}


@dataclass(frozen=True)
class FieldInfo:
    id: int
    label: str
    kind: str  # text, number, date, choice, bool
    choices: tuple[str, ...]
    position: int
    active: bool


def _info(definition: CustomFieldDefinition) -> FieldInfo:
    choices = tuple(json.loads(definition.choices)) if definition.choices else ()
    return FieldInfo(id=definition.id, label=definition.label, kind=definition.kind,
                     choices=choices, position=definition.position, active=definition.active)


def list_fields(session: Session, *, include_retired: bool = False) -> list[FieldInfo]:
    query = select(CustomFieldDefinition).order_by(
        CustomFieldDefinition.position, CustomFieldDefinition.id)
    if not include_retired:
        query = query.where(CustomFieldDefinition.active)
    return [_info(definition) for definition in session.scalars(query)]


def fields_by_id(session: Session) -> dict[int, FieldInfo]:
    """Every field, retired ones too (their stored values still show)."""
    return {info.id: info for info in list_fields(session, include_retired=True)}


def define_field(
    session: Session, *, label: str, kind: str, choices: Sequence[str] = ()
) -> FieldInfo:
    """Add a custom field at the end; ``choices`` only (and required) for kind "choice"."""
    if kind not in FIELD_KINDS:
        raise ValidationError(
            "invalid_kind", f"“{kind}” is not a kind of field; use one of "
            + ", ".join(FIELD_KINDS) + ".", field="kind", value=kind, what="field",
            kinds=", ".join(FIELD_KINDS),
        )
    definition = CustomFieldDefinition(kind=kind, active=True)
    definition.position = (session.scalar(
        select(func.max(CustomFieldDefinition.position))) or 0) + 1
    _set_label(session, definition, label)
    definition.choices = _clean_choices(kind, choices)
    session.add(definition)
    session.flush()
    return _info(definition)


def update_field(
    session: Session, *, id: int, label: str | None = None, choices: Sequence[str] | None = None
) -> FieldInfo:
    """Rename a field or change its choices (the kind cannot change: values would break)."""
    definition = _load(session, id)
    if label is not None:
        _set_label(session, definition, label)
    if choices is not None:
        definition.choices = _clean_choices(definition.kind, choices)
    session.flush()
    return _info(definition)


def retire_field(session: Session, *, id: int, retired: bool = True) -> FieldInfo:
    """Hide (or show again) a field; stored values are kept."""
    definition = _load(session, id)
    definition.active = not retired
    session.flush()
    return _info(definition)


def canonical_value(info: FieldInfo, value: Any) -> str | None:
    """The stored text for ``value`` (None when blank); ``ValidationError`` names the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if info.kind == "text":
        return validation.text(value, field=info.label, max_length=2000, keep_newlines=True)
    if info.kind == "bool":
        return _canonical_bool(info, value)
    if info.kind == "number":
        return _canonical_number(info, value)
    if info.kind == "date":
        return _canonical_date(info, value)
    text = str(value).strip()
    if text not in info.choices:
        raise _invalid(info, value, "is not one of the choices: " + ", ".join(info.choices))
    return text


def typed_value(kind: str, stored: str) -> CustomValue:
    """The Python value of stored text: str, int/float, date or bool."""
    if kind == "bool":
        return stored == "1"
    if kind == "number":
        number = float(stored)
        return int(number) if number.is_integer() and "." not in stored else number
    if kind == "date":
        return dt.date.fromisoformat(stored)
    return stored


def _canonical_bool(info: FieldInfo, value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    text = str(value).strip().lower()
    if text in _TRUE:
        return "1"
    if text in _FALSE:
        return "0"
    raise _invalid(info, value, "is not yes or no")


def _canonical_number(info: FieldInfo, value: Any) -> str:
    if isinstance(value, bool):
        raise _invalid(info, value, "is not a number")
    if isinstance(value, int):
        return str(value)
    try:
        number = float(str(value).strip().replace(",", "").replace("，", ""))
    except ValueError:
        raise _invalid(info, value, "is not a number") from None
    if not math.isfinite(number):
        raise _invalid(info, value, "is not a number")
    return str(int(number)) if number.is_integer() else repr(number)


def _canonical_date(info: FieldInfo, value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        parsed = parse_date(value)
    except InvalidValue:
        parsed = None
    if parsed is None:
        raise _invalid(info, value, "is not a date")
    return parsed.isoformat()


def _invalid(info: FieldInfo, value: Any, why: str) -> ValidationError:
    return ValidationError(
        "invalid_custom_value", f"{info.label}: “{value}” {why}.",
        field=f"custom.{info.id}", label=info.label, value=str(value),
    )


def _set_label(session: Session, definition: CustomFieldDefinition, label: str) -> None:
    clean = validation.required_text(label, field="label", max_length=100)
    clash = session.scalar(select(CustomFieldDefinition.id).where(
        CustomFieldDefinition.label == clean, CustomFieldDefinition.id != definition.id))
    if clash is not None:
        raise ValidationError("duplicate_name", f"There is already a field “{clean}”.",
                              field="label", value=clean, what="field")
    definition.label = clean


def _clean_choices(kind: str, choices: Sequence[str]) -> str | None:
    if kind != "choice":
        return None
    clean = list(dict.fromkeys(c.strip() for c in choices if c and c.strip()))
    if not clean:
        raise ValidationError("choices_required", "A choice field needs at least one choice.",
                              field="choices")
    return json.dumps(clean, ensure_ascii=False)


def _load(session: Session, id: int) -> CustomFieldDefinition:
    definition = session.get(CustomFieldDefinition, id)
    if definition is None:
        raise NotFound("field_not_found", f"There is no custom field with id {id}.", id=id)
    return definition
