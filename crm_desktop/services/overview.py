"""The Overview page's figures: how many customers, contacts, open deals, orders, tasks, tickets.

Plain SQL ``COUNT``s on indexed columns, so the numbers appear at once even with the
large demo data set. Records in the trash are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Contact, Customer, Deal, Order, PipelineStage, Task, Ticket

OPEN_TICKET_STATUSES = ("open", "in_progress")


@dataclass(frozen=True)
class OverviewCounts:
    customers: int
    contacts: int
    open_deals: int
    orders: int
    open_tasks: int
    open_tickets: int


def counts(session: Session) -> OverviewCounts:
    """Count the live records of each kind; "open" means not won/lost, not done, not resolved."""
    customers = session.scalar(
        select(func.count(Customer.id)).where(Customer.deleted_at.is_(None))
    )
    contacts = session.scalar(
        select(func.count(Contact.id)).join(Customer, Contact.customer_id == Customer.id)
        .where(Customer.deleted_at.is_(None))
    )
    open_deals = session.scalar(
        select(func.count(Deal.id)).join(PipelineStage, Deal.stage_id == PipelineStage.id)
        .where(Deal.deleted_at.is_(None), ~PipelineStage.is_won, ~PipelineStage.is_lost)
    )
    orders = session.scalar(select(func.count(Order.id)).where(Order.deleted_at.is_(None)))
    open_tasks = session.scalar(select(func.count(Task.id)).where(Task.done_at.is_(None)))
    open_tickets = session.scalar(
        select(func.count(Ticket.id)).where(Ticket.status.in_(OPEN_TICKET_STATUSES))
    )
    return OverviewCounts(
        customers=customers or 0, contacts=contacts or 0, open_deals=open_deals or 0,
        orders=orders or 0, open_tasks=open_tasks or 0, open_tickets=open_tickets or 0,
    )
