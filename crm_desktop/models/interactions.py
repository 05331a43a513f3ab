"""Interactions (客户跟踪): calls, visits, meetings, emails, WeChat messages and notes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Timestamps

INTERACTION_KINDS = ("call", "visit", "meeting", "email", "wechat", "note")


class Interaction(Timestamps, Base):
    __tablename__ = "interactions"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('call', 'visit', 'meeting', 'email', 'wechat', 'note')", name="kind"
        ),
        Index("ix_interactions_customer_at", "customer_id", "occurred_at"),
        Index("ix_interactions_next_follow_up", "next_follow_up_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10))
    occurred_at: Mapped[dt.datetime]
    subject: Mapped[str | None] = mapped_column(String(200))
    content: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(200))
    next_follow_up_at: Mapped[dt.datetime | None]
