"""Who did what: every write records the staff member passed as ``actor_id``."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import AuditEntry, StatusChange
from crm_desktop.services import audit, bulk, customers, statuses, tags
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.staff import add_staff
from crm_desktop.services.undo import UndoStack
from tests.services.customer_helpers import add


def _actors(database: Database, customer_id: int) -> tuple[set[int | None], set[int | None]]:
    """Staff ids in the customer's audit rows and in its status history."""
    with database.session() as session:
        audited = set(session.scalars(select(AuditEntry.staff_id).where(
            AuditEntry.entity == "customer", AuditEntry.entity_id == customer_id)))
        history = set(session.scalars(select(StatusChange.changed_by_id).where(
            StatusChange.customer_id == customer_id)))
    return audited, history


def test_create_edit_and_trash_record_the_actor_in_audit_and_status_history(
        database: Database) -> None:
    with database.session() as session:
        wang = add_staff(session, name="王芳").id
        created = customers.create_customer(session, data=CustomerInput(name="临时"),
                                            actor_id=wang)
        signed = next(s.id for s in statuses.list_statuses(session) if s.code == "signed")
        data = created.to_input()
        data = type(data)(**{**data.__dict__, "status_id": signed, "city": "上海"})
        customers.update_customer(session, id=created.id, data=data,
                                  expected_version=created.version, actor_id=wang)
        customers.trash_customers(session, ids=[created.id], actor_id=wang)
        customers.restore_customers(session, ids=[created.id], actor_id=wang)
        names = {row.staff_name for row in audit.history(session, entity="customer",
                                                         entity_id=created.id)}
    assert _actors(database, created.id) == ({wang}, {wang})
    assert names == {"王芳"}


def test_bulk_status_owner_and_tags_record_the_actor(database: Database) -> None:
    with database.session() as session:
        li = add_staff(session, name="李雷").id
        ids = [add(session, "甲").id, add(session, "乙").id]
        lead = next(s.id for s in statuses.list_statuses(session) if s.code == "following")
        session.execute(AuditEntry.__table__.delete())
        bulk.bulk_set_status(session, ids=ids, status_id=lead, actor_id=li)
        bulk.bulk_set_owner(session, ids=ids, owner_id=li, actor_id=li)
        bulk.bulk_add_tag(session, ids=ids, tag="VIP", actor_id=li)
        bulk.bulk_remove_tag(session, ids=ids, tag="VIP", actor_id=li)
        tags.add_tag(session, customer_ids=ids, name="老客户", actor_id=li)
        tag_id = next(t.id for t in tags.list_tags(session) if t.name == "老客户")
        tags.delete_tag(session, id=tag_id, actor_id=li)
        rows = session.execute(select(AuditEntry.field, AuditEntry.staff_id)).all()
    assert {field for field, _ in rows} == {"status", "owner", "tags"}
    assert {staff for _, staff in rows} == {li}
    assert _actors(database, ids[0])[1] == {None, li}  # created without an actor


def test_undo_and_redo_are_recorded_as_done_by_whoever_undoes(database: Database) -> None:
    stack = UndoStack()
    with database.session() as session:
        first, second = add_staff(session, name="甲").id, add_staff(session, name="乙").id
        created = stack.create_customer(session, data=CustomerInput(name="丙"),
                                        actor_id=first)
    with database.session() as session:
        stack.undo(session, actor_id=second)
    with database.session() as session:
        stack.redo(session, actor_id=first)
    with database.session() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.staff_id).where(
            AuditEntry.entity_id == created.id).order_by(AuditEntry.id)).all()
    assert [tuple(row) for row in rows] == [("create", first), ("trash", second),
                                            ("restore", first)]


def test_writes_without_an_actor_record_no_one(database: Database) -> None:
    with database.session() as session:
        created = add(session, "无名")
    assert _actors(database, created.id) == ({None}, {None})
