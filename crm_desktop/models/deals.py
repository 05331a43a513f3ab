"""Sales pipeline (销售机会): stages with win probability, deals and their stage history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Timestamps, utc_now
from crm_desktop.models.types import DEFAULT_CURRENCY

DEFAULT_STAGES: tuple[tuple[str, str, str, int], ...] = (
    # code, Chinese name, English name, win probability %
    ("qualify", "初步接洽", "Qualify", 10),
    ("needs", "需求确认", "Needs analysis", 25),
    ("proposal", "方案报价", "Proposal", 50),
    ("negotiation", "谈判审核", "Negotiation", 75),
    ("won", "赢单", "Won", 100),
    ("lost", "输单", "Lost", 0),
)


class PipelineStage(Base):
    __tablename__ = "pipeline_stages"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),
        CheckConstraint("NOT (is_won AND is_lost)", name="won_or_lost"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=0)
    is_won: Mapped[bool] = mapped_column(default=False)
    is_lost: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Deal(Timestamps, Base):
    __tablename__ = "deals"
    __table_args__ = (
        CheckConstraint("amount_minor >= 0", name="amount_non_negative"),
        Index("ix_deals_live_stage", "deleted_at", "stage_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    amount_minor: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    stage_id: Mapped[int] = mapped_column(ForeignKey("pipeline_stages.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(default=0)  # order inside the kanban column
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str | None] = mapped_column(String(100))
    expected_close_date: Mapped[dt.date | None] = mapped_column(index=True)
    closed_at: Mapped[dt.datetime | None]
    lost_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    deleted_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class DealStageChange(Base):
    __tablename__ = "deal_stage_history"
    __table_args__ = (Index("ix_deal_stage_history_deal_at", "deal_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("pipeline_stages.id", ondelete="RESTRICT")
    )
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("pipeline_stages.id", ondelete="RESTRICT"))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
