"""Marketing campaigns (营销活动): members and their responses."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Timestamps, utc_now
from crm_desktop.models.types import DEFAULT_CURRENCY

RESPONSE_KINDS = ("opened", "replied", "visited", "registered", "purchased", "unsubscribed")


class Campaign(Timestamps, Base):
    __tablename__ = "campaigns"
    __table_args__ = (
        CheckConstraint("budget_minor >= 0", name="budget_non_negative"),
        CheckConstraint("cost_minor >= 0", name="cost_non_negative"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    goal: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(60))
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    budget_minor: Mapped[int] = mapped_column(default=0)
    cost_minor: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)


class CampaignMember(Base):
    __tablename__ = "campaign_members"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class CampaignResponse(Base):
    __tablename__ = "campaign_responses"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('opened', 'replied', 'visited', 'registered', 'purchased', 'unsubscribed')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    responded_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    note: Mapped[str | None] = mapped_column(Text)
