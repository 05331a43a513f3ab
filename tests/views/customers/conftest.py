"""Customers made through the services, for the customer views' tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from crm_desktop.services import customers
from crm_desktop.services.context import AppContext
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.undo import UndoStack

MakeCustomer = Callable[..., int]


@pytest.fixture
def context(database: object) -> AppContext:
    """The app context as the window gets it: with an undo stack."""
    return AppContext(database, undo=UndoStack())  # type: ignore[arg-type]


@pytest.fixture
def make_customer(context: AppContext) -> MakeCustomer:
    """Create a customer through the service; returns its id."""

    def make(name: str, **values: object) -> int:
        with context.session() as session:
            return customers.create_customer(
                session, data=CustomerInput(name=name, **values)).id  # type: ignore[arg-type]

    return make
