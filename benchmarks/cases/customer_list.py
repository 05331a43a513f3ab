"""The customer list at the data set's size: first screen, and sorting by every column.

First screen: building the real Customers page (filters, saved filters, the id query,
the first page of rows) until it is painted. Baseline: a bare QTableView over a
QAbstractTableModel holding the same ids from raw sqlite3, fetching visible rows raw.
Sorting: the real model's sort per sortable column (SQL ORDER BY plus repaint); the
baseline is the same ORDER BY through raw sqlite3.
"""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path
from typing import Any

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row, timed_ms
from crm_desktop.db import open_database
from crm_desktop.services.context import AppContext

REPEAT = 3


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def bare_first_screen_ms(path: Path) -> float:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    app = _app()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    class BareModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.ids = [r[0] for r in connection.execute(
                "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY created_at DESC")]
            self.cache: dict[int, tuple] = {}

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(self.ids)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 8

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            key = self.ids[index.row()]
            if key not in self.cache:
                page = self.ids[index.row():index.row() + 100]
                marks = ",".join("?" * len(page))
                for row in connection.execute(
                        "SELECT id, name, company, phones, emails, industry, region, source, "
                        f"city FROM customers WHERE id IN ({marks})", page):
                    self.cache[row[0]] = row[1:]
            return self.cache[key][index.column()]

    def show() -> None:
        view = QTableView()
        view.setModel(BareModel())
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        view.grab()
        view.close()

    result = statistics.median(timed_ms(show) for _ in range(REPEAT))
    connection.close()
    return result


def ours(path: Path) -> tuple[float, list[float], list[float]]:
    from crm_desktop.views.customers.page import CustomersPage
    from crm_desktop.views.customers.table_model import CustomerTableModel

    app = _app()
    database = open_database(str(path), read_only=True)
    context = AppContext(database)

    def show() -> None:
        page = CustomersPage(context)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        page.grab()
        page.close()
        page.deleteLater()

    try:
        first = statistics.median(timed_ms(show) for _ in range(REPEAT))
        model = CustomerTableModel(context)
        model.reload()
        sorts: list[float] = []
        for column, spec in enumerate(model.columns):
            if spec.sortable:
                for order in (0, 1):
                    sorts.append(timed_ms(lambda c=column, o=order: model.sort(c, o)))
    finally:
        database.close()
    raw = raw_sort_times(path)
    return first, sorts, raw


def raw_sort_times(path: Path) -> list[float]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    columns = ("name", "created_at", "updated_at", "completeness", "industry", "region")
    times = []
    for column in columns:
        for direction in ("", " DESC"):
            sql = (f"SELECT id FROM customers WHERE deleted_at IS NULL "
                   f"ORDER BY {column}{direction}, id")
            times.append(timed_ms(lambda s=sql: connection.execute(s).fetchall()))
    connection.close()
    return times


def run(size: str, workdir: Path) -> list[Row]:
    path = dataset_path(size)
    first, sorts, raw = ours(path)
    bare = bare_first_screen_ms(path)
    return [
        make_row("customer list first screen", first, "ms", baseline=bare, target=200,
                 absolute=True),
        make_row("customer list sort, median column", statistics.median(sorts), "ms",
                 baseline=statistics.median(raw), target=300, absolute=True),
        make_row("customer list sort, slowest column", max(sorts), "ms", baseline=max(raw),
                 target=300, absolute=True),
    ]
