"""Pinyin and initials of Chinese names, for search (zhangsan, zs → 张三) and sorting.

``pypinyin.lazy_pinyin`` segments phrases and costs ~9 s per 100k names (NOTES.md); a
per-character table built once from ``pypinyin.pinyin_dict`` does the same job in a
fraction of it, and applying it with ``str.translate`` (one table per variant) keeps
the work in C: ~0.5 s for 100k company names. A character with several readings
(单 dan/shan/chan) cannot be guessed, so search keys carry a few variants; the sort key
takes the first reading.
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAX_VARIANTS = 3


@lru_cache(maxsize=1)
def _readings_table() -> dict[int, tuple[str, ...]]:
    """Every character's toneless readings, most common first."""
    table: dict[int, tuple[str, ...]] = {}
    for codepoint, readings in _pinyin_dict().items():
        plain: list[str] = []
        for reading in readings.split(","):
            toneless = _strip_tone(reading)
            if toneless and toneless not in plain:
                plain.append(toneless)
        if plain:
            table[codepoint] = tuple(plain)
    return table


def _pinyin_dict() -> dict[int, str]:
    """``pypinyin.pinyin_dict.pinyin_dict``, loaded without the ``pypinyin`` package: its
    ``__init__`` also loads the phrase dictionary (0.5 s) that the table does not use."""
    loaded = sys.modules.get("pypinyin.pinyin_dict")
    if loaded is None:
        try:
            spec = importlib.util.find_spec("pypinyin")
            folder = Path(next(iter(spec.submodule_search_locations or ())))  # type: ignore
            alone = importlib.util.spec_from_file_location(
                "_crm_pinyin_dict", folder / "pinyin_dict.py")
            loaded = importlib.util.module_from_spec(alone)  # type: ignore[arg-type]
            alone.loader.exec_module(loaded)  # type: ignore[union-attr]
        except (AttributeError, ImportError, OSError, StopIteration):
            from pypinyin import pinyin_dict as loaded
    return loaded.pinyin_dict


def _strip_tone(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return base.replace("ü", "v").lower()


class _DropOthers(dict[int, str | None]):
    """A ``str.translate`` table that deletes every character it does not name."""

    def __missing__(self, codepoint: int) -> None:
        return None


@dataclass(frozen=True)
class _Tables:
    """``str.translate`` tables for variant k of the full pinyin and of the initials
    (reading k of each character, or its last one), and the characters that have a
    reading / several readings: a name is translated in C, not character by character."""

    full: tuple[_DropOthers, ...]
    initials: tuple[_DropOthers, ...]
    chinese: frozenset[str]
    polyphonic: frozenset[str]  # two readings or more
    triphonic: frozenset[str]  # three or more: only they make the third variant differ


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    readings = _readings_table()
    ascii_kept = {ord(ch): ch.lower() for ch in map(chr, range(128)) if ch.isalnum()}
    full, initials = [], []
    for k in range(MAX_VARIANTS):
        variant = {cp: options[min(k, len(options) - 1)] for cp, options in readings.items()}
        full.append(_DropOthers({**ascii_kept, **variant}))
        initials.append(_DropOthers({**ascii_kept, **{cp: r[0] for cp, r in variant.items()}}))
    def having(count: int) -> frozenset[str]:
        return frozenset(chr(cp) for cp, options in readings.items() if len(options) >= count)

    return _Tables(tuple(full), tuple(initials), having(1), having(2), having(3))


@dataclass(frozen=True)
class PinyinKeys:
    pinyin: str  # "zhangsan" (variants space-separated: "danli shanli")
    initials: str  # "zs" (variants space-separated)


def pinyin_keys(text: str | None) -> PinyinKeys:
    """Search keys for ``text``: full pinyin and initials, with a few polyphone variants.

    Non-Chinese letters and digits pass through lower-cased; everything else is dropped.
    Text without any Chinese character has no keys.
    """
    if not text:
        return PinyinKeys("", "")
    tables = _tables()
    text = unicodedata.normalize("NFKC", text)
    if tables.chinese.isdisjoint(text):
        return PinyinKeys("", "")
    if tables.polyphonic.isdisjoint(text):  # one reading each: the variants are all equal
        return PinyinKeys(text.translate(tables.full[0]), text.translate(tables.initials[0]))
    count = MAX_VARIANTS if not tables.triphonic.isdisjoint(text) else min(2, MAX_VARIANTS)
    full = [text.translate(table) for table in tables.full[:count]]
    initials = [text.translate(table) for table in tables.initials[:count]]
    return PinyinKeys(" ".join(_unique(full)), " ".join(_unique(initials)))


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
