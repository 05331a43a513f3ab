"""Peak memory (RSS) with the data set open in the window, the list scrolled and searched.

Baseline: a bare PySide6 process showing an empty QTableView.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.dataset import dataset_path
from benchmarks.rows import Row, make_row

HIGH_WATER = """
def high_water_kb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
"""

OURS = HIGH_WATER + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QAbstractItemView, QLineEdit
app = QApplication([sys.argv[0]])

def exercise():
    for view in app.allWidgets():
        if isinstance(view, QAbstractItemView):
            view.scrollToBottom(); app.processEvents(); view.scrollToTop()
    for box in app.allWidgets():
        if isinstance(box, QLineEdit) and box.isVisible():
            box.setText("zhang"); app.processEvents(); box.clear()
    app.processEvents()
    print(high_water_kb(), file=sys.stderr)
    app.quit()

QTimer.singleShot(200, exercise)
from crm_desktop.cli import main
sys.exit(main(["--db", sys.argv[1], "--read-only"]))
"""

BARE = HIGH_WATER + """
import sys
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([sys.argv[0]])
view = QTableView(); view.show(); app.processEvents()
print(high_water_kb(), file=sys.stderr)
"""


def peak_mb(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, *args], check=True, env=env,
                          capture_output=True, text=True, timeout=300)
    kilobytes = int(done.stderr.strip().splitlines()[-1])
    return kilobytes / 1024


def run(size: str, workdir: Path) -> list[Row]:
    ours = peak_mb(OURS, str(dataset_path(size)))
    bare = peak_mb(BARE)
    return [make_row("peak memory with the data set open", ours, "MB", baseline=bare,
                     target=400, absolute=True)]
