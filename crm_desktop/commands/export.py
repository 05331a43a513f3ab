"""``crm-desktop export KIND… -o FILE.xlsx|.csv|.json [--encoding gbk]`` and
``crm-desktop export template -o FILE.xlsx``.

KIND is customers or contacts (several give one sheet each in .xlsx, one file each in .csv);
``template`` writes the blank import template; ``deals`` (on its own) the live deals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.commands.common import open_from_args

KIND_CHOICES = ("customers", "contacts", "template", "deals")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="export customers, contacts or deals to .xlsx, .csv or .json, or write "
        "the import template")
    parser.add_argument("what", nargs="+", choices=KIND_CHOICES, metavar="KIND",
                        help="customers, contacts (several: one sheet each), deals, or template")
    parser.add_argument("-o", "--output", metavar="FILE", required=True,
                        help="the file to write; its suffix (.xlsx, .csv, .json) picks the format")
    parser.add_argument("--encoding", default="utf-8", metavar="NAME",
                        help="CSV encoding: utf-8 (with a BOM, the default), gbk or gb18030")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.errors import ValidationError
    from crm_desktop.services.exporting import export_lists
    from crm_desktop.services.exporting.template import export_template

    kinds = list(dict.fromkeys(args.what))
    for alone in ("template", "deals"):
        if alone in kinds and len(kinds) > 1:
            raise ValidationError("export_kind", f"“{alone}” is exported on its own",
                                  kind=alone)
    database = open_from_args(args, read_only=True)
    try:
        with database.session() as session:
            if kinds == ["deals"]:
                from crm_desktop.services.exporting.deals import export_deals

                count = export_deals(session, Path(args.output), encoding=args.encoding)
                print(f"{count} deals written to {args.output}", file=sys.stderr)
                return 0
            if kinds == ["template"]:
                export_template(session, Path(args.output))
                print(f"import template written to {args.output}", file=sys.stderr)
                return 0
            result = export_lists(session, Path(args.output), kinds=kinds,
                                  encoding=args.encoding)
    finally:
        database.close()
    for kind, count in result.counts.items():
        print(f"{count} {kind} written", file=sys.stderr)
    print("to " + ", ".join(str(path) for path in result.files), file=sys.stderr)
    return 0
