"""``crm-desktop report NAME|all --pdf FILE [--from DATE --to DATE]``, ``report --list``,
``report NAME|all --json``.

The PDF is the one File ▸ Export PDF writes, drawn offscreen without a window, in the
language of ``--lang`` (else the system's). ``--json`` prints the numbers (money in minor
units). Without ``--from``/``--to`` each report takes its own range: this year, or the last
12 months for the monthly ones; the dashboard takes this month.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from crm_desktop.commands.common import open_from_args, print_json
from crm_desktop.services.errors import ValidationError

DASHBOARD = "dashboard"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write reports (or the dashboard) to PDF, or print their numbers as JSON")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="a report name (see --list), dashboard, or all")
    parser.add_argument("--list", action="store_true", help="list the report names")
    parser.add_argument("--pdf", metavar="FILE", help="write the reports to this PDF file")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--from", dest="start", metavar="DATE", type=_date,
                        help="first day, YYYY-MM-DD (local time)")
    parser.add_argument("--to", dest="end", metavar="DATE", type=_date,
                        help="last day, YYYY-MM-DD (included)")
    parser.add_argument("--landscape", action="store_true", help="A4 landscape pages")
    parser.set_defaults(run=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from error


def chosen_names(names: list[str]) -> list[str]:
    from crm_desktop.services.reports import NAMES

    if not names:
        raise ValidationError("report_name", "name a report, dashboard or all (see --list)")
    if "all" in names:
        return [DASHBOARD, *NAMES]
    unknown = [n for n in names if n != DASHBOARD and n not in NAMES]
    if unknown:
        raise ValidationError("no_such_report", f"no report named {unknown[0]!r} (see --list)",
                              name=unknown[0])
    return list(dict.fromkeys(names))


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services import reports
    from crm_desktop.services.reports import dashboard, periods

    if args.list:
        for name in (DASHBOARD, *reports.NAMES):
            print(name)
        return 0
    names = chosen_names(args.names)
    if not args.pdf and not args.json:
        raise ValidationError("report_output", "say --pdf FILE or --json")
    period = None
    if args.start or args.end:
        today = periods.local_today()
        try:
            period = periods.DateRange(args.start or today.replace(month=1, day=1),
                                       args.end or today)
        except ValueError as error:
            raise ValidationError("report_range", str(error)) from error
    database = open_from_args(args, read_only=True)
    try:
        with database.session() as session:
            today = periods.local_today()
            figures = dashboard.figures(
                session, period or periods.preset("this_month", today), today=today) \
                if DASHBOARD in names else None
            tables = reports.run_all(session, tuple(n for n in names if n != DASHBOARD),
                                     period, today=today)
            shop = reports.shop_name(session)
    finally:
        database.close()
    if args.json:
        found: list[dict[str, Any]] = [t.as_json() for t in tables]
        if figures is not None:
            found.insert(0, _figures_json(figures))
        print_json(found)
    if args.pdf:
        _write_pdf(args, Path(args.pdf), shop, figures, tables)
        print(f"{len(names)} report(s) written to {args.pdf}", file=sys.stderr)
    return 0


def _figures_json(figures: Any) -> dict[str, Any]:
    import dataclasses

    data = dataclasses.asdict(figures)
    data["by_status"] = [{"id": s.status.id, "name": s.status.name, "code": s.status.code,
                          "count": s.count} for s in figures.by_status]
    return {"name": DASHBOARD, **data}


def _write_pdf(args: argparse.Namespace, path: Path, shop: str | None, figures: Any,
               tables: list[Any]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from crm_desktop.views import i18n
    from crm_desktop.views.reports.document import build_document
    from crm_desktop.views.reports.printing import write_pdf

    app = QApplication.instance() or QApplication([sys.argv[0]])
    translations = i18n.Translations(app)
    locale = QLocale()
    translations.apply(i18n.choose_language(args.lang))
    try:
        document, title = build_document(shop, figures, tables)
        write_pdf(document, path, title=title, landscape=args.landscape)
    finally:
        translations.remove()
        QLocale.setDefault(locale)
