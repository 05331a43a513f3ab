"""The main window: menus, a sidebar of work areas, the pages, a status bar. No domain logic.

What the window shows comes from two tables: the commands in ``actions.py`` and the
pages in ``pages.py``. Opening another database or switching language is asked of the
application (signals ``database_requested`` and ``language_requested``), which owns the
database and the translators; the window only asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.views import i18n
from crm_desktop.views.actions import ActionSet, menu_title
from crm_desktop.views.importing.commands import import_file
from crm_desktop.views.importing.wizard import FILE_FILTER_SUFFIXES, dropped_file
from crm_desktop.views.messages import show_error
from crm_desktop.views.pages import PAGES, PageSpec
from crm_desktop.views.undo_names import step_name

DEFAULT_SIZE = QSize(1100, 720)
DB_FILTER = "CRM Desktop (*.sqlite3 *.sqlite *.db);;*"


def _page_icon(spec: PageSpec) -> QIcon:
    icon = QIcon.fromTheme(spec.icon) if spec.icon else QIcon()
    if icon.isNull() and spec.fallback is not None:
        icon = QApplication.style().standardIcon(spec.fallback)
    return icon


def importable_drop(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one local file dragged, when the import wizard reads its kind."""
    path = dropped_file(event)
    suffixes = {pattern.lstrip("*") for pattern in FILE_FILTER_SUFFIXES}
    return path if path is not None and Path(path).suffix.lower() in suffixes else None


