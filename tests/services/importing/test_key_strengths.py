"""Different companies are never made one by a shared switchboard, role address or a mobile
under another name (issue 18: a real list of 40 companies was imported as 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db import Database
from crm_desktop.models import Contact, Customer
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from tests.services.importing.sheets import write_sheet

HEADER = ["客户名称", "联系人", "手机", "座机", "邮箱", "地址"]
LANDLINES = ["010-62345678", "021-55556666", "0755-88889999", "020-12345678"]


def companies_sharing_landlines(path: Path, count: int) -> Path:
    rows = [[f"测试{chr(0x4e00 + i * 7)}{chr(0x4e50 + i * 3)}贸易有限公司",
             f"联系{chr(0x5000 + i)}", f"139{i:08d}", LANDLINES[i % 4],
             "info@group.cn" if i % 5 == 0 else f"p{i}@x{i}.cn", f"地址{i}"]
            for i in range(count)]
    return write_sheet(path, HEADER, rows)


@pytest.mark.parametrize("policy", ["skip", "update", "merge", "create"])
def test_companies_sharing_a_landline_and_a_role_email_stay_apart(
        database: Database, tmp_path: Path, policy: str) -> None:
    path = companies_sharing_landlines(tmp_path / "list.xlsx", 40)
    with database.session() as session:
        preview = prepare_import(session, path)
        shared = preview.row(6).duplicate  # row 6 shares row 2's landline
        assert shared is not None and not shared.exact and shared.key == "landline"
        report = run_import(session, preview, policy=policy)
    assert (len(report.created), len(report.merged), len(report.updated)) == (40, 0, 0)
    assert len(report.possible) == 36
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 40
        emails = set(session.scalars(select(Contact.email)))  # 邮箱 beside 联系人: the person's
        mobiles = set(session.scalars(select(Contact.mobile)))
    assert {f"+86139{i:08d}" for i in range(40)} == mobiles
    assert {f"p{i}@x{i}.cn" for i in range(40) if i % 5} | {"info@group.cn"} == emails


def test_a_mobile_shared_by_two_people_is_offered_not_merged(database: Database,
                                                             tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "people.xlsx", ["姓名", "手机"],
                       [["张三", "13800000001"], ["李四", "13800000001"],
                        ["张三", "138 0000 0001"]])
    with database.session() as session:
        preview = prepare_import(session, path)
        other, same = preview.row(3).duplicate, preview.row(4).duplicate
        assert other is not None and other.reason == "names_differ" and not other.exact
        assert same is not None and same.exact and same.key == "mobile" and same.row == 2
        report = run_import(session, preview)
    assert [item.name for item in report.created] == ["张三", "李四"]
    merged = report.merged[0]
    assert (merged.row, merged.target, merged.key) == (4, "张三", "mobile")
    assert "same mobile 138 0000 0001" in merged.detail


def test_a_merge_keeps_a_differing_address_in_the_notes(database: Database,
                                                        tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "twice.xlsx", ["客户名称", "联系人", "手机", "地址"],
                       [["明达贸易有限公司", "王五", "13900000001", "上海"],
                        ["明达贸易有限公司", "王五", "13900000002", "深圳"]])
    with database.session() as session:
        report = run_import(session, prepare_import(session, path))
    assert [(c.row, c.column, c.kept, c.incoming) for c in report.conflicts] == [
        (3, "地址", "上海", "深圳")]
    with database.session() as session:
        found = session.scalar(select(Customer))
        assert found is not None and found.address == "上海"
        assert "twice.xlsx #3: 地址 = 深圳" in (found.notes or "")
        assert "+8613900000002" in (found.phones or "")
