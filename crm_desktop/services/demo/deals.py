"""Deals across the pipeline with their stage history.

About a quarter are open (the kanban), the rest won or lost. Won deals belong to signed
or retained customers and each becomes an order whose total is the deal's amount.
"""

from __future__ import annotations

from crm_desktop.models import Deal, DealStageChange
from crm_desktop.services.demo import phrases
from crm_desktop.services.demo import vocabulary as v
from crm_desktop.services.demo.world import WonDeal, World
from crm_desktop.services.demo.writer import BulkWriter, next_id

OPEN_STAGES = ("qualify", "needs", "proposal", "negotiation")
OPEN_WEIGHTS = (35, 25, 25, 15)
OUTCOME_SHARES = (("won", 0.40), ("lost", 0.35))  # the rest stay open

DEAL_COLUMNS = ("id", "customer_id", "title", "amount_minor", "currency", "stage_id",
                "position", "owner_id", "campaign_id", "source", "expected_close_date",
                "closed_at", "lost_reason", "notes", "deleted_at", "version", "created_at",
                "updated_at")
HISTORY_COLUMNS = ("deal_id", "from_stage_id", "to_stage_id", "changed_at", "changed_by_id")


def _outcomes(world: World) -> list[str]:
    total = world.plan.deals
    outcomes: list[str] = []
    for outcome, share in OUTCOME_SHARES:
        outcomes += [outcome] * round(total * share)
    outcomes += ["open"] * (total - len(outcomes))
    world.rng.shuffle(outcomes)
    return outcomes


def _path(world: World, outcome: str, current: str) -> list[str]:
    rng = world.rng
    if outcome == "open":
        steps = list(OPEN_STAGES[:OPEN_STAGES.index(current) + 1])
    else:
        reached = OPEN_STAGES if outcome == "won" else OPEN_STAGES[:rng.randint(1, 4)]
        steps = [*reached, outcome]
    if len(steps) > 2 and steps[1] == "needs" and rng.random() < 0.3:
        steps.remove("needs")
    return steps


def write_deals(world: World, writer: BulkWriter) -> None:
    rng, clock, state = world.rng, world.clock, world.customers
    everyone = list(range(len(state)))
    pools = {
        "won": state.with_status("signed", "retained") or everyone,
        "open": state.with_status("following", "trial", "negotiating", "retained") or everyone,
        "lost": state.with_status("following", "trial", "negotiating", "lost", "retained")
        or everyone,
    }
    first_id = next_id(writer.session, Deal.__table__)
    positions = dict.fromkeys(OPEN_STAGES, 0)
    deals, history = [], []
    for n, outcome in enumerate(_outcomes(world)):
        deal_id = first_id + n
        i = rng.choice(pools[outcome])
        born = state.created_day[i]
        if outcome == "open":
            end = clock.today
            start = world.day_between(max(born, end - 150), end)
        else:
            earliest = state.signed_day.get(i, born) if outcome == "won" else born
            end = world.day_between(earliest, clock.today)
            start = world.day_between(max(born, end - 90), end)
        campaign_id = None
        joined = world.campaigns_of.get(i)
        if joined and rng.random() < 0.5:
            campaign_id, c_start, _c_end = world.campaigns[rng.choice(joined)]
            if c_start <= end:
                start = world.day_between(max(start, c_start), end)
            else:
                campaign_id = None
        current = rng.choices(OPEN_STAGES, OPEN_WEIGHTS)[0] if outcome == "open" else outcome
        path = _path(world, outcome, current)
        days = [start, *sorted(world.day_between(start, end) for _ in path[1:])]
        owner = state.owner[i] or rng.choice(world.sales_ids)
        previous = None
        for step, (code, day) in enumerate(zip(path, days, strict=True)):
            # steps on the same day keep their order: one every 40 minutes from 09:00
            history.append((deal_id, world.stage_ids[previous] if previous else None,
                            world.stage_ids[code], clock.at(day, 540 + 40 * step), owner))
            previous = code
        lines = world.basket()
        if outcome == "won":
            world.won_deals.append(WonDeal(deal_id, i, end, lines))
        elif outcome == "open":
            world.open_deals.append((deal_id, i))
        position = 0
        if outcome == "open":
            position = positions[current]
            positions[current] += 1
        english = state.english[i]
        template = rng.choice(phrases.ENGLISH_DEAL_TITLES if english else phrases.DEAL_TITLES)
        product = lines[0].description.split(" (")[0]
        title = template.format(short=state.short_name[i], product=product)
        closed = clock.at(end, world.work_minute()) if outcome != "open" else None
        expected = end + rng.randint(-10, 90) if outcome == "open" else end
        deals.append((
            deal_id, state.first_id + i, title, sum(line.amount for line in lines), "CNY",
            world.stage_ids[current], position, owner, campaign_id,
            rng.choice(v.ENGLISH_SOURCES if english else v.SOURCES),
            clock.date(expected), closed,
            rng.choice(phrases.LOST_REASONS) if outcome == "lost" else None,
            "客户要求月底前给答复" if rng.random() < 0.05 else None, None, 1,
            clock.at(start, world.work_minute()), clock.at(days[-1], 1140),
        ))
    writer.insert(Deal.__table__, DEAL_COLUMNS, deals)
    writer.insert(DealStageChange.__table__, HISTORY_COLUMNS, history)
