"""Tasks and reminders (日程安排): due time, priority, assignee."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Timestamps


class Task(Timestamps, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("priority BETWEEN 0 AND 3", name="priority"),
        Index("ix_tasks_open_due", "done_at", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    due_at: Mapped[dt.datetime | None]
    remind_at: Mapped[dt.datetime | None]
    priority: Mapped[int] = mapped_column(default=1)  # 0 low, 1 normal, 2 high, 3 urgent
    done_at: Mapped[dt.datetime | None]
