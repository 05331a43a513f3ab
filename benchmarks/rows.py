"""A benchmark row, repetition helpers, and the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    """One figure: ``value`` against ``baseline`` (same unit); ``ratio`` = value / baseline.

    ``target`` is the limit the figure must stay within: a ratio when there is a baseline
    (e.g. 1.5 means at most 1.5× the raw libraries), else an absolute value in ``unit``.
    """

    name: str
    value: float
    unit: str
    baseline: float | None
    ratio: float | None
    target: float | None
    ok: bool | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def make_row(name: str, value: float, unit: str, *, baseline: float | None = None,
             target: float | None = None, absolute: bool = False) -> Row:
    """``absolute``: the target limits ``value`` itself even though a baseline is shown."""
    ratio = value / baseline if baseline else None
    if target is None:
        ok = None
    elif ratio is not None and not absolute:
        ok = ratio <= target
    else:
        ok = value <= target
    return Row(name, round(value, 3), unit, None if baseline is None else round(baseline, 3),
               None if ratio is None else round(ratio, 3), target, ok)


def median_ms(action: Callable[[], object], repeat: int = 5) -> float:
    return statistics.median(timed_ms(action) for _ in range(repeat))


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def format_table(rows: list[Row]) -> str:
    headers = ("name", "value", "unit", "baseline", "ratio", "target", "ok")
    cells = [headers] + [
        (r.name, _num(r.value), r.unit, _num(r.baseline), _num(r.ratio), _num(r.target),
         "" if r.ok is None else ("yes" if r.ok else "NO"))
        for r in rows
    ]
    widths = [max(len(str(row[i])) for row in cells) for i in range(len(headers))]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.3f}".rstrip("0").rstrip(".")