class MainWindow(QMainWindow):
    """One window on one open database (``context``)."""

    database_requested = Signal(str)  # a file path the user chose to open or create
    language_requested = Signal(str)  # a key of i18n.LANGUAGES
    restore_requested = Signal(str)  # a backup file to put in place of the open database

    def __init__(self, context: AppContext, *, pages: list[PageSpec] | None = None,
                 language: str = i18n.ENGLISH) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.context = context
        self._specs = list(PAGES if pages is None else pages)
        self._pages: dict[str, QWidget] = {}
        self._language = language

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        for spec in self._specs:
            item = QListWidgetItem(_page_icon(spec), "", self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 36))
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        splitter = QSplitter(self)
        splitter.setObjectName("splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 920])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.database_label = QLabel(self)
        self.database_label.setObjectName("status.database")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label, 1)

        self.actions = ActionSet(self)
        self._bind_actions()
        self.menus = self.actions.fill_menus(self.menuBar())
        self._build_view_menu()
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.retranslate_ui()
        self.menus["edit"].aboutToShow.connect(lambda: self.update_undo_actions(menu_open=True))
        self.menus["edit"].aboutToHide.connect(self.update_undo_actions)
        self._restore_settings()
        self.setAcceptDrops(True)

    # -- pages ---------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def current_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self._pages.get(key) if key else None

    def created_page(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been shown, without creating it."""
        return self._pages.get(key)

    def show_page(self, key: str) -> QWidget:
        """Show the page ``key`` (creating it the first time) and return it."""
        self.sidebar.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page ``key``, created on first use."""
        if key not in self._pages:
            index = self.page_keys().index(key)
            page = self._specs[index].factory(self.context)
            page.setObjectName(f"page.{key}")
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def _on_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        key = self._specs[row].key
        created = key not in self._pages
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if not created and hasattr(page, "refresh"):
            page.refresh()
        self._update_find_action()
        for action in self._page_actions.actions():
            action.setChecked(action.data() == key)

    # -- commands ------------------------------------------------------------------------
    def _bind_actions(self) -> None:
        bind = self.actions.bind
        bind("file.new_database", self.choose_new_database)
        bind("file.open_database", self.choose_database)
        bind("file.quit", self.close)
        bind("edit.undo", self._undo)
        bind("edit.redo", self._redo)
        bind("edit.find", self._find)
        bind("help.about", self.show_about)
        self.actions.bind_feature_handlers()

    def _build_view_menu(self) -> None:
        view = self.menus["view"]
        self._page_actions = QActionGroup(self)
        for number, spec in enumerate(self._specs, start=1):
            action = QAction(self._page_actions)
            action.setCheckable(True)
            action.setData(spec.key)
            action.setObjectName(f"view.page.{spec.key}")
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, key=spec.key: self.show_page(key))
            view.addAction(action)
        view.addSeparator()
        self.language_menu = QMenu(view)
        self.language_menu.setObjectName("menu.language")
        view.addMenu(self.language_menu)
        group = QActionGroup(self)
        for code, native_name in i18n.LANGUAGES.items():
            action = QAction(native_name, group)  # each language named in itself
            action.setCheckable(True)
            action.setChecked(code == self._language)
            action.setObjectName(f"language.{code}")
            action.triggered.connect(lambda _c=False, code=code: self.language_requested.emit(code))
            self.language_menu.addAction(action)

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), self._dialog_folder(), DB_FILTER)
        if path:
            self.database_requested.emit(path)

    def choose_new_database(self) -> None:
        """Pick where the new file goes; an existing file is opened, never overwritten."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New Database"), str(Path(self._dialog_folder()) / "crm.sqlite3"),
            DB_FILTER, options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database_requested.emit(path)

    def _dialog_folder(self) -> str:
        return str(self.context.path.parent) if self.context.path else str(Path.home())

    def _find(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def _update_find_action(self) -> None:
        self.actions["edit.find"].setEnabled(hasattr(self.current_page(), "focus_search"))

    def _undo(self) -> None:
        self._step("can_undo", "undo")

    def _redo(self) -> None:
        self._step("can_redo", "redo")

    def _step(self, can: str, do: str) -> None:
        """Undo or redo the last named step of the database's undo stack, in one session."""
        stack = self.context.undo
        if stack is None or self.context.read_only or not getattr(stack, can)():
            return
        try:
            with self.context.session() as session:
                getattr(stack, do)(session, actor_id=self.context.actor_id)
        except DomainError as error:
            show_error(self, error)
        self.refresh_pages()

    def update_undo_actions(self, *, menu_open: bool = False) -> None:
        """Name Undo/Redo after what they would do ("Undo Delete 3 customers").

        Called when the Edit menu opens and after each step: pages write through the
        stack without telling the window. The shortcuts stay live while a stack exists
        and simply do nothing when there is nothing to undo.
        """
        stack = self.context.undo
        writable = stack is not None and not self.context.read_only
        named = {"edit.undo": (self.tr("&Undo {what}"), "can_undo", "next_undo"),
                 "edit.redo": (self.tr("&Redo {what}"), "can_redo", "next_redo")}
        self.actions.retranslate_ui()
        for action_id, (template, can, step) in named.items():
            action = self.actions[action_id]
            possible = writable and getattr(stack, can)()
            action.setEnabled(writable and (possible or not menu_open))
            what = step_name(getattr(stack, step)()) if possible else ""
            if what:
                action.setText(template.format(what=what))

    def refresh_pages(self) -> None:
        """Re-read the shown page after a change made elsewhere (undo, import…)."""
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()
        self.update_undo_actions()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CRM Desktop"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>CRM Desktop {version}</h3>"
            "<p>A local-first CRM for small businesses: customers, follow-ups, deals, "
            "orders and payments in one file on your computer.</p>"
            "<p>Database: {database}</p>"
        ).format(version=__version__, database=self.context.display_name)

    # -- files dropped on the window ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if importable_drop(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """A spreadsheet or vCard dropped anywhere on the window opens the import wizard."""
        path = importable_drop(event)
        if path is not None:
            event.acceptProposedAction()
            import_file(self, path)

    # -- language ------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Check ``language`` in the menu (the application has installed its translators)."""
        self._language = language
        for action in self.language_menu.actions():
            action.setChecked(action.objectName() == f"language.{language}")

    def retranslate_ui(self) -> None:
        name = self.context.path.name if self.context.path else self.context.display_name
        title = self.tr("CRM Desktop — {name}").format(name=name)
        if self.context.read_only:
            title = self.tr("{title} (read-only)").format(title=title)
        self.setWindowTitle(title)
        for key, menu in self.menus.items():
            menu.setTitle(menu_title(key))
        self.language_menu.setTitle(self.tr("&Language"))
        self.update_undo_actions()
        for row, spec in enumerate(self._specs):
            self.sidebar.item(row).setText(spec.title_fn())
        for action, spec in zip(self._page_actions.actions(), self._specs, strict=True):
            action.setText(spec.title_fn())
        status = self.tr("Database: {path}").format(path=self.context.display_name)
        if self.context.read_only:
            status += "  " + self.tr("(read-only: changes are not possible)")
        if self.context.actor_name:
            status += "  " + self.tr("Working as {name}").format(name=self.context.actor_name)
        self.database_label.setText(status)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- remembered between runs ---------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = settings.value("window/page")
        keys = self.page_keys()
        if keys:
            self.show_page(last if last in keys else keys[0])

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.current_key():
            settings.setValue("window/page", self.current_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_settings()
        super().closeEvent(event)
