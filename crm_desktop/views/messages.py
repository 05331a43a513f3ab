"""A ``DomainError`` as a sentence in the user's language.

Services raise errors with a stable ``code``, ``params`` and an English ``message``.
Here each code has its translatable template, filled from ``params`` with
``str.format`` (keep the ``{names}`` in translations). A code without a template
falls back to the English message, so a new error is never lost, only untranslated:
add its template here when you add the code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.errors import DomainError


def _templates() -> dict[str, str]:
    """Built on each call so that the templates follow the current language."""
    return {
        "cancelled": QCoreApplication.translate(
            "Messages", "The operation was cancelled; nothing was changed."),
        "db_in_use": QCoreApplication.translate(
            "Messages", "{path} is already open in another CRM Desktop window. "
            "Close it there first, or open this file read-only."),
        "db_is_folder": QCoreApplication.translate(
            "Messages", "{path} is a folder, not a database file."),
        "db_no_access": QCoreApplication.translate(
            "Messages", "{path} cannot be opened: no permission to read and write it."),
        "db_not_sqlite": QCoreApplication.translate(
            "Messages", "{path} is not a CRM Desktop database (not a SQLite file)."),
        "db_bad_folder": QCoreApplication.translate(
            "Messages", "The folder for {path} cannot be used."),
        "db_newer": QCoreApplication.translate(
            "Messages", "This database was written by a newer version of CRM Desktop; "
            "please update the app to open it."),
    }


def describe(error: DomainError) -> str:
    """The translated sentence for ``error``, or its English message if there is none."""
    template = _templates().get(error.code)
    if template is None:
        return error.message
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message


def show_error(parent: QWidget | None, error: DomainError) -> None:
    """Tell the user what went wrong, in a modal box titled in their language."""
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "CRM Desktop"),
                        describe(error))
