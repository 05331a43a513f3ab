"""Column headers of exported sheets in the user's language.

The English texts are those of ``services/exporting/columns.py``; their Chinese
translations are words the importer recognises (客户名称, 联系人手机, 创建时间 …), so a
sheet exported in either language imports again without mapping a column by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.services.exporting.columns import ENGLISH_HEADERS

CONTEXT = "ExportHeaders"
# Every English header once, so lupdate finds them (one entry serves both kinds).
_TEXTS = (
    QT_TRANSLATE_NOOP("ExportHeaders", "ID"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Customer Name"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Type"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Company"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Status"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Owner"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Industry"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Size"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Region"),
    QT_TRANSLATE_NOOP("ExportHeaders", "City"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Address"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Source"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Phones"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Emails"),
    QT_TRANSLATE_NOOP("ExportHeaders", "WeChat"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Website"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Birthday"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Notes"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Tags"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Contact Name"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Contact Title"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Contact Mobile"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Contact Phone"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Contact Email"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Contact WeChat"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Marketing Consent"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Completeness"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Created"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Updated"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Customer ID"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Contact Notes"),
    QT_TRANSLATE_NOOP("ExportHeaders", "Primary Contact"),
)


def export_headers() -> dict[str, str]:
    """``kind.key`` → the header in the current language, for ``export_lists(headers=…)``."""
    return {key: QCoreApplication.translate(CONTEXT, english)
            for key, english in ENGLISH_HEADERS.items()}
