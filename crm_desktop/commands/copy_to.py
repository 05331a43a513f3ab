"""``crm-desktop --db SOURCE copy-to TARGET``: copy a whole database to an empty one.

From a local file to a shared PostgreSQL server (``postgresql+psycopg://…``) or back to
a file; ids and history are kept and the row counts are checked before committing.
"""

from __future__ import annotations

import argparse
import sys

from crm_desktop import migrate
from crm_desktop.commands.common import print_json
from crm_desktop.db import Database, open_database, resolve_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy-to", help="copy the whole database into an empty database (file or server URL)"
    )
    parser.add_argument("target", metavar="TARGET",
                        help="an empty database: a new file or postgresql+psycopg://user@host/db")
    parser.add_argument("--json", action="store_true", help="print the copied counts as JSON")
    parser.set_defaults(run=run)


def _open_source(target: str) -> Database:
    """The source, read-only when it is already current (so the window may keep it open)."""
    database = open_database(target, read_only=True)
    if migrate.current_revision(database.engine) == migrate.head_revision():
        return database
    database.close()
    return open_database(target)


class _StderrProgress:
    """Percent done on the terminal, one update per whole percent."""

    def __init__(self) -> None:
        self.shown = -1
        self.live = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if self.live and percent != self.shown:
            self.shown = percent
            sys.stderr.write(f"\rcopying… {percent}%")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.live and self.shown >= 0:
            sys.stderr.write("\n")


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.transfer import copy_database

    source = _open_source(resolve_target(args.db))
    try:
        target = open_database(args.target)
        try:
            progress = _StderrProgress()
            try:
                report = copy_database(source.engine, target.engine, progress=progress)
            finally:
                progress.finish()
            if args.json:
                print_json({"source": source.display_name, "target": target.display_name,
                            "rows": report.rows, "counts": dict(report.counts)})
            else:
                print(f"Copied {report.rows:,} rows in {report.tables} tables from "
                      f"{source.display_name} to {target.display_name}; counts verified.")
        finally:
            target.close()
    finally:
        source.close()
    return 0
