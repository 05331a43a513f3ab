"""``crm-desktop find TEXT [--limit N] [--json]``: search customers as the window does."""

from __future__ import annotations

import argparse
import unicodedata

from crm_desktop.commands.common import open_from_args, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "find", help="find customers by any part of a name, phone, email, pinyin or initials")
    parser.add_argument("text", metavar="TEXT", help="what to look for, e.g. 张, zs, 1381, gmail")
    parser.add_argument("--limit", type=_positive, default=20, help="at most N results (20)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(run=run)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.search import search_customers

    database = open_from_args(args, read_only=True)
    try:
        with database.session() as session:
            hits = search_customers(session, args.text, limit=args.limit)
    finally:
        database.close()
    if args.json:
        print_json([
            {"id": hit.id, "name": hit.name, "company": hit.company, "phones": list(hit.phones),
             "emails": list(hit.emails), "score": hit.score,
             "contact": {"name": hit.contact, "mobile": hit.contact_mobile,
                         "email": hit.contact_email} if hit.contact else None}
            for hit in hits
        ])
        return 0
    if not hits:
        print(f"No customer matches “{args.text}”.")
        return 0
    # Phones and Emails include the primary contact's: the number a user looks for
    rows = [("ID", "Name", "Company", "Contact", "Phones", "Emails")] + [
        (str(hit.id), hit.name, hit.company or "", hit.contact or "",
         ", ".join(hit.all_phones), ", ".join(hit.all_emails))
        for hit in hits
    ]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True))
              .rstrip())
    return 0


def _width(text: str) -> int:
    """Columns a terminal uses for ``text`` (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
