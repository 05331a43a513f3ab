"""Phone numbers as people write them; storage and exports keep E.164 (DESIGN.md).

A number of the shop's own country (setting ``phone_region``, default CN) is shown in
national format, the way it is dialled at home ("138 1234 5678", "010 1234 5678"); any
other in international format ("+1 415-555-0100"). Parsing costs about 20 µs a number,
so lists format only the rows of the page they fetch.
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat


def shown_phone(number: str, region: str) -> str:
    """``number`` (E.164) for display; a value that is not a phone number is kept as is."""
    try:
        parsed = phonenumbers.parse(number, region)
    except NumberParseException:
        return number
    home = phonenumbers.country_code_for_region(region)
    style = (PhoneNumberFormat.NATIONAL if parsed.country_code == home
             else PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, style)


def shown_phones(numbers: Iterable[str], region: str) -> tuple[str, ...]:
    return tuple(shown_phone(number, region) for number in numbers)
