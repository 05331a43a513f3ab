"""Exporting lists (customers, contacts) to .xlsx, .csv and .json.

``export_lists`` writes one or several kinds of list for the customers the user chose (all,
the current filter or the selection, as ids in the list's order). An .xlsx holds one sheet
per kind; a .csv one kind, so several kinds give one file each (``name-contacts.csv``); a
.json one list, or an object of lists for several. CSV is UTF-8 with a BOM (Excel then
reads Chinese right) unless another encoding is asked for. Files appear only when all of
them are complete (written beside, then renamed); a cancel or an error leaves nothing.
Reading: ``records.py``; columns: ``columns.py``; writing: ``writers.py``; the import
template: ``template.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.exporting.columns import (
    SHEET_NAMES,
    columns_of,
    contact_lines,
    customer_lines,
)
from crm_desktop.services.exporting.records import (
    contact_records,
    custom_labels,
    customer_records,
    live_ids,
)
from crm_desktop.services.exporting.writers import (
    Sheet,
    safe_text,
    write_csv,
    write_json,
    write_xlsx,
)
from crm_desktop.services.progress import CancelCheck, Progress, never_cancelled, no_progress

KINDS = ("customers", "contacts")
FORMATS = (".xlsx", ".csv", ".json")
#: The CSV encodings offered: the name a user gives → the codec (UTF-8 gets a BOM).
ENCODINGS = {"utf-8": "utf-8-sig", "utf8": "utf-8-sig", "utf-8-sig": "utf-8-sig",
             "gbk": "gbk", "gb18030": "gb18030"}

__all__ = ["ENCODINGS", "FORMATS", "KINDS", "ExportResult", "customer_records",
           "export_customers", "export_lists", "safe_text"]


@dataclass(frozen=True)
class ExportResult:
    """How many of each kind were written, and the files (several CSVs for several kinds)."""

    counts: Mapping[str, int]
    files: tuple[Path, ...]


def export_lists(session: Session, path: str | Path, *, kinds: Sequence[str] = ("customers",),
                 ids: Sequence[int] | None = None, encoding: str = "utf-8",
                 headers: Mapping[str, str] | None = None, progress: Progress = no_progress,
                 cancelled: CancelCheck = never_cancelled) -> ExportResult:
    """Write the lists ``kinds`` of the live customers (or those of ``ids``) to ``path``.

    The format follows the suffix. ``headers`` maps ``kind.key`` to a column header in the
    user's language (see ``columns.py``). Raises ``ValidationError`` for an unknown format,
    kind or encoding, or a character the encoding cannot hold (nothing is written then),
    and ``Cancelled`` when ``cancelled()`` turns true.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("export_format", f"Cannot export to {path.name}: use a .json, "
                              ".xlsx or .csv file name", path=str(path))
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        raise ValidationError("export_kind", f"Cannot export “{', '.join(unknown)}”: the "
                              f"lists are {', '.join(KINDS)}", kind=", ".join(unknown))
    codec = ENCODINGS.get(encoding.strip().lower())
    if codec is None:
        raise ValidationError("export_encoding_unknown", f"Cannot write CSV in “{encoding}”: "
                              "use UTF-8, GBK or GB18030", encoding=encoding)
    kinds = list(dict.fromkeys(kinds))
    all_ids = live_ids(session, ids)
    labels = custom_labels(session)
    counts = dict.fromkeys(kinds, 0)

    def read(kind: str, step: int) -> Iterator[dict[str, Any]]:
        def report(done: int, total: int) -> None:
            progress(step * len(all_ids) + done, len(kinds) * len(all_ids))

        source = customer_records if kind == "customers" else contact_records
        for record in source(session, all_ids, progress=report, cancelled=cancelled):
            counts[kind] += 1
            yield record

    def sheet(kind: str, step: int) -> Sheet:
        columns = columns_of(kind, labels, headers)
        lines = customer_lines if kind == "customers" else contact_lines
        return Sheet(SHEET_NAMES[kind], columns, lines(read(kind, step), columns))

    targets = _targets(path, kinds)
    partials = {kind: target.with_name(f".{target.name}.{os.getpid()}.partial")
                for kind, target in targets.items()}
    try:
        if suffix == ".json":
            write_json(partials[kinds[0]], {kind: read(kind, step)
                                             for step, kind in enumerate(kinds)})
        elif suffix == ".csv":
            for step, kind in enumerate(kinds):
                write_csv(partials[kind], sheet(kind, step), encoding=codec,
                          name=targets[kind].name)
        else:
            write_xlsx(partials[kinds[0]], [sheet(kind, step)
                                            for step, kind in enumerate(kinds)])
        for kind, partial in partials.items():
            os.replace(partial, targets[kind])
    finally:
        for partial in partials.values():
            partial.unlink(missing_ok=True)
    return ExportResult(counts=counts, files=tuple(dict.fromkeys(targets.values())))


def _targets(path: Path, kinds: Sequence[str]) -> dict[str, Path]:
    """The file of each kind: ``path`` itself, except for CSV with several kinds."""
    if path.suffix.lower() != ".csv" or len(kinds) == 1:
        return {kinds[0]: path}
    return {kind: path.with_name(f"{path.stem}-{kind}{path.suffix}") for kind in kinds}


def export_customers(session: Session, path: str | Path, *, ids: Sequence[int] | None = None,
                     encoding: str = "utf-8", headers: Mapping[str, str] | None = None,
                     progress: Progress = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> int:
    """Write the live customers (or those in ``ids``) to ``path``; returns how many."""
    result = export_lists(session, path, kinds=("customers",), ids=ids, encoding=encoding,
                          headers=headers, progress=progress, cancelled=cancelled)
    return result.counts["customers"]
