"""Menu commands of the Customers workspace (rows of ``views/actions.py`` name these)."""

from __future__ import annotations

from typing import Any

from crm_desktop.views.customers.page import CustomersPage

PAGE_KEY = "customers"


def _page(window: Any) -> CustomersPage:
    page = window.show_page(PAGE_KEY)
    assert isinstance(page, CustomersPage)
    return page


def new_customer(window: Any) -> None:
    """File ▸ New Customer (Ctrl+N): show the list and open an empty editor."""
    _page(window).new_customer()


def customer_settings(window: Any) -> None:
    """Edit ▸ Customer Settings: statuses, custom fields, staff."""
    _page(window).show_settings()


def customer_trash(window: Any) -> None:
    _page(window).show_trash()


def find_duplicates(window: Any) -> None:
    """Edit ▸ Find Duplicates: among the selected customers, else among all."""
    _page(window).show_duplicates()


def clean_up(window: Any) -> None:
    """Edit ▸ Clean Up Customers: on the selected customers, else the whole list."""
    _page(window).show_cleanup()
