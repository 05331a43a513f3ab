"""Names, phone numbers, emails and addresses that look like a real Chinese customer list."""

from __future__ import annotations

import random
import string
from functools import cache

from crm_desktop.services.demo import vocabulary as v
from crm_desktop.services.pinyin import pinyin_keys

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
    surname = rng.choice(v.SURNAMES)
    given = rng.choice(v.GIVEN_NAMES)
    return surname + given, _py(surname) + _py(given)


def english_person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(v.ENGLISH_FIRST), rng.choice(v.ENGLISH_LAST)
    return f"{first} {last}", f"{first}.{last}".lower().replace("ü", "ue")


def chinese_company(rng: random.Random, city: v.City) -> tuple[str, str, str, str]:
    """(full name, short name, industry, web domain): 杭州瑞丰贸易有限公司, 瑞丰贸易, …"""
    brand = "".join(rng.sample(v.BRAND_CHARS, 2))
    trade, industry = rng.choice(v.TRADES)
    suffix = rng.choice(v.COMPANY_SUFFIXES)
    domain = f"{_py(brand)}{rng.choice(('', '-tech', 'gs', str(rng.randint(1, 99))))}"
    return (f"{city.name}{brand}{trade}{suffix}", f"{brand}{trade}", industry,
            f"{domain}.{rng.choice(('com', 'cn', 'com.cn'))}")


def english_company(rng: random.Random) -> tuple[str, str, str, str]:
    brand = rng.choice(v.ENGLISH_BRANDS)
    trade, industry = rng.choice(v.ENGLISH_TRADES)
    suffix = rng.choice(v.ENGLISH_SUFFIXES)
    domain = f"{brand}{trade}".lower().replace(" ", "")
    return f"{brand} {trade} {suffix}", f"{brand} {trade}", industry, f"{domain}.com"


def mobile(rng: random.Random) -> str:
    return f"+86{rng.choice(v.MOBILE_PREFIXES)}{rng.randrange(100_000_000):08d}"


def landline(rng: random.Random, city: v.City) -> str:
    rest = city.local_digits - 1
    return f"+86{city.area_code}{rng.randint(2, 7)}{rng.randrange(10 ** rest):0{rest}d}"


def personal_email(rng: random.Random, user: str) -> str:
    domain = rng.choice(v.EMAIL_DOMAINS)
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
    return (f"{head}{rng.choice(city.districts)}{rng.choice(v.ROADS)}{rng.randint(1, 999)}号"
            f"{rng.choice(v.BUILDING_PARTS)}")


def credit_code(rng: random.Random) -> str:
    """A unified social credit code shape: 91 + region + 10 letters/digits (18 characters)."""
    return "91" + f"{rng.randint(110000, 659000)}" + "".join(
        rng.choices("0123456789ABCDEFGHJKLMNPQRTUWXY", k=10))
