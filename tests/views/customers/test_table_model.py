"""The customer table model: ids from SQL, rows fetched a page at a time, sorting in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from crm_desktop.services import customer_list
from crm_desktop.services.context import AppContext
from crm_desktop.services.customer_list import CustomerQuery
from crm_desktop.views.customers.table_model import ID_ROLE, CustomerTableModel
from tests.views.customers.conftest import MakeCustomer

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def five(make_customer: MakeCustomer) -> list[int]:
    names = ["Delta", "alpha", "Charlie", "Bravo", "Echo"]
    return [make_customer(name, phones=[f"1380000000{i}"]) for i, name in enumerate(names)]


def test_row_count_is_the_number_of_ids_the_query_selects(
    context: AppContext, five: list[int]
) -> None:
    """The model shows exactly the customers of the query, without reading their rows."""
    model = CustomerTableModel(context)
    model.set_query(CustomerQuery())
    assert model.rowCount() == 5
    assert model.columnCount() == len(customer_list.LIST_COLUMNS)
    assert model.fetch_count == 0


def test_rows_are_fetched_a_page_at_a_time_and_cached(
    context: AppContext, five: list[int]
) -> None:
    """Asking for one cell fetches its page once; the other cells of the page come from cache."""
    model = CustomerTableModel(context, page_size=2)
    model.set_query(CustomerQuery(sort_key="name", descending=False))
    name = model.column_of("name")
    assert model.data(model.index(0, name), Display) == "alpha"
    assert model.fetch_count == 1
    assert model.data(model.index(1, name), Display) == "Bravo"
    assert model.fetch_count == 1  # same page
    assert model.data(model.index(4, name), Display) == "Echo"
    assert model.fetch_count == 2
    assert model.data(model.index(0, model.column_of("phones")), Display) == "138 0000 0001"
    assert model.cached_row(0).phones == ("+8613800000001",)


def test_sort_asks_the_service_with_the_new_key_and_keeps_the_ids(
    context: AppContext, five: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorting by a column runs customer_ids with that key; no proxy model reads the rows."""
    model = CustomerTableModel(context)
    model.set_query(CustomerQuery())
    seen: list[CustomerQuery] = []
    real = customer_list.customer_ids

    def spy(session: object, query: CustomerQuery) -> list[int]:
        seen.append(query)
        return real(session, query)  # type: ignore[arg-type]

    monkeypatch.setattr(customer_list, "customer_ids", spy)
    model.sort(model.column_of("name"), Qt.SortOrder.DescendingOrder)
    assert [(q.sort_key, q.descending) for q in seen] == [("name", True)]
    names = [model.data(model.index(row, model.column_of("name")), Display) for row in range(5)]
    assert names == ["Echo", "Delta", "Charlie", "Bravo", "alpha"]
    model.sort(model.column_of("tags"), Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert len(seen) == 1
    assert sorted(model.ids()) == sorted(five)


def test_status_column_is_decorated_with_the_status_colour(
    context: AppContext, five: list[int]
) -> None:
    """The status cell carries its colour; completeness is a right-aligned percentage."""
    model = CustomerTableModel(context)
    model.set_query(CustomerQuery())
    status = model.index(0, model.column_of("status"))
    assert isinstance(model.data(status, Qt.ItemDataRole.DecorationRole), QColor)
    assert model.data(status, Display)
    completeness = model.index(0, model.column_of("completeness"))
    assert model.data(completeness, Display).endswith("%")
    assert model.data(completeness, Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    assert model.data(status, ID_ROLE) in five


def test_reload_sees_new_customers_and_forgets_changed_rows(
    context: AppContext, five: list[int], make_customer: MakeCustomer
) -> None:
    """After a write the model re-reads the ids; a row asked for again is fetched anew."""
    model = CustomerTableModel(context)
    model.set_query(CustomerQuery(sort_key="name", descending=False))
    make_customer("Aaron")
    model.reload()
    assert model.rowCount() == 6
    assert model.data(model.index(0, model.column_of("name")), Display) == "Aaron"


def test_search_text_in_the_query_narrows_the_ids(
    context: AppContext, make_customer: MakeCustomer
) -> None:
    """The model passes the search text to SQL: 张 finds only 张三."""
    make_customer("张三")
    make_customer("李四")
    model = CustomerTableModel(context)
    model.set_query(CustomerQuery(text="张"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, model.column_of("name")), Display) == "张三"


def test_contact_column_shows_whom_to_call_and_the_number(
    context: AppContext, make_customer: MakeCustomer
) -> None:
    """A shop's sheet has 联系人 and 手机 beside the company: the list shows both."""
    from crm_desktop.services.customers import ContactInput
    from crm_desktop.views.customers.columns import HIDDEN_BY_DEFAULT

    make_customer("深圳华星电子", contacts=[
        ContactInput(name="李强", mobile="13912345678"),
        ContactInput(name="张伟", mobile="13812345678", email="zw@hx.cn", is_primary=True)])
    make_customer("绿茶贸易", contacts=[ContactInput(name="王芳")])
    make_customer("蓝天科技")
    model = CustomerTableModel(context)
    model.set_query(CustomerQuery(sort_key="name", descending=False))
    column = [spec.key for spec in model.columns].index("primary_contact")
    shown = {model.index(row, 0).data(Display): model.index(row, column).data(Display)
             for row in range(model.rowCount())}
    assert shown == {"深圳华星电子": "张伟 · 138 1234 5678 · zw@hx.cn", "绿茶贸易": "王芳",
                     "蓝天科技": ""}
    assert "primary_contact" not in HIDDEN_BY_DEFAULT
