"""Every menu command, declared once: id, menu, text, shortcut, icon.

A command appears in the menus only once something handles it, so the menus never
offer what does not work yet. The main window binds its own commands (quit, find,
about…); a feature adds its command with one row here naming its handler, a function
``handler(window)`` that receives the ``MainWindow``::

    ActionSpec("file.backup", "file", 20, QT_TRANSLATE_NOOP("Actions", "&Back Up Now"),
               icon="document-save", handler="crm_desktop.views.backup_actions:back_up_now"),

then runs ``make translations`` and translates the new strings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QWidget

Key = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str  # a key of MENUS
    group: int  # commands of one menu are sorted by group; a separator between groups
    text: str  # English source text, marked for translation in the "Actions" context
    shortcuts: tuple[Key | str, ...] = ()
    icon: str = ""  # freedesktop theme icon name
    fallback: Pixmap | None = None  # Qt's own icon where the theme has none
    handler: str = ""  # "module:function" taking the MainWindow, for feature commands
    role: QAction.MenuRole = QAction.MenuRole.NoRole


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("customers.new", "file", 0, QT_TRANSLATE_NOOP("Actions", "New &Customer…"),
               ("Ctrl+N",), "contact-new", Pixmap.SP_FileIcon,
               handler="crm_desktop.views.customers.commands:new_customer"),
    ActionSpec("deals.new", "file", 0, QT_TRANSLATE_NOOP("Actions", "New &Deal…"),
               (), "document-new", handler="crm_desktop.views.deals.commands:new_deal"),
    # Ctrl+N is New Customer (issue 4); a new database is rarer
    ActionSpec("file.new_database", "file", 0, QT_TRANSLATE_NOOP("Actions", "&New Database…"),
               ("Ctrl+Shift+N",), "document-new", Pixmap.SP_FileIcon),
    ActionSpec("file.open_database", "file", 0,
               QT_TRANSLATE_NOOP("Actions", "&Open Database…"),
               (Key.Open,), "document-open", Pixmap.SP_DialogOpenButton),
    ActionSpec("file.open_server", "file", 0,
               QT_TRANSLATE_NOOP("Actions", "Open &Server Database…"), icon="network-server",
               handler="crm_desktop.views.server_dialog:open_server_database"),
    ActionSpec("file.import", "file", 10, QT_TRANSLATE_NOOP("Actions", "&Import…"),
               ("Ctrl+I",), "document-import",
               handler="crm_desktop.views.importing.commands:import_file"),
    ActionSpec("file.import_history", "file", 10,
               QT_TRANSLATE_NOOP("Actions", "Import &History…"), (), "document-open-recent",
               handler="crm_desktop.views.importing.commands:import_history"),
    ActionSpec("file.export", "file", 10, QT_TRANSLATE_NOOP("Actions", "&Export…"),
               ("Ctrl+E",), "document-export",
               handler="crm_desktop.views.exporting.commands:export_lists"),
    ActionSpec("file.backup", "file", 20, QT_TRANSLATE_NOOP("Actions", "&Back Up Now"),
               (), "document-save", Pixmap.SP_DialogSaveButton,
               handler="crm_desktop.views.backup_dialogs:back_up_now"),
    ActionSpec("file.restore", "file", 20, QT_TRANSLATE_NOOP("Actions", "&Restore Backup…"),
               (), "document-revert", handler="crm_desktop.views.backup_dialogs:restore_backup"),
    ActionSpec("file.print", "file", 30, QT_TRANSLATE_NOOP("Actions", "&Print…"),
               (Key.Print,), "document-print",
               handler="crm_desktop.views.reports.commands:print_page"),
    ActionSpec("file.print_preview", "file", 30,
               QT_TRANSLATE_NOOP("Actions", "Print Pre&view…"), ("Ctrl+Shift+P",),
               "document-print-preview",
               handler="crm_desktop.views.reports.commands:print_preview"),
    ActionSpec("file.export_pdf", "file", 30, QT_TRANSLATE_NOOP("Actions", "Export P&DF…"),
               (), "application-pdf", handler="crm_desktop.views.reports.commands:export_pdf"),
    ActionSpec("file.quit", "file", 90, QT_TRANSLATE_NOOP("Actions", "&Quit"),
               (Key.Quit, "Ctrl+Q"), "application-exit", Pixmap.SP_DialogCloseButton,
               role=QAction.MenuRole.QuitRole),
    ActionSpec("edit.undo", "edit", 0, QT_TRANSLATE_NOOP("Actions", "&Undo"),
               (Key.Undo,), "edit-undo", Pixmap.SP_ArrowBack),
    ActionSpec("edit.redo", "edit", 0, QT_TRANSLATE_NOOP("Actions", "&Redo"),
               ("Ctrl+Shift+Z", Key.Redo), "edit-redo", Pixmap.SP_ArrowForward),
    ActionSpec("edit.find", "edit", 10, QT_TRANSLATE_NOOP("Actions", "&Find…"),
               (Key.Find,), "edit-find", Pixmap.SP_FileDialogContentsView),
    ActionSpec("customers.trash", "edit", 20, QT_TRANSLATE_NOOP("Actions", "Customer &Trash…"),
               (), "user-trash", handler="crm_desktop.views.customers.commands:customer_trash"),
    ActionSpec("customers.duplicates", "edit", 20,
               QT_TRANSLATE_NOOP("Actions", "Find &Duplicates…"), (), "edit-find-replace",
               handler="crm_desktop.views.customers.commands:find_duplicates"),
    ActionSpec("customers.cleanup", "edit", 20,
               QT_TRANSLATE_NOOP("Actions", "Clean &Up Customers…"), (), "edit-clear",
               handler="crm_desktop.views.customers.commands:clean_up"),
    ActionSpec("customers.settings", "edit", 20,
               QT_TRANSLATE_NOOP("Actions", "Customer &Settings…"), (), "preferences-system",
               handler="crm_desktop.views.customers.commands:customer_settings"),
    ActionSpec("reports.settings", "edit", 20,
               QT_TRANSLATE_NOOP("Actions", "&Report Settings…"), (), "preferences-system",
               handler="crm_desktop.views.reports.settings_dialog:open_report_settings"),
    ActionSpec("help.about", "help", 0, QT_TRANSLATE_NOOP("Actions", "&About CRM Desktop"),
               (), "help-about", Pixmap.SP_MessageBoxInformation,
               role=QAction.MenuRole.AboutRole),
)


def menu_title(key: str) -> str:
    return QCoreApplication.translate("Menus", dict(MENUS)[key])


def _shortcut_list(spec: ActionSpec) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, str):
            sequences.append(QKeySequence(shortcut))
        else:
            sequences.extend(QKeySequence.keyBindings(shortcut))
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


def _icon(spec: ActionSpec) -> QIcon:
    icon = QIcon.fromTheme(spec.icon) if spec.icon else QIcon()
    if icon.isNull() and spec.fallback is not None:
        icon = QApplication.style().standardIcon(spec.fallback)
    return icon


class ActionSet(QObject):
    """The QActions of one window, made from ``ACTIONS``; only bound ones reach the menus."""

    def __init__(self, window: QWidget, specs: tuple[ActionSpec, ...] = ACTIONS) -> None:
        super().__init__(window)
        self._window = window
        self._specs = {spec.id: spec for spec in specs}
        self._actions: dict[str, QAction] = {}
        self._bound: set[str] = set()
        for spec in specs:
            action = QAction(_icon(spec), "", window)
            action.setObjectName(spec.id)
            action.setShortcuts(_shortcut_list(spec))
            action.setMenuRole(spec.role)
            self._actions[spec.id] = action
        self.retranslate_ui()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def bind(self, action_id: str, slot: Callable[[], object]) -> QAction:
        """Connect a command to what it does; from now on it shows in its menu."""
        action = self._actions[action_id]
        action.triggered.connect(lambda _checked=False: slot())
        self._bound.add(action_id)
        return action

    def bind_feature_handlers(self) -> None:
        """Bind every command whose row names a ``handler`` (imported only now)."""
        for spec in self._specs.values():
            if spec.handler and spec.id not in self._bound:
                module_name, _, function_name = spec.handler.partition(":")
                handler = getattr(importlib.import_module(module_name), function_name)
                self.bind(spec.id, lambda handler=handler: handler(self._window))

    def is_bound(self, action_id: str) -> bool:
        return action_id in self._bound

    def fill_menus(self, menubar: QMenuBar) -> dict[str, QMenu]:
        """Create the menus with their bound commands, separated by group; return them by key."""
        menus: dict[str, QMenu] = {}
        for key, _title in MENUS:
            menu = menubar.addMenu(menu_title(key))
            menu.setObjectName(f"menu.{key}")
            menus[key] = menu
            specs = sorted((s for s in self._specs.values() if s.menu == key and
                            s.id in self._bound), key=lambda s: s.group)
            previous_group: int | None = None
            for spec in specs:
                if previous_group is not None and spec.group != previous_group:
                    menu.addSeparator()
                menu.addAction(self._actions[spec.id])
                previous_group = spec.group
        return menus

    def retranslate_ui(self) -> None:
        for action_id, action in self._actions.items():
            action.setText(QCoreApplication.translate("Actions", self._specs[action_id].text))
