"""The customer views' fixtures: a context with an undo stack, customers made by services."""

from tests.views.customers.conftest import context, make_customer

__all__ = ["context", "make_customer"]
