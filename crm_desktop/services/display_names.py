"""The name of a default status or pipeline stage in the language of the window.

The defaults are stored with their Chinese name, a ``code`` and an English ``name_en``.
An English window shows ``name_en`` while the stored name is still the default Chinese
one; a status the user renamed is theirs and is shown exactly as they typed it, in any
language. Views ask here (through ``views/status_names.py``) rather than deciding
themselves, so the list, the filters, the editor and the menus agree.
"""

from __future__ import annotations

from typing import Literal

from crm_desktop.models.deals import DEFAULT_STAGES
from crm_desktop.models.statuses import DEFAULT_STATUSES

Kind = Literal["status", "stage"]

_DEFAULT_NAMES: dict[Kind, dict[str, str]] = {
    "status": {code: chinese for code, chinese, _english, _colour in DEFAULT_STATUSES},
    "stage": {code: chinese for code, chinese, _english, _probability in DEFAULT_STAGES},
}


def shown_name(name: str, *, code: str | None, name_en: str | None, english: bool,
               kind: Kind = "status") -> str:
    """``name_en`` in an English window for an unrenamed default, else the stored name."""
    if english and code and name_en and _DEFAULT_NAMES[kind].get(code) == name:
        return name_en
    return name
