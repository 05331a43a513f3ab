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
    filled = 0
    for name in IMPORTANT_FIELDS:  # a plain loop: bulk paths score 100k rows at a time
        value = values.get(name)
        if value is not None and value is not False and (
                not isinstance(value, str) or value.strip()):
            filled += 1
    return round(100 * filled / len(IMPORTANT_FIELDS))

