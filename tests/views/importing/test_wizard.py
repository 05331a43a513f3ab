"""The import wizard driven like a user: file, mapping, preview fixes, duplicates, run, report."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.services import customer_list, customers
from crm_desktop.services.context import AppContext
from crm_desktop.services.statuses import list_statuses
from crm_desktop.views.importing import run_page
from crm_desktop.views.importing.preview_model import ACTION, FIXED_COLUMNS, SKIP
from crm_desktop.views.importing.wizard import (
    MAPPING_PAGE,
    PREVIEW_PAGE,
    REPORT_PAGE,
    RUN_PAGE,
    ImportWizard,
)
from tests.views.importing.conftest import database_dump

TIMEOUT = 20000


def open_file(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.findChild(QPushButton, "import.choose"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=TIMEOUT)


def go_to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=TIMEOUT)


def column_of(wizard: ImportWizard, target: str) -> int:
    return FIXED_COLUMNS + wizard.preview_page.model.targets.index(target)


def row_of(wizard: ImportWizard, number: int) -> int:
    return wizard.preview_page.model.position_of(number)


def customer_named(context: AppContext, name: str) -> Any:
    with context.session() as session:
        ids = customer_list.customer_ids(session, customer_list.CustomerQuery(text=name))
        details = [customers.get_customer(session, id=cid) for cid in ids]
    return next((detail for detail in details if detail.name == name), None)


def test_file_page_finds_the_table_below_the_title_and_fills_the_sheet_chooser(
        qtbot: QtBot, wizard: ImportWizard, choose_file: Path) -> None:
    open_file(qtbot, wizard)
    assert wizard.findChild(QLineEdit, "import.file").text() == str(choose_file)
    assert wizard.findChild(QComboBox, "import.sheet").currentText() == "客户名单"
    summary = wizard.findChild(QLabel, "import.summary").text()
    assert "4 data rows" in summary and "row 3" in summary and "Left out: 1" in summary
    assert wizard.preview is not None and wizard.preview.header_row == 3


def test_mapping_page_shows_each_column_with_examples_and_its_guessed_field(
        qtbot: QtBot, wizard: ImportWizard, choose_file: Path) -> None:
    open_file(qtbot, wizard)
    wizard.next()
    page = wizard.mapping_page
    assert page.table.item(2, 0).text() == "手机"
    assert page.table.item(2, 1).text().startswith("13812345678")  # not 13812345678.0
    assert page.targets()[:4] == ["name", "contact_name", "contact_mobile", "contact_email"]
    assert page.targets()[5] == "custom:客户等级"


def test_a_mapping_without_a_name_column_cannot_go_on(
        qtbot: QtBot, wizard: ImportWizard, choose_file: Path) -> None:
    open_file(qtbot, wizard)
    wizard.next()
    page = wizard.mapping_page
    page.set_target(0, "ignore")
    page.set_target(1, "ignore")
    assert not page.isComplete()
    assert page.warning.text()
    page.set_target(1, "name")
    assert page.isComplete()


def test_wizard_imports_with_mapping_change_cell_fix_skip_and_merge(
        qtbot: QtBot, wizard: ImportWizard, choose_file: Path, context: AppContext,
        existing: int) -> None:
    """The whole journey of issue 5: every choice of the user reaches the database."""
    open_file(qtbot, wizard)
    wizard.next()
    grade = wizard.mapping_page.combo(5)  # 客户等级: from a new custom field to tags
    grade.setCurrentIndex(grade.findData("tags"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=TIMEOUT)
    page, model = wizard.preview_page, wizard.preview_page.model
    assert "tags" in model.targets

    # phones as the list will show them; what the file said is in the tooltip
    mobile = model.index(row_of(wizard, 4), column_of(wizard, "contact_mobile"))
    assert mobile.data() == "138 1234 5678"
    assert mobile.data(Qt.ItemDataRole.ToolTipRole) == "In the file: 13812345678"

    # the invalid email is red, listed with its row and column, and fixed in place
    email = model.index(row_of(wizard, 5), column_of(wizard, "contact_email"))
    assert email.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "not a valid email" in email.data(Qt.ItemDataRole.ToolTipRole)
    listed = [(p.row, p.column) for p in page.problems_model.problems]
    assert (5, "邮箱") in listed
    page.go_to_problem(page.problems_model.index(listed.index((5, "邮箱")), 0))
    assert page.table.currentIndex() == email
    page.table.edit(email)
    editor = page.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "li@@abc"
    editor.setText("li@abc.cn")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: email.data(Qt.ItemDataRole.BackgroundRole) is None)
    assert email.data() == "li@abc.cn"
    assert (5, "邮箱") not in [(p.row, p.column) for p in page.problems_model.problems]

    # skip a row with its tick box
    skip = model.index(row_of(wizard, 7), SKIP)
    assert model.setData(skip, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(row_of(wizard, 7), ACTION).data() == "Skip"

    # the duplicate of the existing customer: merge it, through the Action combo
    duplicate = model.index(row_of(wizard, 6), ACTION)
    assert "上海一二三餐饮店" in model.index(row_of(wizard, 6), ACTION + 1).data()
    assert duplicate.data() == "Skip"  # the default policy leaves duplicates alone
    page.table.edit(duplicate)
    combo = page.table.findChild(QComboBox, "import.action_editor")
    combo.setCurrentIndex(combo.findData("merge"))
    combo.activated.emit(combo.currentIndex())
    assert duplicate.data() == "Merge"

    # the unknown status "Hot" is mapped to an existing one
    with context.session() as session:
        following = next(s for s in list_statuses(session) if s.code == "following")
    status_combo = page.findChild(QComboBox, "import.status.0")
    assert page.status_table.item(0, 0).data(Qt.ItemDataRole.UserRole) == "Hot"
    status_combo.setCurrentIndex(status_combo.findData(following.id))
    status_combo.activated.emit(status_combo.currentIndex())

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE, timeout=TIMEOUT)
    counts = {key: wizard.findChild(QLabel, f"import.count.{key}").text()
              for key in ("created", "updated", "merged", "skipped", "warnings")}
    assert counts == {"created": "2", "updated": "0", "merged": "1", "skipped": "2",
                      "warnings": "0"}

    details = {(line[0], line[1]): line[3] for line in wizard.report_page.model.lines}
    assert details[(7, "Skipped")] == "Skipped in the preview"
    assert details[(8, "Skipped")] == "A totals row"
    assert details[(6, "Merged")] == "Same as “上海一二三餐饮店” (same name 上海一二三餐饮店)"

    li = customer_named(context, "北京某某贸易公司")
    assert li is not None and [c.email for c in li.contacts] == ["li@abc.cn"]
    assert li.status_id == following.id and set(li.tags) == {"B级"}
    assert customer_named(context, "广州测试公司") is None
    merged = customer_named(context, "上海一二三餐饮店")
    assert merged.id == existing and merged.emails == ()
    assert [(c.name, c.email) for c in merged.contacts] == [("王五", "wang@123.cn")]


def test_report_can_be_saved_as_xlsx(qtbot: QtBot, wizard: ImportWizard, choose_file: Path,
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    open_file(qtbot, wizard)
    go_to_preview(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE, timeout=TIMEOUT)
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    qtbot.mouseClick(wizard.findChild(QPushButton, "import.save_report"),
                     Qt.MouseButton.LeftButton)
    saved = tmp_path / "report.xlsx"
    qtbot.waitUntil(lambda: "report.xlsx" in wizard.findChild(QLabel, "import.saved").text(),
                    timeout=TIMEOUT)
    rows = list(openpyxl.load_workbook(saved).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Row", "Outcome")
    assert {row[1] for row in rows[1:]} >= {"created", "skipped", "warning"}


def test_cancel_during_the_run_leaves_the_database_unchanged(
        qtbot: QtBot, wizard: ImportWizard, choose_file: Path, context: AppContext,
        existing: int, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_run = run_page.run_import
    written = threading.Event()

    def run_until_cancelled(session: Any, preview: Any, **kwargs: Any) -> Any:
        """Rows are in the open transaction when the user presses Cancel."""
        def progress(done: int, total: int) -> None:
            kwargs["progress"](done, total)
            written.set()
            deadline = threading.Event()
            while not kwargs["cancelled"]() and not deadline.wait(0.01):
                pass
        return real_run(session, preview, **{**kwargs, "progress": progress})

    monkeypatch.setattr(run_page, "run_import", run_until_cancelled)
    before = database_dump(db_path)
    open_file(qtbot, wizard)
    go_to_preview(qtbot, wizard)
    wizard.preview_page.policy_combo.setCurrentIndex(
        wizard.preview_page.policy_combo.findData("merge"))
    wizard.preview_page.policy_combo.activated.emit(
        wizard.preview_page.policy_combo.currentIndex())
    wizard.next()
    assert wizard.currentId() == RUN_PAGE
    qtbot.waitUntil(written.is_set, timeout=TIMEOUT)
    qtbot.mouseClick(wizard.findChild(QPushButton, "import.cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=TIMEOUT)
    assert wizard.currentId() == RUN_PAGE and wizard.report is None
    assert "nothing was changed" in wizard.findChild(QLabel, "import.run_label").text()
    assert database_dump(db_path) == before


def test_closing_the_wizard_during_the_run_cancels_the_import(
        qtbot: QtBot, wizard: ImportWizard, choose_file: Path, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_run = run_page.run_import
    written = threading.Event()

    def run_until_cancelled(session: Any, preview: Any, **kwargs: Any) -> Any:
        def progress(done: int, total: int) -> None:
            written.set()
            while not kwargs["cancelled"]():
                threading.Event().wait(0.01)
        return real_run(session, preview, **{**kwargs, "progress": progress})

    monkeypatch.setattr(run_page, "run_import", run_until_cancelled)
    before = database_dump(db_path)
    open_file(qtbot, wizard)
    go_to_preview(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(written.is_set, timeout=TIMEOUT)
    wizard.reject()
    assert wizard.isVisible()  # it waits for the rollback before closing
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=TIMEOUT)
    assert database_dump(db_path) == before


def test_the_report_names_possible_duplicates_and_conflicts(context: AppContext,
                                                            tmp_path: Path) -> None:
    """A shop owner reads on the report page which new rows resemble another customer and
    which values of a merged row were kept aside (issue 18: "merged: 31" told nothing)."""
    from crm_desktop.services.importing.execute import run_import
    from crm_desktop.services.importing.plan import prepare_import
    from crm_desktop.views.importing.run_page import ImportReportModel
    from tests.services.importing.sheets import write_sheet

    path = write_sheet(tmp_path / "list.xlsx", ["客户名称", "联系人", "座机", "地址"], [
        ["明达贸易有限公司", "王明", "010-62345678", "北京"],
        ["华星电子有限公司", "李华", "010-62345678", "上海"],
        ["明达贸易有限公司", "王明", None, "深圳"]])
    with context.session() as session:
        preview = prepare_import(session, path)
        report = run_import(session, preview, policy="merge")
    model = ImportReportModel()
    model.set_report(report, preview)
    lines = {(row, outcome): detail for row, outcome, _name, detail in model.lines}
    assert lines[(3, "Created")] == (
        "Possible duplicate of row 2 “明达贸易有限公司”: same landline 010 6234 5678")
    assert lines[(4, "Merged")].startswith("Same as row 2 “明达贸易有限公司”")
    assert lines[(4, "Conflict")] == "Kept “北京”; the file's “深圳” is in the customer's notes"
