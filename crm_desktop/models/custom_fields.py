"""User-defined custom fields (defined in Settings) and their values per customer."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base

FIELD_KINDS = ("text", "number", "date", "choice", "bool")


class CustomFieldDefinition(Base):
    __tablename__ = "custom_field_definitions"
    __table_args__ = (
        CheckConstraint("kind IN ('text', 'number', 'date', 'choice', 'bool')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="text")
    choices: Mapped[str | None] = mapped_column(Text)  # JSON list, for kind "choice"
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class CustomFieldValue(Base):
    """One value, stored as text in a canonical form (ISO dates, '1'/'0', plain numbers)."""

    __tablename__ = "custom_field_values"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_definitions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value: Mapped[str] = mapped_column(Text)
