"""The column chooser of the customer list: a header context menu, remembered in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu

from crm_desktop.views.customers.formatting import column_title
from crm_desktop.views.customers.table_model import CustomerTableModel

SETTINGS_KEY = "customers/header"
HIDDEN_BY_DEFAULT = ("company", "emails", "city", "updated_at", "source")
# Widths in characters (a Chinese character counts as two), so they suit any font size.
DEFAULT_WIDTHS = {"name": 24, "company": 18, "status": 16, "owner": 7, "phones": 16,
                  "emails": 22, "primary_contact": 22, "industry": 10, "region": 6, "city": 8,
                  "source": 10, "tags": 10, "completeness": 6, "created_at": 14,
                  "updated_at": 14}


class ColumnChooser:
    """Right-click on the header: tick the columns to show. Order and widths are kept too."""

    def __init__(self, header: QHeaderView, model: CustomerTableModel) -> None:
        self._header = header
        self._model = model
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        header.setSectionsMovable(True)
        self.restore()
        header.sectionMoved.connect(lambda *_: self.save())
        header.sectionResized.connect(lambda *_: self.save())

    def restore(self) -> None:
        state = QSettings().value(SETTINGS_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty() and \
                self._header.restoreState(state):
            return
        metrics = self._header.fontMetrics()
        unit = max(metrics.averageCharWidth(), metrics.horizontalAdvance("中") // 2)
        for index, column in enumerate(self._model.columns):
            # never narrower than the title in the current language, sort arrow included
            title = metrics.horizontalAdvance(column_title(column.title)) + 28
            self._header.resizeSection(
                index, max(DEFAULT_WIDTHS.get(column.key, 12) * unit + 16, title))
        for key in HIDDEN_BY_DEFAULT:
            self._header.setSectionHidden(self._model.column_of(key), True)

    def save(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self._header.saveState())

    def menu(self) -> QMenu:
        menu = QMenu(self._header)
        menu.setObjectName("customers.columns")
        menu.setTitle(QCoreApplication.translate("ColumnChooser", "Columns"))
        visible = [i for i in range(self._model.columnCount())
                   if not self._header.isSectionHidden(i)]
        for index, column in enumerate(self._model.columns):
            action = menu.addAction(column_title(column.title))
            action.setObjectName(f"column.{column.key}")
            action.setCheckable(True)
            action.setChecked(not self._header.isSectionHidden(index))
            # the last visible column cannot be hidden: the list would vanish
            action.setEnabled(visible != [index])
            action.toggled.connect(lambda on, i=index: self.set_visible(i, on))
        return menu

    def show_menu(self, position: QPoint) -> None:
        self.menu().exec(self._header.mapToGlobal(position))

    def set_visible(self, section: int, visible: bool) -> None:
        self._header.setSectionHidden(section, not visible)
        if visible and self._header.sectionSize(section) < 30:
            self._header.resizeSection(section, self._header.defaultSectionSize())
        self.save()

    def visible_keys(self) -> list[str]:
        return [column.key for index, column in enumerate(self._model.columns)
                if not self._header.isSectionHidden(index)]
