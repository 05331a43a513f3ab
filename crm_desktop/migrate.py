"""Alembic, driven from code: upgrade an older database after backing it up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from crm_desktop.services.errors import DomainError
from crm_desktop.sqlite_backup import backup_before

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refuse_if_newer(engine: Engine) -> None:
    current = current_revision(engine)
    if current is not None and not _known_revision(current):
        raise DomainError(
            "db_newer",
            "This database was written by a newer version of CRM Desktop; "
            "please update the app to open it.",
            revision=current,
        )


def _known_revision(current: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(current) is not None
    except Exception:  # alembic raises its own errors for unknown ids
        return False


def upgrade_if_needed(engine: Engine, *, backup_path: Path | None) -> bool:
    """Bring the schema to head; back up first when an existing database changes.

    Returns True when a migration ran.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return False
    if current is not None and not _known_revision(current):
        raise DomainError(
            "db_newer",
            "This database was written by a newer version of CRM Desktop; "
            "please update the app to open it.",
            revision=current,
        )
    if current is not None and backup_path is not None:
        backup_before(backup_path, "pre-migration")
    upgrade(engine, "head")
    return True


def upgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
