"""App start to a usable window, measured from outside as a whole process.

The child starts the real command line with a zero-delay timer that fires as soon as
the event loop runs, i.e. once the window is shown and its first page built; it prints
the wall-clock time then, and the parent subtracts the time it started the process.
Shutting down (waiting for the background start-up check) is not counted.
Baseline: the same process start showing a bare QMainWindow with a QTableView.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row

REPEAT = 3

OURS = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
def usable():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, usable)
from crm_desktop.cli import main
sys.exit(main(["--db", sys.argv[1], "--read-only"]))
"""

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
def usable():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, usable)
sys.exit(app.exec())
"""


def wall_ms(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    done = subprocess.run([sys.executable, "-c", script, *args], check=True, env=env,
                          capture_output=True, text=True, timeout=120)
    return (float(done.stdout.split()[0]) - started) * 1000


def run(size: str, workdir: Path) -> list[Row]:
    path = str(dataset_path(size))
    wall_ms(OURS, path)  # warm the file cache
    ours = statistics.median(wall_ms(OURS, path) for _ in range(REPEAT))
    bare = statistics.median(wall_ms(BARE) for _ in range(REPEAT))
    return [make_row("app start to usable window", ours, "ms", baseline=bare, target=2000,
                     absolute=True)]
