"""The undo stack the customer views write through, and telling the window after a write."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.services.context import AppContext
from crm_desktop.services.undo import UndoStack


def undo_stack(context: AppContext) -> UndoStack:
    """The context's stack; created on first use when the wiring did not make one."""
    if context.undo is None:
        context.undo = UndoStack()
    return context.undo


def after_write(widget: QWidget) -> bool:
    """Ask the main window to re-read the shown page and rename Undo/Redo.

    Returns False when ``widget`` is not inside a main window (a page tested on its own);
    the caller then refreshes itself.
    """
    window = widget.window()
    refresh = getattr(window, "refresh_pages", None)
    if refresh is None or window is widget:
        return False
    refresh()
    return True
