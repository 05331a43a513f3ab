"""vCard 2.1/3.0/4.0 address books (.vcf) as one sheet with a header row.

Parsed by hand rather than with vobject, which fails on half of real exports
(NOTES.md): vCard 2.1 quoted-printable values with soft line breaks, per-value
CHARSET parameters, folded base64 photos and nested BEGIN:VCARD all occur in files
written by phones, Outlook and Lotus Notes. The parser works on bytes so that each
value can be decoded with its own CHARSET.
"""

from __future__ import annotations

import datetime as dt
import quopri
import re
from dataclasses import dataclass, field

from crm_desktop.services.importing.readers_model import RawSheet, refuse
from crm_desktop.services.importing.readers_text import decode

HEADER = ["Name", "Family name", "Given name", "Organization", "Title", "Mobile", "Phone",
          "Email", "Address", "Note", "Birthday", "URL"]
_DROPPED = {"PHOTO", "LOGO", "SOUND", "KEY", "AGENT"}
_LINE_SPLIT = re.compile(rb"\r\n|\r|\n")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class _Card:
    props: list[tuple[str, set[str], str]] = field(default_factory=list)

    def first(self, name: str) -> str:
        return next((v for n, _, v in self.props if n == name and v.strip()), "")

    def all(self, name: str) -> list[tuple[set[str], str]]:
        return [(t, v) for n, t, v in self.props if n == name and v.strip()]


def read_vcards(data: bytes, name: str, encoding: str | None = None) -> tuple[RawSheet, str]:
    """One sheet: the header row, then one row per card with anything in it."""
    default_charset = _file_charset(data, name, encoding)
    if default_charset.startswith(("utf-16", "utf-32")):
        data = data.decode(default_charset).encode("utf-8")
        default_charset = "utf-8"
    cards = _parse_cards(_logical_lines(data.replace(b"\x00", b"")), default_charset)
    rows: list[list[object]] = [list(HEADER)]
    rows.extend(row for row in (_card_row(card) for card in cards) if any(row))
    if len(rows) == 1:
        refuse("no_contacts", name, "no contacts (vCard entries) were found in the file")
    return RawSheet("Contacts", rows, []), default_charset


def _file_charset(data: bytes, name: str, encoding: str | None) -> str:
    """The encoding of values that carry no CHARSET parameter."""
    if encoding:
        return encoding
    _, used = decode(data[:2_000_000], name)
    return "utf-8" if used in ("utf-8", "utf-8-sig", "ascii") else used


def _logical_lines(data: bytes) -> list[bytes]:
    """Unfold continuation lines and join quoted-printable soft line breaks."""
    out: list[bytes] = []
    in_qp = False
    for line in _LINE_SPLIT.split(data.lstrip(b"\xef\xbb\xbf")):
        if out and in_qp:
            if line[:1] in (b" ", b"\t") and line[1:2] == b"=":
                line = line[1:]  # some phones indent the continuation of a soft break
            out[-1] = out[-1][:-1] + line
        elif out and line[:1] in (b" ", b"\t"):
            out[-1] += line[1:]
        elif not line.strip():
            in_qp = False
            continue
        elif b":" not in line and out:
            continue  # a line of an unindented base64 block: photos are dropped anyway
        else:
            out.append(line)
        head = out[-1].split(b":", 1)[0].upper()
        in_qp = b"QUOTED-PRINTABLE" in head and out[-1].endswith(b"=")
    return out


def _parse_cards(lines: list[bytes], charset: str) -> list[_Card]:
    cards: list[_Card] = []
    depth = 0
    for line in lines:
        head, _, raw = line.partition(b":")
        pname, params = _params(head.decode("ascii", "replace"))
        if pname == "BEGIN" and raw.strip().upper() == b"VCARD":
            depth += 1
            if depth == 1:
                cards.append(_Card())
            continue
        if pname == "END" and raw.strip().upper() == b"VCARD":
            depth = max(depth - 1, 0)
            continue
        if depth != 1 or pname in _DROPPED:
            continue  # outside a card, inside a nested card (AGENT), or a picture
        cards[-1].props.append((pname, params["TYPES"], _value(raw, params, charset)))
    return cards


def _params(head: str) -> tuple[str, dict[str, set[str]]]:
    parts = head.split(";")
    pname = parts[0].rsplit(".", 1)[-1].strip().upper()
    params: dict[str, set[str]] = {"TYPES": set()}
    for part in parts[1:]:
        key, eq, val = part.partition("=")
        key = key.strip().upper()
        if not eq:
            params["TYPES"].add(key)
            continue
        values = {v.strip().strip('"').upper() for v in val.split(",")}
        if key == "TYPE":
            params["TYPES"] |= values
        else:
            params.setdefault(key, set()).update(values)
    return pname, params


def _value(raw: bytes, params: dict[str, set[str]], charset: str) -> str:
    encoding = params.get("ENCODING", set()) | params["TYPES"]
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    codec = next(iter(params.get("CHARSET", ())), "") or charset
    for candidate in (codec, "utf-8", "gb18030"):
        try:
            return raw.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(text: str) -> list[str]:
    return [_unescape(p).strip() for p in re.split(r"(?<!\\);", text)]


def _card_row(card: _Card) -> list[object]:
    n = _components(card.first("N")) + ["", ""]
    family, given = n[0], n[1]
    full = _unescape(card.first("FN")).strip()
    if not full and (family or given):
        cjk = _CJK.search(family + given)
        full = family + given if cjk else " ".join(p for p in (given, family) if p)
    org = " ".join(p for p in _components(card.first("ORG")) if p)
    mobiles, phones = [], []
    for types, value in card.all("TEL"):
        number = value.strip()
        number = number[4:] if number.lower().startswith("tel:") else number
        if "CELL" in types or "MOBILE" in types:
            mobiles.append(number)
        elif "FAX" not in types:
            phones.append(number)
    emails = [v.strip().removeprefix("mailto:") for _, v in card.all("EMAIL")]
    addresses = [_address(v) for _, v in card.all("ADR")] or [
        _unescape(v).strip() for _, v in card.all("LABEL")]
    urls = [_unescape(v).strip() for _, v in card.all("URL")]
    row: list[object] = [full, family, given, org, _unescape(card.first("TITLE")).strip(),
                         "; ".join(mobiles), "; ".join(phones), "; ".join(emails),
                         "; ".join(a for a in addresses if a),
                         _unescape(card.first("NOTE")).strip(), _birthday(card.first("BDAY")),
                         "; ".join(urls)]
    return [v if v != "" else None for v in row]


def _address(value: str) -> str:
    """Street-first for Western addresses, country-first without spaces for Chinese ones."""
    parts = (_components(value) + [""] * 7)[:7]
    pobox, ext, street, city, region, code, country = parts
    if _CJK.search(value):
        return "".join(p for p in (country, region, city, street, ext, pobox) if p)
    line = " ".join(p for p in (region, code) if p)
    return ", ".join(p for p in (pobox, ext, street, city, line, country) if p)


def _birthday(value: str) -> object:
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text[:10] if "-" in text else text[:8], fmt).date()
        except ValueError:
            continue
    return text or None
