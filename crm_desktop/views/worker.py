"""Run a service off the GUI thread, with a progress dialog, a Cancel button and signals.

Long services follow one contract (``services/progress.py``): they take
``progress(done, total)`` and ``cancelled()`` and raise ``Cancelled`` when asked to stop.
``run_in_background`` calls ``fn(progress=..., cancelled=...)`` in a pool thread; the
function opens its own session (sessions never cross threads)::

    def work(progress, cancelled):
        with context.session() as session:
            return importing.run(session, path, progress=progress, cancelled=cancelled)

    run_in_background(self, work, label=self.tr("Importing…"), on_success=self.show_report)

Results, errors and progress come back as queued signals, so only the GUI thread ever
touches a widget. Progress is throttled: a service may report every row.

A job is never a Qt child of the window it reports to. Its signals hold Python callbacks
that hold that window, so releasing them (when the job is deleted) may drop the window's
last Python reference and delete it; were the job the window's child, the window would
delete the job a second time, from inside the job's own destructor: a segmentation fault
whenever the garbage collector had left those callbacks the last holders. Jobs are kept
alive by ``_RUNNING`` instead, deleted with ``deleteLater`` once finished, and report
nothing to a window that is gone.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from crm_desktop.services.errors import Cancelled, DomainError
from crm_desktop.services.progress import CancelCheck, Progress
from crm_desktop.views.messages import show_error

ServiceCall = Callable[..., Any]  # fn(*, progress: Progress, cancelled: CancelCheck) -> result
PROGRESS_INTERVAL_S = 0.05
DIALOG_DELAY_MS = 400  # quick jobs finish before a dialog would flash up


class Job(QObject):
    """One background call. Its public signals are emitted in the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception: a DomainError or anything unexpected
    cancelled = Signal()
    finished = Signal()  # after exactly one of succeeded, failed, cancelled

    # Emitted from the pool thread; queued to the slots below, which run in the GUI thread.
    _worker_progress = Signal(int, int)
    _worker_done = Signal(object, object)  # result, error

    def __init__(self, fn: ServiceCall, owner: QObject | None = None) -> None:
        """``owner`` is who the results are for: once it is deleted, the job still runs to
        its end but emits only ``finished``. It is not the job's Qt parent (see above)."""
        super().__init__()
        self._fn = fn
        self._owner = owner
        self._cancel = threading.Event()
        self._running = False
        self._last_progress = 0.0
        self._worker_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> None:
        self._running = True
        runnable = QRunnable.create(self._run)
        (pool or QThreadPool.globalInstance()).start(runnable)

    def cancel(self) -> None:
        """Ask the service to stop at its next check; it rolls back and ``cancelled`` follows."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._running

    # -- in the pool thread ------------------------------------------------------------
    def _run(self) -> None:
        try:
            result = self._fn(progress=self._report, cancelled=self._cancel.is_set)
        except BaseException as error:  # every failure goes back to the GUI (even a panic)
            self._worker_done.emit(None, error)
        else:
            self._worker_done.emit(result, None)

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._worker_progress.emit(done, total)

    # -- in the GUI thread ---------------------------------------------------------------
    def owner_gone(self) -> bool:
        return self._owner is not None and not isValid(self._owner)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._running and not self.owner_gone():
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_done(self, result: object, error: object) -> None:
        self._running = False
        if self.owner_gone():
            pass  # its window was closed meanwhile: nobody is left to tell
        elif isinstance(error, Cancelled):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


_RUNNING: set[Job] = set()  # started jobs until their deferred delete: no Qt parent keeps them


def run_in_background(
    parent: QWidget | None,
    fn: ServiceCall,
    *,
    label: str,
    on_success: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
) -> Job:
    """Start ``fn`` in a pool thread with a window-modal progress dialog over ``parent``.

    ``on_error`` defaults to a message box (translated for a ``DomainError``). A cancelled
    job shows nothing: the user asked for it and the service rolled everything back.
    """
    job = Job(fn, owner=parent)
    _RUNNING.add(job)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Worker", "Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(QCoreApplication.translate("Worker", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(DIALOG_DELAY_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setObjectName("worker.progress")
    dialog.canceled.connect(job.cancel)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def close_dialog() -> None:
        if isValid(dialog):  # (a child of ``parent``: gone with it)
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()
        job.deleteLater()  # its connections, and with them the callbacks, go with it
        _RUNNING.discard(job)

    job.progressed.connect(show_progress)
    if on_success is not None:
        job.succeeded.connect(on_success)
    job.failed.connect(on_error or (lambda error: report_failure(parent, error)))
    job.finished.connect(close_dialog)
    job.start(pool)
    return job


def report_failure(parent: QWidget | None, error: BaseException) -> None:
    """A ``DomainError`` in the user's words; anything else as an unexpected error."""
    if isinstance(error, DomainError):
        show_error(parent, error)
        return
    QMessageBox.critical(
        parent, QCoreApplication.translate("Worker", "Unexpected error"),
        QCoreApplication.translate(
            "Worker", "The operation failed:\n{error}"
        ).format(error=f"{type(error).__name__}: {error}"),
    )


__all__ = ["CancelCheck", "Job", "Progress", "report_failure", "run_in_background"]
