"""One small rule per kind of cell: phones, emails, dates, plain text (company keys: companies.py).

Each rule takes the raw cell value as a reader returned it (``str``, ``int``, ``float``,
``bool``, ``date``, ``datetime`` or ``None``) and either returns the clean value or raises
``InvalidValue`` with an English sentence naming the value. The caller knows the row and the
column and turns the error into a ``Problem`` with ``InvalidValue.at(row, column)``, or uses
``attempt`` to collect problems while it goes through a sheet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

import email_validator
import phonenumbers

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.importing.cn_phones import cn_digits_e164

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one cell, for the import preview and report.

    ``row`` is the row number the user sees in the sheet (1-based), ``column`` the header
    text, ``value`` the cell as shown, ``message`` an English sentence fit for a shop owner
    and ``code`` a stable key a view can translate (``invalid_phone``, ``invalid_date``...).
    """

    row: int
    column: str
    value: str
    message: str
    code: str = "invalid_value"


class InvalidValue(ValidationError):
    """A cell value that a rule cannot accept; ``at`` places it in the sheet."""

    def __init__(self, code: str, message: str, value: object) -> None:
        super().__init__(code, message, value=_shown(value))
        self.value = _shown(value)

    def at(self, row: int, column: str) -> Problem:
        """The problem as the import report lists it."""
        return Problem(row=row, column=column, value=self.value, message=self.message,
                       code=self.code)


def attempt(rule: Callable[[object], T], value: object, *, row: int, column: str,
            problems: list[Problem]) -> T | None:
    """Apply ``rule``; on an invalid value append its problem and return ``None``."""
    try:
        return rule(value)
    except InvalidValue as error:
        problems.append(error.at(row, column))
        return None


def _shown(value: object) -> str:
    """The value as the user typed or saw it (12.0 shows as 12)."""
    text = clean_text(value)
    return "" if text is None else text


# --------------------------------------------------------------------------- text

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SPACES = re.compile(r"\s+")
_LINE_SPACES = re.compile(r"[^\S\n]+")


