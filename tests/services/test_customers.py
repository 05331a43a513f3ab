"""The customer service: create, read, edit, trash, restore, validation and history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import Setting
from crm_desktop.services import audit, custom_fields, statuses
from crm_desktop.services.customers import (
    ContactInput,
    CustomerInput,
    empty_trash,
    get_customer,
    list_trash,
    restore_customers,
    trash_customers,
    update_customer,
)
from crm_desktop.services.errors import NotFound, ValidationError
from tests.services.customer_helpers import add, zhang_san


def test_create_normalises_phones_and_emails_and_computes_derived_columns(
    database: Database,
) -> None:
    with database.session() as session:
        created = zhang_san(session)
        assert created.phones == ("+8613812345678",)
        assert created.emails == ("zhang.san@gmail.com",)
        assert created.contacts[0].mobile == "+8613912345678"
        assert created.contacts[0].is_primary
        assert created.completeness == 50  # name, phones, emails, region, contact
        assert created.status_name == "潜在客户"
        assert created.version == 1


def test_create_stores_pinyin_and_initials_of_name_company_and_contacts(
    database: Database,
) -> None:
    from crm_desktop.models import Customer

    with database.session() as session:
        created = zhang_san(session)
        row = session.get(Customer, created.id)
        assert row is not None and row.pinyin is not None and row.initials is not None
        assert row.pinyin.startswith("zhangsan")
        assert row.initials.startswith("zs")
        assert "ls" in row.initials  # 李四, the contact


def test_phone_region_setting_decides_numbers_without_country_code(database: Database) -> None:
    with database.session() as session:
        session.get(Setting, "phone_region").value = '"US"'  # type: ignore[union-attr]
        created = add(session, "Acme", phones=["(415) 555-2671"])
        assert created.phones == ("+14155552671",)


@pytest.mark.parametrize(("values", "field"), [
    ({"phones": ["12345"]}, "phones"),
    ({"emails": ["not-an-email"]}, "emails"),
    ({"kind": "robot"}, "kind"),
    ({"name": "   "}, "name"),
    ({"contacts": [ContactInput(name="A", is_primary=True), ContactInput(name="B",
                                                                         is_primary=True)]},
     "contacts"),
    ({"contacts": [ContactInput(name="A", email="bad@")]}, "contacts[1].email"),
    ({"status_id": 999}, "status_id"),
])
def test_bad_input_is_refused_naming_the_field(
    database: Database, values: dict[str, object], field: str
) -> None:
    with database.session() as session, pytest.raises(ValidationError) as caught:
        values = dict(values)  # the parameter is shared by both backends' runs
        add(session, str(values.pop("name", "Acme")), **values)
    assert caught.value.params["field"] == field
    assert caught.value.message


def test_first_contact_becomes_primary_when_none_is_chosen(database: Database) -> None:
    with database.session() as session:
        created = add(session, "Acme", contacts=[ContactInput(name="A"), ContactInput(name="B")])
        assert [c.is_primary for c in created.contacts] == [True, False]


def test_edit_writes_one_audit_row_per_changed_field(database: Database) -> None:
    with database.session() as session:
        created = zhang_san(session)
        data = CustomerInput(**{**created.to_input().__dict__, "region": "北京",
                                "tags": ["VIP"]})
        updated = update_customer(session, id=created.id, data=data,
                                  expected_version=created.version)
        assert updated.region == "北京" and updated.tags == ("VIP",)
        assert updated.version == created.version + 1
        rows = audit.history(session, entity="customer", entity_id=created.id)
        changed = {row.field: (row.old_value, row.new_value) for row in rows
                   if row.action == "update"}
        assert changed == {"region": ("上海", "北京"), "tags": (None, "VIP")}
        assert rows[-1].action == "create"


def test_edit_with_a_stale_version_is_refused_and_changes_nothing(database: Database) -> None:
    with database.session() as session:
        created = zhang_san(session)
        first = CustomerInput(**{**created.to_input().__dict__, "city": "上海"})
        update_customer(session, id=created.id, data=first, expected_version=created.version)
        second = CustomerInput(**{**created.to_input().__dict__, "city": "杭州"})
        with pytest.raises(ValidationError) as caught:
            update_customer(session, id=created.id, data=second,
                            expected_version=created.version)
        assert caught.value.code == "stale_version"
        assert "张三" in caught.value.message
        assert get_customer(session, id=created.id).city == "上海"


def test_edit_keeps_contact_ids_and_removes_contacts_left_out(database: Database) -> None:
    with database.session() as session:
        created = add(session, "Acme", contacts=[ContactInput(name="A"), ContactInput(name="B")])
        keep = created.contacts[1]
        data = CustomerInput(name="Acme", contacts=[ContactInput(id=keep.id, name="B2")])
        updated = update_customer(session, id=created.id, data=data,
                                  expected_version=created.version)
        assert [(c.id, c.name, c.is_primary) for c in updated.contacts] == [
            (keep.id, "B2", True)]


def test_status_change_on_edit_is_recorded_in_the_history(database: Database) -> None:
    with database.session() as session:
        created = zhang_san(session)
        signed = next(s for s in statuses.list_statuses(session) if s.code == "signed")
        data = CustomerInput(**{**created.to_input().__dict__, "status_id": signed.id})
        update_customer(session, id=created.id, data=data, expected_version=created.version)
        history = statuses.status_history(session, customer_id=created.id)
        assert [(h.from_name, h.to_name) for h in history] == [
            (None, "潜在客户"), ("潜在客户", "已签约")]


def test_custom_field_values_are_checked_and_stored_typed(database: Database) -> None:
    with database.session() as session:
        budget = custom_fields.define_field(session, label="预算", kind="number")
        level = custom_fields.define_field(session, label="等级", kind="choice",
                                           choices=["A", "B"])
        since = custom_fields.define_field(session, label="首次合作", kind="date")
        vip = custom_fields.define_field(session, label="VIP", kind="bool")
        created = add(session, "Acme", custom={budget.id: "12,000", level.id: "B",
                                               since.id: "2023年5月1日", vip.id: "是"})
        import datetime as dt
        assert created.custom == {budget.id: 12000, level.id: "B",
                                  since.id: dt.date(2023, 5, 1), vip.id: True}
        with pytest.raises(ValidationError) as caught:
            add(session, "Bad", custom={level.id: "C"})
        assert caught.value.params["field"] == f"custom.{level.id}"
        assert "等级" in caught.value.message
        with pytest.raises(ValidationError):
            add(session, "Bad", custom={budget.id: "lots"})


def test_trash_restore_and_empty_trash(database: Database) -> None:
    with database.session() as session:
        a, b = add(session, "A"), add(session, "B")
        assert trash_customers(session, ids=[a.id, b.id, 999]).count == 2
        assert trash_customers(session, ids=[a.id]).count == 0  # already there
        assert {t.id for t in list_trash(session)} == {a.id, b.id}
        assert get_customer(session, id=a.id).in_trash
        assert restore_customers(session, ids=[a.id]).customer_ids == (a.id,)
        assert empty_trash(session).customer_ids == (b.id,)
        assert list_trash(session) == []
        with pytest.raises(NotFound):
            get_customer(session, id=b.id)
        actions = [r.action for r in audit.history(session, entity="customer", entity_id=a.id)]
        assert actions == ["restore", "trash", "create"]


def test_a_trashed_customer_cannot_be_edited(database: Database) -> None:
    with database.session() as session:
        created = add(session, "A")
        trash_customers(session, ids=[created.id])
        current = get_customer(session, id=created.id)
        with pytest.raises(ValidationError) as caught:
            update_customer(session, id=created.id, data=CustomerInput(name="B"),
                            expected_version=current.version)
        assert caught.value.code == "in_trash"


def test_everything_written_survives_the_session(database: Database) -> None:
    with database.session() as session:
        created_id = zhang_san(session).id
    with database.session() as session:
        assert get_customer(session, id=created_id).name == "张三"
        assert session.scalar(select(Setting.value).where(Setting.key == "phone_region"))


def test_a_new_customer_never_shows_the_history_of_an_erased_one(database: Database) -> None:
    """SQLite may reuse the id of a customer deleted for good; its audit rows must not follow."""
    with database.session() as session:
        first = add(session, "张三", notes="owes 5000")
        trash_customers(session, ids=[first.id])
        empty_trash(session)
        second = add(session, "李四")
        entries = audit.history(session, entity="customer", entity_id=second.id)
        assert [row.new_value for row in entries if row.field == "notes"] == []
        assert all(row.action == "create" for row in entries)
