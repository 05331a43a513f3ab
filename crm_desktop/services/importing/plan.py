"""``prepare_import``: read a file and build the preview, writing nothing.

Reading (``read_file``), choosing the sheet, finding the table, choosing the mapping (the
one given, a saved template whose header signature matches, or a guess), normalising
every row and finding duplicates. A file that cannot be imported at all (unreadable, no
rows, no column that could name a customer) is refused with ``FileRefused``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Setting, Status
from crm_desktop.services.importing.duplicates import KeyIndex
from crm_desktop.services.importing.mapping import guess_mapping
from crm_desktop.services.importing.preview import ImportPreview, PreparedRow, status_key
from crm_desktop.services.importing.readers import RawWorkbook, read_file
from crm_desktop.services.importing.readers_model import refuse
from crm_desktop.services.importing.table import choose_sheet, find_table
from crm_desktop.services.importing.templates import (
    apply_mapping,
    find_template,
    load_mapping_argument,
)
from crm_desktop.services.progress import CancelCheck, Progress, check, never_cancelled, no_progress

#: Targets that can give a row its name; a mapping without any is refused.
NAME_TARGETS = frozenset({"name", "company", "contact_name", "given_name", "family_name"})
SAMPLE_ROWS = 50


def prepare_import(session: Session, path: str | Path, *, sheet: str | None = None,
                   mapping: str | Mapping[str, str] | None = None, encoding: str | None = None,
                   workbook: RawWorkbook | None = None, policy: str = "skip",
                   progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> ImportPreview:
    """The preview of importing ``path`` (already read when ``workbook`` is given).

    ``mapping`` is a template name, a JSON file path, or ``{header: target}``; without it a
    saved template matching the headers is used, else the guess. Raises ``FileRefused``
    (nothing was written) when the file cannot be imported.
    """
    path = Path(path)
    if workbook is None:
        workbook = read_file(path, encoding=encoding)
    name = workbook.file_name
    names = [raw.name for raw in workbook.sheets]
    chosen = workbook.sheets[_sheet_index(names, sheet, name, workbook)]
    table = find_table(chosen.rows, chosen.merged)
    if not table.rows:
        refuse("no_rows", name, f"the sheet “{chosen.name}” has no rows to import",
               sheet=chosen.name)
    guessed = guess_mapping(table.header, [row.values for row in table.rows[:SAMPLE_ROWS]])
    template_name: str | None = None
    if isinstance(mapping, str):
        template_name, named = load_mapping_argument(session, mapping)
        targets = apply_mapping(table.header, named, guessed)
    elif mapping is not None:
        targets = apply_mapping(table.header, mapping, guessed)
    else:
        template = find_template(session, table.header)
        if template is not None:
            template_name = template.name
            targets = apply_mapping(table.header, template.mapping, guessed)
        else:
            targets = guessed
    if not NAME_TARGETS.intersection(targets):
        columns = ", ".join(table.header[:12])
        refuse("no_name_column", name, "no column looks like a customer or company name "
               f"(the columns are: {columns})", columns=columns)
    check(cancelled)
    preview = ImportPreview(
        file_name=name, sheet=chosen.name, sheet_names=names, header=table.header,
        header_row=table.header_row, mapping=targets,
        rows=[PreparedRow(row.number, row.values) for row in table.rows],
        index=KeyIndex.load(session), statuses=_status_lookup(session),
        region=_phone_region(session), table_skipped=list(table.skipped),
        template=template_name,
    )
    preview.set_policy(policy)
    _convert_all(preview, progress, cancelled)
    preview.refresh_duplicates()
    return preview


def _convert_all(preview: ImportPreview, progress: Progress, cancelled: CancelCheck) -> None:
    person = preview._name_is_person()
    total = len(preview.rows)
    for start in range(0, total, 5000):
        check(cancelled)
        for row in preview.rows[start:start + 5000]:
            preview._convert(row, person)
        progress(min(total, start + 5000), total)


def _sheet_index(names: list[str], sheet: str | None, file_name: str,
                 workbook: RawWorkbook) -> int:
    if sheet is None:
        return choose_sheet(workbook.sheets)
    if sheet in names:
        return names.index(sheet)
    folded = [candidate.strip().casefold() for candidate in names]
    if sheet.strip().casefold() in folded:
        return folded.index(sheet.strip().casefold())
    refuse("no_such_sheet", file_name, f"it has no sheet named “{sheet}” (its sheets are: "
           + ", ".join(names) + ")", sheet=sheet, sheets=", ".join(names))


def _status_lookup(session: Session) -> dict[str, int]:
    """Every spelling a status may be written in (name, English name, code) → its id."""
    lookup: dict[str, int] = {}
    rows = session.execute(select(Status.id, Status.name, Status.name_en, Status.code)
                           .order_by(Status.active.desc(), Status.position))
    for sid, *spellings in rows:
        for text in spellings:
            if text:
                lookup.setdefault(status_key(text), sid)
    return lookup


def _phone_region(session: Session) -> str | None:
    stored = session.get(Setting, "phone_region")
    if stored is None:
        return "CN"
    try:
        value = json.loads(stored.value)
    except json.JSONDecodeError:
        value = stored.value
    return str(value).upper() if value else None
