"""An import never writes over an edit someone saved after its preview was made."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db import Database
from crm_desktop.models import AuditEntry, Customer
from crm_desktop.services.customers import get_customer, update_customer
from crm_desktop.services.errors import DomainError
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from tests.services.importing.sheets import write_sheet

HEADER = ["客户名称", "联系人", "手机", "地址"]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    return write_sheet(path, HEADER, rows)


@pytest.fixture
def huawei(database: Database, tmp_path: Path) -> int:
    """The database holds 华为技术有限公司 (phone 13800000001, no address)."""
    first = workbook(tmp_path / "first.xlsx", [["华为技术有限公司", "王经理", "13800000001", None]])
    with database.session() as session:
        run_import(session, prepare_import(session, first))
        found = session.scalar(select(Customer.id).where(Customer.name == "华为技术有限公司"))
        assert found is not None
        return found


def state(database: Database, cid: int) -> tuple[object, ...]:
    with database.session() as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
        return customer.address, customer.notes, customer.version, audits


def test_an_edit_saved_between_preview_and_import_stops_the_import_and_changes_nothing(
        database: Database, huawei: int, tmp_path: Path) -> None:
    second = workbook(tmp_path / "second.xlsx",
                      [["华为技术", "李工", "13800000001", "深圳坂田"]])
    with database.session() as session:
        preview = prepare_import(session, second)
    with database.session() as other:  # someone else saves the customer meanwhile
        detail = get_customer(other, id=huawei)
        update_customer(other, id=huawei, expected_version=detail.version,
                        data=dataclasses.replace(detail.to_input(), notes="call back Monday"))
    before = state(database, huawei)

    with database.session() as session, pytest.raises(DomainError) as raised:
        run_import(session, preview, policy="update")

    assert raised.value.code == "import_stale"
    assert "华为技术有限公司" in raised.value.message
    assert state(database, huawei) == before
    assert before[:2] == (None, "call back Monday")


def test_updating_an_existing_customer_writes_an_audit_row_per_changed_field(
        database: Database, huawei: int, tmp_path: Path) -> None:
    second = workbook(tmp_path / "second.xlsx",
                      [["华为技术", "李工", "13800000001", "深圳坂田"]])
    with database.session() as session:
        run_import(session, prepare_import(session, second), policy="update")
    with database.session() as session:
        rows = session.execute(select(AuditEntry.field, AuditEntry.old_value,
                                      AuditEntry.new_value).where(
            AuditEntry.entity == "customer", AuditEntry.entity_id == huawei,
            AuditEntry.action == "update")).all()
        assert ("address", None, "深圳坂田") in rows
        assert session.get(Customer, huawei).address == "深圳坂田"  # type: ignore[union-attr]
