"""Pinyin search keys: full pinyin and initials with polyphone variants, as search and
sorting store them (``customers.pinyin`` / ``customers.initials``)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from crm_desktop.services.pinyin import (
    MAX_VARIANTS,
    PinyinKeys,
    _readings_table,
    pinyin_keys,
    sort_key,
)


@pytest.mark.parametrize(("text", "pinyin", "initials"), [
    ("张三", "zhangsan", "zs"),
    ("单丽", "danli chanli shanli", "dl cl sl"),
    ("广州", "guangzhou yanzhou anzhou", "gz yz az"),
    ("王 芳-2号店", "wangfang2haodian yufang2xiaodian", "wf2hd yf2xd"),
    ("ＡＢＣ科技（深圳）有限公司",
     "abckejishenzhenyouxiangongsi abckeqishenquanweiwengongci abckeqishenchouweiwengongci",
     "abckjszyxgs abckqsqwwgc abckqscwwgc"),
])
def test_keys_hold_the_pinyin_and_initials_of_each_reading_variant(
        text: str, pinyin: str, initials: str) -> None:
    assert pinyin_keys(text) == PinyinKeys(pinyin, initials)


@pytest.mark.parametrize("text", [None, "", "Acme Ltd", "12345", "（）、。", "Müller"])
def test_text_without_chinese_has_no_keys(text: str | None) -> None:
    assert pinyin_keys(text) == PinyinKeys("", "")


def test_sort_key_is_the_first_reading_or_the_lower_cased_text() -> None:
    assert sort_key("单丽") == "danli"
    assert sort_key("Acme Ltd") == "acme ltd"
    assert sort_key(None) == ""


def _reference(text: str | None) -> PinyinKeys:
    """The keys built character by character, the plain way the fast tables must match."""
    if not text:
        return PinyinKeys("", "")
    table = _readings_table()
    full, initials = [""] * MAX_VARIANTS, [""] * MAX_VARIANTS
    chinese = False
    for ch in unicodedata.normalize("NFKC", text):
        readings = table.get(ord(ch))
        for k in range(MAX_VARIANTS):
            if readings:
                chinese = True
                full[k] += readings[min(k, len(readings) - 1)]
                initials[k] += readings[min(k, len(readings) - 1)][0]
            elif ch.isascii() and ch.isalnum():
                full[k] += ch.lower()
                initials[k] += ch.lower()
    if not chinese:
        return PinyinKeys("", "")
    return PinyinKeys(" ".join(dict.fromkeys(full)), " ".join(dict.fromkeys(initials)))


def test_keys_match_a_character_by_character_reading_of_random_text() -> None:
    readings = list(_readings_table())
    rnd = random.Random(20240305)
    pool = ["单", "广", "Ａ", "ü", " ", "-", "7", "Z", "（", "〇"]
    for _ in range(3000):
        text = "".join(rnd.choice([chr(rnd.choice(readings)), chr(rnd.randint(32, 0x3000)),
                                   rnd.choice(pool)]) for _ in range(rnd.randint(1, 12)))
        assert pinyin_keys(text) == _reference(text), text
