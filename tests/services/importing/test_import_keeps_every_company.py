"""Property: N different companies that share switchboards and role addresses import as N
customers, under every duplicate policy, with every value of the sheet findable after.

Issue 18: a real list of 40 companies on four landlines was imported as 12 customers. The
sheets here are generated (hypothesis): how many companies, how many landlines they share,
which rows give a role address (info@, sales@ ...) instead of a personal one, the policy.
Each example uses its own names and numbers, so the examples can share one database.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from crm_desktop.db import Database
from crm_desktop.models import Contact, Customer
from crm_desktop.services.importing.companies import normalize_company
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import
from tests.services.importing.sheets import write_sheet

HEADER = ["客户名称", "联系人", "手机", "座机", "邮箱", "地址"]
ROLE_ADDRESSES = ("info", "sales", "service", "kefu", "admin", "hr")
SUFFIXES = ("贸易有限公司", "科技有限公司", "商行", "电子厂", "Trading Ltd", "")
_example = itertools.count()

name_stems = st.text(alphabet="明达华星绿茶蓝天金鹏宏远鑫盛恒通嘉和永安泰丰瑞祥",
                     min_size=2, max_size=4)


@st.composite
def shop_lists(draw: st.DrawFn) -> dict:
    stems = draw(st.lists(name_stems, min_size=2, max_size=24, unique=True))
    names = [stem + draw(st.sampled_from(SUFFIXES)) for stem in stems]
    names = list({normalize_company(name): name for name in names}.values())  # distinct keys
    landlines = draw(st.integers(min_value=1, max_value=4))
    return {
        "names": names,
        "landline_of": [draw(st.integers(0, landlines - 1)) for _ in names],
        "role_of": [draw(st.sampled_from((None, *ROLE_ADDRESSES[:2]))) for _ in names],
        "policy": draw(st.sampled_from(("skip", "update", "merge", "create"))),
    }


def _rows(example: int, shop: dict) -> list[list[object]]:
    rows = []
    for i, name in enumerate(shop["names"]):
        role = shop["role_of"][i]
        email = f"{role}@group{example}.cn" if role else f"p{i}@co{example}-{i}.cn"
        rows.append([f"{name}{example}", f"联系人{example}-{i}", f"139{example:03d}{i:05d}",
                     f"010-6{example:03d}{shop['landline_of'][i]:04d}", email,
                     f"地址{example}-{i}"])
    return rows


def _stored(database: Database, example: int) -> dict[str, dict]:
    """What the database holds of one example's customers, by customer name."""
    with database.session() as session:
        customers = session.scalars(
            select(Customer).where(Customer.address.like(f"地址{example}-%"))).all()
        found: dict[str, dict] = {}
        for customer in customers:
            contacts = session.scalars(
                select(Contact).where(Contact.customer_id == customer.id)).all()
            found[customer.name] = {
                "phones": customer.phones or "", "address": customer.address,
                "emails": {*(customer.emails or "").split(), *(c.email for c in contacts)},
                "contacts": {c.name: c.mobile for c in contacts}}
    return found


def _every_company_is_kept(database: Database, tmp_path: Path, shop: dict) -> None:
    example = next(_example)
    rows = _rows(example, shop)
    path = write_sheet(tmp_path / f"list{example}.xlsx", HEADER, rows)
    with database.session() as session:
        report = run_import(session, prepare_import(session, path), policy=shop["policy"])
    assert (len(report.created), len(report.merged), len(report.updated)) == (len(rows), 0, 0)
    stored = _stored(database, example)
    assert sorted(stored) == sorted(row[0] for row in rows)
    for name, person, mobile, landline, email, address in rows:
        customer = stored[name]
        assert customer["contacts"] == {person: "+86" + mobile}
        assert email in customer["emails"]
        assert "+86" + landline.replace("-", "")[1:] in customer["phones"]
        assert customer["address"] == address


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(shop=shop_lists())
def test_companies_sharing_switchboards_and_role_addresses_all_stay(
        database: Database, tmp_path: Path, shop: dict) -> None:
    _every_company_is_kept(database, tmp_path, shop)
