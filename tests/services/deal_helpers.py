"""Small builders for the deal tests: a customer, the default stages by code, a deal."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.services import deals, stages
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.deals import DealDetail, DealInput


def stage_ids(session: Session) -> dict[str, int]:
    """The seeded stages by code: qualify, needs, proposal, negotiation, won, lost."""
    return {s.code: s.id for s in stages.list_stages(session) if s.code}


def a_customer(session: Session, name: str = "星海科技") -> int:
    return create_customer(session, data=CustomerInput(name=name)).id


def a_deal(session: Session, title: str = "官网改版", *, customer_id: int | None = None,
           amount_minor: int = 100_000, stage: str = "qualify", **values: object) -> DealDetail:
    customer_id = customer_id or a_customer(session)
    return deals.create_deal(session, data=DealInput(
        title=title, customer_id=customer_id, amount_minor=amount_minor,
        stage_id=stage_ids(session)[stage], **values))  # type: ignore[arg-type]
