"""Status (and pipeline stage) names in the window's language; see
``services/display_names.py`` for the rule."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from crm_desktop.services.display_names import Kind, shown_name


def ui_is_english() -> bool:
    """``Translations.apply`` sets the default locale to the language of the window."""
    return QLocale().language() != QLocale.Language.Chinese


def status_text(name: str, code: str | None, name_en: str | None,
                kind: Kind = "status") -> str:
    return shown_name(name, code=code, name_en=name_en, english=ui_is_english(), kind=kind)
