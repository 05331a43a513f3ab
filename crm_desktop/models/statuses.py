"""Lifecycle statuses (CRM状态) and the history of every change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, utc_now

DEFAULT_STATUSES: tuple[tuple[str, str, str, str], ...] = (
    # code, Chinese name, English name, colour
    ("lead", "潜在客户", "Lead", "#9e9e9e"),
    ("following", "跟进中", "Following up", "#1e88e5"),
    ("trial", "尝试使用", "Trial", "#8e24aa"),
    ("negotiating", "进行中", "Negotiating", "#fb8c00"),
    ("signed", "已签约", "Signed", "#43a047"),
    ("retained", "维护中", "Retained", "#00897b"),
    ("lost", "拒绝", "Lost", "#e53935"),
)


class Status(Base):
    """A configurable lifecycle status; retired ones stay for history but are not offered."""

    __tablename__ = "statuses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str | None] = mapped_column(String(60))
    color: Mapped[str] = mapped_column(String(9), default="#9e9e9e")
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class StatusChange(Base):
    """One change of a customer's status, kept so conversion can be measured."""

    __tablename__ = "status_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    from_status_id: Mapped[int | None] = mapped_column(
        ForeignKey("statuses.id", ondelete="RESTRICT")
    )
    to_status_id: Mapped[int] = mapped_column(ForeignKey("statuses.id", ondelete="RESTRICT"))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))

    __table_args__ = (
        Index("ix_status_history_customer_at", "customer_id", "changed_at"),
        CheckConstraint("from_status_id IS NULL OR from_status_id <> to_status_id", name="changes"),
    )
