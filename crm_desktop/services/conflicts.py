"""Saving over someone else's newer change: say what they changed, offer to reload.

``update_customer`` refuses a save whose ``expected_version`` is no longer the stored
one (code ``stale_version``); the form still holds the customer as it was loaded, so
comparing that with the stored customer names exactly the fields the other person
changed, and the audit history names who did it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.services import audit
from crm_desktop.services.customers import ENTITY, CustomerDetail, get_customer

# Fields a person edits, with the words a message uses for them.
FIELD_LABELS = {
    "name": "name", "kind": "kind", "company": "company", "industry": "industry",
    "size": "size", "region": "region", "city": "city", "address": "address",
    "source": "source", "phones": "phones", "emails": "emails", "wechat": "WeChat",
    "website": "website", "birthday": "birthday", "notes": "notes",
    "marketing_consent": "marketing consent", "status_id": "status", "owner_id": "owner",
    "tags": "tags", "custom": "custom fields", "contacts": "contacts",
    "deleted_at": "trash state",
}


@dataclass(frozen=True)
class Conflict:
    """What happened to a customer since a form loaded it."""

    customer_id: int
    name: str
    fields: tuple[str, ...]  # labels of the fields that differ, in form order
    by: tuple[str, ...]  # staff names from the audit history (may be empty)
    current: CustomerDetail  # what to reload the form with
    message: str


def describe_conflict(session: Session, *, loaded: CustomerDetail) -> Conflict:
    """Compare the customer as the form loaded it with the stored one."""
    current = get_customer(session, id=loaded.id)
    fields = tuple(label for name, label in FIELD_LABELS.items()
                   if getattr(loaded, name) != getattr(current, name))
    by = tuple(dict.fromkeys(
        row.staff_name for row in audit.history(session, entity=ENTITY, entity_id=loaded.id)
        if row.at > loaded.updated_at and row.staff_name
    ))
    who = " and ".join(by) if by else "Someone else"
    what = _listed(fields) if fields else "details"
    message = (f"{who} changed the {what} of “{current.name}” after you opened it, so your "
               "edit was not saved. Reload to see their changes, then edit again.")
    return Conflict(customer_id=loaded.id, name=current.name, fields=fields, by=by,
                    current=current, message=message)


def _listed(labels: tuple[str, ...]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
