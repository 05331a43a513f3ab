"""Names, phone numbers, emails and addresses that look like a real Chinese customer list."""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from functools import cache
from typing import TypeVar

from crm_desktop.services.demo import vocabulary as v
from crm_desktop.services.pinyin import pinyin_keys

T = TypeVar("T")
_WECHAT_CHARS = string.ascii_lowercase + string.digits
_CITY_WEIGHTS = [city.weight for city in v.CITIES]


@cache
def _py(text: str) -> str:
    """First-reading pinyin of a name part (cached: the parts repeat a lot)."""
    return pinyin_keys(text).pinyin.split(" ", 1)[0]


def pick_city(rng: random.Random) -> v.City:
    return rng.choices(v.CITIES, _CITY_WEIGHTS)[0]


def chinese_person(rng: random.Random) -> tuple[str, str]:
    """A name and its pinyin: ("张伟", "zhangwei")."""
    surname = pick(rng, v.SURNAMES)
    given = pick(rng, v.GIVEN_NAMES)
    return surname + given, _py(surname) + _py(given)


def english_person(rng: random.Random) -> tuple[str, str]:
    first, last = pick(rng, v.ENGLISH_FIRST), pick(rng, v.ENGLISH_LAST)
    return f"{first} {last}", f"{first}.{last}".lower().replace("ü", "ue")


def chinese_company(rng: random.Random, city: v.City) -> tuple[str, str, str, str]:
    """(full name, short name, industry, web domain): 杭州瑞丰贸易有限公司, 瑞丰贸易, …"""
    brand = "".join(rng.sample(v.BRAND_CHARS, 2))
    trade, industry = pick(rng, v.TRADES)
    suffix = pick(rng, v.COMPANY_SUFFIXES)
    domain = f"{_py(brand)}{rng.choice(('', '-tech', 'gs', str(rng.randint(1, 99))))}"
    return (f"{city.name}{brand}{trade}{suffix}", f"{brand}{trade}", industry,
            f"{domain}.{rng.choice(('com', 'cn', 'com.cn'))}")


def english_company(rng: random.Random, city: v.City) -> tuple[str, str, str, str]:
    """A foreign company's China entity: "Acme Trading (Hangzhou) Co., Ltd." or "Acme Ltd"."""
    brand = pick(rng, v.ENGLISH_BRANDS)
    trade, industry = pick(rng, v.ENGLISH_TRADES)
    suffix = pick(rng, v.ENGLISH_SUFFIXES)
    domain = f"{brand}{trade}".lower().replace(" ", "")
    place = f" ({_py(city.name).capitalize()})" if rng.random() < 0.6 else ""
    return f"{brand} {trade}{place} {suffix}", f"{brand} {trade}", industry, f"{domain}.com"


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """``rng.choice`` at a third of its cost (it is called millions of times)."""
    return items[int(rng.random() * len(items))]


def mobile(rng: random.Random) -> str:
    return f"+86{pick(rng, v.MOBILE_PREFIXES)}{int(rng.random() * 100_000_000):08d}"


def landline(rng: random.Random, city: v.City) -> str:
    rest = city.local_digits - 1
    return f"+86{city.area_code}{pick(rng, '234567')}{int(rng.random() * 10 ** rest):0{rest}d}"


def personal_email(rng: random.Random, user: str) -> str:
    domain = pick(rng, v.EMAIL_DOMAINS)
    if domain == "qq.com" and rng.random() < 0.5:
        return f"{rng.randint(10_000_000, 3_999_999_999)}@qq.com"
    return f"{user}{rng.choice(('', '', str(rng.randint(1, 99)), str(rng.randint(1970, 2003))))}" \
           f"@{domain}"


def wechat(rng: random.Random, user: str) -> str:
    if rng.random() < 0.5:
        return "wxid_" + "".join(rng.choices(_WECHAT_CHARS, k=12))
    return f"{user.replace('.', '_')}{rng.randint(1, 9999)}"


def address(rng: random.Random, city: v.City) -> str:
    head = f"{city.province}{city.name}市" if city.province else f"{city.name}市"
    return (f"{head}{pick(rng, city.districts)}{pick(rng, v.ROADS)}{1 + int(rng.random() * 999)}号"
            f"{pick(rng, v.BUILDING_PARTS)}")


def credit_code(rng: random.Random) -> str:
    """A unified social credit code shape: 91 + region + 10 letters/digits (18 characters)."""
    return "91" + f"{rng.randint(110000, 659000)}" + "".join(
        rng.choices("0123456789ABCDEFGHJKLMNPQRTUWXY", k=10))
