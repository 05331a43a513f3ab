"""Answer modal dialogs from a test: click a named button as soon as the dialog shows."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

POLL_MS = 20


def click_when_shown(object_name: str, button_name: str, seen: list[str] | None = None,
                     then: list[tuple[str, str]] | None = None) -> None:
    """Click ``button_name`` in the modal widget called ``object_name`` once it is shown.

    ``seen`` collects the text of a message box (with its informative text); ``then``
    names further (dialog, button) pairs to answer one after the other, for a dialog
    that opens another.
    """

    def click() -> None:
        modal: QWidget | None = QApplication.activeModalWidget()
        if modal is None or modal.objectName() != object_name or not modal.isVisible():
            QTimer.singleShot(POLL_MS, click)
            return
        if seen is not None and isinstance(modal, QMessageBox):
            seen.append(f"{modal.text()}\n{modal.informativeText()}")
        button = modal.findChild(QAbstractButton, button_name)
        assert button is not None, f"{object_name} has no button {button_name}"
        if then:
            click_when_shown(*then[0], seen=seen, then=then[1:])
        button.click()

    QTimer.singleShot(0, click)
