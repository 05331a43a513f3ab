"""Pipeline stages (销售阶段): list, add, rename, reorder, retire.

Retiring a stage that still holds deals (live or in the trash) is refused unless the
caller names an active stage to move them to; then every one of them moves there, each
move recorded in the stage history. So no deal is ever left in a stage nobody sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import Deal, DealStageChange, PipelineStage, utc_now
from crm_desktop.services import audit, validation
from crm_desktop.services.errors import NotFound, ValidationError

ENTITY = "pipeline_stage"


@dataclass(frozen=True)
class StageInfo:
    id: int
    code: str | None
    name: str
    name_en: str | None
    position: int
    probability: int
    is_won: bool
    is_lost: bool
    active: bool

    @property
    def is_closed(self) -> bool:
        return self.is_won or self.is_lost


def _info(stage: PipelineStage) -> StageInfo:
    return StageInfo(id=stage.id, code=stage.code, name=stage.name, name_en=stage.name_en,
                     position=stage.position, probability=stage.probability,
                     is_won=stage.is_won, is_lost=stage.is_lost, active=stage.active)


def list_stages(session: Session, *, include_retired: bool = False) -> list[StageInfo]:
    """Stages in their pipeline order; retired ones only when asked."""
    query = select(PipelineStage).order_by(PipelineStage.position, PipelineStage.id)
    if not include_retired:
        query = query.where(PipelineStage.active)
    return [_info(stage) for stage in session.scalars(query)]


def get_stage(session: Session, *, id: int) -> StageInfo:
    return _info(load(session, id))


def load(session: Session, stage_id: int) -> PipelineStage:
    stage = session.get(PipelineStage, stage_id)
    if stage is None:
        raise NotFound("stage_not_found", f"There is no pipeline stage with id {stage_id}.",
                       id=stage_id)
    return stage


def first_open_stage_id(session: Session) -> int:
    """Where a new deal starts: the first active stage that is neither won nor lost."""
    stage_id = session.scalar(
        select(PipelineStage.id)
        .where(PipelineStage.active, ~PipelineStage.is_won, ~PipelineStage.is_lost)
        .order_by(PipelineStage.position, PipelineStage.id).limit(1))
    if stage_id is None:
        raise ValidationError("no_open_stage", "There is no open pipeline stage; add one in "
                              "Settings.", field="stage_id")
    return stage_id


def add_stage(
    session: Session, *, name: str, probability: int, name_en: str | None = None,
    is_won: bool = False, is_lost: bool = False, actor_id: int | None = None,
) -> StageInfo:
    """Add an active stage at the end of the pipeline."""
    stage = PipelineStage(active=True)
    stage.position = (session.scalar(select(func.max(PipelineStage.position))) or 0) + 1
    _set_names(session, stage, name, name_en)
    stage.probability = _probability(probability)
    if is_won and is_lost:
        raise ValidationError("won_and_lost", "A stage cannot mean both won and lost.",
                              field="is_won")
    stage.is_won, stage.is_lost = bool(is_won), bool(is_lost)
    session.add(stage)
    session.flush()
    audit.record(session, entity=ENTITY, entity_id=stage.id, action="create",
                 new_value=stage.name, staff_id=actor_id)
    return _info(stage)


def rename_stage(session: Session, *, id: int, name: str, name_en: str | None = None,
                 actor_id: int | None = None) -> StageInfo:
    """Give a stage another name; its deals stay in it."""
    stage = load(session, id)
    old = stage.name
    _set_names(session, stage, name, name_en)
    session.flush()
    audit.record_many(session, audit.diff_rows(ENTITY, id, {"name": old},
                                               {"name": stage.name}, staff_id=actor_id))
    return _info(stage)


def set_probability(session: Session, *, id: int, probability: int,
                    actor_id: int | None = None) -> StageInfo:
    stage = load(session, id)
    old = stage.probability
    stage.probability = _probability(probability)
    session.flush()
    audit.record_many(session, audit.diff_rows(ENTITY, id, {"probability": old},
                                               {"probability": stage.probability},
                                               staff_id=actor_id))
    return _info(stage)


def reorder_stages(session: Session, *, ids: Sequence[int]) -> list[StageInfo]:
    """Put the active stages in the order of ``ids`` (every active stage, once each)."""
    active = set(session.scalars(select(PipelineStage.id).where(PipelineStage.active)))
    wanted = [int(i) for i in ids]
    if set(wanted) != active or len(wanted) != len(active):
        raise ValidationError("stage_order_incomplete", "The new order must list every "
                              "active stage exactly once.", field="stage_order")
    for position, stage_id in enumerate(wanted, start=1):
        session.execute(update(PipelineStage).where(PipelineStage.id == stage_id)
                        .values(position=position))
    session.expire_all()
    return list_stages(session)


def retire_stage(session: Session, *, id: int, move_to: int | None = None,
                 actor_id: int | None = None) -> StageInfo:
    """Hide a stage from the pipeline. Its deals move to ``move_to``; without one, a stage
    that still holds deals is refused (``stage_has_deals``) and nothing changes."""
    stage = load(session, id)
    held = list(session.scalars(select(Deal.id).where(Deal.stage_id == id)))
    if held and move_to is None:
        raise ValidationError(
            "stage_has_deals", f"The stage “{stage.name}” still holds {len(held)} deals; "
            "choose a stage to move them to first.", name=stage.name, count=len(held))
    if held:
        target = load(session, move_to)  # type: ignore[arg-type]
        if not target.active or target.id == id:
            raise ValidationError("stage_target_retired", "Deals can only move to another "
                                  "active stage.", field="move_to")
        end = session.scalar(select(func.max(Deal.position))
                             .where(Deal.stage_id == target.id)) or 0
        now = utc_now()
        for offset, deal_id in enumerate(held, start=1):
            session.execute(update(Deal).where(Deal.id == deal_id).values(
                stage_id=target.id, position=end + offset, updated_at=now,
                version=Deal.version + 1))
        session.execute(insert(DealStageChange), [
            {"deal_id": deal_id, "from_stage_id": id, "to_stage_id": target.id,
             "changed_at": now, "changed_by_id": actor_id} for deal_id in held])
    stage.active = False
    session.flush()
    session.expire_all()
    audit.record(session, entity=ENTITY, entity_id=id, action="update", field="active",
                 old_value=True, new_value=False, staff_id=actor_id)
    return get_stage(session, id=id)


def _set_names(session: Session, stage: PipelineStage, name: str,
               name_en: str | None) -> None:
    clean = validation.required_text(name, field="name", max_length=60)
    taken = session.scalar(select(PipelineStage.id).where(
        PipelineStage.name == clean, PipelineStage.id != (stage.id or 0)))
    if taken is not None:
        raise ValidationError("duplicate_stage", f"There is already a stage named “{clean}”.",
                              field="name", value=clean)
    stage.name = clean
    stage.name_en = validation.text(name_en, field="name_en", max_length=60)


def _probability(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError("invalid_probability", f"The win probability must be a whole "
                              f"number from 0 to 100, not {value}.", field="probability",
                              value=value)
    return value


def deal_counts(session: Session) -> dict[int, int]:
    """How many deals (live or in the trash) each stage holds: retiring one moves them."""
    rows = session.execute(select(Deal.stage_id, func.count(Deal.id))
                           .group_by(Deal.stage_id)).tuples()
    return {stage_id: int(count) for stage_id, count in rows}
