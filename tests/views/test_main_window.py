"""The main window opens, navigates its pages, names its database and remembers its place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMenu, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.changes import Changes
from crm_desktop.services.context import AppContext
from crm_desktop.services.undo import UndoStep
from crm_desktop.views.actions import ACTIONS
from crm_desktop.views.main_window import MainWindow
from crm_desktop.views.pages import PAGES, PageSpec


class SearchablePage(QWidget):
    """A page offering Edit ▸ Find, counting how often it was asked."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.searches = 0
        self.refreshes = 0

    def focus_search(self) -> None:
        self.searches += 1

    def refresh(self) -> None:
        self.refreshes += 1


def _pages() -> list[PageSpec]:
    """The Overview and a test page, whatever other pages the registry holds by now."""
    overview = next(spec for spec in PAGES if spec.key == "overview")
    return [overview, PageSpec("searchable", lambda: "Searchable", SearchablePage)]


def open_window(qtbot: QtBot, context: AppContext, **kwargs: object) -> MainWindow:
    window = MainWindow(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def click_sidebar(qtbot: QtBot, sidebar: QListWidget, row: int) -> None:
    rect: QRect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_window_opens_on_the_overview_with_its_counts(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, pages=_pages())
    assert window.current_key() == "overview"
    assert window.stack.currentWidget().findChild(QLabel, "count.customers").text() == "0"
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]


def test_clicking_the_sidebar_shows_that_page(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, pages=_pages())
    click_sidebar(qtbot, window.sidebar, 1)
    assert window.current_key() == "searchable"
    assert isinstance(window.stack.currentWidget(), SearchablePage)
    click_sidebar(qtbot, window.sidebar, 0)
    assert window.stack.currentWidget().objectName() == "page.overview"


def test_find_goes_to_the_page_that_can_search(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, pages=_pages())
    assert not window.actions["edit.find"].isEnabled()  # the overview has no search box
    page = window.show_page("searchable")
    window.actions["edit.find"].trigger()
    assert page.searches == 1
    window.show_page("overview")
    window.show_page("searchable")
    assert page.refreshes == 1  # shown again: re-read


def test_status_bar_names_the_database_file(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    assert str(context.path) in window.database_label.text()
    assert "read-only" not in window.database_label.text()
    assert context.path is not None and context.path.name in window.windowTitle()


def test_menus_show_only_commands_that_work(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, pages=_pages())
    in_menus = {action.objectName() for menu in window.menus.values()
                for action in menu.actions() if not action.isSeparator()}
    handled = {"file.new_database", "file.open_database", "file.quit", "edit.undo", "edit.redo",
               "edit.find", "help.about"} | {spec.id for spec in ACTIONS if spec.handler}
    assert {spec.id for spec in ACTIONS} & in_menus == handled
    assert window.actions["file.quit"].shortcut().toString() == "Ctrl+Q"
    assert not window.actions["edit.undo"].isEnabled()


def test_window_remembers_size_position_and_page(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, pages=_pages())
    assert window.current_key() == "overview"
    window.resize(700, 500)  # the offscreen screen is 800 x 600
    window.move(QPoint(40, 30))
    window.show_page("searchable")
    window.close()
    again = open_window(qtbot, context, pages=_pages())
    assert (again.width(), again.height()) == (700, 500)
    assert again.pos() == window.pos()
    assert again.current_key() == "searchable"


def test_about_names_version_and_database(qtbot: QtBot, context: AppContext) -> None:
    from crm_desktop import __version__

    window = open_window(qtbot, context)
    assert __version__ in window.about_text()
    assert context.display_name in window.about_text()


def test_language_menu_asks_the_application(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    with qtbot.waitSignal(window.language_requested) as blocker:
        window.findChild(QMenu, "menu.language").actions()[1].trigger()
    assert blocker.args == ["zh_CN"]
    assert QCoreApplication.translate("Menus", "&File") == "&File"  # nothing installed yet


DELETE_3 = UndoStep(text="Delete 3 customers", undo=lambda s: Changes(),
                    redo=lambda s: Changes(), code="delete_customers", params={"count": 3})


class RecordingUndoStack:
    """Just the surface the window uses of services.undo.UndoStack."""

    def __init__(self) -> None:
        self.done = [DELETE_3]
        self.undone: list[UndoStep] = []
        self.sessions: list[object] = []
        self.actors: list[int | None] = []

    def can_undo(self) -> bool:
        return bool(self.done)

    def can_redo(self) -> bool:
        return bool(self.undone)

    def next_undo(self) -> UndoStep | None:
        return self.done[-1] if self.done else None

    def next_redo(self) -> UndoStep | None:
        return self.undone[-1] if self.undone else None

    def undo(self, session: object, *, actor_id: int | None = None) -> None:
        self.sessions.append(session)
        self.actors.append(actor_id)
        self.undone.append(self.done.pop())

    def redo(self, session: object, *, actor_id: int | None = None) -> None:
        self.sessions.append(session)
        self.actors.append(actor_id)
        self.done.append(self.undone.pop())


def test_undo_is_named_and_runs_the_stack_in_a_session(
    qtbot: QtBot, database: object
) -> None:
    stack = RecordingUndoStack()
    context = AppContext(database, undo=stack)  # type: ignore[arg-type]
    context.actor_id = 7  # the person working: undo is recorded as done by them
    window = open_window(qtbot, context)
    window.update_undo_actions(menu_open=True)
    assert window.actions["edit.undo"].text() == "&Undo Delete 3 customers"
    assert not window.actions["edit.redo"].isEnabled()
    window.actions["edit.undo"].trigger()
    assert stack.undone == [DELETE_3] and len(stack.sessions) == 1
    window.update_undo_actions(menu_open=True)
    assert window.actions["edit.redo"].text() == "&Redo Delete 3 customers"
    window.actions["edit.redo"].trigger()
    assert stack.done == [DELETE_3] and stack.actors == [7, 7]
