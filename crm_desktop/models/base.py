"""Declarative base with a constraint naming convention.

Named constraints let Alembic alter SQLite tables in batch mode; the type map keeps
column declarations short and portable between SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crm_desktop.models.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Timestamps:
    """created_at / updated_at in UTC, set by Python so bulk paths can set them too."""

    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)


__all__ = ["Base", "Timestamps", "utc_now", "DateTime", "func"]
