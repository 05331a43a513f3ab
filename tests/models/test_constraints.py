"""The data model holds on a real SQLite file: round trips and enforced constraints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from crm_desktop.db import Database, open_database
from crm_desktop.models import (
    Contact,
    Customer,
    Deal,
    Order,
    OrderLine,
    Payment,
    PipelineStage,
    Status,
    StatusChange,
    Tag,
    Ticket,
)


@pytest.fixture()
def db(tmp_path: Path) -> Database:
    database = open_database(str(tmp_path / "model.sqlite3"))
    yield database
    database.close()


def lead_id(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(Status.id).where(Status.code == "lead"))


def add_customer(db: Database, **values: object) -> int:
    with db.session() as session:
        customer = Customer(status_id=lead_id(db), **{"name": "张三", **values})
        session.add(customer)
        session.flush()
        return customer.id


def test_customer_round_trips_with_contacts_tags_and_utc_times(db: Database) -> None:
    """What goes in comes back, times as aware UTC."""
    at = dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    with db.session() as session:
        customer = Customer(name="杭州瑞丰贸易有限公司", status_id=lead_id(db), created_at=at,
                            birthday=dt.date(1980, 2, 29), phones="+8613812345678")
        customer.contacts.append(Contact(name="王芳", mobile="+8613912345678", is_primary=True))
        customer.tags.append(Tag(name="VIP"))
        session.add(customer)
        session.flush()
        customer_id = customer.id
    with db.session() as session:
        loaded = session.get(Customer, customer_id)
        assert loaded.name == "杭州瑞丰贸易有限公司"
        assert loaded.created_at == at
        assert loaded.created_at.tzinfo == dt.UTC
        assert loaded.birthday == dt.date(1980, 2, 29)
        assert [c.name for c in loaded.contacts] == ["王芳"]
        assert [t.name for t in loaded.tags] == ["VIP"]
        assert loaded.version == 1


def test_naive_datetimes_are_refused(db: Database) -> None:
    """A time without a zone would be ambiguous; the column type refuses it."""
    with pytest.raises(Exception, match="naive datetime"), db.session() as session:
        session.add(Customer(name="x", status_id=lead_id(db), created_at=dt.datetime(2024, 1, 1)))
        session.flush()


@pytest.mark.parametrize("values", [
    {"kind": "robot"},
    {"name": "   "},
    {"completeness": 101},
    {"status_id": 9999},
])
def test_customer_constraints_are_enforced(db: Database, values: dict) -> None:
    """CHECK and FOREIGN KEY constraints reject impossible customers."""
    with pytest.raises(IntegrityError), db.session() as session:
        data = {"name": "张三", "status_id": lead_id(db), **values}
        session.add(Customer(**data))
        session.flush()


def make_order(db: Database, customer_id: int, number: str = "HT-1", total: int = 10_000) -> int:
    with db.session() as session:
        order = Order(number=number, customer_id=customer_id, total_minor=total)
        order.lines.append(OrderLine(description="服务费", quantity=1, unit_price_minor=total,
                                     amount_minor=total))
        session.add(order)
        session.flush()
        return order.id


def test_order_numbers_are_unique_and_money_non_negative(db: Database) -> None:
    customer_id = add_customer(db)
    make_order(db, customer_id, "HT-2024-00001")
    with pytest.raises(IntegrityError):
        make_order(db, customer_id, "HT-2024-00001")
    with pytest.raises(IntegrityError):
        make_order(db, customer_id, "HT-2024-00002", total=-1)


def test_deleting_a_customer_with_orders_is_refused_but_contacts_cascade(db: Database) -> None:
    """Orders RESTRICT (money history is kept); contacts and tags go with the customer."""
    customer_id = add_customer(db)
    with db.session() as session:
        session.add(Contact(customer_id=customer_id, name="李四"))
    other_id = add_customer(db, name="王五")
    make_order(db, other_id)
    with db.session() as session:
        session.delete(session.get(Customer, customer_id))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(Customer.__table__.delete().where(Customer.id == other_id))


def test_payment_amount_must_be_positive(db: Database) -> None:
    customer_id = add_customer(db)
    order_id = make_order(db, customer_id)
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Payment(order_id=order_id, customer_id=customer_id,
                            received_date=dt.date(2024, 1, 1), amount_minor=0))
        session.flush()


def test_status_change_must_change_something(db: Database) -> None:
    customer_id = add_customer(db)
    with pytest.raises(IntegrityError), db.session() as session:
        status = lead_id(db)
        session.add(StatusChange(customer_id=customer_id, from_status_id=status,
                                 to_status_id=status))
        session.flush()


def test_ticket_satisfaction_is_one_to_five(db: Database) -> None:
    customer_id = add_customer(db)
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Ticket(customer_id=customer_id, title="投诉", satisfaction=6))
        session.flush()


def test_deal_stage_cannot_be_deleted_while_used(db: Database) -> None:
    customer_id = add_customer(db)
    with db.session() as session:
        stage = session.scalar(select(PipelineStage).where(PipelineStage.code == "proposal"))
        session.add(Deal(customer_id=customer_id, title="年度采购", stage_id=stage.id,
                         amount_minor=500_000))
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(PipelineStage.__table__.delete().where(PipelineStage.code == "proposal"))


def test_concurrent_edit_of_a_stale_version_is_refused(db: Database) -> None:
    """version_id_col: saving over a newer change raises instead of overwriting."""
    from sqlalchemy.orm.exc import StaleDataError

    customer_id = add_customer(db)
    first = db.sessions()
    second = db.sessions()
    a = first.get(Customer, customer_id)
    b = second.get(Customer, customer_id)
    a.notes = "first"
    first.commit()
    b.notes = "second"
    with pytest.raises(StaleDataError):
        second.commit()
    first.close()
    second.close()
