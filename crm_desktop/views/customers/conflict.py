"""Saving over someone else's newer change: say who changed what, offer to reload.

The customer service refuses a save whose version is no longer the stored one (code
``stale_version``). The editor then asks ``services.conflicts.describe_conflict``, which
compares the customer as the form loaded it with the stored one, and shows this
question: **Reload** puts the stored customer in the form (the edits typed are
replaced), **Keep Editing** leaves the form as it is, e.g. to copy a note first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from crm_desktop.services import conflicts
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.views.messages import show_error

if TYPE_CHECKING:
    from crm_desktop.views.customers.editor import CustomerEditor

translate = QCoreApplication.translate  # literal contexts, so the extractor finds them
_KEY_OF_LABEL = {label: key for key, label in conflicts.FIELD_LABELS.items()}


def _field_names() -> dict[str, str]:
    """The words for each field a conflict names (keys of ``conflicts.FIELD_LABELS``)."""
    return {
        "name": translate("CustomerConflict", "name"),
        "kind": translate("CustomerConflict", "kind"),
        "company": translate("CustomerConflict", "company"),
        "industry": translate("CustomerConflict", "industry"),
        "size": translate("CustomerConflict", "company size"),
        "region": translate("CustomerConflict", "region"),
        "city": translate("CustomerConflict", "city"),
        "address": translate("CustomerConflict", "address"),
        "source": translate("CustomerConflict", "source"),
        "phones": translate("CustomerConflict", "phones"),
        "emails": translate("CustomerConflict", "emails"),
        "wechat": translate("CustomerConflict", "WeChat"),
        "website": translate("CustomerConflict", "website"),
        "birthday": translate("CustomerConflict", "birthday"),
        "notes": translate("CustomerConflict", "notes"),
        "marketing_consent": translate("CustomerConflict", "marketing consent"),
        "status_id": translate("CustomerConflict", "status"),
        "owner_id": translate("CustomerConflict", "owner"),
        "tags": translate("CustomerConflict", "tags"),
        "custom": translate("CustomerConflict", "custom fields"),
        "contacts": translate("CustomerConflict", "contacts"),
        "deleted_at": translate("CustomerConflict", "trash state"),
    }


def listed(items: list[str]) -> str:
    """"A", "A and B", "A, B and C" in the user's language."""
    if len(items) <= 1:
        return "".join(items)
    return (translate("CustomerConflict", ", ").join(items[:-1])
            + translate("CustomerConflict", " and ") + items[-1])


def conflict_text(conflict: conflicts.Conflict) -> str:
    """The sentence naming who changed which fields of which customer."""
    names = _field_names()
    fields = [names.get(_KEY_OF_LABEL.get(label, ""), label) for label in conflict.fields]
    who = (listed(list(conflict.by)) if conflict.by
           else translate("CustomerConflict", "Someone else"))
    if not fields:
        return translate(
            "CustomerConflict",
            "{who} changed “{name}” after you opened it, so your edit was not saved.",
        ).format(who=who, name=conflict.name)
    return translate(
        "CustomerConflict",
        "{who} changed the {fields} of “{name}” after you opened it, so your edit was not "
        "saved.",
    ).format(who=who, fields=listed(fields), name=conflict.name)


def resolve_conflict(editor: CustomerEditor, context: AppContext) -> None:
    """Explain the refused save; reload the editor when the user asks to."""
    loaded = editor.customer
    if loaded is None:
        return
    try:
        with context.session() as session:
            conflict = conflicts.describe_conflict(session, loaded=loaded)
    except DomainError as error:  # e.g. deleted for good meanwhile
        show_error(editor, error)
        return
    box = QMessageBox(editor)
    box.setObjectName("customer.conflict")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CustomerConflict", "Changed by Someone Else"))
    box.setText(conflict_text(conflict))
    box.setInformativeText(translate(
        "CustomerConflict",
        "Reload to see their changes (what you typed here is replaced), or keep editing, "
        "e.g. to copy a note first."))
    reload = box.addButton(translate("CustomerConflict", "&Reload"),
                           QMessageBox.ButtonRole.AcceptRole)
    reload.setObjectName("conflict.reload")
    keep = box.addButton(translate("CustomerConflict", "&Keep Editing"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("conflict.keep")
    box.setDefaultButton(reload)
    box.setEscapeButton(keep)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    if chosen is reload:
        editor.reload(conflict.current)
