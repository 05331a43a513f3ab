"""Statuses, tags, custom fields, staff and segments: the lists the customer page offers."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db import Database
from crm_desktop.services import bulk, custom_fields, segments, staff, statuses, tags
from crm_desktop.services.customer_list import CustomerQuery, customer_ids
from crm_desktop.services.customers import get_customer
from crm_desktop.services.errors import NotFound, ValidationError
from tests.services.customer_helpers import add


def test_statuses_can_be_added_renamed_recoloured_reordered_and_retired(
    database: Database,
) -> None:
    with database.session() as session:
        added = statuses.add_status(session, name="暂停", name_en="Paused", color="#123456")
        assert statuses.list_statuses(session)[-1] == added
        statuses.rename_status(session, id=added.id, name="搁置", name_en="On hold")
        statuses.recolour_status(session, id=added.id, color="#ABCDEF")
        ids = [s.id for s in statuses.list_statuses(session, include_retired=True)]
        statuses.reorder_statuses(session, ids=[added.id, *ids[:-1]])
        first = statuses.list_statuses(session)[0]
        assert (first.name, first.color) == ("搁置", "#abcdef")
        assert statuses.default_status_id(session) == added.id
        statuses.retire_status(session, id=added.id)
        assert added.id not in [s.id for s in statuses.list_statuses(session)]
        with pytest.raises(ValidationError):
            statuses.add_status(session, name="已签约")
        with pytest.raises(ValidationError):
            statuses.recolour_status(session, id=added.id, color="red")
        with pytest.raises(ValidationError):
            statuses.reorder_statuses(session, ids=ids[:2])


def test_set_status_records_history_only_for_real_changes(database: Database) -> None:
    with database.session() as session:
        signed = statuses.list_statuses(session)[4]
        a, b = add(session, "A"), add(session, "B", status_id=signed.id)
        changes = bulk.bulk_set_status(session, ids=[a.id, b.id], status_id=signed.id)
        assert changes.customer_ids == (a.id,)
        history = statuses.status_history(session, customer_id=a.id)
        assert [(h.from_name, h.to_name) for h in history] == [
            (None, "潜在客户"), ("潜在客户", "已签约")]
        assert history[-1].at.tzinfo is not None
        assert get_customer(session, id=a.id).version == a.version + 1


def test_tags_are_created_on_first_use_and_counted(database: Database) -> None:
    with database.session() as session:
        a, b = add(session, "A", tags=[" VIP ", "VIP", ""]), add(session, "B")
        assert get_customer(session, id=a.id).tags == ("VIP",)
        assert bulk.bulk_add_tag(session, ids=[a.id, b.id], tag="VIP").customer_ids == (b.id,)
        (vip,) = tags.list_tags(session)
        assert (vip.name, vip.customer_count) == ("VIP", 2)
        assert bulk.bulk_remove_tag(session, ids=[a.id], tag="VIP").count == 1
        tags.rename_tag(session, id=vip.id, name="重要")
        assert get_customer(session, id=b.id).tags == ("重要",)
        assert tags.delete_tag(session, id=vip.id).customer_ids == (b.id,)
        assert tags.list_tags(session) == []


def test_custom_fields_are_defined_checked_and_retired(database: Database) -> None:
    with database.session() as session:
        level = custom_fields.define_field(session, label="等级", kind="choice",
                                           choices=["A", " B ", "A"])
        assert level.choices == ("A", "B")
        with pytest.raises(ValidationError):
            custom_fields.define_field(session, label="等级", kind="text")
        with pytest.raises(ValidationError):
            custom_fields.define_field(session, label="X", kind="colour")
        with pytest.raises(ValidationError):
            custom_fields.define_field(session, label="Y", kind="choice")
        custom_fields.update_field(session, id=level.id, choices=["A", "B", "C"])
        assert custom_fields.canonical_value(
            custom_fields.fields_by_id(session)[level.id], "C") == "C"
        custom_fields.retire_field(session, id=level.id)
        assert custom_fields.list_fields(session) == []
        assert len(custom_fields.list_fields(session, include_retired=True)) == 1


@pytest.mark.parametrize(("kind", "given", "stored"), [
    ("number", "1,234.50", "1234.5"), ("number", 7, "7"), ("bool", "否", "0"),
    ("bool", True, "1"), ("date", "2024/3/5", "2024-03-05"),
    ("date", dt.date(2024, 3, 5), "2024-03-05"), ("text", "  hi  ", "hi"), ("text", "", None),
])
def test_custom_values_are_stored_in_canonical_form(
    kind: str, given: object, stored: str | None
) -> None:
    info = custom_fields.FieldInfo(id=1, label="F", kind=kind, choices=(), position=0,
                                   active=True)
    assert custom_fields.canonical_value(info, given) == stored


def test_staff_are_listed_by_name_and_can_leave(database: Database) -> None:
    with database.session() as session:
        wang = staff.add_staff(session, name="小王", phone="13800001111", email="W@x.cn")
        staff.add_staff(session, name="小李")
        assert (wang.phone, wang.email) == ("+8613800001111", "w@x.cn")
        with pytest.raises(ValidationError):
            staff.add_staff(session, name="小王")
        staff.set_staff_active(session, id=wang.id, active=False)
        assert [s.name for s in staff.list_staff(session)] == ["小李"]
        assert len(staff.list_staff(session, include_inactive=True)) == 2
        with pytest.raises(NotFound):
            staff.get_staff(session, id=999)


def test_segments_round_trip_a_query(database: Database) -> None:
    query = CustomerQuery(text="张", status_ids=(1, 2), owner_ids=(None, 3),
                          regions=("上海",), created_from=dt.date(2024, 1, 1),
                          sort_key="name", descending=False)
    with database.session() as session:
        saved = segments.save_segment(session, name="上海的潜在客户", query=query)
        assert segments.load_segment(session, id=saved.id) == query
        with pytest.raises(ValidationError):
            segments.save_segment(session, name="上海的潜在客户", query=CustomerQuery())
        segments.save_segment(session, name="上海的潜在客户", query=CustomerQuery(),
                              replace=True)
        assert segments.load_segment(session, id=saved.id) == CustomerQuery()
        assert [s.name for s in segments.list_segments(session)] == ["上海的潜在客户"]
        customer_ids(session, segments.load_segment(session, id=saved.id))
        segments.delete_segment(session, id=saved.id)
        assert segments.list_segments(session) == []


def test_segment_definitions_from_older_versions_still_load() -> None:
    assert segments.query_from_json('{"regions": ["上海"], "colour": "red"}') == CustomerQuery(
        regions=("上海",))
    assert segments.query_from_json("not json") == CustomerQuery()
    assert segments.query_from_json('{"sort_key": "gone"}') == CustomerQuery()
