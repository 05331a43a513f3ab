"""The import pipeline end to end: messy .xlsx files in, customers out, all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from crm_desktop.db import Database
from crm_desktop.models import Base, Contact, Customer, Status, Tag
from crm_desktop.services.errors import Cancelled, FileRefused
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from crm_desktop.services.importing.report import save_report_xlsx
from crm_desktop.services.importing.templates import save_template

HEADER = ["客户名称", "联系人", "手机", "邮箱", "生日", "状态", "标签", "行业"]


def messy_workbook(path: Path) -> Path:
    """A customer list as shops really keep them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户名单"
    sheet.append(["2024年客户名单（内部）"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(HEADER)
    rows = [
        ["ＡＢＣ科技（深圳）有限公司", "张三", 13812345678.0, " Zhang@ABC.cn ",
         dt.datetime(1980, 5, 1), "已签约", "VIP、老客户", "软件"],
        [None, "李四", "+86 139 1234 5678", "li@abc", "1985/6/2", "Hot", "VIP", None],
        ["北京某某贸易公司", "赵六", "１３７１２３４５６７８ / 010-12345678", None, "1990年3月5日",
         "跟进中", None, "贸易"],
        ["abc科技(深圳)公司", "钱七", "8613812345678", None, "5-Mar-1979", None, None, None],
        [None, None, "13600000000", None, None, None, None, None],
        ["上海一二三餐饮店", "孙八", "0086 135 0000 1111, 13500002222", "sun@123.cn", "19880712",
         "lead", "餐饮；新客户", "餐饮"],
        ["合计", None, None, None, None, None, None, None],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A4:A5")  # the company is merged over its two contacts
    book.save(path)
    return path


def counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in Base.metadata.sorted_tables}


def checksum(database: Database) -> str:
    """Every row of every table (the import record aside), and the SQLite search index."""
    parts = []
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name != "import_batches":
                rows = connection.execute(select(table)).all()
                parts.append(f"{table.name}:{sorted(map(repr, rows))}")
        if connection.dialect.name == "sqlite":
            parts.append(repr(connection.execute(text(
                "SELECT rowid, body FROM customer_search ORDER BY rowid")).all()))
    return "\n".join(parts)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return messy_workbook(tmp_path / "客户名单.xlsx")


def test_preview_finds_table_below_title_and_fills_merged_company(database: Database,
                                                                  messy: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, messy)
    assert preview.header_row == 3
    assert preview.mapping[:4] == ["name", "contact_name", "contact_mobile", "contact_email"]
    first, second = preview.row(4), preview.row(5)
    assert second.values["name"] == first.values["name"] == "ＡＢＣ科技（深圳）有限公司"
    assert [s.reason for s in preview.table_skipped] == ["total"]


def test_preview_normalises_phones_emails_and_dates(database: Database, messy: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, messy)
    assert preview.row(4).values["contact"] == {"name": "张三", "mobile": "+8613812345678",
                                                "email": "zhang@abc.cn"}
    assert "emails" not in preview.row(4).values
    assert preview.row(4).values["birthday"] == dt.date(1980, 5, 1)
    assert preview.row(5).values["birthday"] == dt.date(1985, 6, 2)
    assert preview.row(6).values["contact"]["mobile"] == "+8613712345678"
    assert preview.row(6).values["phones"] == ["+861012345678"]
    assert preview.row(6).values["birthday"] == dt.date(1990, 3, 5)
    assert preview.row(7).values["birthday"] == dt.date(1979, 3, 5)
    assert preview.row(9).values["phones"] == ["+8613500002222"]
    assert preview.row(9).values["tags"] == ["餐饮", "新客户"]


def test_preview_lists_each_problem_with_row_and_column(database: Database,
                                                        messy: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, messy)
    found = {(p.row, p.column, p.code) for p in preview.problems}
    assert (5, "邮箱", "invalid_email") in found
    assert (8, "", "missing_name") in found
    assert preview.unknown_statuses() == {"Hot": [5]}


def test_preview_finds_duplicates_within_the_file(database: Database, messy: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, messy)
    merged_cell = preview.row(5).duplicate
    same_company = preview.row(7).duplicate  # also shares 张三's mobile, under another name
    assert merged_cell is not None and merged_cell.source == "file" and merged_cell.row == 4
    assert same_company is not None and same_company.key == "name" and same_company.row == 4
    assert same_company.exact


def test_preview_writes_nothing(database: Database, db_path: Path, messy: Path) -> None:
    before = checksum(database)
    with database.session() as session:
        prepare_import(session, messy)
    assert checksum(database) == before


def test_import_creates_customers_contacts_tags_and_search_entries(
        database: Database, db_path: Path, messy: Path) -> None:
    with database.session() as session:
        report = run_import(session, prepare_import(session, messy), db_path=db_path)
    assert (len(report.created), len(report.merged), len(report.skipped)) == (3, 2, 2)
    with database.session() as session:
        abc = session.scalar(select(Customer).where(Customer.name.like("ＡＢＣ%")))
        assert abc is not None
        # 钱七 shares 张三's mobile under another name: a second person, kept
        assert [c.name for c in abc.contacts] == ["张三", "李四", "钱七"]
        assert abc.contacts[0].is_primary and not abc.contacts[1].is_primary
        assert [t.name for t in abc.tags] == ["VIP", "老客户"]
        assert abc.import_batch_id == report.batch_id
        assert abc.pinyin and abc.initials and abc.completeness > 0
        assert session.scalar(select(Status.name).where(Status.id == abc.status_id)) == "已签约"
        sun = session.scalar(select(Customer).where(Customer.name == "上海一二三餐饮店"))
        assert sun is not None and sun.contacts[0].mobile == "+8613500001111"
        assert sun.phones == "+8613500002222"  # the second mobile of the cell is not lost
    if database.path is not None:
        with database.engine.connect() as connection:
            hits = connection.execute(text("SELECT rowid FROM customer_search "
                                           "WHERE customer_search MATCH '13912345678'")).all()
        assert hits == [(abc.id,)]
        assert report.backup is not None and Path(report.backup).exists()


def test_unknown_status_is_created_by_default_or_mapped(database: Database,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["客户名称", "状态"])
    book.active.append(["甲公司", "Hot"])
    book.active.append(["乙公司", "Cold"])
    book.save(path)
    with database.session() as session:
        preview = prepare_import(session, path)
        lost = session.scalar(select(Status.id).where(Status.code == "lost"))
        preview.map_status("cold", lost)
        run_import(session, preview)
    with database.session() as session:
        statuses = dict(session.execute(select(Customer.name, Status.name).join(Status)).all())
    assert statuses == {"甲公司": "Hot", "乙公司": "拒绝"}


def test_fixing_a_cell_renormalises_the_row(database: Database, messy: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, messy)
        row = preview.set_cell(5, "contact_email", "LI@abc.com")
        assert row.values["contact"]["email"] == "li@abc.com"
        assert not [p for p in row.problems if p.code == "invalid_email"]
        preview.set_cell(8, "name", "无名商店")
        assert not preview.row(8).blocked
        preview.skip(9)
        report = run_import(session, preview)
    assert 9 in {item.row for item in report.skipped}
    assert "无名商店" in {item.name for item in report.created}


def test_changing_the_mapping_renormalises_every_row(database: Database, messy: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, messy)
        preview.set_mapping(7, "custom:行业分类")
        assert preview.row(4).values["custom"] == {"行业分类": "软件"}
        assert "industry" not in preview.row(4).values


def test_row_without_any_name_is_skipped_with_its_reason(database: Database,
                                                         messy: Path) -> None:
    with database.session() as session:
        report = run_import(session, prepare_import(session, messy))
    skipped = {item.row: item.detail for item in report.skipped}
    assert "no customer name" in skipped[8]
    assert skipped[10] == "a totals row"


def test_dry_run_writes_nothing(database: Database, db_path: Path, messy: Path) -> None:
    before = checksum(database)
    with database.session() as session:
        report = run_import(session, prepare_import(session, messy), dry_run=True,
                            db_path=db_path)
    assert report.dry_run and len(report.created) == 3
    assert checksum(database) == before
    assert counts(database)["import_batches"] == 0
    assert report.backup is None


def test_cancel_midway_leaves_the_database_exactly_as_before(database: Database, db_path: Path,
                                                             tmp_path: Path, messy: Path) -> None:
    with database.session() as session:
        run_import(session, prepare_import(session, messy))
    big = tmp_path / "big.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["客户名称", "手机", "标签"])
    for number in range(4500):
        sheet.append([f"测试公司{number}", f"139{number:08d}", "批量"])
    book.save(big)
    before, before_counts = checksum(database), counts(database)
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(Cancelled), database.session() as session:
        preview = prepare_import(session, big)
        run_import(session, preview, progress=progress, cancelled=lambda: len(calls) >= 1)
    assert calls and calls[0] < 4500
    assert counts(database) == before_counts
    assert checksum(database) == before


def test_refused_file_raises_before_anything_is_written(database: Database, db_path: Path,
                                                        tmp_path: Path) -> None:
    picture = tmp_path / "客户.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    before = checksum(database)
    with pytest.raises(FileRefused), database.session() as session:
        prepare_import(session, picture)
    assert checksum(database) == before


def test_sheet_without_a_name_column_is_refused(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "numbers.xlsx"
    book = openpyxl.Workbook()
    for row in ([1, 2], [3, 4], [5, 6]):
        book.active.append(row)
    book.save(path)
    with pytest.raises(FileRefused, match="no column looks like"), database.session() as s:
        prepare_import(s, path)


def test_saved_template_is_found_again_by_the_headers(database: Database, messy: Path) -> None:
    with database.session() as session:
        preview = prepare_import(session, messy)
        mapping = list(preview.mapping)
        mapping[7] = "custom:主营"
        save_template(session, name="我的模板", header=preview.header, mapping=mapping)
    with database.session() as session:
        again = prepare_import(session, messy)
    assert again.template == "我的模板" and again.mapping[7] == "custom:主营"


def test_report_saves_as_xlsx_with_every_row(database: Database, messy: Path,
                                             tmp_path: Path) -> None:
    with database.session() as session:
        report = run_import(session, prepare_import(session, messy))
    path = save_report_xlsx(report, tmp_path / "report.xlsx")
    sheet = openpyxl.load_workbook(path).active
    outcomes = [(row[0], row[1]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert (4, "created") in outcomes and (5, "merged") in outcomes
    assert (5, "warning") in outcomes and (10, "skipped") in outcomes
    assert sheet.freeze_panes == "A2"


def test_contacts_are_primary_once(database: Database, messy: Path) -> None:
    with database.session() as session:
        run_import(session, prepare_import(session, messy))
        primaries = session.scalars(select(Contact.customer_id).where(Contact.is_primary)).all()
    assert len(primaries) == len(set(primaries)) == 3


def test_tags_are_created_once(database: Database, messy: Path) -> None:
    with database.session() as session:
        run_import(session, prepare_import(session, messy))
        names = session.scalars(select(Tag.name).order_by(Tag.name)).all()
    assert sorted(names) == sorted(["VIP", "老客户", "餐饮", "新客户"])
