"""Small builders shared by the customer service tests."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.services.customers import (
    ContactInput,
    CustomerDetail,
    CustomerInput,
    create_customer,
)


def add(session: Session, name: str, **values: object) -> CustomerDetail:
    """Create a customer named ``name`` with any other ``CustomerInput`` values."""
    return create_customer(session, data=CustomerInput(name=name, **values))  # type: ignore[arg-type]


def zhang_san(session: Session) -> CustomerDetail:
    return add(
        session, "张三", kind="person", company="上海张氏贸易有限公司",
        phones=["138 1234 5678"], emails=["Zhang.San@Gmail.com"], region="上海",
        contacts=[ContactInput(name="李四", mobile="13912345678")],
    )
