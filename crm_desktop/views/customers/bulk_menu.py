"""Writes on a selection of customers: set status, add/remove a tag, set owner, clean up,
find duplicates, merge, delete.

Each goes through the undo stack as one named step. A selection of thousands runs in a
worker thread with a progress dialog (the GUI thread only shows the result).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from crm_desktop.services.changes import Changes
from crm_desktop.services.context import AppContext
from crm_desktop.services.customer_list import FilterChoices
from crm_desktop.services.errors import DomainError
from crm_desktop.services.undo import UndoStack
from crm_desktop.views.customers.editor import colour_icon
from crm_desktop.views.customers.formatting import counted
from crm_desktop.views.customers.undo_support import undo_stack
from crm_desktop.views.messages import show_error
from crm_desktop.views.status_names import status_text
from crm_desktop.views.worker import run_in_background


class CustomersPage(Protocol):
    """What the bulk commands need of the Customers page (``page.CustomersPage``), so this
    module does not import the page that imports it."""

    context: AppContext

    def selected_ids(self) -> list[int]: ...
    def wrote(self, ids: Sequence[int]) -> None: ...
    def status_message(self, text: str) -> None: ...
    def delete_selected(self) -> None: ...
    def merge_selected(self) -> None: ...
    def show_cleanup(self) -> None: ...
    def show_duplicates(self) -> None: ...

BACKGROUND_THRESHOLD = 2_000  # below this a write takes well under a second
Write = Callable[[UndoStack, Any], Changes]  # (stack, session) -> Changes


def run_write(page: CustomersPage, write: Write, *, count: int, label: str,
              done: Callable[[Changes], str] | None = None) -> None:
    """Run ``write`` in one session (in a worker for big selections), then refresh the page."""
    stack = undo_stack(page.context)

    def finish(changes: Changes) -> None:
        page.wrote(changes.customer_ids)
        if done is not None:
            page.status_message(done(changes))

    if count < BACKGROUND_THRESHOLD:
        try:
            with page.context.session() as session:
                changes = write(stack, session)
        except DomainError as error:
            show_error(page, error)
            return
        finish(changes)
        return

    def work(progress: Any, cancelled: Any) -> Changes:
        with page.context.session() as session:
            return write(stack, session)

    run_in_background(page, work, label=label, on_success=finish, cancellable=False)


def delete_customers(page: CustomersPage, ids: Sequence[int]) -> None:
    """Ask (naming how many), then move the customers to the trash as one undoable step."""
    ids = list(ids)
    if not ids:
        return
    answer = QMessageBox.question(
        page, QCoreApplication.translate("BulkMenu", "Delete Customers"),
        counted(len(ids), QCoreApplication.translate(
            "BulkMenu", "Move 1 customer to the trash? You can restore it from the trash "
            "or undo with Ctrl+Z."), QCoreApplication.translate(
            "BulkMenu", "Move {count} customers to the trash? You can restore them from the "
            "trash or undo with Ctrl+Z.")),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    actor = page.context.actor_id
    run_write(page, lambda stack, session: stack.trash_customers(session, ids=ids,
                                                                 actor_id=actor),
              count=len(ids),
              label=QCoreApplication.translate("BulkMenu", "Moving customers to the trash…"),
              done=lambda changes: counted(changes.count, QCoreApplication.translate(
                  "BulkMenu", "1 customer moved to the trash."), QCoreApplication.translate(
                  "BulkMenu", "{count} customers moved to the trash.")))


class BulkMenu(QMenu):
    """The Bulk Actions menu of the page; it acts on the page's selected customers."""

    def __init__(self, page: CustomersPage) -> None:
        super().__init__(page)
        self.setObjectName("customers.bulk_menu")
        self._page = page
        self._choices = FilterChoices((), (), (), (), (), ())
        self.status_menu = QMenu(self)
        self.status_menu.setObjectName("bulk.status")
        self.owner_menu = QMenu(self)
        self.owner_menu.setObjectName("bulk.owner")
        self.addMenu(self.status_menu)
        self.add_tag_action = self.addAction("", self.ask_add_tag)
        self.remove_tag_action = self.addAction("", self.ask_remove_tag)
        self.addMenu(self.owner_menu)
        self.addSeparator()
        self.cleanup_action = self.addAction("", page.show_cleanup)
        self.duplicates_action = self.addAction("", page.show_duplicates)
        self.merge_action = self.addAction("", page.merge_selected)
        self.addSeparator()
        self.delete_action = self.addAction("", page.delete_selected)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.status_menu.setTitle(self.tr("Set &Status"))
        self.owner_menu.setTitle(self.tr("Set &Owner"))
        self.add_tag_action.setText(self.tr("&Add Tag…"))
        self.remove_tag_action.setText(self.tr("&Remove Tag…"))
        self.cleanup_action.setText(self.tr("&Clean Up…"))
        self.duplicates_action.setText(self.tr("Find D&uplicates…"))
        self.merge_action.setText(self.tr("&Merge…"))
        self.delete_action.setText(self.tr("&Delete"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_choices(self, choices: FilterChoices) -> None:
        self._choices = choices
        self._fill()

    def _fill(self) -> None:
        self.status_menu.clear()
        for status in self._choices.statuses:
            self.status_menu.addAction(
                colour_icon(status.color or ""),
                status_text(status.name, status.code, status.name_en),
                lambda status_id=status.id: self.set_status(status_id))
        self.owner_menu.clear()
        self.owner_menu.addAction(self.tr("(nobody)"), lambda: self.set_owner(None))
        for owner in self._choices.owners:
            self.owner_menu.addAction(owner.name,
                                      lambda owner_id=owner.id: self.set_owner(owner_id))

    # -- the writes ------------------------------------------------------------------------
    def set_status(self, status_id: int) -> None:
        ids = self._page.selected_ids()
        actor = self._page.context.actor_id
        run_write(self._page, lambda stack, s: stack.set_status(s, ids=ids, status_id=status_id,
                                                                actor_id=actor),
                  count=len(ids), label=self.tr("Setting the status…"),
                  done=lambda c: counted(c.count, self.tr("Status set on 1 customer."),
                                         self.tr("Status set on {count} customers.")))

    def set_owner(self, owner_id: int | None) -> None:
        ids = self._page.selected_ids()
        actor = self._page.context.actor_id
        run_write(self._page, lambda stack, s: stack.set_owner(s, ids=ids, owner_id=owner_id,
                                                               actor_id=actor),
                  count=len(ids), label=self.tr("Setting the owner…"),
                  done=lambda c: counted(c.count, self.tr("Owner set on 1 customer."),
                                         self.tr("Owner set on {count} customers.")))

    def add_tag(self, tag: str) -> None:
        ids = self._page.selected_ids()
        actor = self._page.context.actor_id
        run_write(self._page, lambda stack, s: stack.add_tag(s, ids=ids, tag=tag, actor_id=actor),
                  count=len(ids), label=self.tr("Adding the tag…"),
                  done=lambda c: counted(c.count, self.tr("Tag added to 1 customer."),
                                         self.tr("Tag added to {count} customers.")))

    def remove_tag(self, tag: str) -> None:
        ids = self._page.selected_ids()
        actor = self._page.context.actor_id
        run_write(self._page, lambda stack, s: stack.remove_tag(s, ids=ids, tag=tag,
                                                                actor_id=actor),
                  count=len(ids), label=self.tr("Removing the tag…"),
                  done=lambda c: counted(c.count, self.tr("Tag removed from 1 customer."),
                                         self.tr("Tag removed from {count} customers.")))

    def _ask_tag(self, title: str) -> str | None:
        names = [tag.name for tag in self._choices.tags]
        text, ok = QInputDialog.getItem(self._page, title, self.tr("Tag:"), names, 0, True)
        text = text.strip()
        return text if ok and text else None

    def ask_add_tag(self) -> None:
        tag = self._ask_tag(self.tr("Add Tag"))
        if tag:
            self.add_tag(tag)

    def ask_remove_tag(self) -> None:
        tag = self._ask_tag(self.tr("Remove Tag"))
        if tag:
            self.remove_tag(tag)
