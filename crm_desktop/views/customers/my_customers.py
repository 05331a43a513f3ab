"""The "My customers" quick filter: the owner filter set to the person working.

Shown only when the window knows who is working (a shared database, see
``views/who_is_working.py``). It is a shortcut for the owner combo, so the two always
agree: choosing another owner there, or loading a saved filter, unchecks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolButton

if TYPE_CHECKING:
    from crm_desktop.views.customers.page import CustomersPage


class MyCustomersButton(QToolButton):
    """A checkable button on the Customers page."""

    def __init__(self, page: CustomersPage) -> None:
        super().__init__(page)
        self.setObjectName("customers.mine")
        self.setCheckable(True)
        self.setIcon(QIcon.fromTheme("user-identity"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._page = page
        self.toggled.connect(self._toggled)
        page.model.modelReset.connect(self.sync)
        self.setVisible(page.context.actor_id is not None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("My Customers"))
        name = self._page.context.actor_name or ""
        self.setToolTip(self.tr("Only the customers {name} owns").format(name=name))

    def _toggled(self, on: bool) -> None:
        me = self._page.context.actor_id
        if me is None:
            return
        wanted = (me,) if on else ()
        if self._page.filters.values("owner_ids") != wanted:
            self._page.filters.select("owner_ids", wanted)  # the combo fires the query

    def sync(self) -> None:
        """Checked exactly when the list shows only the customers of the person working."""
        me = self._page.context.actor_id
        shown = self._page.model.query.owner_ids
        self.blockSignals(True)
        self.setChecked(me is not None and tuple(shown) == (me,))
        self.blockSignals(False)
