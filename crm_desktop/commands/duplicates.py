"""``crm-desktop duplicates [--sure] [--json]``: list the groups of probable duplicates."""

from __future__ import annotations

import argparse

from crm_desktop.commands.common import open_from_args, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "duplicates", help="list groups of probable duplicate customers, with the reasons")
    parser.add_argument("--sure", action="store_true",
                        help="only the groups joined by strong keys under agreeing names")
    parser.add_argument("--no-fuzzy", action="store_true",
                        help="skip similar names and pinyin (faster)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.cleaning.finder import find_duplicate_groups

    database = open_from_args(args, read_only=True)
    try:
        with database.session() as session:
            groups = find_duplicate_groups(session, fuzzy=not args.no_fuzzy)
    finally:
        database.close()
    if args.sure:
        groups = [group for group in groups if group.sure]
    if args.json:
        print_json([
            {"ids": list(group.ids), "sure": group.sure, "score": group.score,
             "customers": [{"id": m.id, "name": m.name, "company": m.company,
                            "phones": list(m.phones), "emails": list(m.emails)}
                           for m in group.members],
             "reasons": [{"key": r.key, "value": r.value, "ids": [r.first, r.second],
                          "score": r.score, "why": r.why or None} for r in group.reasons]}
            for group in groups
        ])
        return 0
    if not groups:
        print("No duplicates found.")
        return 0
    for group in groups:
        kind = "sure" if group.sure else "maybe"
        names = ", ".join(f"{m.name} #{m.id}" for m in group.members)
        first = group.reasons[0]
        why = f" ({first.why})" if first.why else ""
        print(f"{group.score:3d} {kind:5s} {names}  [{first.key} {first.value}{why}]")
    print(f"{len(groups)} groups, {sum(g.sure for g in groups)} sure.")
    return 0
