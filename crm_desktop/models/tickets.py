"""Customer service tickets (客户服务): complaints and requests, with satisfaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Timestamps, utc_now

TICKET_STATUSES = ("open", "in_progress", "resolved", "closed")


class Ticket(Timestamps, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        CheckConstraint("priority BETWEEN 0 AND 3", name="priority"),
        CheckConstraint(
            "status IN ('open', 'in_progress', 'resolved', 'closed')", name="status"
        ),
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5",
                        name="satisfaction"),
        Index("ix_tickets_status_opened", "status", "opened_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="request")  # request/complaint/...
    priority: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(12), default="open")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    opened_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    resolved_at: Mapped[dt.datetime | None]
    resolution: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None]
    feedback: Mapped[str | None] = mapped_column(Text)
