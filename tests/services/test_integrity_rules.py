"""The app's integrity rules on both backends; one rule failing does not spoil the others
(on PostgreSQL a failed statement aborts the transaction unless it ran in a savepoint)."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, text

from crm_desktop.db import Database
from crm_desktop.models import Contact, Customer, Deal, PipelineStage, utc_now
from crm_desktop.services import integrity
from crm_desktop.services.integrity import ERROR, WARNING, check
from crm_desktop.services.search_index import rebuild_search_index


def _broken_rule(connection: Connection) -> list[integrity.Finding]:
    connection.execute(text("SELECT no_such_column FROM customers"))
    return []


def _customer_with_two_primary_contacts(database: Database) -> None:
    with database.session() as session:
        customer = Customer(name="王芳工作室", status_id=1)
        session.add(customer)
        session.flush()
        session.add_all([Contact(customer_id=customer.id, name=name, is_primary=True)
                         for name in ("王芳", "李雷")])
        rebuild_search_index(session)


def test_rules_after_a_failing_one_still_run(database: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _customer_with_two_primary_contacts(database)
    monkeypatch.setattr(integrity, "APP_RULES",
                        (("a broken rule", _broken_rule), *integrity.APP_RULES))
    findings = check(database.engine)
    assert [f.code for f in findings] == ["check_failed", "several_primary_contacts"]
    assert findings[0].params["check"] == "a broken rule"
    assert "no_such_column" in findings[0].params["reason"]
    assert all(f.severity == ERROR for f in findings)


def test_app_rules_name_their_records(database: Database) -> None:
    _customer_with_two_primary_contacts(database)
    with database.session() as session:
        gone = Customer(name="Gone Ltd", status_id=1, deleted_at=utc_now())
        session.add(gone)
        session.flush()
        stage = session.query(PipelineStage).filter_by(code="proposal").one()
        session.add(Deal(customer_id=gone.id, title="Big order", stage_id=stage.id))
        rebuild_search_index(session)
    findings = check(database.engine)
    assert [(f.severity, f.code) for f in findings] == [
        (ERROR, "several_primary_contacts"), (WARNING, "open_deal_of_trashed_customer")]
    assert "王芳工作室" in findings[0].message and "Gone Ltd" in findings[1].message
