"""Fixtures shared by the view tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from crm_desktop.views import i18n


@pytest.fixture
def chinese() -> Iterator[None]:
    """The application speaks Chinese for the test, English again after it."""
    translations = i18n.Translations(QCoreApplication.instance())
    translations.apply(i18n.CHINESE)
    yield
    translations.remove()
    translations.apply(i18n.ENGLISH)
