"""The worker runs services off the GUI thread, reports progress, and can be cancelled."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.progress import CancelCheck, Progress, check
from crm_desktop.views.worker import run_in_background


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_worker_runs_the_function_off_the_gui_thread_and_returns_its_result(
    qtbot: QtBot, parent: QWidget
) -> None:
    seen: list[tuple[int, int]] = []
    threads: list[int] = []

    def work(progress: Progress, cancelled: CancelCheck) -> str:
        threads.append(threading.get_ident())
        for done in range(1, 4):
            time.sleep(0.06)  # longer than the progress throttle, so each step is reported
            progress(done, 3)
        return "finished"

    job = run_in_background(parent, work, label="Working")
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["finished"]
    assert threads and threads[0] != threading.get_ident()
    assert seen[-1] == (3, 3)


def test_cancel_button_stops_the_function_and_reports_cancelled(
    qtbot: QtBot, parent: QWidget
) -> None:
    started = threading.Event()
    successes: list[object] = []

    def work(progress: Progress, cancelled: CancelCheck) -> str:
        started.set()
        for done in range(1000):
            check(cancelled)
            progress(done, 1000)
            time.sleep(0.01)
        return "should not get here"

    job = run_in_background(parent, work, label="Long work", on_success=successes.append)
    assert started.wait(5)
    dialog = parent.findChild(QProgressDialog, "worker.progress")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # shown once the job takes a while
    assert 0 < dialog.value() <= dialog.maximum() == 1000
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert successes == []


def test_domain_error_reaches_the_error_handler_in_the_gui_thread(
    qtbot: QtBot, parent: QWidget
) -> None:
    errors: list[tuple[BaseException, int]] = []

    def work(progress: Progress, cancelled: CancelCheck) -> None:
        raise ValidationError("bad_phone", "The phone number 123 is too short.")

    job = run_in_background(
        parent, work, label="Checking",
        on_error=lambda error: errors.append((error, threading.get_ident())),
    )
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert len(errors) == 1
    error, thread = errors[0]
    assert isinstance(error, ValidationError) and error.code == "bad_phone"
    assert thread == threading.get_ident()


# The window is owned by Python and only its job's callbacks hold it: deleting the finished
# job drops them, which deletes the window. In a child process: the bug this guards against
# (the job a Qt child of that window, deleted again by it) kills the process with SIGSEGV.
WINDOW_HELD_BY_ITS_JOB = textwrap.dedent("""
    import time
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QDialog
    from crm_desktop.views.worker import run_in_background

    app = QApplication([])
    deleted = []

    def start():
        window = QDialog()
        window.destroyed.connect(lambda: deleted.append(True))
        run_in_background(window, lambda progress, cancelled: 42, label="Working",
                          on_success=lambda result: print("done", result, window.isHidden()))

    start()
    QThreadPool.globalInstance().waitForDone()
    for _ in range(100):
        app.processEvents()
        if deleted:
            break
        time.sleep(0.01)
    print("deleted" if deleted else "kept")
""")


def test_a_window_held_only_by_its_finished_jobs_callbacks_is_deleted_once() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", WINDOW_HELD_BY_ITS_JOB],
        cwd=Path(__file__).parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["done", "42", "True", "deleted"]


def test_a_job_whose_window_was_deleted_meanwhile_finishes_without_reporting(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    release = threading.Event()
    successes: list[object] = []

    def work(progress: Progress, cancelled: CancelCheck) -> str:
        release.wait(5)
        return "too late"

    job = run_in_background(window, work, label="Working", on_success=successes.append)
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window), timeout=2000)
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert successes == []
