"""Campaign members and their responses (deals later point back at the campaigns)."""

from __future__ import annotations

from crm_desktop.models import CampaignMember, CampaignResponse
from crm_desktop.services.demo.world import World
from crm_desktop.services.demo.writer import BulkWriter

MEMBER_SHARE = 0.03
RESPONSE_KINDS = ("opened", "replied", "visited", "registered", "purchased", "unsubscribed")
RESPONSE_WEIGHTS = (40, 15, 15, 15, 8, 7)
RESPONSE_NOTES = {"replied": "回复说有兴趣，想要资料", "visited": "到展位参观了样机",
                  "registered": "报名参加了活动", "purchased": "活动期间下单",
                  "unsubscribed": "要求不再发送推广信息"}


def write_members(world: World, writer: BulkWriter) -> None:
    rng, clock, state = world.rng, world.clock, world.customers
    members, responses = [], []
    per_campaign = max(3, round(len(state) * MEMBER_SHARE))
    for index, (campaign_id, start, end) in enumerate(world.campaigns):
        candidates = [i for i, day in enumerate(state.created_day) if day <= end]
        chosen = sorted(rng.sample(candidates, min(per_campaign, len(candidates))))
        for i in chosen:
            world.campaigns_of.setdefault(i, []).append(index)
            added = world.day_between(max(state.created_day[i], start - 20), start)
            customer_id = state.first_id + i
            members.append((campaign_id, customer_id, clock.at(added, world.work_minute())))
            if rng.random() >= 0.35:
                continue
            for _ in range(rng.choice((1, 1, 2))):
                kind = rng.choices(RESPONSE_KINDS, RESPONSE_WEIGHTS)[0]
                day = world.day_between(start, min(clock.today, end + 14))
                note = RESPONSE_NOTES.get(kind) if rng.random() < 0.4 else None
                responses.append((campaign_id, customer_id, kind,
                                  clock.at(day, world.work_minute()), note))
    writer.insert(CampaignMember.__table__, ("campaign_id", "customer_id", "added_at"), members)
    writer.insert(CampaignResponse.__table__,
                  ("campaign_id", "customer_id", "kind", "responded_at", "note"), responses)
