"""What a write touched, so each screen decides for itself whether to redraw."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """The result of a write: the customers it touched and the lookup lists it changed.

    ``lists`` names lookups whose choices changed ("statuses", "tags", "staff",
    "custom_fields", "segments"), so filter widgets know to reload them.
    """

    customer_ids: tuple[int, ...] = ()
    lists: frozenset[str] = frozenset()
    skipped: tuple[int, ...] = ()  # asked for but left alone (e.g. kept for their orders)

    @property
    def count(self) -> int:
        return len(self.customer_ids)

    def __or__(self, other: Changes) -> Changes:
        ids = tuple(dict.fromkeys(self.customer_ids + other.customer_ids))
        skipped = tuple(dict.fromkeys(self.skipped + other.skipped))
        return Changes(customer_ids=ids, lists=self.lists | other.lists, skipped=skipped)
