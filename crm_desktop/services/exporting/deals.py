"""Exporting the deals (live ones, of live customers) to .xlsx, .csv and .json.

The same writers as the customer lists, so nothing a spreadsheet opens can run: risky
text is quoted, amounts are money cells (in .json integer minor units, as stored).
The file appears only once complete (written beside, then renamed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Deal, PipelineStage, Staff
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.exporting.columns import DATE, DATETIME, INT, MONEY, TEXT, Column
from crm_desktop.services.exporting.writers import Sheet, write_csv, write_json, write_xlsx

ENCODINGS = {"utf-8": "utf-8-sig", "utf8": "utf-8-sig", "utf-8-sig": "utf-8-sig",
             "gbk": "gbk", "gb18030": "gb18030"}
DEAL_COLUMNS = (
    Column("id", "ID", INT, 8), Column("title", "Deal", TEXT, 30),
    Column("customer_id", "Customer ID", INT, 10), Column("customer", "Customer Name", TEXT, 30),
    Column("stage", "Stage", TEXT, 12), Column("probability", "Probability %", INT, 10),
    Column("amount", "Amount", MONEY, 14), Column("currency", "Currency", TEXT, 8),
    Column("expected_close_date", "Expected Close", DATE, 14),
    Column("owner", "Owner", TEXT, 12), Column("source", "Source", TEXT, 12),
    Column("lost_reason", "Lost Reason", TEXT, 30), Column("closed_at", "Closed", DATETIME, 20),
    Column("notes", "Notes", TEXT, 40), Column("created_at", "Created", DATETIME, 20),
    Column("updated_at", "Updated", DATETIME, 20),
)


def deal_records(session: Session) -> Iterator[dict[str, Any]]:
    """Every live deal in pipeline order (stage, then its place in the column)."""
    rows = session.execute(
        select(Deal.id, Deal.title, Deal.customer_id, Customer.name, PipelineStage.name,
               PipelineStage.probability, Deal.amount_minor, Deal.currency,
               Deal.expected_close_date, Staff.name, Deal.source, Deal.lost_reason,
               Deal.closed_at, Deal.notes, Deal.created_at, Deal.updated_at)
        .join(Customer, Customer.id == Deal.customer_id)
        .join(PipelineStage, PipelineStage.id == Deal.stage_id)
        .outerjoin(Staff, Staff.id == Deal.owner_id)
        .where(Deal.deleted_at.is_(None), Customer.deleted_at.is_(None))
        .order_by(PipelineStage.position, Deal.stage_id, Deal.position, Deal.id)
        .execution_options(yield_per=1000)).tuples()
    keys = [column.key for column in DEAL_COLUMNS]
    for row in rows:
        yield dict(zip(keys, row, strict=True))


def export_deals(session: Session, path: str | Path, *, encoding: str = "utf-8") -> int:
    """Write the live deals to ``path`` (its suffix picks the format); returns how many."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".json"):
        raise ValidationError("export_format", f"Cannot export to {path.name}: use a .json, "
                              ".xlsx or .csv file name", path=str(path))
    codec = ENCODINGS.get(encoding.strip().lower())
    if codec is None:
        raise ValidationError("export_encoding_unknown", f"Cannot write CSV in “{encoding}”: "
                              "use UTF-8, GBK or GB18030", encoding=encoding)
    count = 0

    def records() -> Iterator[dict[str, Any]]:
        nonlocal count
        for record in deal_records(session):
            count += 1
            if suffix == ".json":
                record["amount_minor"] = record.pop("amount")
            yield record

    def sheet() -> Sheet:
        lines = ([record[c.key] for c in DEAL_COLUMNS] for record in records())
        return Sheet("Deals", DEAL_COLUMNS, lines)

    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        if suffix == ".json":
            write_json(partial, {"deals": records()})
        elif suffix == ".csv":
            write_csv(partial, sheet(), encoding=codec, name=path.name)
        else:
            write_xlsx(partial, [sheet()])
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count
