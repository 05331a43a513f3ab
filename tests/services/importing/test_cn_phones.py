"""The plain-digits fast path for Chinese numbers agrees with ``phonenumbers`` whenever
it answers, and leaves every other spelling to the full parser."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from crm_desktop.services.importing.cn_phones import cn_digits_e164
from crm_desktop.services.importing.normalize import normalize_phones


def _parsed(text: str) -> str | None:
    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@pytest.mark.parametrize(("text", "e164"), [
    ("2174342518", "+862174342518"),
    ("02174342518", "+862174342518"),
    ("01023255888", "+861023255888"),
    ("075512345678", "+8675512345678"),
    ("4008123123", "+864008123123"),
])
def test_plain_landlines_and_service_numbers_take_the_fast_path(text: str, e164: str) -> None:
    assert cn_digits_e164(text) == e164 == _parsed(text)


@pytest.mark.parametrize("text", [
    "13812345678",  # a leading 1: mobiles and carrier codes stay with their own rules
    "008613812345678", "+862174342518", "021-74342518", "２１７４３４２５１８", "021743", "",
    "0021743425", "1023255888",
])
def test_other_spellings_are_left_to_the_full_parser(text: str) -> None:
    assert cn_digits_e164(text) is None


def test_fast_answers_match_phonenumbers_on_many_generated_numbers() -> None:
    rnd = random.Random(20240305)
    areas = ["10", "20", "21", "23", "24", "28", "311", "371", "512", "571", "755", "769",
             "898", "400", "800", "86", "95", "2", "5", "9"]
    answered = 0
    for _ in range(20000):
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(4, 10)))
        text = rnd.choice(["", "0"]) + rnd.choice(areas) + digits
        fast = cn_digits_e164(text)
        if fast is not None:
            answered += 1
            assert fast == _parsed(text), text
    assert answered > 2000


def test_a_cell_of_several_plain_landlines_gives_each_in_e164() -> None:
    assert normalize_phones("2462050939; 2445235002") == ["+862462050939", "+862445235002"]
    assert normalize_phones(2174342518) == ["+862174342518"]
