"""The shared-server figures: search keystrokes and the customer list on PostgreSQL.

A throwaway cluster (``tests/pg.py``: initdb on a free loopback port, removed after)
gets the cached data set through ``services.transfer.copy_database`` (the same copy as
``crm-desktop copy-to``), then ``VACUUM ANALYZE``. The rows are the SQLite ones measured
the same way on the same data, named "… (PostgreSQL)", with the SQLite figure of this
run as the baseline and DESIGN.md's absolute limits as targets. The cluster runs with
``fsync=off``, which only matters for writes; nothing here writes while measured.

Without the PostgreSQL server binaries the case prints a note and adds no rows.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from benchmarks.cases.customer_list import ours as sqlite_list_times
from benchmarks.cases.search import QUERIES, REPEAT, keystrokes
from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row, timed_ms
from crm_desktop.db import Database, open_database
from crm_desktop.models import Contact, Customer
from crm_desktop.services.context import AppContext
from crm_desktop.services.customer_store import customer_keys
from crm_desktop.services.search import search_customers
from crm_desktop.services.transfer import copy_database

DATABASE = "crm_bench"
LIST_REPEAT = 3


def run(size: str, workdir: Path) -> list[Row]:
    from tests.pg import PostgresUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except PostgresUnavailable as error:
        print(f"postgres: skipped ({error})", file=sys.stderr)
        return []
    try:
        cluster.admin(f"CREATE DATABASE {DATABASE}")
        server = open_database(cluster.url(DATABASE))
        try:
            _fill(server, size, workdir)
            _vacuum_analyze(cluster.conninfo(DATABASE))
            return _measure(server, size)
        finally:
            server.close()
    finally:
        cluster.stop()


def _fill(server: Database, size: str, workdir: Path) -> None:
    """Copy the cached data set into the server (through a repaired working copy)."""
    local = workdir / f"pg-source-{size}.sqlite3"
    shutil.copy(dataset_path(size), local)
    source = open_database(str(local))
    try:
        _fit_search_keys(source)
        started = time.perf_counter()
        report = copy_database(source.engine, server.engine)
        print(f"postgres: copied {sum(report.counts.values()):,} rows in "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    finally:
        source.close()
    local.unlink()


def _fit_search_keys(source: Database) -> None:
    """Data sets cached before the demo cut pinyin/initials to their columns hold a few
    longer keys, which PostgreSQL refuses: recompute those as the generator now does."""
    columns = Customer.__table__.c
    too_long = ((func.length(Customer.initials) > columns.initials.type.length)
                | (func.length(Customer.pinyin) > columns.pinyin.type.length))
    with source.session() as session:
        for customer_id, name, company in session.execute(
                select(Customer.id, Customer.name, Customer.company).where(too_long)).all():
            contacts = session.scalars(select(Contact.name).where(
                Contact.customer_id == customer_id).order_by(Contact.position)).all()
            keys = customer_keys(" ".join([name, company or "", *contacts]))
            session.execute(update(Customer).where(Customer.id == customer_id).values(
                pinyin=keys.pinyin or None, initials=keys.initials or None))


def _vacuum_analyze(conninfo: str) -> None:
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def search_times(database: Database, label: str = "") -> list[float]:
    """Every keystroke of the search case's queries, ``REPEAT`` times, warm; the slowest
    keystrokes are named on stderr (``label`` says which database)."""
    times: list[tuple[float, str]] = []
    with database.session() as session:
        for query in QUERIES:
            search_customers(session, query)
        for _ in range(REPEAT):
            for query in QUERIES:
                for typed in keystrokes(query):
                    times.append((timed_ms(lambda t=typed: search_customers(session, t)),
                                  typed))
    if label:
        slowest = ", ".join(f"{typed!r} {ms:.0f} ms" for ms, typed in sorted(times)[-3:])
        print(f"{label}: slowest keystrokes {slowest}", file=sys.stderr)
    return [ms for ms, _typed in times]


def list_times(database: Database) -> tuple[float, list[float]]:
    """The Customers page's first screen (median) and the model's sort by every column."""
    from PySide6.QtWidgets import QApplication

    from crm_desktop.views.customers.page import CustomersPage
    from crm_desktop.views.customers.table_model import CustomerTableModel

    app: Any = QApplication.instance() or QApplication([])
    context = AppContext(database)

    def show() -> None:
        page = CustomersPage(context)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        page.grab()
        page.close()
        page.deleteLater()

    first = statistics.median(timed_ms(show) for _ in range(LIST_REPEAT))
    model = CustomerTableModel(context)
    model.reload()
    sorts = [timed_ms(lambda c=column, o=order: model.sort(c, o))
             for column, spec in enumerate(model.columns) if spec.sortable for order in (0, 1)]
    return first, sorts


def _measure(server: Database, size: str) -> list[Row]:
    path = dataset_path(size)
    local = open_database(str(path), read_only=True)
    try:
        sqlite_search = search_times(local)
    finally:
        local.close()
    pg_search = search_times(server, "postgres")
    pg_first, pg_sorts = list_times(server)
    sqlite_first, sqlite_sorts, _raw = sqlite_list_times(path)
    return [
        make_row("search keystroke median (PostgreSQL)", statistics.median(pg_search), "ms",
                 baseline=statistics.median(sqlite_search), target=10, absolute=True),
        make_row("search keystroke worst (PostgreSQL)", max(pg_search), "ms",
                 baseline=max(sqlite_search), target=50, absolute=True),
        make_row("customer list first screen (PostgreSQL)", pg_first, "ms",
                 baseline=sqlite_first, target=200, absolute=True),
        make_row("customer list sort, median column (PostgreSQL)", statistics.median(pg_sorts),
                 "ms", baseline=statistics.median(sqlite_sorts), target=300, absolute=True),
        make_row("customer list sort, slowest column (PostgreSQL)", max(pg_sorts), "ms",
                 baseline=max(sqlite_sorts), target=300, absolute=True),
    ]
