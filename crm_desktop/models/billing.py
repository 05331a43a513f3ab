"""Payments and delivery (回款交付): instalment plans, received payments, deliveries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Timestamps
from crm_desktop.models.types import DEFAULT_CURRENCY

PAYMENT_METHODS = ("bank", "cash", "wechat", "alipay", "card", "other")
DELIVERY_STATUSES = ("pending", "in_progress", "delivered", "accepted")


class Instalment(Base):
    """One planned instalment of an order's payment plan."""

    __tablename__ = "instalments"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        UniqueConstraint("order_id", "seq", name="uq_instalments_order_seq"),
        Index("ix_instalments_due", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(default=1)
    due_date: Mapped[dt.date]
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    note: Mapped[str | None] = mapped_column(String(300))


class Payment(Timestamps, Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint(
            "method IN ('bank', 'cash', 'wechat', 'alipay', 'card', 'other')", name="method"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="RESTRICT"), index=True)
    instalment_id: Mapped[int | None] = mapped_column(
        ForeignKey("instalments.id", ondelete="SET NULL"), index=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    received_date: Mapped[dt.date] = mapped_column(index=True)
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    method: Mapped[str] = mapped_column(String(10), default="bank")
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    account: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)


class Delivery(Timestamps, Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'in_progress', 'delivered', 'accepted')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    planned_date: Mapped[dt.date | None]
    delivered_date: Mapped[dt.date | None]
    note: Mapped[str | None] = mapped_column(Text)
