"""Who is working: asked when a shared (server) database opens, so the history names people.

The dialog lists the active staff; the person chosen last time on this database is
preselected (remembered in QSettings per database, by its address without password).
Someone not yet listed types their name and adds themselves. The choice goes into the
``AppContext`` (``actor_id``), which every write passes on to the services.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import staff
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.views.messages import show_error

SETTINGS_GROUP = "who_is_working"


def settings_key(context: AppContext) -> str:
    """One key per database (slashes would nest QSettings groups, so they are replaced)."""
    return f"{SETTINGS_GROUP}/" + context.display_name.replace("/", "|").replace("\\", "|")


def remembered(context: AppContext) -> int | None:
    value = QSettings().value(settings_key(context))
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def remember(context: AppContext, staff_id: int) -> None:
    QSettings().setValue(settings_key(context), staff_id)


class WhoIsWorkingDialog(QDialog):
    """A list of the active staff and "add me"; ``chosen()`` after it is accepted."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("who_is_working")
        self.context = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setObjectName("who_is_working.list")
        self.people.itemDoubleClicked.connect(lambda _item: self.accept())
        self.people.currentItemChanged.connect(lambda *_items: self._update_ok())
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("who_is_working.new_name")
        self.new_name.textChanged.connect(lambda _text: self._update_add())
        self.new_name.returnPressed.connect(self.add_me)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("who_is_working.add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_me)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_row = QHBoxLayout()
        self.add_label = QLabel(self)
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.people, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._fill(remembered(context))
        self.resize(380, 420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Who Is Working?"))
        self.intro.setText(self.tr(
            "Several people share this database. Choose your name, so the history "
            "shows who changed what and “My customers” lists yours."))
        self.add_label.setText(self.tr("Not listed:"))
        self.new_name.setPlaceholderText(self.tr("Your name"))
        self.add_button.setText(self.tr("&Add Me"))

    def _fill(self, selected: int | None) -> None:
        with self.context.session() as session:
            people = staff.list_staff(session)
        self.people.clear()
        for person in people:
            item = QListWidgetItem(person.name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if person.id == selected:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count() == 1:
            self.people.setCurrentRow(0)
        self._update_ok()
        self._update_add()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.people.currentItem() is not None)

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.new_name.text().strip()))

    def add_me(self) -> None:
        """Add the typed name to the staff and choose it."""
        name = self.new_name.text().strip()
        if not name:
            return
        try:
            with self.context.session() as session:
                added = staff.add_staff(session, name=name)
        except DomainError as error:
            show_error(self, error)
            return
        self.new_name.clear()
        self._fill(added.id)

    def chosen(self) -> tuple[int, str] | None:
        item = self.people.currentItem()
        if item is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), item.text()

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


def choose_who_is_working(context: AppContext, parent: QWidget | None = None) -> bool:
    """Ask who is working and put the answer in ``context``; False when the user declined
    (they then work without a name: the history says "someone")."""
    dialog = WhoIsWorkingDialog(context, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        picked = dialog.chosen()
    finally:
        dialog.deleteLater()
    if picked is None:
        return False
    context.actor_id, context.actor_name = picked
    remember(context, picked[0])
    return True
