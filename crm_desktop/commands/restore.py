"""``crm-desktop restore FILE``: replace the database with a backup (the app must be closed)."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.commands.backup import database_file


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="replace the database with a backup; the current file is backed up first",
    )
    parser.add_argument("file", metavar="FILE", help="a backup (see: crm-desktop backup --list)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.backup import restore

    db_path = database_file(args)
    result = restore(db_path, Path(args.file))
    print(f"Restored {db_path} from {result.restored_from}.")
    if result.previous is not None:
        print(f"The file it replaced was saved as {result.previous.path}.")
    return 0
