"""File ▸ Open Server Database…: the form, the keyring, recent connections, clear refusals.

The keyring is always an in-memory one here: tests never touch the system keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.app import with_saved_password
from crm_desktop.db import open_database
from crm_desktop.services.errors import DomainError
from crm_desktop.views import server_dialog
from crm_desktop.views.messages import describe
from crm_desktop.views.server_dialog import (
    KEYRING_SERVICE,
    ServerConnection,
    ServerDialog,
    recent_connections,
)
from tests.pg import PgCluster

SHOP = ServerConnection(host="192.168.1.10", port=5433, database="crm", user="wang")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not saved")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(fail.Keyring())


class FakeWindow(QWidget):
    """What the command uses of the main window: the signal, and being replaced."""

    from PySide6.QtCore import Signal

    database_requested = Signal(str)


def _answer(monkeypatch: pytest.MonkeyPatch, fill: dict[str, object]) -> None:
    def exec_filled(dialog: ServerDialog) -> int:
        dialog.host.setText(str(fill["host"]))
        dialog.port.setValue(int(fill["port"]))  # type: ignore[call-overload]
        dialog.database.setText(str(fill["database"]))
        dialog.user.setText(str(fill["user"]))
        dialog.password_edit.setText(str(fill["password"]))
        dialog.remember.setChecked(bool(fill["remember"]))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ServerDialog, "exec", exec_filled)


def _run(qtbot: QtBot, *, opens: bool) -> list[str]:
    window = FakeWindow()
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []

    def open_it(url: str) -> None:
        asked.append(url)
        if opens:
            window.hide()  # the app replaced this window with one on the server database

    window.database_requested.connect(open_it)
    server_dialog.open_server_database(window)  # type: ignore[arg-type]
    return asked


def test_the_address_quotes_what_a_url_cannot_hold() -> None:
    odd = ServerConnection(host="fe80::1", port=5432, database="客户 库", user="a@b")
    assert odd.url("p@ss:/w") == ("postgresql+psycopg://a%40b:p%40ss%3A%2Fw@[fe80::1]:5432/"
                                  "%E5%AE%A2%E6%88%B7%20%E5%BA%93")
    assert SHOP.url() == "postgresql+psycopg://wang@192.168.1.10:5433/crm"


def test_opening_remembers_the_connection_and_keeps_the_password_only_in_the_keyring(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
        isolated_qsettings: Path) -> None:
    _answer(monkeypatch, {"host": "192.168.1.10", "port": 5433, "database": "crm",
                          "user": "wang", "password": "s3cret!", "remember": True})
    assert _run(qtbot, opens=True) == ["postgresql+psycopg://wang:s3cret%21@192.168.1.10:5433/crm"]
    assert memory_keyring.passwords == {(KEYRING_SERVICE, "wang@192.168.1.10:5433/crm"): "s3cret!"}
    assert recent_connections() == [ServerConnection(**{**SHOP.__dict__,
                                                        "remember_password": True})]
    stored = "".join(p.read_text() for p in isolated_qsettings.rglob("*") if p.is_file())
    assert "192.168.1.10" in stored and "s3cret" not in stored


def test_a_connection_that_fails_to_open_is_not_remembered(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> None:
    _answer(monkeypatch, {"host": "db.example.com", "port": 5432, "database": "crm",
                          "user": "wang", "password": "typo", "remember": True})
    assert len(_run(qtbot, opens=False)) == 1
    assert memory_keyring.passwords == {} and recent_connections() == []


def test_the_form_offers_the_last_connection_with_its_saved_password(
        qtbot: QtBot) -> None:
    remembered = ServerConnection(**{**SHOP.__dict__, "remember_password": True})
    server_dialog.remember_connection(remembered)
    server_dialog.save_password(remembered, "s3cret!")
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    assert dialog.connection() == remembered and dialog.password() == "s3cret!"
    assert dialog.remember.isChecked()


def test_opening_without_remember_forgets_a_saved_password(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> None:
    server_dialog.save_password(SHOP, "old")
    _answer(monkeypatch, {"host": SHOP.host, "port": SHOP.port, "database": SHOP.database,
                          "user": SHOP.user, "password": "new", "remember": False})
    _run(qtbot, opens=True)
    assert memory_keyring.passwords == {}
    assert recent_connections() == [SHOP]


def test_without_a_usable_keyring_the_user_is_told_and_nothing_is_saved(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warned.append(text))
    _answer(monkeypatch, {"host": SHOP.host, "port": SHOP.port, "database": SHOP.database,
                          "user": SHOP.user, "password": "s3cret!", "remember": True})
    _run(qtbot, opens=True)
    assert warned and "keyring" in warned[0]
    assert recent_connections() == [SHOP]  # remembered, without "remember password"


def test_an_address_without_password_gets_the_saved_one() -> None:
    server_dialog.save_password(SHOP, "s3cret!")
    assert with_saved_password(SHOP.url()) == (
        "postgresql+psycopg://wang:s3cret%21@192.168.1.10:5433/crm")
    other = "postgresql+psycopg://li@192.168.1.10:5433/crm"
    assert with_saved_password(other) == other
    assert with_saved_password("/tmp/crm.sqlite3") == "/tmp/crm.sqlite3"


def test_a_refused_login_and_an_unreachable_server_are_told_plainly(
        pg_server: PgCluster) -> None:
    wrong = pg_server.url("postgres", password="wrong-password")
    with pytest.raises(DomainError) as refused:
        open_database(wrong)
    assert refused.value.code == "db_login_refused"
    assert "crm" in describe(refused.value) and "wrong-password" not in describe(refused.value)
    closed = ServerConnection(host="127.0.0.1", port=1, database="crm", user="crm")
    with pytest.raises(DomainError) as unreachable:
        open_database(closed.url("x"))
    assert unreachable.value.code == "db_server_unreachable"
    assert "127.0.0.1" in describe(unreachable.value)
