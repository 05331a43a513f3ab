"""Named undo/redo of customer edits, owned by the services (the GUI only shows it).

The view calls the write through the stack (``stack.trash_customers(session, ids=…)``);
the stack runs the service, keeps what it needs to revert and re-apply the step, and
names it: a stable ``code`` with ``params`` the view translates, and an English ``text``
("Delete 3 customers") for scripts and logs. ``undo``/``redo`` take the session of the
user action.
Undoing an edit writes the old values back (a new audit row; history is never deleted).
Every write, undo and redo takes ``actor_id``: the person doing it, for the history (an
undo is recorded as done by whoever undoes it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Contact, Customer
from crm_desktop.services import bulk, customers, statuses, tags
from crm_desktop.services.changes import Changes
from crm_desktop.services.cleaning import cleanup, merge
from crm_desktop.services.customers import ContactInput, CustomerDetail, CustomerInput
from crm_desktop.services.progress import CancelCheck, Progress, never_cancelled, no_progress

MAX_STEPS = 100


@dataclass(frozen=True)
class UndoStep:
    """One named step. ``code`` is one of add_customer, edit_customer, delete_customers,
    restore_customers, set_status, set_owner, add_tag, remove_tag, merge_customers,
    clean_up (``operation`` in params: set_field, normalize_phones, trim_spaces,
    fill_region);
    ``params`` holds ``count`` (customers touched), ``name`` (the customer, when only one;
    the one kept for a merge) and ``tag``."""

    text: str  # English, e.g. "Delete 3 customers"
    undo: Callable[[Session], Changes]
    redo: Callable[[Session], Changes]
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)


class UndoStack:
    """Steps done (undoable) and undone (redoable); a new step clears the redo side."""

    def __init__(self, max_steps: int = MAX_STEPS) -> None:
        self._done: list[UndoStep] = []
        self._undone: list[UndoStep] = []
        self._max_steps = max_steps
        self._acting: int | None = None  # the actor of the undo/redo running now

    @property
    def acting_id(self) -> int | None:
        """Who runs the undo/redo now (for steps built outside this module, deal_undo.py)."""
        return self._acting

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        """The name of the step ``undo`` would revert, "" when none."""
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def next_undo(self) -> UndoStep | None:
        """The step ``undo`` would revert (the view names it in the user's language)."""
        return self._done[-1] if self._done else None

    def next_redo(self) -> UndoStep | None:
        return self._undone[-1] if self._undone else None

    def undo(self, session: Session, *, actor_id: int | None = None) -> Changes:
        """Revert the last step; it moves to the redo side (nothing happens when empty).

        If the revert fails (e.g. the customer was edited since), the step stays where
        it was and the ``DomainError`` propagates for the view to show.
        """
        if not self._done:
            return Changes()
        changes = self._acting_as(actor_id, self._done[-1].undo, session)
        self._undone.append(self._done.pop())
        return changes

    def redo(self, session: Session, *, actor_id: int | None = None) -> Changes:
        """Apply the last undone step again."""
        if not self._undone:
            return Changes()
        changes = self._acting_as(actor_id, self._undone[-1].redo, session)
        self._done.append(self._undone.pop())
        return changes

    def _acting_as(self, actor_id: int | None, write: Callable[[Session], Changes],
                   session: Session) -> Changes:
        """Run a step's ``undo``/``redo``; its writes read ``self._acting`` as their actor."""
        self._acting = actor_id
        try:
            return write(session)
        finally:
            self._acting = None

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    def push(self, step: UndoStep) -> None:
        """Record a step just done; the redo side is forgotten."""
        self._done.append(step)
        del self._done[:-self._max_steps]
        self._undone.clear()

    # The undoable writes -------------------------------------------------------------

    def create_customer(self, session: Session, *, data: CustomerInput,
                        actor_id: int | None = None) -> CustomerDetail:
        created = customers.create_customer(session, data=data, actor_id=actor_id)
        ids = [created.id]
        self.push(UndoStep(
            text=f"Add {created.name}", code="add_customer",
            params={"count": 1, "name": created.name},
            undo=lambda s: customers.trash_customers(s, ids=ids, actor_id=self._acting),
            redo=lambda s: customers.restore_customers(s, ids=ids, actor_id=self._acting),
        ))
        return created

    def update_customer(
        self, session: Session, *, id: int, data: CustomerInput, expected_version: int,
        actor_id: int | None = None,
    ) -> CustomerDetail:
        before = customers.get_customer(session, id=id)
        after = customers.update_customer(session, id=id, data=data,
                                          expected_version=expected_version, actor_id=actor_id)
        states = {"old": before, "new": after}

        def write(s: Session, target: str, other: str) -> Changes:
            """Bring the customer from state ``other`` to ``target``; refused (stale
            version) when someone edited it in between."""
            wanted = _revert_input(s, states[target], states[other])
            states[target] = customers.update_customer(
                s, id=id, data=wanted, expected_version=states[other].version,
                actor_id=self._acting)
            return Changes(customer_ids=(id,))

        self.push(UndoStep(
            text=f"Edit {after.name}", code="edit_customer",
            params={"count": 1, "name": after.name},
            undo=lambda s: write(s, "old", "new"),
            redo=lambda s: write(s, "new", "old"),
        ))
        return after

    def trash_customers(self, session: Session, *, ids: Sequence[int],
                        actor_id: int | None = None) -> Changes:
        changes = customers.trash_customers(session, ids=ids, actor_id=actor_id)
        done = list(changes.customer_ids)
        if done:
            self.push(UndoStep(
                text=_count_text("Delete", done, session), code="delete_customers",
                params=_count_params(done, session),
                undo=lambda s: customers.restore_customers(s, ids=done, actor_id=self._acting),
                redo=lambda s: customers.trash_customers(s, ids=done, actor_id=self._acting),
            ))
        return changes

    def restore_customers(self, session: Session, *, ids: Sequence[int],
                          actor_id: int | None = None) -> Changes:
        changes = customers.restore_customers(session, ids=ids, actor_id=actor_id)
        done = list(changes.customer_ids)
        if done:
            self.push(UndoStep(
                text=_count_text("Restore", done, session), code="restore_customers",
                params=_count_params(done, session),
                undo=lambda s: customers.trash_customers(s, ids=done, actor_id=self._acting),
                redo=lambda s: customers.restore_customers(s, ids=done, actor_id=self._acting),
            ))
        return changes

    def set_status(self, session: Session, *, ids: Sequence[int], status_id: int,
                   actor_id: int | None = None) -> Changes:
        before = statuses.statuses_of(session, ids)
        changes = statuses.set_status(session, customer_ids=ids, status_id=status_id,
                                      actor_id=actor_id)
        done = {cid: before[cid] for cid in changes.customer_ids}
        if done:
            self.push(UndoStep(
                text=_count_text("Set status of", list(done), session), code="set_status",
                params=_count_params(list(done), session),
                undo=lambda s: _restore_values(done, lambda d, v: statuses.set_status(
                    s, customer_ids=d, status_id=v, actor_id=self._acting)),
                redo=lambda s: statuses.set_status(s, customer_ids=list(done),
                                                   status_id=status_id, actor_id=self._acting),
            ))
        return changes

    def add_tag(self, session: Session, *, ids: Sequence[int], tag: str,
                actor_id: int | None = None) -> Changes:
        changes = tags.add_tag(session, customer_ids=ids, name=tag, actor_id=actor_id)
        done = list(changes.customer_ids)
        if done:
            self.push(UndoStep(
                text=f"Add tag {tag.strip()} to " + _count_text("", done, session).strip(),
                code="add_tag", params={**_count_params(done, session), "tag": tag.strip()},
                undo=lambda s: tags.remove_tag(s, customer_ids=done, name=tag,
                                               actor_id=self._acting),
                redo=lambda s: tags.add_tag(s, customer_ids=done, name=tag,
                                            actor_id=self._acting),
            ))
        return changes

    def remove_tag(self, session: Session, *, ids: Sequence[int], tag: str,
                   actor_id: int | None = None) -> Changes:
        changes = tags.remove_tag(session, customer_ids=ids, name=tag, actor_id=actor_id)
        done = list(changes.customer_ids)
        if done:
            self.push(UndoStep(
                text=f"Remove tag {tag.strip()} from " + _count_text("", done, session).strip(),
                code="remove_tag", params={**_count_params(done, session), "tag": tag.strip()},
                undo=lambda s: tags.add_tag(s, customer_ids=done, name=tag,
                                            actor_id=self._acting),
                redo=lambda s: tags.remove_tag(s, customer_ids=done, name=tag,
                                               actor_id=self._acting),
            ))
        return changes

    def set_owner(self, session: Session, *, ids: Sequence[int], owner_id: int | None,
                  actor_id: int | None = None) -> Changes:
        before = bulk.owners_of(session, ids)
        changes = bulk.bulk_set_owner(session, ids=ids, owner_id=owner_id, actor_id=actor_id)
        done = {cid: before[cid] for cid in changes.customer_ids}
        if done:
            self.push(UndoStep(
                text=_count_text("Set owner of", list(done), session), code="set_owner",
                params=_count_params(list(done), session),
                undo=lambda s: _restore_values(done, lambda d, v: bulk.bulk_set_owner(
                    s, ids=d, owner_id=v, actor_id=self._acting)),
                redo=lambda s: bulk.bulk_set_owner(s, ids=list(done), owner_id=owner_id,
                                                   actor_id=self._acting),
            ))
        return changes

    def merge_customers(self, session: Session, *, survivor_id: int,
                        loser_ids: Sequence[int], values: dict[str, Any] | None = None,
                        actor_id: int | None = None) -> Changes:
        """Merge duplicates into ``survivor_id``; one undo puts every moved record back."""
        changes, record = merge.merge_customers(session, survivor_id=survivor_id,
                                                loser_ids=loser_ids, values=values,
                                                actor_id=actor_id)
        state = {"record": record}
        name = record.customers[survivor_id]["name"]
        count = 1 + len(record.loser_ids)

        def redo(s: Session) -> Changes:
            done, state["record"] = merge.merge_customers(
                s, survivor_id=survivor_id, loser_ids=record.loser_ids, values=values,
                actor_id=self._acting)
            return done

        self.push(UndoStep(
            text=f"Merge {count} customers into {name}", code="merge_customers",
            params={"count": count, "name": name},
            undo=lambda s: merge.unmerge(s, state["record"], actor_id=self._acting),
            redo=redo,
        ))
        return changes

    def apply_cleanup(self, session: Session, *, plan: cleanup.CleanupPlan,
                      actor_id: int | None = None, progress: Progress = no_progress,
                      cancelled: CancelCheck = never_cancelled) -> Changes:
        """Write a previewed clean-up; undo writes the old values back."""
        changes = cleanup.apply_plan(session, plan, actor_id=actor_id, progress=progress,
                                     cancelled=cancelled)
        done = list(changes.customer_ids)
        if done:
            params = {**_count_params(done, session), "operation": plan.operation}
            self.push(UndoStep(
                text=f"Clean up ({plan.operation}) " + _count_text("", done, session).strip(),
                code="clean_up", params=params,
                undo=lambda s: cleanup.revert_plan(s, plan, actor_id=self._acting),
                redo=lambda s: cleanup.apply_plan(s, plan, actor_id=self._acting),
            ))
        return changes


def _restore_values(
    old: dict[int, Any], write: Callable[[list[int], Any], Changes]
) -> Changes:
    """Write each customer's old value back, one call per distinct old value."""
    groups: dict[Any, list[int]] = {}
    for customer_id, value in old.items():
        groups.setdefault(value, []).append(customer_id)
    changes = Changes()
    for value, ids in groups.items():
        changes = changes | write(ids, value)
    return changes


def _count_params(ids: Sequence[int], session: Session) -> dict[str, Any]:
    """``count``, and the ``name`` of the customer when there is only one."""
    if len(ids) == 1:
        name = session.scalar(select(Customer.name).where(Customer.id == ids[0]))
        return {"count": 1, "name": name or ""}
    return {"count": len(ids)}


def _count_text(verb: str, ids: Sequence[int], session: Session) -> str:
    """"Delete 张三" for one customer, "Delete 3 customers" for several."""
    params = _count_params(ids, session)
    if params["count"] == 1:
        return f"{verb} {params['name']}".strip()
    return f"{verb} {params['count']} customers".strip()


def _revert_input(
    session: Session, target: CustomerDetail, current: CustomerDetail
) -> CustomerInput:
    """The input that brings a customer from ``current`` back to ``target``.

    Custom fields set only in ``current`` are cleared; contacts deleted since come back as
    new contacts (their old ids are gone).
    """
    data = target.to_input()
    custom = {field_id: None for field_id in current.custom}
    custom.update(target.custom)
    live = set(session.scalars(select(Contact.id).where(Contact.customer_id == target.id)))
    contacts = [c if c.id in live else ContactInput(**{**c.__dict__, "id": None})
                for c in data.contacts]
    return CustomerInput(**{**data.__dict__, "custom": custom, "contacts": contacts})
