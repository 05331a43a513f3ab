"""The Customers page: search, filters, saved segments, the list, and the commands on it.

The list is a ``CustomerTableModel`` (ids from SQL, rows a page at a time). Every write
goes through the undo stack; afterwards the main window re-reads the page (which keeps
the selection and the scroll position) and renames Edit ▸ Undo after the step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import customer_list
from crm_desktop.services.context import AppContext
from crm_desktop.services.customer_list import CustomerQuery
from crm_desktop.views.customers import segments_ui
from crm_desktop.views.customers.bulk_menu import BulkMenu
from crm_desktop.views.customers.columns import ColumnChooser
from crm_desktop.views.customers.editor import CustomerEditor
from crm_desktop.views.customers.filters import FilterBar
from crm_desktop.views.customers.formatting import counted
from crm_desktop.views.customers.my_customers import MyCustomersButton
from crm_desktop.views.customers.table_model import CustomerTableModel
from crm_desktop.views.customers.undo_support import after_write

SEARCH_DELAY_MS = 120  # a pause this short is not felt, and saves queries while typing fast


class CustomersPage(QWidget):
    """The customer list with everything around it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: CustomerEditor | None = None
        self.model = CustomerTableModel(context, self)
        self._build_toolbar()
        self._build_search_row()
        self.filters = FilterBar(self)
        self.filters.setObjectName("customers.filters")
        self.filters.changed.connect(self.apply_query)
        self._build_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.search_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.retranslate_ui()
        self._load_choices()
        self.apply_query()

    # -- building --------------------------------------------------------------------------
    def _action(self, name: str, icon: str, slot: object, *, table: bool = False) -> QAction:
        action = QAction(QIcon.fromTheme(icon), "", self)
        action.setObjectName(f"customers.{name}")
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("customers.toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action("new", "contact-new", self.new_customer)
        self.edit_action = self._action("edit", "document-edit", self.edit_current)
        self.delete_action = self._action("delete", "edit-delete", self.delete_selected)
        self.trash_action = self._action("trash", "user-trash", self.show_trash)
        self.settings_action = self._action("settings", "preferences-system", self.show_settings)
        self.bulk_menu = BulkMenu(self)
        self.bulk_button = QToolButton(self)
        self.bulk_button.setObjectName("customers.bulk")
        self.bulk_button.setMenu(self.bulk_menu)
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addWidget(self.bulk_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.trash_action)
        self.toolbar.addAction(self.settings_action)

    def _build_search_row(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("customers.search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(QIcon.fromTheme("edit-find"),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.segment_combo = QComboBox(self)
        self.segment_combo.setObjectName("customers.segments")
        self.segment_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segment_combo.activated.connect(lambda _index: segments_ui.load_chosen(self))
        self.save_segment_button = QToolButton(self)
        self.save_segment_button.setObjectName("customers.save_segment")
        self.save_segment_button.clicked.connect(lambda: segments_ui.save_current(self))
        self.delete_segment_button = QToolButton(self)
        self.delete_segment_button.setObjectName("customers.delete_segment")
        self.delete_segment_button.clicked.connect(lambda: segments_ui.delete_chosen(self))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customers.count")
        self.search_row = QHBoxLayout()
        self.search_row.addWidget(self.search, 1)
        self.mine_button = MyCustomersButton(self)
        self.search_row.addWidget(self.mine_button)
        self.segment_label = QLabel(self)
        for widget in (self.segment_label, self.segment_combo, self.save_segment_button,
                       self.delete_segment_button, self.count_label):
            self.search_row.addWidget(widget)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("customers.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(130)
        header.setStretchLastSection(True)
        header.setSortIndicator(self.model.column_of("created_at"),
                                Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.columns = ColumnChooser(header, self.model)
        header.setSortIndicator(self.model.column_of("created_at"),
                                Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.open_action = QAction(self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.edit_current)
        self.table.addAction(self.open_action)
        self.delete_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)

    def retranslate_ui(self) -> None:
        self.new_action.setText(self.tr("New"))
        self.new_action.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.edit_action.setText(self.tr("Edit"))
        self.edit_action.setToolTip(self.tr("Open the selected customer (Enter)"))
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Move the selected customers to the trash (Del)"))
        self.trash_action.setText(self.tr("Trash"))
        self.settings_action.setText(self.tr("Settings"))
        self.settings_action.setToolTip(self.tr("Statuses, custom fields and staff"))
        self.bulk_button.setText(self.tr("Bulk Actions"))
        self.search.setPlaceholderText(self.tr(
            "Search name, company, phone, email, pinyin… (Ctrl+F)"))
        self.segment_label.setText(self.tr("Saved filter:"))
        self.save_segment_button.setText(self.tr("Save…"))
        self.save_segment_button.setToolTip(self.tr("Save the search and filters under a name"))
        self.delete_segment_button.setText(self.tr("Delete"))
        self.delete_segment_button.setToolTip(self.tr("Delete the chosen saved filter"))
        self.bulk_menu.retranslate_ui()
        self.mine_button.retranslate_ui()
        segments_ui.fill_combo(self, keep=True)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- what the window asks --------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Re-read the list after a change; keep the selection, the current row and the scroll."""
        selected, current = self.selected_ids(), self.current_id()
        scroll = self.table.verticalScrollBar().value()
        self._load_choices()
        self.model.reload()
        self._update_count()
        self.select_ids(selected, current)
        self.table.verticalScrollBar().setValue(scroll)

    # -- the query -------------------------------------------------------------------------
    def current_query(self) -> CustomerQuery:
        base = replace(CustomerQuery(), sort_key=self.model.query.sort_key,
                       descending=self.model.query.descending, text=self.search.text().strip())
        return self.filters.apply_to(base)

    def apply_query(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._update_count()
        self._update_actions()

    def load_query(self, query: CustomerQuery) -> None:
        """Show a saved query: its text, its filters and its order."""
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.filters.load(query)
        self.model.set_query(query)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.column_of(query.sort_key), order)
        header.blockSignals(False)
        self._update_count()
        self._update_actions()

    def _load_choices(self) -> None:
        with self.context.session() as session:
            choices = customer_list.filter_choices(session)
        self.filters.set_choices(choices)
        self.bulk_menu.set_choices(choices)
        segments_ui.fill_combo(self, keep=True)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(counted(count, self.tr("1 customer"),
                                         self.tr("{count} customers")))

    # -- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.customer_id(row) for row in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        """Select the rows of these customers (those still listed) in as few ranges as can be."""
        rows = sorted(row for row in map(self.model.row_of, ids) if row is not None)
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        start = previous = None
        for row in [*rows, None]:
            if start is not None and (row is None or row != previous + 1):
                selection.select(self.model.index(start, 0),
                                 self.model.index(previous, last_column))
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        flags = QItemSelectionModel.SelectionFlag
        selection_model = self.table.selectionModel()
        current_row = self.model.row_of(current) if current is not None else None
        if current_row is not None:
            selection_model.setCurrentIndex(self.model.index(current_row, 0), flags.NoUpdate)
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)

    def _update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        writable = not self.context.read_only
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(self.current_id() is not None or count > 0)
        self.delete_action.setEnabled(writable and count > 0)
        self.bulk_button.setEnabled(writable and count > 0)
        self.bulk_menu.merge_action.setEnabled(count > 1)

    # -- commands --------------------------------------------------------------------------
    def new_customer(self) -> CustomerEditor:
        return self._open_editor(None)

    def edit_current(self) -> CustomerEditor | None:
        customer_id = self.current_id()
        if customer_id is None:
            ids = self.selected_ids()
            customer_id = ids[0] if ids else None
        return None if customer_id is None else self._open_editor(customer_id)

    def _open_editor(self, customer_id: int | None) -> CustomerEditor:
        editor = CustomerEditor(self.context, customer_id, self)
        editor.saved.connect(self._saved)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, detail: object) -> None:
        self.wrote(())
        customer_id = getattr(detail, "id", None)
        if customer_id is not None and self.model.row_of(customer_id) is not None:
            self.select_ids([customer_id], customer_id)
            self.table.scrollTo(self.model.index(self.model.row_of(customer_id), 0))

    def delete_selected(self) -> None:
        from crm_desktop.views.customers.bulk_menu import delete_customers

        delete_customers(self, self.selected_ids())

    def wrote(self, changed_ids: Sequence[int]) -> None:
        """After any write: the window re-reads this page and renames Undo/Redo."""
        if not after_write(self):
            self.refresh()

    def status_message(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    def show_trash(self) -> None:
        from crm_desktop.views.customers.trash import TrashDialog

        dialog = TrashDialog(self.context, self)
        dialog.changed.connect(lambda: self.wrote(()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_duplicates(self) -> None:
        """Find duplicates among the selected customers (two or more), else among all."""
        from crm_desktop.views.cleaning.duplicates_dialog import DuplicatesDialog

        selected = self.selected_ids()
        dialog = DuplicatesDialog(self.context, self,
                                  ids=selected if len(selected) > 1 else None)
        dialog.changed.connect(lambda: self.wrote(()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def merge_selected(self) -> None:
        """Merge the selected customers (two or more), choosing field by field."""
        from crm_desktop.services.cleaning.merge import merge_proposal
        from crm_desktop.services.errors import DomainError
        from crm_desktop.views.cleaning.merge_dialog import MergeDialog
        from crm_desktop.views.messages import show_error

        ids = self.selected_ids()
        if len(ids) < 2:
            return
        try:
            with self.context.session() as session:
                names = merge_proposal(session, ids=ids).names
        except DomainError as error:
            show_error(self, error)
            return
        dialog = MergeDialog(self.context, ids, names, self)
        dialog.merged.connect(lambda changes: self.wrote(changes.customer_ids))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_cleanup(self) -> None:
        """Clean up the selected customers, else every customer of the list as filtered."""
        from crm_desktop.views.cleaning.cleanup_dialog import CleanupDialog

        selected = self.selected_ids()
        ids = selected or list(self.model.ids())
        dialog = CleanupDialog(self.context, ids, selected=bool(selected), parent=self)
        dialog.applied.connect(lambda changes: self.wrote(changes.customer_ids))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_settings(self) -> None:
        from crm_desktop.views.customers.settings_dialog import CustomerSettingsDialog

        dialog = CustomerSettingsDialog(self.context, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
