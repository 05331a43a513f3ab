"""``crm-desktop check``: is the database sound? Findings in plain words.

Exit 0 when nothing was found, 1 when problems (or warnings) were found, 2 when the
file cannot be checked at all (missing, not a CRM Desktop database, unreadable). The
file is opened strictly read-only, so checking is safe while the window has it open.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.exc import DBAPIError

from crm_desktop.commands.common import print_json
from crm_desktop.db import is_url, open_database, resolve_target
from crm_desktop.services.errors import DomainError

EXIT_CLEAN, EXIT_FOUND, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="check the database for damage and broken rules (read-only)"
    )
    parser.add_argument("--quick", action="store_true",
                        help="SQLite quick_check instead of the full integrity check")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.set_defaults(run=run)


@contextmanager
def _read_only_engine(target: str) -> Iterator[tuple[Engine, str]]:
    from crm_desktop.sqlite_backup import connect_read_only, has_sqlite_header

    if is_url(target) and not target.startswith("sqlite:///"):
        database = open_database(target, read_only=True)
        try:
            yield database.engine, database.display_name
        finally:
            database.close()
        return
    path = Path(target.removeprefix("sqlite:///")).expanduser().absolute()
    if not path.is_file():
        raise DomainError("check_no_database", f"There is no database at {path}.", path=path)
    if not has_sqlite_header(path):
        raise DomainError(
            "db_not_sqlite", f"{path} is not a CRM Desktop database (not a SQLite file).",
            path=path,
        )
    engine = create_engine("sqlite://", creator=lambda: connect_read_only(path))
    try:
        yield engine, str(path)
    finally:
        engine.dispose()


def run(args: argparse.Namespace) -> int:
    from crm_desktop import migrate
    from crm_desktop.services import integrity
    from crm_desktop.services.startup import is_damaged_file_error

    with _read_only_engine(resolve_target(args.db)) as (engine, name):
        try:
            if not inspect(engine).has_table("customers"):
                raise DomainError("db_not_ours", f"{name} is not a CRM Desktop database.")
            migrate.refuse_if_newer(engine)
            findings = integrity.check(engine, quick=args.quick)
        except DBAPIError as error:
            if is_damaged_file_error(error):
                findings = [integrity.Finding(
                    integrity.ERROR,
                    f"The database file is damaged ({error.orig}). Restore the latest backup.",
                    integrity.DAMAGED,
                )]
            else:
                raise DomainError(
                    "check_unreadable", f"{name} cannot be read: {error.orig or error}."
                ) from error
    if args.json:
        print_json([{"severity": f.severity, "code": f.code, "message": f.message,
                     "params": dict(f.params)} for f in findings])
    else:
        for finding in findings:
            label = "Problem" if finding.is_error else "Warning"
            print(f"{label}: {finding.message}")
        errors = sum(finding.is_error for finding in findings)
        warnings = len(findings) - errors
        if findings:
            print(f"{name}: {errors} problem(s) and {warnings} warning(s) found.")
        else:
            print(f"{name}: no problems found.")
    return EXIT_FOUND if findings else EXIT_CLEAN
