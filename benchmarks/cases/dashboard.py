"""The dashboard and the reports at the data set's size.

Dashboard figures: ``services/reports/dashboard.figures`` for this month (a dozen GROUP BY /
SUM queries), against the same aggregates as raw sqlite3 SQL; DESIGN.md asks for the
dashboard within 500 ms. Dashboard page: building the real page (figures, two charts)
until painted. ``report all --pdf``: every report and the dashboard into one PDF, in
process, without a window (issue 14 asks for under 10 s).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
from pathlib import Path
from typing import Any

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row, timed_ms
from crm_desktop.db import open_database
from crm_desktop.services.context import AppContext

REPEAT = 5

RAW_FIGURES = (
    "SELECT status_id, count(*) FROM customers WHERE deleted_at IS NULL GROUP BY status_id",
    "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND created_at >= ? "
    "AND created_at < ?",
    "SELECT count(*), sum(d.amount_minor), sum(d.amount_minor * s.probability) FROM deals d "
    "JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.deleted_at IS NULL AND NOT s.is_won "
    "AND NOT s.is_lost",
    "SELECT count(*), sum(d.amount_minor) FROM deals d JOIN pipeline_stages s "
    "ON s.id = d.stage_id WHERE d.deleted_at IS NULL AND s.is_won AND d.closed_at >= ? "
    "AND d.closed_at < ?",
    "SELECT sum(i.amount_minor - coalesce(p.paid, 0)) FROM instalments i JOIN orders o "
    "ON o.id = i.order_id LEFT JOIN (SELECT instalment_id, sum(amount_minor) AS paid "
    "FROM payments GROUP BY instalment_id) p ON p.instalment_id = i.id "
    "WHERE o.deleted_at IS NULL AND o.status IN ('active', 'completed')",
    "SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at >= ? AND due_at < ?",
)


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def raw_figures_ms(path: Path) -> float:
    """The same aggregates once each (twice for the two periods) through raw sqlite3."""
    from crm_desktop.services.reports.periods import local_today, preset

    low, high = (t.replace(tzinfo=None).isoformat(sep=" ")
                 for t in preset("this_month", local_today()).utc_bounds())
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def run() -> None:
        for sql in RAW_FIGURES:
            params = (low, high) if sql.count("?") == 2 else ()
            connection.execute(sql, params).fetchall()
            if "created_at >= ?" in sql or "closed_at >= ?" in sql:
                connection.execute(sql, params).fetchall()

    result = statistics.median(timed_ms(run) for _ in range(REPEAT))
    connection.close()
    return result


def ours(path: Path, workdir: Path) -> tuple[float, float, float]:
    from crm_desktop.commands import report
    from crm_desktop.services.reports import dashboard
    from crm_desktop.services.reports.periods import local_today, preset
    from crm_desktop.views.dashboard_page import DashboardPage

    app = _app()
    database = open_database(str(path), read_only=True)
    context = AppContext(database)
    period = preset("this_month", local_today())

    def figures() -> None:
        with database.session() as session:
            dashboard.figures(session, period)

    def page() -> None:
        shown = DashboardPage(context)
        shown.resize(1200, 800)
        shown.show()
        app.processEvents()
        shown.grab()
        shown.close()
        shown.deleteLater()

    try:
        figures()  # warm the page cache like a window that is already open
        figures_ms = statistics.median(timed_ms(figures) for _ in range(REPEAT))
        page_ms = statistics.median(timed_ms(page) for _ in range(3))
    finally:
        database.close()
    args = argparse.Namespace(db=str(path), lang="zh_CN", list=False, names=["all"],
                              pdf=str(workdir / "reports.pdf"), json=False, start=None,
                              end=None, landscape=False)
    pdf_ms = timed_ms(lambda: report.run(args))
    return figures_ms, page_ms, pdf_ms


def run(size: str, workdir: Path) -> list[Row]:
    path = dataset_path(size)
    figures_ms, page_ms, pdf_ms = ours(path, workdir)
    raw = raw_figures_ms(path)
    return [
        make_row("dashboard figures", figures_ms, "ms", baseline=raw, target=500,
                 absolute=True),
        make_row("dashboard page first paint", page_ms, "ms", target=500),
        make_row("report all --pdf", pdf_ms, "ms", target=10_000),
    ]
