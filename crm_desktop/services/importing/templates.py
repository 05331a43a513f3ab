"""Saved column mappings ("templates"), found again by the signature of a sheet's headers.

A template is ``{header text: target}``. The command line's ``--mapping`` takes a template
name or the path of a JSON file of the same shape.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crm_desktop.models import MappingTemplate
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.importing.mapping import header_signature, normalize_header


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    signature: str
    mapping: dict[str, str]
    created_at: dt.datetime


def _info(template: MappingTemplate) -> TemplateInfo:
    return TemplateInfo(template.id, template.name, template.header_signature,
                        json.loads(template.mapping), template.created_at)


def save_template(session: Session, *, name: str, header: Sequence[str],
                  mapping: Sequence[str]) -> TemplateInfo:
    """Save (or replace) the mapping of ``header`` under ``name``."""
    from crm_desktop.services.importing.preview import check_target

    name = " ".join(name.split())
    if not name:
        raise ValidationError("template_name_blank", "A template needs a name")
    if len(header) != len(mapping):
        raise ValidationError("template_shape", "The mapping must give one field per column")
    pairs = {text: check_target(target) for text, target in zip(header, mapping, strict=True)}
    template = session.scalar(select(MappingTemplate).where(MappingTemplate.name == name))
    if template is None:
        template = MappingTemplate(name=name, header_signature="", mapping="")
        session.add(template)
    template.header_signature = header_signature(header)
    template.mapping = json.dumps(pairs, ensure_ascii=False)
    session.flush()
    return _info(template)


def list_templates(session: Session) -> list[TemplateInfo]:
    return [_info(t) for t in session.scalars(select(MappingTemplate)
                                              .order_by(MappingTemplate.name))]


def find_template(session: Session, header: Sequence[str]) -> TemplateInfo | None:
    """The most recent template saved for headers like these, if any."""
    template = session.scalar(
        select(MappingTemplate).where(MappingTemplate.header_signature == header_signature(header))
        .order_by(MappingTemplate.created_at.desc(), MappingTemplate.id.desc()).limit(1))
    return None if template is None else _info(template)


def delete_template(session: Session, *, name: str) -> None:
    result = session.execute(delete(MappingTemplate).where(MappingTemplate.name == name))
    if not result.rowcount:
        raise NotFound("no_such_template", f"There is no mapping template named “{name}”",
                       name=name)


def load_mapping_argument(session: Session, value: str) -> tuple[str, dict[str, str]]:
    """What ``--mapping`` names: a saved template, else a JSON file ``{header: target}``.

    Returns a display name and the mapping; raises ``ValidationError`` naming the value.
    """
    template = session.scalar(select(MappingTemplate).where(MappingTemplate.name == value))
    if template is not None:
        return template.name, json.loads(template.mapping)
    return load_mapping_file(value)


def load_mapping_file(value: str) -> tuple[str, dict[str, str]]:
    """The JSON file ``{header: target}`` that ``--mapping`` names (no database needed)."""
    path = Path(value).expanduser()
    if not path.is_file():
        raise ValidationError("no_such_mapping",
                              f"{value} is neither a saved mapping template nor a JSON file",
                              mapping=value)
    try:
        loaded = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError("bad_mapping_file",
                              f"{path.name} is not a readable JSON mapping ({error})",
                              mapping=value) from None
    if not isinstance(loaded, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in loaded.items()):
        raise ValidationError("bad_mapping_file",
                              f"{path.name} must hold one JSON object of header: field pairs",
                              mapping=value)
    return path.name, loaded


def apply_mapping(header: Sequence[str], named: Mapping[str, str],
                  fallback: Sequence[str]) -> list[str]:
    """One target per column: from ``named`` by exact header text, else by the header's
    normalised spelling, else the ``fallback`` guess."""
    from crm_desktop.services.importing.preview import check_target

    by_key = {normalize_header(text): target for text, target in named.items()}
    result: list[str] = []
    for index, text in enumerate(header):
        target = named.get(text)
        if target is None:
            target = by_key.get(normalize_header(text))
        result.append(check_target(target) if target is not None else fallback[index])
    return result
