"""Orders and contracts (订单/合同) with line items and attached files."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, Timestamps, utc_now
from crm_desktop.models.types import DEFAULT_CURRENCY

ORDER_KINDS = ("order", "contract")
ORDER_STATUSES = ("draft", "active", "completed", "cancelled")


class Order(Timestamps, Base):
    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("kind IN ('order', 'contract')", name="kind"),
        CheckConstraint(
            "status IN ('draft', 'active', 'completed', 'cancelled')", name="status"
        ),
        CheckConstraint("total_minor >= 0", name="total_non_negative"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="order")
    status: Mapped[str] = mapped_column(String(10), default="active", index=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), index=True
    )
    signed_date: Mapped[dt.date | None] = mapped_column(index=True)
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    signer: Mapped[str | None] = mapped_column(String(100))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    terms: Mapped[str | None] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    total_minor: Mapped[int] = mapped_column(default=0)
    deleted_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    lines: Mapped[list[OrderLine]] = relationship(
        cascade="all, delete-orphan", order_by="OrderLine.position"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_minor >= 0", name="price_non_negative"),
        CheckConstraint("amount_minor >= 0", name="amount_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[float] = mapped_column(Numeric(14, 3, asdecimal=False), default=1)
    unit_price_minor: Mapped[int] = mapped_column(default=0)
    amount_minor: Mapped[int] = mapped_column(default=0)


class Attachment(Base):
    """A file stored beside the database, named by its content hash."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint("size >= 0", name="size_non_negative"),
        CheckConstraint("order_id IS NOT NULL OR customer_id IS NOT NULL", name="has_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(260))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(default=0)
    mime_type: Mapped[str | None] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
