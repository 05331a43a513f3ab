"""The work areas of the main window, in sidebar order. Adding a page is one line here.

A page is any ``QWidget`` built by ``factory(context)``; it is created the first time the
user opens it, so a page costs nothing at start-up. A page may offer:

- ``retranslate_ui()``: set its texts again; call it from ``changeEvent`` on
  ``QEvent.LanguageChange`` (see ``dashboard_page.py``);
- ``focus_search()``: Edit ▸ Find (Ctrl+F) calls it while the page is shown;
- ``refresh()``: re-read what it shows; the window calls it when the page is shown again.

To register a page::

    PageSpec("customers", lambda: QCoreApplication.translate("Pages", "Customers"),
             lazy("crm_desktop.views.customers.page:CustomersPage"), icon="system-users"),
    # icon: a freedesktop theme name; fallback=QStyle.StandardPixmap.SP_… where themes lack it

then run ``make translations`` and translate the new strings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from crm_desktop.services.context import AppContext

PageFactory = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable id, remembered in the settings as the last page shown
    title_fn: Callable[[], str]  # the translated title, asked again on language change
    factory: PageFactory
    icon: str = ""  # freedesktop theme icon name
    fallback: QStyle.StandardPixmap | None = None  # Qt's own icon where the theme has none


def lazy(target: str) -> PageFactory:
    """A factory that imports ``"module:Class"`` only when the page is first opened."""

    def factory(context: AppContext) -> QWidget:
        module_name, _, attribute = target.partition(":")
        return getattr(importlib.import_module(module_name), attribute)(context)

    return factory


PAGES: list[PageSpec] = [
    PageSpec("customers", lambda: QCoreApplication.translate("Pages", "Customers"),
             lazy("crm_desktop.views.customers.page:CustomersPage"), icon="system-users",
             fallback=QStyle.StandardPixmap.SP_FileDialogDetailedView),
    PageSpec("deals", lambda: QCoreApplication.translate("Pages", "Deals"),
             lazy("crm_desktop.views.deals.page:DealsPage"), icon="view-list-details",
             fallback=QStyle.StandardPixmap.SP_FileDialogListView),
    # the Dashboard keeps the key of the Overview page it grew from (remembered settings)
    PageSpec("overview", lambda: QCoreApplication.translate("Pages", "Dashboard"),
             lazy("crm_desktop.views.dashboard_page:DashboardPage"), icon="go-home",
             fallback=QStyle.StandardPixmap.SP_DirHomeIcon),
    PageSpec("reports", lambda: QCoreApplication.translate("Pages", "Reports"),
             lazy("crm_desktop.views.reports.page:ReportsPage"), icon="x-office-spreadsheet",
             fallback=QStyle.StandardPixmap.SP_FileDialogContentsView),
]
