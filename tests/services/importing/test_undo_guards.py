"""Undoing an import: never reuses a version number, and refuses while a created customer
is in a campaign."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import Customer
from crm_desktop.models.campaigns import Campaign, CampaignMember, CampaignResponse
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.history import undo_import
from crm_desktop.services.importing.plan import prepare_import
from tests.services.importing.sheets import write_sheet

HEADER = ["客户名称", "手机", "地址"]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    return write_sheet(path, HEADER, rows)


def imported(database: Database, path: Path, policy: str = "skip") -> int:
    with database.session() as session:
        return run_import(session, prepare_import(session, path), policy=policy).batch_id


def version_of(database: Database, name: str) -> int:
    with database.session() as session:
        return session.scalar(select(Customer.version).where(Customer.name == name))


def test_undoing_an_update_gives_the_customer_a_new_version_never_an_old_one(
        database: Database, tmp_path: Path) -> None:
    imported(database, workbook(tmp_path / "a.xlsx", [["华为技术有限公司", "13800000001", None]]))
    before = version_of(database, "华为技术有限公司")
    update = workbook(tmp_path / "b.xlsx", [["华为技术有限公司", "13800000001", "深圳坂田"]])
    batch = imported(database, update, "update")
    after_import = version_of(database, "华为技术有限公司")
    assert after_import > before
    with database.session() as session:
        undo_import(session, batch)
    with database.session() as session:
        restored = session.scalar(select(Customer).where(Customer.name == "华为技术有限公司"))
        assert restored is not None and restored.address is None
        assert restored.version == after_import + 1


@pytest.mark.parametrize("activity", ["member", "response"])
def test_undo_is_refused_when_a_created_customer_is_in_a_campaign(
        database: Database, tmp_path: Path, activity: str) -> None:
    batch = imported(database, workbook(tmp_path / "c.xlsx", [["全新公司", "13700000003", None]]))
    with database.session() as session:
        customer_id = session.scalar(select(Customer.id).where(Customer.name == "全新公司"))
        campaign = Campaign(name="春节促销")
        session.add(campaign)
        session.flush()
        if activity == "member":
            session.add(CampaignMember(campaign_id=campaign.id, customer_id=customer_id))
        else:
            session.add(CampaignResponse(campaign_id=campaign.id, customer_id=customer_id,
                                         kind="replied"))
    with database.session() as session, pytest.raises(ValidationError, match="全新公司"):
        undo_import(session, batch)
    with database.session() as session:
        assert session.scalar(select(Customer.id).where(Customer.name == "全新公司")) is not None
