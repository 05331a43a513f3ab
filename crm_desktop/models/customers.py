"""Customers (companies or people), their contacts and tags."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, Timestamps

CUSTOMER_KINDS = ("company", "person")

customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class Customer(Timestamps, Base):
    """A company or a person the shop sells to.

    ``phones``/``emails`` hold the customer's own channels (E.164 / lower-case, separated by
    "; "); contacts hold the people at a company. ``pinyin``/``initials`` are stored for
    search and sorting; ``completeness`` (0–100) is computed by the service on every write.
    ``deleted_at`` set means the customer is in the trash.
    """

    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("kind IN ('company', 'person')", name="kind"),
        CheckConstraint("completeness BETWEEN 0 AND 100", name="completeness"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("ix_customers_live_name", "deleted_at", "name"),
        Index("ix_customers_live_created", "deleted_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="company")
    name: Mapped[str] = mapped_column(String(200), index=True)
    company: Mapped[str | None] = mapped_column(String(200), index=True)
    industry: Mapped[str | None] = mapped_column(String(100), index=True)
    size: Mapped[str | None] = mapped_column(String(40))
    region: Mapped[str | None] = mapped_column(String(100), index=True)
    city: Mapped[str | None] = mapped_column(String(100), index=True)
    address: Mapped[str | None] = mapped_column(String(400))
    source: Mapped[str | None] = mapped_column(String(100), index=True)
    phones: Mapped[str | None] = mapped_column(String(200))
    emails: Mapped[str | None] = mapped_column(String(300))
    wechat: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    marketing_consent: Mapped[bool] = mapped_column(default=False)
    status_id: Mapped[int] = mapped_column(
        ForeignKey("statuses.id", ondelete="RESTRICT"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    pinyin: Mapped[str | None] = mapped_column(String(600), index=True)
    initials: Mapped[str | None] = mapped_column(String(200), index=True)
    completeness: Mapped[int] = mapped_column(default=0, index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Contact.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, order_by=Tag.name)


class Contact(Timestamps, Base):
    """A person at a customer; exactly one per customer is primary (enforced by the service)."""

    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_name_customer", "name", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(100))
    mobile: Mapped[str | None] = mapped_column(String(40), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    wechat: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    is_primary: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)

    customer: Mapped[Customer] = relationship(back_populates="contacts")
