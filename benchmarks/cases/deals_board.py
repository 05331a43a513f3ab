"""The Deals board at the data set's size (the large set holds 5,000 open deals).

First screen: building the real Deals page (owners, the board query with its GROUP BY
sums, the forecast, one list view per stage) until it is painted. Baseline: the same
cards read with raw sqlite3 into bare QListViews. Move: one card to the next stage
through the undo stack, the board re-read and repainted (on a working copy).
"""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path
from typing import Any

from benchmarks.dataset import dataset_path, working_copy
from benchmarks.rows import Row, make_row, timed_ms
from crm_desktop.db import open_database
from crm_desktop.services.context import AppContext
from crm_desktop.services.undo import UndoStack

REPEAT = 3


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def bare_board_ms(path: Path) -> float:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QHBoxLayout, QListView, QWidget

    app = _app()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def show() -> None:
        rows = connection.execute(
            "SELECT d.stage_id, d.title, c.name FROM deals d JOIN customers c "
            "ON c.id = d.customer_id JOIN pipeline_stages s ON s.id = d.stage_id "
            "WHERE d.deleted_at IS NULL AND NOT s.is_won AND NOT s.is_lost "
            "ORDER BY d.stage_id, d.position").fetchall()
        by_stage: dict[int, list[str]] = {}
        for stage_id, title, name in rows:
            by_stage.setdefault(stage_id, []).append(f"{title} {name}")
        board = QWidget()
        layout = QHBoxLayout(board)
        for texts in by_stage.values():
            view = QListView(board)
            view.setModel(QStringListModel(texts, view))
            layout.addWidget(view)
        board.resize(1600, 800)
        board.show()
        app.processEvents()
        board.grab()
        board.close()
        board.deleteLater()

    result = statistics.median(timed_ms(show) for _ in range(REPEAT))
    connection.close()
    return result


def board_ms(path: Path) -> tuple[float, int]:
    from crm_desktop.views.deals.page import DealsPage

    app = _app()
    database = open_database(str(path), read_only=True)
    context = AppContext(database)
    shown: list[int] = []

    def show() -> None:
        page = DealsPage(context)
        page.resize(1600, 800)
        page.show()
        app.processEvents()
        page.grab()
        shown.append(sum(c.cards.cards_model().rowCount() for c in page.columns()
                         if not (c.stage.is_won or c.stage.is_lost)))
        page.close()
        page.deleteLater()

    try:
        return statistics.median(timed_ms(show) for _ in range(REPEAT)), shown[-1]
    finally:
        database.close()


def move_ms(path: Path) -> float:
    from crm_desktop.views.deals.page import DealsPage

    app = _app()
    database = open_database(str(path))
    context = AppContext(database, undo=UndoStack())
    page = DealsPage(context)
    page.resize(1600, 800)
    page.show()
    app.processEvents()
    times = []
    try:
        for _ in range(REPEAT):
            first = page.columns()[0]
            card = first.cards.cards_model().card(0)
            assert card is not None

            def move(card: Any = card) -> None:
                page.step_card(card, 1)
                app.processEvents()
                page.grab()

            times.append(timed_ms(move))
    finally:
        page.close()
        page.deleteLater()
        database.close()
    return statistics.median(times)


def run(size: str, workdir: Path) -> list[Row]:
    path = dataset_path(size)
    ours, cards = board_ms(path)
    bare = bare_board_ms(path)
    moved = move_ms(working_copy(size, workdir / "deals-board.sqlite3"))
    return [
        make_row(f"deals board first screen ({cards:,} open deals)", ours, "ms",
                 baseline=bare, target=500, absolute=True),
        make_row("deals board move a card (write, re-read, repaint)", moved, "ms",
                 target=500),
    ]
