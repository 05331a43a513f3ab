"""``crm-desktop import FILE``: import a spreadsheet, CSV or vCard file of customers.

The file is read before the database is opened, so a refused file (exit 2, one line on
stderr naming it) writes nothing at all: no database, no import record, no backup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.commands.common import open_from_args, print_json
from crm_desktop.db import is_url, resolve_target
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.importing.preview import POLICIES
from crm_desktop.services.importing.readers_model import RawWorkbook, refuse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="import customers from .xlsx/.xls/.ods/.csv/.vcf")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to import (default: guessed)")
    parser.add_argument("--mapping", metavar="TEMPLATE",
                        help="a saved mapping template's name, or a JSON file {header: field}")
    parser.add_argument("--dry-run", action="store_true",
                        help="check and report everything, write nothing")
    parser.add_argument("--on-duplicate", choices=POLICIES, default="skip",
                        help="what to do with rows that match a customer already there")
    parser.add_argument("--encoding", help="the text encoding of a CSV file (default: detected)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary on stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.importing.execute import run_import
    from crm_desktop.services.importing.plan import prepare_import
    from crm_desktop.services.importing.readers import read_file

    path = Path(args.file)
    workbook = read_file(path, encoding=args.encoding)
    _check_before_writing(args, workbook)
    database = open_from_args(args)
    try:
        with database.session() as session:
            preview = prepare_import(session, path, sheet=args.sheet, mapping=args.mapping,
                                     workbook=workbook, policy=args.on_duplicate)
            report = run_import(session, preview, db_path=database.path, dry_run=args.dry_run)
    finally:
        database.close()
    if args.json:
        print_json(report.as_json())
    else:
        for problem in report.warnings[:50]:
            print(f"row {problem.row}, {problem.column or '-'}: {problem.message}",
                  file=sys.stderr)
        if len(report.warnings) > 50:
            print(f"... and {len(report.warnings) - 50} more problems", file=sys.stderr)
        print(report.summary())
    return 0


def _check_before_writing(args: argparse.Namespace, workbook: RawWorkbook) -> None:
    """Refuse a wrong ``--sheet`` or ``--mapping`` before the database is opened for writing
    (which would create, migrate and lock it), so a refusal leaves no file behind."""
    from crm_desktop.services.importing.plan import _sheet_index

    if args.sheet is not None:
        _sheet_index([raw.name for raw in workbook.sheets], args.sheet, workbook.file_name,
                     workbook)
    if args.mapping is None:
        return
    try:
        _check_mapping(args)
    except ValidationError as error:
        refuse(error.code, workbook.file_name, error.message, mapping=args.mapping)


def _check_mapping(args: argparse.Namespace) -> None:
    """A template name is looked up read-only in an existing database file; without one
    there are no templates, so ``--mapping`` must be a readable JSON file."""
    from crm_desktop.services.importing.templates import load_mapping_argument, load_mapping_file

    target = resolve_target(args.db)
    if is_url(target) and not target.startswith("sqlite:///"):
        return  # a server database: prepare_import checks it, nothing is created there
    if not Path(target.removeprefix("sqlite:///")).expanduser().exists():
        load_mapping_file(args.mapping)
        return
    database = open_from_args(args, read_only=True)
    try:
        with database.session() as session:
            load_mapping_argument(session, args.mapping)
    finally:
        database.close()
