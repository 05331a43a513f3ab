"""The data-completeness score of a customer: how many important fields are filled.

Kept as a stored column (0–100) so the list can sort and filter by it in SQL; the
customer service recomputes it on every write, bulk paths compute it per row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

IMPORTANT_FIELDS: tuple[str, ...] = (
    "name", "phones", "emails", "address", "industry", "region", "source", "owner_id",
    "wechat", "has_contact",
)


def completeness_score(values: Mapping[str, Any]) -> int:
    """Percentage (0–100) of ``IMPORTANT_FIELDS`` that hold a non-blank value."""
    filled = sum(1 for name in IMPORTANT_FIELDS if _is_filled(values.get(name)))
    return round(100 * filled / len(IMPORTANT_FIELDS))


def _is_filled(value: Any) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True
