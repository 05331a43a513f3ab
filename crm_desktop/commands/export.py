"""``crm-desktop export customers -o FILE.json|.xlsx|.csv``: write every live customer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.commands.common import open_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export customers to .json, .xlsx or .csv")
    parser.add_argument("what", choices=("customers",))
    parser.add_argument("-o", "--output", metavar="FILE", required=True,
                        help="the file to write; its suffix (.json, .xlsx, .csv) picks the format")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.exporting import export_customers

    database = open_from_args(args, read_only=True)
    try:
        with database.session() as session:
            count = export_customers(session, Path(args.output))
    finally:
        database.close()
    print(f"{count} customers written to {args.output}", file=sys.stderr)
    return 0
