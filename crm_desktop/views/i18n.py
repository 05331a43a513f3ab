"""Which language the window speaks, and loading its translations.

The choice, first match wins: ``--lang`` on the command line, the language picked in
View ▸ Language (kept in QSettings), the system locale (any Chinese locale gets
Simplified Chinese), else English. Switching at run time installs new translators;
Qt then sends ``QEvent.LanguageChange`` to every widget, whose ``changeEvent`` calls
its ``retranslate_ui()`` (the Frescobaldi pattern), so no restart is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

ENGLISH = "en"
CHINESE = "zh_CN"
# Each language named in itself, so anyone can find their own in the menu.
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
SETTINGS_KEY = "ui/language"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
CATALOG = "crm_desktop"


def system_language(locale: QLocale | None = None) -> str:
    """Simplified Chinese for every Chinese locale (there is no Traditional catalogue yet)."""
    locale = locale or QLocale.system()
    return CHINESE if locale.language() == QLocale.Language.Chinese else ENGLISH


def saved_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY)
    return value if value in LANGUAGES else None


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def choose_language(requested: str | None, saved: str | None = None,
                    system: str | None = None) -> str:
    """``--lang`` beats the saved choice, which beats the system locale."""
    for candidate in (requested, saved):
        if candidate in LANGUAGES:
            return candidate
    return system or system_language()


def catalog_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOG}_{language}.qm"


class Translations:
    """The translators installed in the application; ``apply`` swaps them for another language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def apply(self, language: str) -> None:
        """Load ``language`` (our catalogue plus Qt's own, for its standard dialogs)."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.remove()
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == ENGLISH:
            return  # the source strings are English
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((qt_dir, f"qtbase_{language}"),
                             (str(TRANSLATIONS_DIR), f"{CATALOG}_{language}")):
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)

    def remove(self) -> None:
        """Uninstall our translators (the app speaks its English source strings again)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ENGLISH
