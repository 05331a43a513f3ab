"""The import template: a blank, formatted .xlsx a shop fills in and imports.

Its headers are those of the customers export (the importer maps them without help), minus
what the app keeps itself (id, completeness, times). One example row shows the forms the
importer reads; status and source have drop-down lists (the statuses of this database; the
sources already used, else common ones); phone columns are text cells, so a mobile typed
in stays 13800000001 and never becomes 1.38E+10.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Status
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.exporting.columns import DATE, PHONE, columns_of

ROWS = 2000
_LEFT_OUT = {"id", "marketing_consent", "completeness", "created_at", "updated_at"}
DEFAULT_SOURCES = ("展会", "转介绍", "官网", "电话营销", "微信", "老客户", "Website", "Referral")
EXAMPLE = {"name": "深圳示例科技有限公司", "kind": "company", "company": "",
           "industry": "软件", "size": "50-99", "region": "广东", "city": "深圳",
           "address": "深圳市南山区科技园1号", "phones": "0755 8888 0000",
           "emails": "info@example.cn", "wechat": "example-wx", "website": "www.example.cn",
           "birthday": dt.date(1990, 1, 31), "notes": "示例行：导入前请删除",
           "tags": "VIP; 老客户", "contact_name": "张三", "contact_title": "经理",
           "contact_mobile": "138 0000 0001", "contact_phone": "", "contact_email":
           "zhangsan@example.cn", "contact_wechat": "zhangsan"}


def export_template(session: Session, path: str | Path, *,
                    headers: Mapping[str, str] | None = None) -> Path:
    """Write the import template to ``path`` (.xlsx) and return it."""
    import xlsxwriter

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("export_template_format", f"Cannot write the template to "
                              f"{path.name}: use an .xlsx file name", path=str(path))
    columns = [column for column in columns_of("customers", (), headers)
               if column.key not in _LEFT_OUT]
    statuses = list(session.scalars(select(Status.name).where(Status.active.is_(True))
                                    .order_by(Status.position, Status.id)))
    example = dict(EXAMPLE, status=statuses[0] if statuses else "")
    used = session.scalars(select(Customer.source).where(Customer.source.is_not(None))
                           .group_by(Customer.source).order_by(Customer.source).limit(200))
    sources = list(dict.fromkeys([*(s for s in used if s.strip()), *DEFAULT_SOURCES]))
    example["source"] = sources[0]
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    book = xlsxwriter.Workbook(str(partial), {"strings_to_numbers": False,
                                              "strings_to_formulas": False,
                                              "strings_to_urls": False})
    try:
        sheet = book.add_worksheet("Customers")
        lists = book.add_worksheet("Lists")
        header = book.add_format({"bold": True, "font_color": "#FFFFFF",
                                  "bg_color": "#305496", "pattern": 1, "valign": "vcenter"})
        text = book.add_format({"num_format": "@"})
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        example_style = book.add_format({"font_color": "#808080", "italic": True})
        for number, column in enumerate(columns):
            style = text if column.type == PHONE else day if column.type == DATE else None
            sheet.set_column(number, number, column.width, style)
            sheet.write_string(0, number, column.header, header)
            value = example.get(column.key)
            if isinstance(value, dt.date):
                sheet.write_datetime(1, number, value, book.add_format(
                    {"num_format": "yyyy-mm-dd", "font_color": "#808080", "italic": True}))
            elif value:
                sheet.write_string(1, number, str(value), example_style)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, 1, len(columns) - 1)
        for offset, (key, values) in enumerate((("status", statuses), ("source", sources))):
            lists.write_string(0, offset, key, header)
            for row, value in enumerate(values, start=1):
                lists.write_string(row, offset, value)
            if not values or key not in [column.key for column in columns]:
                continue
            at = [column.key for column in columns].index(key)
            letter = chr(ord("A") + offset)
            sheet.data_validation(1, at, ROWS, at, {
                "validate": "list", "source": f"=Lists!${letter}$2:${letter}${len(values) + 1}",
                # A status must be one of the list; a new source is allowed after a warning.
                "error_type": "stop" if key == "status" else "warning",
            })
        lists.hide()
    finally:
        book.close()
    try:
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
