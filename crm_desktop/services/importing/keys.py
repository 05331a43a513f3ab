"""How strongly a shared value says two records are one customer.

Strong keys: the same mobile number, the same personal email address, the same company
name (``normalize_company``). Weak keys: a landline or fax (a switchboard is shared by every
office in a building, every branch of a group), a role address (info@, sales@, kefu@ …,
read by whoever staffs it). A strong key makes two records one only when their names do not
contradict (``duplicates``); a weak key only ever suggests.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

MOBILE, LANDLINE, EMAIL, ROLE_EMAIL, NAME = "mobile", "landline", "email", "role_email", "name"
STRONG_KEYS = frozenset({MOBILE, EMAIL, NAME})

#: Local parts of addresses that belong to a function, not to a person (digits, dots and
#: dashes around them do not count: sales01@, service.cn@, hr-dept@ are role addresses too).
ROLE_LOCAL_PARTS = frozenset({
    "admin", "administrator", "info", "information", "sales", "sale", "service", "services",
    "support", "help", "helpdesk", "kefu", "kf", "hr", "job", "jobs", "career", "careers",
    "recruit", "recruitment", "zhaopin", "contact", "contacts", "contactus", "office", "hello",
    "hi", "mail", "email", "enquiry", "enquiries", "inquiry", "inquiries", "general", "public",
    "team", "staff", "marketing", "market", "shichang", "pr", "press", "media", "news",
    "billing", "finance", "caiwu", "account", "accounts", "accounting", "invoice", "invoices",
    "order", "orders", "purchase", "purchasing", "procurement", "caigou", "biz", "business",
    "bd", "cs", "customerservice", "custserv", "webmaster", "postmaster", "hostmaster",
    "noreply", "donotreply", "reply", "reception", "frontdesk", "fuwu", "xiaoshou", "renshi",
    "xingzheng", "legal", "export", "import", "trade", "shop", "store", "orderdesk",
})
_LOCAL_NOISE = re.compile(r"[\d._\-+]+")
_CN_MOBILE = re.compile(r"\+861[3-9]\d{9}")
_PERSON_NOISE = re.compile(r"[\s·.\-_()（）]+")
_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE,
                           phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})


@lru_cache(maxsize=65536)
def phone_key(e164: str) -> str:
    """``mobile`` or ``landline`` for a normalised number (``+8613812345678``).

    Chinese mobiles take a pattern; other countries ask ``phonenumbers`` (a number that
    may be either, as in North America, counts as a mobile: names still have to agree
    before it joins two records). An extension makes any number a switchboard line.
    """
    if _CN_MOBILE.fullmatch(e164):
        return MOBILE
    if ";" in e164 or e164.startswith("+86"):
        return LANDLINE
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return LANDLINE
    return MOBILE if phonenumbers.number_type(number) in _MOBILE_TYPES else LANDLINE


@lru_cache(maxsize=65536)
def email_key(address: str) -> str:
    """``email`` for a personal address, ``role_email`` for info@, sales02@, kefu@ …"""
    local = address.rpartition("@")[0].casefold()
    bare = _LOCAL_NOISE.sub("", local)
    if bare in ROLE_LOCAL_PARTS or local in ROLE_LOCAL_PARTS:
        return ROLE_EMAIL
    return EMAIL


def person_key(name: object) -> str:
    """A person's name for comparing: width, case, spaces and dots do not count."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", str(name)).casefold()
    return _PERSON_NOISE.sub("", text)


def status_key(text: object) -> str:
    """How statuses are compared: case, spaces and width do not count."""
    return "".join(unicodedata.normalize("NFKC", str(text)).split()).casefold()
