"""The duplicate key of a company name: the same company, written differently, compares equal."""

from __future__ import annotations

import re
import unicodedata

from crm_desktop.services.importing.normalize import clean_text

_CN_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司")
_EN_SUFFIXES = frozenset({
    "co", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "company", "llc",
    "llp", "plc", "gmbh", "ag", "sa", "pte", "pty"})
_WORD = re.compile(r"[^\W_]+")


def normalize_company(value: object) -> str:
    """A key under which the same company, written differently, compares equal.

    Only for finding duplicates, never shown: full-width becomes half-width, case,
    spaces, brackets and punctuation go, and legal-form suffixes are dropped
    (有限公司, 股份有限公司, Co., Ltd., Inc. ...), so "ＡＢＣ 科技（深圳）有限公司" and
    "abc科技(深圳)公司" share a key. A branch (分公司) keeps its suffix. Blank gives "".
    """
    text = clean_text(value)
    if text is None:
        return ""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    while len(words) > 1 and words[-1] in _EN_SUFFIXES:
        words.pop()
    key = "".join(words)
    changed = key not in _CN_SUFFIXES and key.endswith(_CN_SUFFIXES)
    while changed:
        changed = False
        for suffix in _CN_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) and not key.endswith("分公司"):
                key = key[: -len(suffix)]
                changed = key not in _CN_SUFFIXES
                break
    return key
