"""A small, awkward set of customers for the export tests, put in through the importer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from crm_desktop.db import Database
from crm_desktop.models import Contact, Customer
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from tests.services.importing.sheets import write_sheet

HEADER = ["客户名称", "联系人", "手机", "电话", "邮箱", "地址", "标签", "生日", "备注", "等级"]
ROWS = [
    ["深圳甲科技有限公司", "张三", "13800000001", "0755-88880000", "a@jia.cn", "深圳南山",
     "VIP, 老客户", dt.date(1980, 1, 2), "-2+3", "A"],
    ["深圳甲科技有限公司", "李四", "13800000002", None, "li@jia.cn", None, None, None, None,
     None],
    ["-减号工作室", "@王", "+1 650 253 0000", None, None, "+CMD", None, None,
     "\t缩进", "0012"],
    ["乙贸易", None, None, None, "b@yi.cn", None, None, None, None, None],
]
#: What a spreadsheet must show for the risky texts above, exactly.
RISKY = ("-2+3", "-减号工作室", "@王", "+CMD", "=1+1")


def fill(database: Database, tmp_path: Path) -> None:
    """Import the rows above: 3 customers, 3 contacts (甲 has two), tags, a custom field."""
    source = write_sheet(tmp_path / "source.xlsx", HEADER, ROWS)
    with database.session() as session:
        report = run_import(session, prepare_import(session, source))
    assert len(report.created) == 3, report
    with database.session() as session:
        # openpyxl would have written "=1+1" into the source sheet as a formula
        session.get(Customer, 3).notes = "=1+1"


def counts(database: Database) -> dict[str, int]:
    """Customers, contacts, phones and emails (customers' and contacts') in the database."""
    with database.session() as session:
        phones = emails = 0
        for stored_phones, stored_emails in session.execute(
                select(Customer.phones, Customer.emails).where(Customer.deleted_at.is_(None))):
            phones += len([p for p in (stored_phones or "").split(";") if p.strip()])
            emails += len([e for e in (stored_emails or "").split(";") if e.strip()])
        for mobile, phone, email in session.execute(
                select(Contact.mobile, Contact.phone, Contact.email)):
            phones += bool(mobile) + bool(phone)
            emails += bool(email)
        return {"customers": session.scalar(select(func.count()).select_from(Customer)) or 0,
                "contacts": session.scalar(select(func.count()).select_from(Contact)) or 0,
                "phones": phones, "emails": emails}
