"""A Cancel pressed while the last chunk of an import is written still undoes it all."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from crm_desktop.db import Database
from crm_desktop.models import Customer, ImportBatch
from crm_desktop.services.errors import Cancelled
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import


def small_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户名称", "手机"])
    for number in range(5):
        sheet.append([f"测试公司{number}", f"1391234{number:04d}"])
    book.save(path)
    return path


def test_cancel_during_the_last_chunk_rolls_the_whole_import_back(
        database: Database, tmp_path: Path) -> None:
    """The user's Cancel arrives after the last between-chunk check: nothing is kept."""
    path = small_workbook(tmp_path / "客户.xlsx")
    progress_calls: list[tuple[int, int]] = []

    def cancelled() -> bool:
        # true only once every row has been written, as if Cancel came during the last chunk
        return any(done == total for done, total in progress_calls)

    with pytest.raises(Cancelled), database.session() as session:
        preview = prepare_import(session, path)
        run_import(session, preview, progress=lambda d, t: progress_calls.append((d, t)),
                   cancelled=cancelled)
    assert progress_calls and progress_calls[-1][0] == progress_calls[-1][1] == 5
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_import_without_cancel_keeps_every_row(database: Database, tmp_path: Path) -> None:
    """The final check does not refuse an import nobody cancelled."""
    path = small_workbook(tmp_path / "客户.xlsx")
    with database.session() as session:
        report = run_import(session, prepare_import(session, path))
    assert len(report.created) == 5
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 5
