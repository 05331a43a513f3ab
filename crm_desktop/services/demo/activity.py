"""The day-to-day records: interactions, tasks, service tickets and a little audit history.

Follow-up dates and task due dates sit around the reference date, so the Today view has
something overdue, something due today and something coming up.
"""

from __future__ import annotations

from collections.abc import Iterator

from crm_desktop.models import AuditEntry, Interaction, Task, Ticket
from crm_desktop.services.demo import phrases
from crm_desktop.services.demo.people import pick
from crm_desktop.services.demo.world import World
from crm_desktop.services.demo.writer import BulkWriter

ACTIVITY_WEIGHTS = {"lead": 2, "following": 5, "trial": 7, "negotiating": 8, "signed": 6,
                    "retained": 8, "lost": 4}
INTERACTION_COLUMNS = ("customer_id", "contact_id", "staff_id", "kind", "occurred_at",
                       "subject", "content", "outcome", "next_follow_up_at", "created_at",
                       "updated_at")
TASK_COLUMNS = ("title", "notes", "customer_id", "deal_id", "assignee_id", "due_at",
                "remind_at", "priority", "done_at", "created_at", "updated_at")
TICKET_COLUMNS = ("customer_id", "title", "description", "kind", "priority", "status",
                  "owner_id", "opened_at", "resolved_at", "resolution", "satisfaction",
                  "feedback", "created_at", "updated_at")
SATISFACTION_WEIGHTS = (3, 5, 12, 35, 45)


def write_interactions(world: World, writer: BulkWriter) -> None:
    state = world.customers
    weights = [ACTIVITY_WEIGHTS[code] for code in state.status]
    counts = [0] * len(state)
    for i in world.rng.choices(range(len(state)), weights, k=world.plan.interactions):
        counts[i] += 1
    writer.insert(Interaction.__table__, INTERACTION_COLUMNS, _interactions(world, counts))


def _interactions(world: World, counts: list[int]) -> Iterator[tuple[object, ...]]:
    rng, clock, state = world.rng, world.clock, world.customers
    kinds = [kind for kind, weight in phrases.INTERACTION_KIND_WEIGHTS.items()
             for _ in range(weight)]
    for i, count in enumerate(counts):
        templates = phrases.ENGLISH_INTERACTIONS if state.english[i] else phrases.INTERACTIONS
        customer_id = state.first_id + i
        staff = state.owner[i]
        for _ in range(count):
            kind = pick(rng, kinds)
            subject, content, outcome = pick(rng, templates[kind])
            day = world.day_between(state.created_day[i], clock.today)
            minute = world.work_minute()
            if day == state.created_day[i]:  # not before the customer was entered
                minute = max(minute, state.created_minute[i] + 5)
            at = clock.at(day, minute)
            contact = None
            if state.contact_count[i] and kind != "note" and rng.random() < 0.8:
                contact = state.first_contact[i] + int(rng.random() * state.contact_count[i])
            follow_up = None
            if kind != "note" and rng.random() < 0.25:
                follow_up = clock.at(day + rng.randint(1, 14), 600)
            yield (customer_id, contact, staff or rng.choice(world.sales_ids), kind, at, subject,
                   content, outcome or None, follow_up, at, at)


def write_tasks(world: World, writer: BulkWriter) -> None:
    rng, clock, state = world.rng, world.clock, world.customers
    active = state.with_status("following", "trial", "negotiating", "signed", "retained")
    active = active or list(range(len(state)))
    rows = []
    for n in range(max(20, len(state) // 10)):
        deal_id = None
        if world.open_deals and rng.random() < 0.3:
            deal_id, i = rng.choice(world.open_deals)
        else:
            i = rng.choice(active)
        name = state.short_name[i]
        title = rng.choice(phrases.TASK_TITLES).format(name=name)
        due = clock.today if n % 20 == 0 else clock.today + rng.randint(-45, 30)
        due_at = clock.at(due, rng.randint(540, 1080))
        done = None
        if due < clock.today and rng.random() < 0.75:
            done = clock.at(due + rng.randint(-2, 0), rng.randint(540, 1080))
        remind = clock.at(due, 510) if rng.random() < 0.4 else None
        created = clock.at(max(state.created_day[i], due - rng.randint(1, 20)), 540)
        rows.append((title, "记得带上报价单" if rng.random() < 0.1 else None,
                     state.first_id + i, deal_id, state.owner[i] or rng.choice(world.sales_ids),
                     due_at, remind, rng.choices((0, 1, 2, 3), (20, 50, 20, 10))[0], done,
                     created, done or created))
    writer.insert(Task.__table__, TASK_COLUMNS, rows)


def write_tickets(world: World, writer: BulkWriter) -> None:
    rng, clock, state = world.rng, world.clock, world.customers
    served = state.with_status("signed", "retained") or list(range(len(state)))
    owners = [world.staff.get("客服主管"), world.staff.get("售后工程师")]
    rows = []
    for _ in range(max(10, len(state) // 20)):
        i = rng.choice(served)
        english = state.english[i]
        kind, title, resolution = phrases.TICKETS[-1] if english else rng.choice(
            phrases.TICKETS[:-1])
        opened = world.day_between(state.signed_day.get(i, state.created_day[i]), clock.today)
        opened_at = clock.at(opened, world.work_minute())
        if opened < clock.today - 14 or rng.random() < 0.3:
            status = rng.choice(("resolved", "closed", "closed"))
            resolved_day = min(clock.today, opened + rng.randint(0, 10))
            resolved = clock.at(resolved_day, 1080)
            satisfaction = rng.choices((1, 2, 3, 4, 5), SATISFACTION_WEIGHTS)[0] \
                if rng.random() < 0.8 else None
            feedback = rng.choice(phrases.FEEDBACK) or None if satisfaction else None
        else:
            status, resolved, resolution = rng.choice(("open", "in_progress")), None, None
            satisfaction, feedback = None, None
        rows.append((state.first_id + i, title, f"客户来电反映：{title}" if not english else title,
                     kind, rng.choices((0, 1, 2, 3), (10, 55, 25, 10))[0], status,
                     rng.choice(owners), opened_at, resolved, resolution, satisfaction, feedback,
                     opened_at, resolved or opened_at))
    writer.insert(Ticket.__table__, TICKET_COLUMNS, rows)


def write_audit(world: World, writer: BulkWriter) -> None:
    """The audit entries of the last month's new customers, as the customer service writes."""
    rng, clock, state = world.rng, world.clock, world.customers
    rows = []
    for i, day in enumerate(state.created_day):
        if day < clock.today - 30:
            continue
        at = clock.at(day, state.created_minute[i])
        rows.append((at, state.owner[i], "customer", state.first_id + i, "create", None, None,
                     None))
        if rng.random() < 0.2:
            rows.append((clock.at(min(clock.today, day + 1), 600), state.owner[i], "customer",
                         state.first_id + i, "update", "notes", None, "已电话确认地址"))
    writer.insert(AuditEntry.__table__,
                  ("at", "staff_id", "entity", "entity_id", "action", "field", "old_value",
                   "new_value"), rows)
