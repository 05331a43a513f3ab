"""The customer list as a Qt model: an ordered id list, rows fetched a page at a time.

SQL filters and sorts (``customer_list.customer_ids``); the model holds only the ids and
the rows already asked for, cached by id. ``data()`` for a row not in the cache fetches
the whole page of ~100 ids around it in one query, so painting a screen costs one or two
queries whatever the size of the list. There is no ``QSortFilterProxyModel``: ``sort()``
asks the service again with the new key (NOTES.md, Qt lists).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crm_desktop.services import customer_list
from crm_desktop.services.context import AppContext
from crm_desktop.services.customer_list import CustomerQuery, CustomerRow, ListColumn
from crm_desktop.views.customers.formatting import column_title, joined, local_datetime
from crm_desktop.views.status_names import status_text

PAGE_SIZE = 100
MAX_CACHED_ROWS = 5_000  # beyond this the cache is dropped and refilled from what is seen
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    """Rows of ``customer_list`` for the ids a ``CustomerQuery`` selects."""

    def __init__(self, context: AppContext, parent: QObject | None = None,
                 *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._context = context
        self._page_size = page_size
        self._columns: tuple[ListColumn, ...] = customer_list.LIST_COLUMNS
        self._query = CustomerQuery()
        self._ids: list[int] = []
        self._rows: dict[int, CustomerRow] = {}
        self._position: dict[int, int] = {}
        self.fetch_count = 0  # how many page queries ran (tests and benchmarks look)

    # -- what the list shows -----------------------------------------------------------
    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self._columns

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self._columns) if column.key == key)

    def set_query(self, query: CustomerQuery) -> None:
        """Show the customers ``query`` selects (one query for the ids, none for rows yet)."""
        self._query = query
        self.reload()

    def reload(self, changed_ids: Iterable[int] | None = None) -> None:
        """Ask for the ids again; rows of ``changed_ids`` (all when None) are fetched anew."""
        with self._context.session() as session:
            ids = customer_list.customer_ids(session, self._query)
        self.beginResetModel()
        self._ids = ids
        self._position = {customer_id: row for row, customer_id in enumerate(ids)}
        if changed_ids is None:
            self._rows.clear()
        else:
            for customer_id in changed_ids:
                self._rows.pop(customer_id, None)
        self.endResetModel()

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        return self._position.get(customer_id)

    def ids(self) -> Sequence[int]:
        return self._ids

    def cached_row(self, row: int) -> CustomerRow:
        """The list row at ``row``, fetching its page when it is not cached."""
        customer_id = self._ids[row]
        cached = self._rows.get(customer_id)
        if cached is None:
            self._fetch_page(row)
            cached = self._rows[customer_id]
        return cached

    def _fetch_page(self, row: int) -> None:
        start = (row // self._page_size) * self._page_size
        wanted = [i for i in self._ids[start:start + self._page_size] if i not in self._rows]
        if len(self._rows) + len(wanted) > MAX_CACHED_ROWS:
            self._rows.clear()
            wanted = self._ids[start:start + self._page_size]
        with self._context.session() as session:
            fetched = customer_list.customer_rows(session, wanted)
        self.fetch_count += 1
        self._rows.update(fetched)
        # A row deleted since the ids were read: remember a placeholder, never ask again.
        for customer_id in wanted:
            if customer_id not in fetched:
                self._rows[customer_id] = _gone_row(customer_id)

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(self._columns[section].title)
            if role == Qt.ItemDataRole.ToolTipRole and not self._columns[section].sortable:
                return self.tr("This column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        key = self._columns[index.column()].key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "completeness":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.cached_row(index.row())
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(row.status_color) if key == "status" and row.status_color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return display_value(row, key)

    def _tooltip(self, row: CustomerRow, key: str) -> str | None:
        if key == "completeness":
            return self.tr("{percent}% of the important fields are filled").format(
                percent=row.completeness)
        text = display_value(row, key)
        return text or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key; unsortable columns leave the order as it is."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._columns[column].key
        if key == self._query.sort_key and descending == self._query.descending:
            return
        query = replace(self._query, sort_key=key, descending=descending)
        with self._context.session() as session:
            ids = customer_list.customer_ids(session, query)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._ids[index.row()], index.column()) for index in persistent]
        self._query = query
        self._ids = ids
        self._position = {customer_id: row for row, customer_id in enumerate(ids)}
        # The selection follows its customers to their new rows.
        self.changePersistentIndexList(persistent, [
            self.index(self._position[customer_id], column)
            if customer_id in self._position else QModelIndex()
            for customer_id, column in kept
        ])
        self.layoutChanged.emit()


def display_value(row: CustomerRow, key: str) -> str:
    """The text of one cell."""
    if key == "status":
        return status_text(row.status_name, row.status_code, row.status_name_en)
    if key == "phones":
        return joined(row.phones_shown)
    if key == "primary_contact":  # whom to call, and the number: a shop's list has both
        return " · ".join(part for part in (row.primary_contact, row.primary_contact_phone,
                                            row.primary_contact_email) if part)
    value = getattr(row, {"status": "status_name", "owner": "owner_name"}.get(key, key))
    if key in ("created_at", "updated_at"):
        return local_datetime(value)
    if key == "completeness":
        return f"{value}%"
    if isinstance(value, tuple):
        return joined(value)
    return "" if value is None else str(value)


def _gone_row(customer_id: int) -> CustomerRow:
    import datetime as dt

    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return CustomerRow(
        id=customer_id, name="", company=None, status_id=0, status_name="", status_color="",
        owner_name=None, phones=(), emails=(), primary_contact=None, industry=None, region=None,
        city=None, source=None, tags=(), completeness=0, created_at=epoch, updated_at=epoch,
    )
