"""An exported .xlsx or .csv imports again with no column mapped by hand: into an empty
database it gives the same customers, and over the same database with the policy "update"
it changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crm_desktop.db import Database, open_database
from crm_desktop.services.exporting import export_lists
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.mapping import CUSTOM_PREFIX, IGNORE
from crm_desktop.services.importing.plan import prepare_import
from tests.services.exporting.data import counts, fill

#: What the app keeps itself and an import cannot carry: ids, times, its own scores.
_OWN = ("id", "created_at", "updated_at", "completeness")
#: The Chinese headers the window writes (views/exporting/headers.py) that must map too.
CHINESE = {"customers.name": "客户名称", "customers.kind": "客户类型", "customers.company": "公司",
           "customers.phones": "电话", "customers.emails": "邮箱", "customers.notes": "备注",
           "customers.contact_name": "联系人", "customers.contact_mobile": "联系人手机",
           "customers.contact_title": "联系人职位", "customers.contact_email": "联系人邮箱",
           "customers.created_at": "创建时间", "customers.updated_at": "更新时间",
           "customers.completeness": "完整度", "customers.marketing_consent": "营销许可"}


def plain(database: Database, tmp_path: Path) -> list[dict[str, object]]:
    """Every customer as the JSON export writes it, minus what an import cannot carry."""
    out = tmp_path / f"snapshot-{id(database)}.json"
    with database.session() as session:
        export_lists(session, out)
    records = json.loads(out.read_text(encoding="utf-8"))
    for record in records:
        for key in _OWN:
            record.pop(key)
        for contact in record["contacts"]:
            contact.pop("notes")  # the customers sheet has no contact notes
    return records


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("headers", [None, CHINESE], ids=["english", "chinese"])
def test_export_imports_into_an_empty_database_as_the_same_customers(
        database: Database, tmp_path: Path, migrated_master: Path, suffix: str,
        headers: dict[str, str] | None) -> None:
    fill(database, tmp_path)
    exported = tmp_path / f"customers{suffix}"
    with database.session() as session:
        export_lists(session, exported, headers=headers)
    empty_path = tmp_path / "empty.sqlite3"
    shutil.copyfile(migrated_master, empty_path)
    empty = open_database(str(empty_path))
    try:
        with empty.session() as session:
            preview = prepare_import(session, exported)
            assert not [target for target in preview.mapping if target.startswith(
                CUSTOM_PREFIX) and target != CUSTOM_PREFIX + "等级"], preview.mapping
            named = dict(zip(preview.header, preview.mapping, strict=True))
            assert named[headers["customers.created_at"] if headers else "Created"] == IGNORE
            report = run_import(session, preview)
        assert not report.warnings
        assert plain(empty, tmp_path) == plain(database, tmp_path)
        assert counts(empty) == counts(database)
    finally:
        empty.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_importing_an_export_again_with_update_changes_nothing(database: Database,
                                                               tmp_path: Path,
                                                               suffix: str) -> None:
    fill(database, tmp_path)
    before, records = counts(database), plain(database, tmp_path)
    exported = tmp_path / f"customers{suffix}"
    with database.session() as session:
        export_lists(session, exported)
    with database.session() as session:
        report = run_import(session, prepare_import(session, exported), policy="update")
    assert not report.created and not report.warnings and not report.conflicts
    assert counts(database) == before
    assert plain(database, tmp_path) == records
