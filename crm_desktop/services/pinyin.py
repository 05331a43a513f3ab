"""Pinyin and initials of Chinese names, for search (zhangsan, zs → 张三) and sorting.

``pypinyin.lazy_pinyin`` segments phrases and costs ~9 s per 100k names (NOTES.md); a
per-character table built once from ``pypinyin.pinyin_dict`` does the same job in a
fraction of it. A character with several readings (单 dan/shan/chan) cannot be guessed,
so search keys carry a few variants; the sort key takes the first reading.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MAX_VARIANTS = 3


@lru_cache(maxsize=1)
def _readings_table() -> dict[int, tuple[str, ...]]:
    from pypinyin import pinyin_dict

    table: dict[int, tuple[str, ...]] = {}
    for codepoint, readings in pinyin_dict.pinyin_dict.items():
        plain: list[str] = []
        for reading in readings.split(","):
            toneless = _strip_tone(reading)
            if toneless and toneless not in plain:
                plain.append(toneless)
        table[codepoint] = tuple(plain)
    return table


def _strip_tone(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return base.replace("ü", "v").lower()


@dataclass(frozen=True)
class PinyinKeys:
    pinyin: str  # "zhangsan" (variants space-separated: "danli shanli")
    initials: str  # "zs" (variants space-separated)


def pinyin_keys(text: str | None) -> PinyinKeys:
    """Search keys for ``text``: full pinyin and initials, with a few polyphone variants.

    Non-Chinese letters and digits pass through lower-cased; everything else is dropped.
    """
    if not text:
        return PinyinKeys("", "")
    table = _readings_table()
    variants_full = [""] * MAX_VARIANTS
    variants_initials = [""] * MAX_VARIANTS
    has_chinese = False
    for ch in unicodedata.normalize("NFKC", text):
        readings = table.get(ord(ch))
        if readings:
            has_chinese = True
            for k in range(MAX_VARIANTS):
                reading = readings[min(k, len(readings) - 1)]
                variants_full[k] += reading
                variants_initials[k] += reading[0]
        elif ch.isalnum() and ch.isascii():
            for k in range(MAX_VARIANTS):
                variants_full[k] += ch.lower()
                variants_initials[k] += ch.lower()
    if not has_chinese:
        return PinyinKeys("", "")
    return PinyinKeys(" ".join(_unique(variants_full)), " ".join(_unique(variants_initials)))


def fitted(keys: PinyinKeys, *, pinyin_max: int, initials_max: int) -> PinyinKeys:
    """``keys`` cut to fit columns of these lengths: whole variants while they fit, the
    first one shortened when even it is too long (a company with dozens of contacts)."""
    return PinyinKeys(_fit(keys.pinyin, pinyin_max), _fit(keys.initials, initials_max))


def _fit(variants: str, limit: int) -> str:
    if len(variants) <= limit:
        return variants
    kept = ""
    for variant in variants.split(" "):
        joined = f"{kept} {variant}" if kept else variant
        if len(joined) > limit:
            break
        kept = joined
    return kept or variants[:limit]


def sort_key(text: str | None) -> str:
    """The first-reading pinyin of ``text``, for ordering Chinese names alphabetically."""
    keys = pinyin_keys(text)
    return keys.pinyin.split(" ", 1)[0] if keys.pinyin else (text or "").lower()


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
