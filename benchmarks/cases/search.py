"""Search as you type at the data set's size: every keystroke of typical queries.

Baseline: the same 3+ character keystrokes as a raw FTS5 trigram query through sqlite3.
"""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row, timed_ms
from crm_desktop.db import open_database
from crm_desktop.services.search import search_customers

QUERIES = ("张", "王芳", "上海", "杭州瑞丰", "zhang", "zs", "wangfang", "13812", "138 1234",
           "gmail", "qq.com", "科技有限", "Acme", "trading")
REPEAT = 3


def keystrokes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def run(size: str, workdir: Path) -> list[Row]:
    path = dataset_path(size)
    database = open_database(str(path), read_only=True)
    ours: list[float] = []
    try:
        with database.session() as session:
            for query in QUERIES:  # warm the caches once
                search_customers(session, query)
            for _ in range(REPEAT):
                for query in QUERIES:
                    for typed in keystrokes(query):
                        ours.append(timed_ms(lambda t=typed: search_customers(session, t)))
    finally:
        database.close()
    raw = raw_fts_times(path)
    median = statistics.median(ours)
    return [
        make_row("search keystroke median", median, "ms", baseline=statistics.median(raw),
                 target=10, absolute=True),
        make_row("search keystroke worst", max(ours), "ms", baseline=max(raw), target=50,
                 absolute=True),
    ]


def raw_fts_times(path: Path) -> list[float]:
    """Raw FTS5 trigram, 3+ characters only (it cannot match shorter queries)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    sql = ("SELECT rowid FROM customer_search WHERE customer_search MATCH ? "
           "ORDER BY rank LIMIT 50")
    times: list[float] = []
    try:
        for _ in range(REPEAT):
            for query in QUERIES:
                for typed in keystrokes(query):
                    if len(typed) >= 3:
                        phrase = '"' + typed.replace('"', '""') + '"'
                        times.append(timed_ms(lambda p=phrase: connection.execute(sql, (p,))
                                              .fetchall()))
    finally:
        connection.close()
    return times
