"""The translatable sentence of every integrity finding code (``services/integrity.py``);
``views/messages.py`` fills them. The sentences of errors are in ``message_templates.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def finding_templates() -> dict[str, str]:
    """The sentence of every integrity finding code (``services/integrity.py``)."""
    return {
        "file_damaged": translate(
            "Findings", "The database file is damaged: SQLite found {problems} problem(s), "
            "the first being “{first}”. Restore the latest backup that passes this check."),
        "missing_reference": translate(
            "Findings", "Row #{row} of table {table} refers to row #{value} of table "
            "{parent}, which does not exist."),
        "customer_without_status": translate(
            "Findings", "Customer “{name}” (#{customer_id}) has no status: status "
            "#{status_id} does not exist."),
        "payments_exceed_total": translate(
            "Findings", "Order {number}: payments received ({amount_text}) exceed the order "
            "total ({total_text})."),
        "instalments_exceed_total": translate(
            "Findings", "Order {number}: planned instalments ({amount_text}) exceed the "
            "order total ({total_text})."),
        "several_primary_contacts": translate(
            "Findings", "Customer “{name}” (#{customer_id}) has {count} primary contacts; "
            "only one may be primary."),
        "open_deal_of_trashed_customer": translate(
            "Findings", "Deal “{title}” (#{deal_id}) is still open, but its customer "
            "“{name}” (#{customer_id}) is in the trash."),
        "search_index_out_of_step": translate(
            "Findings", "The search index lists {indexed} customers but the database holds "
            "{customers} (counting the trash); search may miss some until the index is "
            "rebuilt."),
        "check_failed": translate("Findings", "Could not check {check}: {reason}."),
        "more": translate("Findings", "… and {more} more like these."),
    }
