"""Delimited text (.csv/.txt/.tsv): guess the encoding and the delimiter, then split.

Order of encodings (NOTES.md "Reading spreadsheets"): a BOM wins; BOM-less UTF-16 is
recognised by its NUL bytes; then strict UTF-8; then GB18030 if the text reads as
common Chinese; then charset-normalizer; cp1252 last. The user can override.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

from crm_desktop.services.importing.readers_model import RawSheet, refuse

#: Text files are read into memory whole; beyond this they are refused.
MAX_TEXT_BYTES = 256 << 20
DELIMITERS = ",;\t|"
#: One cell may hold this many characters (the csv module's default is 128 KiB).
_FIELD_LIMIT = 16 << 20
_WESTERN_SYMBOLS = "©®°±²³µ¹º¼½¾×÷€£¥¢§¶«»¿¡·–—‘’‚“”„…•™ "
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path, name: str) -> bytes:
    if path.stat().st_size > MAX_TEXT_BYTES:
        refuse("file_too_large", name, f"the file is larger than {MAX_TEXT_BYTES >> 20} MB",
               limit_mb=MAX_TEXT_BYTES >> 20)
    return path.read_bytes()


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Return the text and the name of the encoding it was read with."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            refuse("encoding_unknown", name, f"'{encoding}' is not a known text encoding",
                   encoding=encoding)
        except UnicodeDecodeError:
            refuse("encoding_wrong", name, f"the file is not in the {encoding} encoding",
                   encoding=encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _reads_as_chinese(data):
        return data.decode("gb18030"), "gb18030"
    if _reads_as_japanese(data):
        return data.decode("shift_jis"), "shift_jis"
    if _reads_as_western(data):
        return data.decode("cp1252", errors="replace"), "cp1252"
    return _detect(data)


def _bomless_utf16(data: bytes) -> str | None:
    """Latin text in UTF-16 without a BOM has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    odd = sample[1::2].count(0) / half
    even = sample[0::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _reads_as_chinese(data: bytes) -> bool:
    """GB18030 decodes almost any bytes; accept it only if the result is mostly common
    Chinese (GB2312 characters), which Latin-1 or Shift-JIS text decoded as GB18030 is not."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    wide = [ch for ch in text[:200_000] if ord(ch) > 0x7F]
    if not wide:
        return True
    common = sum(1 for ch in wide if _in_gb2312(ch))
    return common / len(wide) >= 0.9


def _reads_as_western(data: bytes) -> bool:
    """Latin-1/cp1252 text has short runs of accented letters among ASCII.

    charset-normalizer misnames short Western files (as cp932, cp1006, ...), so this is
    decided first; the multi-byte Asian encodings make long runs or non-letters here.
    """
    text = data[:200_000].decode("cp1252", errors="replace")
    runs = re.findall(r"[^\x00-\x7f]+", text)
    if not runs:
        return True
    short = sum(1 for run in runs if len(run) <= 3)
    chars = "".join(runs)
    letters = sum(1 for ch in chars if ch.isalpha() or ch in _WESTERN_SYMBOLS)
    return short / len(runs) >= 0.8 and letters / len(chars) >= 0.9


def _reads_as_japanese(data: bytes) -> bool:
    """Shift-JIS text (address books from Japanese Thunderbird) is full of kana."""
    try:
        text = data[:200_000].decode("shift_jis")
    except UnicodeDecodeError:
        return False
    wide = [ch for ch in text if ord(ch) > 0x7F]
    kana = sum(1 for ch in wide if "\u3040" <= ch <= "\u30ff")
    return bool(wide) and kana / len(wide) >= 0.2


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is not None:
        codec = best.encoding
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def looks_binary(text: str) -> bool:
    """Control characters other than tab and newlines mean this is not a text table."""
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\x0b\x0c")
    return bad / len(sample) > 0.1


def sniff_delimiter(text: str, hint: str | None = None) -> str:
    """The delimiter of the first lines, one of ``,;\\t|``.

    csv.Sniffer restricted to those; when it fails or finds a single column, the
    candidate that splits the most lines into the same number of fields wins.
    """
    sample = "\n".join(text[:65536].splitlines()[:50])
    if hint and hint in sample:
        return hint
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    if found and scores[found] >= scores[best] * 0.8:
        return found
    return best if scores[best] > 0 else ","


def _consistency(sample: str, delimiter: str) -> float:
    try:
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)
                  if r]
    except csv.Error:
        return 0.0
    if not counts:
        return 0.0
    width, matching = Counter(counts).most_common(1)[0]
    if width < 2:
        return 0.0
    return matching / len(counts) * min(width, 20)


def split_rows(text: str, delimiter: str, max_rows: int, name: str) -> list[list[object]]:
    """Rows of str/None, padded to the widest; quoted newlines kept, CR-only lines work."""
    text = text.replace("\x00", "")
    rows = _parse(text, delimiter, max_rows, name, csv.QUOTE_MINIMAL)
    if rows is None:  # an unbalanced quote swallowed the file: read quotes as text
        rows = _parse(text, delimiter, max_rows, name, csv.QUOTE_NONE) or []
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    return rows


def _parse(text: str, delimiter: str, max_rows: int, name: str,
           quoting: int) -> list[list[object]] | None:
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting,
                        strict=False)
    rows: list[list[object]] = []
    try:
        for fields in reader:
            if len(rows) >= max_rows:
                refuse("too_many_rows", name, f"it has more than {max_rows:,} rows; "
                       "split the file", limit=max_rows)
            row: list[object] = [_unquoted(f) if f.strip() else None for f in fields]
            while row and row[-1] is None:
                row.pop()
            rows.append(row)
    except csv.Error:
        return None
    return rows


#: A ' that a formula-safe export put before text a spreadsheet would evaluate or turn into
#: a number (=, +, -, @, tab, CR; a leading 0 or more than 15 digits): see
#: ``services/exporting/writers.py``. Other text keeps its ' ("'90s").
_SAFETY_QUOTE = re.compile(r"'(?=[=+\-@\t\r]|(?:0\d+|\d{16,})$)")


def _unquoted(field: str) -> str:
    return field[1:] if field[:1] == "'" and _SAFETY_QUOTE.match(field) else field


def read_text_table(path: Path, name: str, *, encoding: str | None,
                    max_rows: int) -> tuple[list[RawSheet], str]:
    data = read_bytes(path, name)
    text, used = decode(data, name, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    if looks_binary(text.replace("\x00", "")):
        refuse("wrong_file_type", name, "this is not a spreadsheet or a text table",
               what="binary")
    hint = "\t" if path.suffix.lower() == ".tsv" else None
    rows = split_rows(text, sniff_delimiter(text, hint), max_rows, name)
    return [RawSheet(Path(name).stem or name, rows, [])], used
