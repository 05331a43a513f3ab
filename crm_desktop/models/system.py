"""The app's own records: audit log, settings, saved filters, import batches, templates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, utc_now


class AuditEntry(Base):
    """One field change (or create/delete) of one record, by whom and when."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore, ...
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """A key and a JSON value (default phone region, currency, language, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SavedFilter(Base):
    """A named customer filter ("segment"); ``definition`` is JSON."""

    __tablename__ = "saved_filters"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    definition: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class ImportBatch(Base):
    """One run of the importer, so a whole import can be undone later."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str | None] = mapped_column(String(100))
    imported_at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    created_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    merged_count: Mapped[int] = mapped_column(default=0)
    skipped_count: Mapped[int] = mapped_column(default=0)
    report: Mapped[str | None] = mapped_column(Text)  # JSON: the changes needed to undo
    undone_at: Mapped[dt.datetime | None]


class MappingTemplate(Base):
    """A saved column mapping, found again by the signature of the headers."""

    __tablename__ = "mapping_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    header_signature: Mapped[str] = mapped_column(String(64), index=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON {header: target}
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
