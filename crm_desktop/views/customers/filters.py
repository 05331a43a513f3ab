"""The filter bar of the customer list: status, tag, owner, industry, region, source, created.

Each combo holds, as item data, the tuple of values it puts in the ``CustomerQuery``
(``()`` = any), so a saved segment with several values still shows as one choice. The
tuple is kept as JSON text: Qt compares Python objects in item data by identity, so
``findData`` would not find an equal tuple.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from crm_desktop.services.customer_list import Choice, CustomerQuery, FilterChoices
from crm_desktop.views.customers.editor import colour_icon
from crm_desktop.views.customers.formatting import from_qdate, to_qdate
from crm_desktop.views.status_names import status_text

# query field of each combo, in the order they are shown
COMBO_FIELDS = ("status_ids", "tag_ids", "owner_ids", "industries", "regions", "sources")


class FilterBar(QWidget):
    """Combos and a date range; ``changed`` fires on any change by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._choices = FilterChoices((), (), (), (), (), ())
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in COMBO_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"filter.{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
            self.combos[name] = combo
            layout.addWidget(combo)
        self.created = QCheckBox(self)
        self.created.setObjectName("filter.created")
        self.created_from = QDateEdit(self)
        self.created_to = QDateEdit(self)
        self.to_label = QLabel("–", self)
        today = QDate.currentDate()
        for edit, date in ((self.created_from, today.addMonths(-1)), (self.created_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(date)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._emit)
        self.created.toggled.connect(self._created_toggled)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("filter.clear")
        self.clear_button.clicked.connect(self.clear)
        for widget in (self.created, self.created_from, self.to_label, self.created_to,
                       self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.created.setText(self.tr("Created"))
        self.clear_button.setText(self.tr("Clear Filters"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _all_text(self, name: str) -> str:
        return {
            "status_ids": self.tr("All statuses"), "tag_ids": self.tr("All tags"),
            "owner_ids": self.tr("All owners"), "industries": self.tr("All industries"),
            "regions": self.tr("All regions"), "sources": self.tr("All sources"),
        }[name]

    def set_choices(self, choices: FilterChoices) -> None:
        """Offer these values, keeping what is chosen."""
        self._choices = choices
        self._fill()

    def _fill(self) -> None:
        chosen = {name: self.values(name) for name in self.combos}
        options: dict[str, list[tuple[str, tuple[Any, ...], str | None]]] = {
            "status_ids": _choice_options(self._choices.statuses),
            "tag_ids": _choice_options(self._choices.tags),
            "owner_ids": [(self.tr("(no owner)"), (None,), None)]
            + _choice_options(self._choices.owners),
            "industries": [(v, (v,), None) for v in self._choices.industries],
            "regions": [(v, (v,), None) for v in self._choices.regions],
            "sources": [(v, (v,), None) for v in self._choices.sources],
        }
        self._loading = True
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self._all_text(name), _key(()))
            for text, data, colour in options[name]:
                if colour:
                    combo.addItem(colour_icon(colour), text, _key(data))
                else:
                    combo.addItem(text, _key(data))
            self._select(name, chosen[name])
        self._loading = False

    def _select(self, name: str, values: tuple[Any, ...]) -> None:
        combo = self.combos[name]
        index = combo.findData(_key(values))
        if index < 0:  # e.g. a segment saved with several values: show them as one choice
            names = [combo.itemText(combo.findData(_key((v,)))) if combo.findData(_key((v,)))
                     >= 0 else str(v) for v in values]
            combo.addItem(" + ".join(names), _key(values))
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def values(self, name: str) -> tuple[Any, ...]:
        """The values the combo ``name`` (a ``CustomerQuery`` field) puts in the query."""
        data = self.combos[name].currentData()
        return tuple(json.loads(data)) if data else ()

    def select(self, name: str, values: tuple[Any, ...]) -> None:
        """Choose ``values`` in the combo ``name``, as if the user did."""
        self._select(name, values)

    def _created_toggled(self, on: bool) -> None:
        self.created_from.setEnabled(on)
        self.created_to.setEnabled(on)
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- the query -------------------------------------------------------------------------
    def apply_to(self, query: CustomerQuery) -> CustomerQuery:
        """``query`` with the filters of this bar."""
        values: dict[str, Any] = {name: self.values(name) for name in self.combos}
        created_from: dt.date | None = None
        created_to: dt.date | None = None
        if self.created.isChecked():
            created_from = from_qdate(self.created_from.date())
            created_to = from_qdate(self.created_to.date())
        return replace(query, created_from=created_from, created_to=created_to, **values)

    def load(self, query: CustomerQuery) -> None:
        """Show the filters of ``query`` (a loaded segment) without firing ``changed``."""
        self._loading = True
        for name in COMBO_FIELDS:
            self._select(name, getattr(query, name))
        self.created.setChecked(query.created_from is not None or query.created_to is not None)
        if query.created_from:
            self.created_from.setDate(to_qdate(query.created_from))
        if query.created_to:
            self.created_to.setDate(to_qdate(query.created_to))
        self._loading = False

    def clear(self) -> None:
        self.load(CustomerQuery())
        self.changed.emit()

    def is_filtering(self) -> bool:
        query = self.apply_to(CustomerQuery())
        return query != CustomerQuery()


def _key(values: tuple[Any, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _choice_options(choices: tuple[Choice, ...]) -> list[tuple[str, tuple[Any, ...], str | None]]:
    return [(status_text(choice.name, choice.code, choice.name_en), (choice.id,), choice.color)
            for choice in choices]
