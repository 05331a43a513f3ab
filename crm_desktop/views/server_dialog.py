"""File ▸ Open Server Database…: the form for a shared PostgreSQL database.

Host, port, database, user and password make a ``postgresql+psycopg://`` address. The
password is never written to QSettings: when "Remember password" is ticked it goes to
the system keyring (service ``crm-desktop``, user ``user@host:port/database``). Recent
connections are remembered without passwords. Opening is the application's job (the
window emits ``database_requested``), which explains an unreachable server or a refused
login in the user's language.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from crm_desktop.views.main_window import MainWindow

KEYRING_SERVICE = "crm-desktop"
RECENT_KEY = "server/recent"
MAX_RECENT = 8
DEFAULT_PORT = 5432
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerConnection:
    """Where a shared database is, without its password."""

    host: str
    port: int
    database: str
    user: str
    remember_password: bool = False

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str = "") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        secret = f":{quote(password, safe='')}" if password else ""
        return (f"postgresql+psycopg://{quote(self.user, safe='')}{secret}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}")

    def label(self) -> str:
        return self.keyring_user


# -- the keyring (any failure means "no saved password", never a crash) --------------------
def saved_password(connection: ServerConnection) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.keyring_user)
    except KeyringError:
        log.warning("cannot read the system keyring", exc_info=True)
        return None


def save_password(connection: ServerConnection, password: str) -> bool:
    """Keep ``password`` in the system keyring; False when there is no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, connection.keyring_user, password)
    except KeyringError:
        log.warning("cannot write to the system keyring", exc_info=True)
        return False
    return True


def forget_password(connection: ServerConnection) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing saved, or no keyring
        keyring.delete_password(KEYRING_SERVICE, connection.keyring_user)


# -- recent connections (QSettings, no passwords) -----------------------------------------
def recent_connections() -> list[ServerConnection]:
    raw = QSettings().value(RECENT_KEY, "")
    try:
        rows = json.loads(str(raw or "[]"))
        return [ServerConnection(**row) for row in rows][:MAX_RECENT]
    except (TypeError, ValueError):
        return []


def remember_connection(connection: ServerConnection) -> None:
    """Put ``connection`` first in the recent list (one entry per server, database, user)."""
    others = [c for c in recent_connections() if c.keyring_user != connection.keyring_user]
    rows = [asdict(c) for c in [connection, *others][:MAX_RECENT]]
    QSettings().setValue(RECENT_KEY, json.dumps(rows, ensure_ascii=False))


class ServerDialog(QDialog):
    """The connection form; ``connection()`` and ``password()`` after it is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.recent = QComboBox(self)
        self.recent.setObjectName("server.recent")
        self.host = QLineEdit(self)
        self.host.setObjectName("server.host")
        self.port = QSpinBox(self)
        self.port.setObjectName("server.port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("server.database")
        self.user = QLineEdit(self)
        self.user.setObjectName("server.user")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("server.password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("server.remember")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(6)]
        for label, widget in zip(self._labels, (self.recent, self.host, self.port,
                                                self.database, self.user,
                                                self.password_edit), strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(lambda _text: self._update_open())
        self._recent = recent_connections()
        self.recent.addItem("", None)
        for index, connection in enumerate(self._recent):
            self.recent.addItem(connection.label(), index)
        self.recent.activated.connect(self._recent_chosen)
        self.retranslate_ui()
        if self._recent:
            self.recent.setCurrentIndex(1)
            self._fill(self._recent[0])
        self._update_open()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open Server Database"))
        for label, text in zip(self._labels, (
                self.tr("&Recent:"), self.tr("&Server:"), self.tr("&Port:"),
                self.tr("&Database:"), self.tr("&User:"), self.tr("Pass&word:")), strict=True):
            label.setText(text)
        self.recent.setItemText(0, self.tr("(new connection)"))
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or crm.example.com"))
        self.remember.setText(self.tr("Remember &password (in the system keyring)"))
        self.note.setText(self.tr(
            "A PostgreSQL database the whole shop shares. Ask whoever runs the server for "
            "these details."))

    def _recent_chosen(self, index: int) -> None:
        data = self.recent.itemData(index)
        if data is not None:
            self._fill(self._recent[int(data)])

    def _fill(self, connection: ServerConnection) -> None:
        self.host.setText(connection.host)
        self.port.setValue(connection.port)
        self.database.setText(connection.database)
        self.user.setText(connection.user)
        password = saved_password(connection) if connection.remember_password else None
        self.password_edit.setText(password or "")
        self.remember.setChecked(connection.remember_password)

    def _update_open(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            all(edit.text().strip() for edit in (self.host, self.database, self.user)))

    def connection(self) -> ServerConnection:
        return ServerConnection(
            host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(),
            remember_password=self.remember.isChecked())

    def password(self) -> str:
        return self.password_edit.text()


def keep_choice(parent: QWidget | None, connection: ServerConnection, password: str) -> None:
    """Remember the connection, and its password in the keyring when asked to (else forget
    any saved one); say so when the keyring cannot take it."""
    stored = connection
    if connection.remember_password and password:
        if not save_password(connection, password):
            stored = ServerConnection(**{**asdict(connection), "remember_password": False})
            QMessageBox.warning(
                parent, QCoreApplication.translate("ServerDialog", "Open Server Database"),
                QCoreApplication.translate(
                    "ServerDialog", "The password could not be saved: this computer has no "
                    "usable keyring. You will be asked for it next time."))
    elif not connection.remember_password:
        forget_password(connection)
    remember_connection(stored)


def open_server_database(window: MainWindow) -> None:
    """The File-menu command: ask for the connection, then ask the app to open it.

    The app opens it at once (a direct signal); only when that worked (this window was
    replaced by one on the server database) is the connection remembered, so a mistyped
    password never lands in the keyring.
    """
    dialog = ServerDialog(window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        connection, password = dialog.connection(), dialog.password()
    finally:
        dialog.deleteLater()
    window.database_requested.emit(connection.url(password))
    if window.isHidden():
        keep_choice(None, connection, password)
