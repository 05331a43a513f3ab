"""What the check after opening found is told in the user's language: the problems box
with each finding, and a failed daily backup in the status bar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.db import Database
from crm_desktop.models import Contact, Customer
from crm_desktop.services import integrity
from crm_desktop.services.errors import DomainError
from crm_desktop.services.search_index import rebuild_search_index
from crm_desktop.services.startup import StartupReport
from crm_desktop.views.finding_templates import finding_templates
from crm_desktop.views.startup_report import show_startup_report

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _broken(database: Database) -> list[integrity.Finding]:
    with database.session() as session:
        customer = Customer(name="Acme Trading", status_id=1)
        session.add(customer)
        session.flush()
        session.add_all([Contact(customer_id=customer.id, name=name, is_primary=True)
                         for name in ("Wang Fang", "Li Lei")])
        rebuild_search_index(session)
    return integrity.check(database.engine)


def _problems_box(window: QMainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "startup.problems")
    assert box is not None and box.isVisible()
    return box


def test_findings_are_listed_in_chinese(database: Database, window: QMainWindow,
                                        chinese: None) -> None:
    findings = _broken(database)
    show_startup_report(window, StartupReport(findings=findings))
    details = _problems_box(window).detailedText()
    assert details == "客户“Acme Trading”（#1）有 2 个主联系人；只能有一个主联系人。"


def test_findings_are_listed_in_english_by_default(database: Database,
                                                   window: QMainWindow) -> None:
    findings = _broken(database)
    show_startup_report(window, StartupReport(findings=findings))
    assert _problems_box(window).detailedText() == (
        "Customer “Acme Trading” (#1) has 2 primary contacts; only one may be primary.")


def test_a_failed_daily_backup_is_told_in_chinese(window: QMainWindow, chinese: None) -> None:
    failure = DomainError("backup_write_failed", "Could not write the backup /x.",
                          path="/x/backup.sqlite3")
    show_startup_report(window, StartupReport(backup_failure=failure))
    shown = window.statusBar().currentMessage()
    assert "/x/backup.sqlite3" in shown and CJK.search(shown)
    assert "Could not write" not in shown


def test_every_finding_code_has_a_template_its_sample_fills(chinese: None) -> None:
    templates = finding_templates()
    assert set(integrity.FINDING_CODES) <= set(templates)
    for code in integrity.FINDING_CODES:
        fields = re.findall(r"\{(\w+)\}", templates[code])
        text = templates[code].format(**dict.fromkeys(fields, "x"))
        assert CJK.search(text), code