def clean_text(value: object, *, keep_newlines: bool = False) -> str | None:
    """Plain text for a cell: trimmed, inner whitespace collapsed, ``None`` when blank.

    Excel escapes control characters as ``_x000D_``; they are decoded before the
    whitespace is collapsed. Whole floats (12.0, how Excel stores 12) show as ``12``.
    With ``keep_newlines`` line breaks survive (for notes), blank lines do not.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.replace(microsecond=0, tzinfo=None).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if "_x" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    elif (not keep_newlines and text.isprintable() and "  " not in text
          and text[:1] != " " and text[-1:] != " "):
        # The common cell: its only whitespace can be single inner ASCII spaces (every
        # other whitespace character is unprintable), so there is nothing to collapse.
        return text or None
    if keep_newlines:
        lines = (_LINE_SPACES.sub(" ", line).strip() for line in text.splitlines())
        text = "\n".join(line for line in lines if line)
    else:
        text = _SPACES.sub(" ", text).strip()
    return text or None


# --------------------------------------------------------------------------- phones

_CN_MOBILE = re.compile(r"1[3-9]\d{9}")
_PHONE_SPLIT = re.compile(r"[/,;、，；|\n\r]+")
_LABEL = re.compile(r"^[^\d+(（]{0,12}?[:：]\s*")
_EXTENSION_WORDS = re.compile(r"\s*(?:转|分机|内线|內線|ext\.?|extension|x|#)\s*(?=\d+\s*$)",
                              re.IGNORECASE)
_DASH_EXTENSION = re.compile(r"^(0\d{2,3})[-\s]?(\d{7,8})-(\d{1,6})$")
_FLOAT_TEXT = re.compile(r"^(\d+)\.0+$")
_NOTE = re.compile(r"\s*\([^\d()]*\)\s*")  # "(微信同号)", "(office)": words, no digits


def normalize_phones(value: object, region: str | None = "CN") -> list[str]:
    """Every phone number in a cell, in E.164 (``+8613812345678``), without repeats.

    Accepts numbers stored as ints or floats, full-width digits, ``+86``/``86``/``0086``
    prefixes, spaces, dashes, dots and brackets, landlines with area codes, extensions
    (written ``;ext=123`` after the number, as in RFC 3966) and several numbers in one
    cell separated by ``/ , ; 、``, line breaks or spaces. A plain 11-digit mobile or a
    valid Chinese number in plain digits takes a fast path (``cn_phones``); the rest goes
    to ``phonenumbers`` with ``region`` as the default country.
    Raises ``InvalidValue`` naming the first part that is not a phone number.
    """
    if value is None:
        return []
    if isinstance(value, bool):
        raise _bad_phone(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise _bad_phone(value)
        value = int(value)
    text = str(value).strip()
    if region == "CN":  # plain digits, the common case: no parsing
        if len(text) == 11 and _CN_MOBILE.fullmatch(text):
            return ["+86" + text]
        if (plain := cn_digits_e164(text)) is not None:
            return [plain]
    text = clean_text(unicodedata.normalize("NFKC", text), keep_newlines=True)
    if text is None:
        return []
    found: list[str] = []
    for part in _PHONE_SPLIT.split(text):
        part = part.strip().lstrip("'")
        if not part:
            continue
        numbers = _parse_part(part, region)
        if numbers is None:
            raise _bad_phone(part)
        found.extend(number for number in numbers if number not in found)
    return found


def _parse_part(part: str, region: str | None) -> list[str] | None:
    """One number, or several separated by single spaces; ``None`` when invalid."""
    one = _parse_one(part, region)
    if one is not None:
        return [one]
    pieces = part.split()
    if len(pieces) < 2:
        return None
    numbers = [_parse_one(piece, region) for piece in pieces]
    if any(number is None for number in numbers):
        return None
    return [number for number in numbers if number is not None]


def _parse_one(text: str, region: str | None) -> str | None:
    text = _NOTE.sub(" ", _LABEL.sub("", text)).strip()  # "手机：", "Tel:", "(微信同号)"
    float_text = _FLOAT_TEXT.match(text)
    if float_text:
        text = float_text.group(1)
    if region == "CN":
        if _CN_MOBILE.fullmatch(text):
            return "+86" + text
        if (plain := cn_digits_e164(text)) is not None:
            return plain
    text = _DASH_EXTENSION.sub(r"\1\2 ext. \3", text)
    text = _EXTENSION_WORDS.sub(" ext. ", text)
    digits = re.sub(r"\D", "", text)
    if not 3 <= len(digits) <= 20:
        return None
    candidates = [text]
    if not text.startswith("+") and digits.startswith("86") and len(digits) >= 12:
        candidates.append("+" + text)  # 8613812345678: the country code without its +
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return f"{e164};ext={number.extension}" if number.extension else e164
    return None


def _bad_phone(value: object) -> InvalidValue:
    shown = _shown(value)
    return InvalidValue("invalid_phone", f"“{shown}” is not a valid phone number", shown)


# --------------------------------------------------------------------------- emails

#: The common case, checked without the validator's cost (~30 µs an address): a plain
#: ASCII address. Anything else (accents, Chinese, odd punctuation) goes to email-validator.
_PLAIN_EMAIL = re.compile(
    r"[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}"
)
_EMAIL_SPLIT = re.compile(r"[\s,;/、，；|]+")
_ANGLE = re.compile(r"<([^<>]*@[^<>]*)>")


def normalize_emails(value: object) -> list[str]:
    """Every email address in a cell, trimmed and lower-cased, without repeats.

    Full-width ``＠`` and dots (``．``, ``。``) are fixed, ``mailto:`` is removed,
    ``Name <a@b.cn>`` keeps the address. Addresses may be separated by spaces, commas,
    semicolons, slashes or ``、``. Raises ``InvalidValue`` naming the first bad one.
    """
    text = clean_text(value)
    if text is None:
        return []
    text = unicodedata.normalize("NFKC", text).replace("。", ".").replace("｡", ".")
    text = _ANGLE.sub(lambda m: f" {m.group(1)} ", text)
    found: list[str] = []
    parts = [part.strip().strip("\"'<>()[]").lower() for part in _EMAIL_SPLIT.split(text)]
    for index, part in enumerate(parts):
        if part.startswith("mailto:"):
            part = part[len("mailto:"):]
        if not part:
            continue
        if not any(ch.isdigit() or ch in ".@" for ch in part) and any(
                "@" in later for later in parts[index + 1:]):
            continue  # a display name before its address: "张三 zhang@x.cn"
        part = _valid_email(part)
        if part not in found:
            found.append(part)
    return found


def normalize_email(value: object) -> str | None:
    """The one email address in a cell, ``None`` when blank; several raise ``InvalidValue``."""
    emails = normalize_emails(value)
    if len(emails) > 1:
        shown = _shown(value)
        raise InvalidValue("several_emails",
                           f"“{shown}” holds several email addresses where one is expected",
                           shown)
    return emails[0] if emails else None


def _valid_email(address: str) -> str:
    """``address`` in its normal form, or ``InvalidValue``: syntax only, never DNS."""
    if len(address) <= 254 and address.find("@") <= 64 and _PLAIN_EMAIL.fullmatch(address):
        return address
    try:
        checked = email_validator.validate_email(
            address, check_deliverability=False, allow_smtputf8=True)
    except email_validator.EmailNotValidError:
        raise _bad_email(address) from None
    return checked.normalized.lower()


def _bad_email(value: str) -> InvalidValue:
    return InvalidValue("invalid_email", f"“{value}” is not a valid email address", value)


# --------------------------------------------------------------------------- dates

#: Dates outside these years are refused as typing mistakes (or serials of other things).
FIRST_YEAR, LAST_YEAR = 1900, 2100
_EXCEL_EPOCH = date(1899, 12, 30)
_LAST_SERIAL = (date(LAST_YEAR, 12, 31) - _EXCEL_EPOCH).days
_MONTHS = {name: number for number, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"), start=1) for name in names.split()}
_TIME = r"(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?)?"
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?" + _TIME)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMERIC_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME)
_D_MON_Y = re.compile(r"(\d{1,2})[-\s/.]*([a-z]{3,9})\.?[-\s/.,]*(\d{4}|\d{2})" + _TIME)
_MON_D_Y = re.compile(r"([a-z]{3,9})\.?[-\s/.]*(\d{1,2})(?:st|nd|rd|th)?,?[-\s/.]*(\d{4})" + _TIME)
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")


def parse_date(value: object, *, day_first: bool = False) -> date | None:
    """A calendar date from a cell; ``None`` when blank.

    Reads ``date``/``datetime`` cells, Excel serial numbers of the 1900 system
    (45356 is 2024-03-05), ``2024-03-05``, ``2024/3/5``, ``2024.03.05``, ``20240305``,
    ``2024年3月5日``, ``5-Mar-2024``, ``Mar 5, 2024`` and those with a time after them.
    Numbers written day and month first are ambiguous: when one part is over 12 it
    decides; otherwise ``3/5/2024`` is read month first (how US Excel exports CSV, while
    Chinese Excel writes year first) unless ``day_first`` is set. Two-digit years are
    2000–2069 for 00–69 and 1970–1999 for 70–99. Years outside 1900–2100 and impossible
    dates (2024-02-30) raise ``InvalidValue``.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _bad_date(value)
    if isinstance(value, int | float):
        return _from_number(value)
    text = clean_text(value)
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).lower().strip()
    if (match := _YMD.fullmatch(text)) or (match := _COMPACT.fullmatch(text)):
        year, month, day = (int(part) for part in match.groups())
    elif _SERIAL_TEXT.fullmatch(text):
        return _from_number(float(text))
    elif match := _NUMERIC_DMY.fullmatch(text):
        first, second, year = (int(part) for part in match.groups())
        year = _full_year(year, match.group(3))
        if first > 12 or (day_first and second <= 12):
            day, month = first, second
        else:
            month, day = first, second
    elif (match := _D_MON_Y.fullmatch(text)) and match.group(2) in _MONTHS:
        day, month = int(match.group(1)), _MONTHS[match.group(2)]
        year = _full_year(int(match.group(3)), match.group(3))
    elif (match := _MON_D_Y.fullmatch(text)) and match.group(1) in _MONTHS:
        month, day, year = _MONTHS[match.group(1)], int(match.group(2)), int(match.group(3))
    else:
        raise _bad_date(value)
    return _checked(year, month, day, value)


def _from_number(number: float) -> date:
    if number != number or number in (float("inf"), float("-inf")):
        raise _bad_date(number)
    serial = int(number)
    if FIRST_YEAR <= number <= LAST_YEAR:
        raise _bad_date(number)  # a year alone, not a day
    if serial < 1 or serial > _LAST_SERIAL or serial == 60:
        # 60 is 1900-02-29, a day Excel invents for compatibility with Lotus 1-2-3.
        if 19000101 <= serial <= 21001231 and float(serial) == number:
            match = _COMPACT.fullmatch(str(serial))
            if match:
                year, month, day = (int(part) for part in match.groups())
                return _checked(year, month, day, number)
        raise _bad_date(number)
    if serial < 60:
        return date(1899, 12, 31) + timedelta(days=serial)
    return _EXCEL_EPOCH + timedelta(days=serial)


def _full_year(year: int, written: str) -> int:
    if len(written) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _checked(year: int, month: int, day: int, value: object) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _bad_date(value)
    try:
        return date(year, month, day)
    except ValueError:
        raise _bad_date(value) from None


def _bad_date(value: object) -> InvalidValue:
    shown = _shown(value)
    return InvalidValue("invalid_date", f"“{shown}” is not a valid date", shown)

