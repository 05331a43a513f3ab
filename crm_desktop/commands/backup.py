"""``crm-desktop backup [-o FILE] [--list]``: back up the database file now, or list backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.db import is_url, resolve_target
from crm_desktop.services.errors import DomainError


def database_file(args: argparse.Namespace) -> Path:
    """The database file the command works on; a server URL is refused in one sentence."""
    target = resolve_target(args.db)
    if is_url(target) and not target.startswith("sqlite:///"):
        raise DomainError(
            "backup_server_database",
            "Backups and restores work on a database file; back up a server database "
            "with the server's own tools (for PostgreSQL: pg_dump).",
        )
    # resolved as ``open_database`` does: a symlinked path must name the same lock file
    return Path(target.removeprefix("sqlite:///")).expanduser().resolve()


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size:,} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup", help="back up the database now (safe while the window has it open)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="write the backup to FILE (never overwritten) instead of the backups folder",
    )
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.backup import backup_now, list_backups

    db_path = database_file(args)
    if args.list:
        backups = list_backups(db_path)
        if not backups:
            print(f"No backups of {db_path} yet.")
        for info in backups:
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {human_size(info.size):>12}  "
                  f"{info.reason:<13}  {info.path}")
        return 0
    destination = Path(args.output) if args.output else None
    info = backup_now(db_path, "manual", destination=destination)
    print(f"{info.path}  ({human_size(info.size)})")
    return 0
