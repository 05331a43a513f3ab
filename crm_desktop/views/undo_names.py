"""Undo/redo step names in the user's language ("Undo Delete 3 customers", "撤销删除 3 个客户").

``services/undo.py`` names each step by ``code`` and ``params`` (``count``, ``name`` when
one customer, ``tag``). A single customer is named; several are counted, so the English
sources need no plural forms (``count`` is at least 2 in the "{count} customers" ones).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from crm_desktop.services.undo import UndoStep
from crm_desktop.views.status_names import status_text

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def _one() -> dict[str, str]:
    return {
        "add_customer": translate("UndoNames", "Add {name}"),
        "edit_customer": translate("UndoNames", "Edit {name}"),
        "delete_customers": translate("UndoNames", "Delete {name}"),
        "restore_customers": translate("UndoNames", "Restore {name}"),
        "set_status": translate("UndoNames", "Set status of {name}"),
        "set_owner": translate("UndoNames", "Set owner of {name}"),
        "add_tag": translate("UndoNames", "Add tag {tag} to {name}"),
        "remove_tag": translate("UndoNames", "Remove tag {tag} from {name}"),
        "add_deal": translate("UndoNames", "Add deal “{name}”"),
        "edit_deal": translate("UndoNames", "Edit deal “{name}”"),
        "delete_deals": translate("UndoNames", "Delete deal “{name}”"),
        "move_deal": translate("UndoNames", "Move “{name}” to {stage}"),
        "clean_up": translate("UndoNames", "Clean up {name}"),
    }


def _many() -> dict[str, str]:
    return {
        "delete_customers": translate("UndoNames", "Delete {count} customers"),
        "restore_customers": translate("UndoNames", "Restore {count} customers"),
        "set_status": translate("UndoNames", "Set status of {count} customers"),
        "set_owner": translate("UndoNames", "Set owner of {count} customers"),
        "add_tag": translate("UndoNames", "Add tag {tag} to {count} customers"),
        "remove_tag": translate("UndoNames", "Remove tag {tag} from {count} customers"),
        "delete_deals": translate("UndoNames", "Delete {count} deals"),
        "merge_customers": translate("UndoNames", "Merge {count} customers into {name}"),
        "clean_up": translate("UndoNames", "Clean up {count} customers"),
    }


def step_name(step: UndoStep | None) -> str:
    """The step's name in the window's language; its English text for an unknown code."""
    if step is None:
        return ""
    count = int(step.params.get("count") or 0)
    template = (_one() if count == 1 else _many()).get(step.code)
    if template is None:
        return step.text
    params = {**step.params, "count": QLocale().toString(count)}
    if "stage_code" in params:  # a deal step: the stage as this window names it
        params["stage"] = status_text(str(params.get("stage", "")), params["stage_code"],
                                      params.get("stage_en"), kind="stage")
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return step.text
