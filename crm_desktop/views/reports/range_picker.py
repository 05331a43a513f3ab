"""The date range picker of the dashboard and the reports: a preset or two custom days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from crm_desktop.services.reports.periods import DateRange, local_today, preset

CHOICES: tuple[tuple[str, str], ...] = (
    ("default", QT_TRANSLATE_NOOP("RangePicker", "The report's own range")),
    ("this_month", QT_TRANSLATE_NOOP("RangePicker", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("RangePicker", "Last month")),
    ("this_quarter", QT_TRANSLATE_NOOP("RangePicker", "This quarter")),
    ("this_year", QT_TRANSLATE_NOOP("RangePicker", "This year")),
    ("custom", QT_TRANSLATE_NOOP("RangePicker", "Custom…")),
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class RangePicker(QWidget):
    """Emits ``changed`` when the user picks another range; ``range()`` None = the default."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_default: bool = False,
                 initial: str = "this_month") -> None:
        super().__init__(parent)
        self._keys = [key for key, _ in CHOICES if with_default or key != "default"]
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("range.preset")
        self.start = QDateEdit(self)
        self.start.setObjectName("range.start")
        self.end = QDateEdit(self)
        self.end.setObjectName("range.end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = local_today()
        this_month = preset("this_month", today)
        self.start.setDate(_qdate(this_month.start))
        self.end.setDate(_qdate(this_month.end))
        self.to_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.combo, self.start, self.to_label, self.end):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()
        self.combo.setCurrentIndex(self._keys.index(initial))
        self._update_custom()
        self.combo.currentIndexChanged.connect(self._preset_changed)
        self.start.dateChanged.connect(self._custom_changed)
        self.end.dateChanged.connect(self._custom_changed)

    def key(self) -> str:
        return self._keys[self.combo.currentIndex()]

    def set_key(self, key: str) -> None:
        self.combo.setCurrentIndex(self._keys.index(key))

    def set_custom(self, start: dt.date, end: dt.date) -> None:
        """Pick a custom range (as the user would, with the two date boxes)."""
        self.start.blockSignals(True)
        self.end.blockSignals(True)
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        self.start.blockSignals(False)
        self.end.blockSignals(False)
        if self.key() == "custom":
            self.changed.emit()
        else:
            self.set_key("custom")

    def range(self, today: dt.date | None = None) -> DateRange | None:
        key = self.key()
        if key == "default":
            return None
        if key == "custom":
            start, end = _date(self.start.date()), _date(self.end.date())
            return DateRange(min(start, end), max(start, end))
        return preset(key, today or local_today())

    def _update_custom(self) -> None:
        custom = self.key() == "custom"
        for widget in (self.start, self.end, self.to_label):
            widget.setVisible(custom)

    def _preset_changed(self) -> None:
        self._update_custom()
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self.key() == "custom":
            self.changed.emit()

    def retranslate_ui(self) -> None:
        self.label.setText(QCoreApplication.translate("RangePicker", "Period:"))
        self.to_label.setText(QCoreApplication.translate("RangePicker", "to"))
        current = self.combo.currentIndex()
        self.combo.blockSignals(True)
        self.combo.clear()
        texts = dict(CHOICES)
        for key in self._keys:
            self.combo.addItem(QCoreApplication.translate("RangePicker", texts[key]), key)
        self.combo.setCurrentIndex(max(0, current))
        self.combo.blockSignals(False)
