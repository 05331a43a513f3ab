"""Menu commands of the Deals page (rows of ``views/actions.py`` name these)."""

from __future__ import annotations

from typing import Any

from crm_desktop.views.deals.page import DealsPage

PAGE_KEY = "deals"


def new_deal(window: Any) -> None:
    """File ▸ New Deal: show the board and open an empty deal editor."""
    page = window.show_page(PAGE_KEY)
    assert isinstance(page, DealsPage)
    page.new_deal()
