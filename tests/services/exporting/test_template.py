"""The import template: formatted headers the importer maps by itself, an example row,
drop-down lists for status and source, and text cells for phones."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import Status
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.exporting.template import export_template
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.mapping import CUSTOM_PREFIX, IGNORE
from crm_desktop.services.importing.plan import prepare_import


def test_template_has_formatted_headers_an_example_row_and_lists(database: Database,
                                                                  tmp_path: Path) -> None:
    with database.session() as session:
        path = export_template(session, tmp_path / "template.xlsx")
        statuses = list(session.scalars(select(Status.name).where(Status.active.is_(True))
                                        .order_by(Status.position, Status.id)))
    book = openpyxl.load_workbook(path)
    sheet, lists = book["Customers"], book["Lists"]
    assert lists.sheet_state == "hidden"
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Customer Name", "Type", "Company"]
    assert not {"ID", "Created", "Updated", "Completeness"} & set(header)
    assert all(cell.font.b for cell in sheet[1]) and sheet.freeze_panes == "A2"
    example = dict(zip(header, (cell.value for cell in sheet[2]), strict=True))
    assert example["Customer Name"] == "深圳示例科技有限公司"
    assert example["Status"] == statuses[0] and example["Contact Mobile"] == "138 0000 0001"
    assert sheet.max_row == 2
    rules = {sheet.cell(1, next(iter(rule.sqref.ranges)).min_col).value: rule
             for rule in sheet.data_validations.dataValidation}
    assert set(rules) == {"Status", "Source"}
    assert rules["Status"].type == "list"
    assert rules["Status"].errorStyle in (None, "stop")  # stop is the default, left out
    assert rules["Source"].errorStyle == "warning"
    assert rules["Status"].formula1 == f"Lists!$A$2:$A${len(statuses) + 1}"
    assert [row[0] for row in lists.iter_rows(min_row=2, values_only=True)
            if row[0]] == statuses
    assert "展会" in [row[1] for row in lists.iter_rows(min_row=2, values_only=True)]
    phone_column = header.index("Contact Mobile") + 1
    letter = openpyxl.utils.get_column_letter(phone_column)
    assert sheet.column_dimensions[letter].number_format == "@"  # typed digits stay text


def test_the_filled_in_template_imports_with_every_column_recognised(database: Database,
                                                                     tmp_path: Path) -> None:
    with database.session() as session:
        path = export_template(session, tmp_path / "template.xlsx",
                               headers={"customers.name": "客户名称"})
    with database.session() as session:
        preview = prepare_import(session, path)
        assert not [t for t in preview.mapping if t.startswith(CUSTOM_PREFIX)]
        assert IGNORE not in [t for h, t in zip(preview.header, preview.mapping, strict=True)
                              if h in ("客户名称", "Contact Mobile", "Status", "Source")]
        report = run_import(session, preview)
    assert [outcome.name for outcome in report.created] == ["深圳示例科技有限公司"]


def test_template_must_be_an_xlsx(database: Database, tmp_path: Path) -> None:
    with database.session() as session, pytest.raises(ValidationError):
        export_template(session, tmp_path / "template.csv")
