"""Named undo/redo of deal writes, pushed on the window's ``UndoStack`` (services/undo.py).

The view calls ``deal_undo.move_deal(context.undo, session, …)`` instead of the plain
service; the step is named like "Move “官网改版” to 谈判审核" (code ``move_deal``, params
``name``, ``stage``, ``count`` 1). Each step remembers the deal's version after it ran, so
undoing over someone else's later change is refused (``stale_version``), never silent.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from crm_desktop.services import deals, stages
from crm_desktop.services.changes import Changes
from crm_desktop.services.deals import DEAL_LISTS, DealDetail, DealInput
from crm_desktop.services.undo import UndoStack, UndoStep


def _stage_names(session: Session, stage_id: int) -> dict[str, str | None]:
    """The stage's code and English name, so the view names a default stage in English."""
    stage = stages.get_stage(session, id=stage_id)
    return {"stage_code": stage.code, "stage_en": stage.name_en}


def _changes(detail: DealDetail) -> Changes:
    return Changes(customer_ids=(detail.customer_id,), lists=DEAL_LISTS)


def create_deal(stack: UndoStack, session: Session, *, data: DealInput,
                actor_id: int | None = None) -> DealDetail:
    created = deals.create_deal(session, data=data, actor_id=actor_id)
    ids = [created.id]
    stack.push(UndoStep(
        text=f"Add deal “{created.title}”", code="add_deal",
        params={"count": 1, "name": created.title},
        undo=lambda s: deals.trash_deals(s, ids=ids, actor_id=stack.acting_id),
        redo=lambda s: deals.restore_deals(s, ids=ids, actor_id=stack.acting_id),
    ))
    return created


def update_deal(stack: UndoStack, session: Session, *, id: int, data: DealInput,
                expected_version: int, actor_id: int | None = None) -> DealDetail:
    before = deals.get_deal(session, id=id)
    after = deals.update_deal(session, id=id, data=data, expected_version=expected_version,
                              actor_id=actor_id)
    states = {"old": before, "new": after}
    current = {"version": after.version}

    def write(s: Session, target: str) -> Changes:
        detail = deals.update_deal(s, id=id, data=states[target].to_input(),
                                   expected_version=current["version"],
                                   actor_id=stack.acting_id)
        current["version"] = detail.version
        return _changes(detail)

    stack.push(UndoStep(
        text=f"Edit deal “{after.title}”", code="edit_deal",
        params={"count": 1, "name": after.title},
        undo=lambda s: write(s, "old"), redo=lambda s: write(s, "new"),
    ))
    return after


def move_deal(
    stack: UndoStack, session: Session, *, id: int, stage_id: int, expected_version: int,
    position: int | None = None, lost_reason: str | None = None, actor_id: int | None = None,
) -> DealDetail:
    before = deals.get_deal(session, id=id)
    after = deals.move_deal(session, id=id, stage_id=stage_id, position=position,
                            expected_version=expected_version, lost_reason=lost_reason,
                            actor_id=actor_id)
    current = {"version": after.version}

    def put(s: Session, where: DealDetail) -> Changes:
        detail = deals.move_deal(
            s, id=id, stage_id=where.stage_id, position=where.position,
            expected_version=current["version"], lost_reason=where.lost_reason,
            closed_at=where.closed_at, actor_id=stack.acting_id)
        current["version"] = detail.version
        return _changes(detail)

    stack.push(UndoStep(
        text=f"Move “{after.title}” to {after.stage_name}", code="move_deal",
        params={"count": 1, "name": after.title, "stage": after.stage_name,
                "stage_id": after.stage_id, **_stage_names(session, after.stage_id)},
        undo=lambda s: put(s, before), redo=lambda s: put(s, after),
    ))
    return after


def trash_deals(stack: UndoStack, session: Session, *, ids: Sequence[int],
                actor_id: int | None = None) -> Changes:
    titles = [deals.get_deal(session, id=i).title for i in ids]
    changes = deals.trash_deals(session, ids=ids, actor_id=actor_id)
    done = list(ids)
    if changes.customer_ids:
        params = {"count": len(done), "name": titles[0]} if len(done) == 1 else {
            "count": len(done)}
        text = f"Delete deal “{titles[0]}”" if len(done) == 1 else f"Delete {len(done)} deals"
        stack.push(UndoStep(
            text=text, code="delete_deals", params=params,
            undo=lambda s: deals.restore_deals(s, ids=done, actor_id=stack.acting_id),
            redo=lambda s: deals.trash_deals(s, ids=done, actor_id=stack.acting_id),
        ))
    return changes
