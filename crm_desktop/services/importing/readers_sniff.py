"""Tell what a file really is from its first bytes, whatever its name says.

Shop owners rename files ("customers.xlsx" that is really a photo, a CSV, or an old
.xls); the extension is only a hint. Anything that is not a spreadsheet, a text table
or a vCard is refused here with a reason naming what it is, before a parser sees it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.services.importing.readers_model import PASSWORD_REASON, refuse

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: A BIFF2-4 worksheet file starts with a BOF record (not wrapped in an OLE container).
_BIFF_BOF = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")
#: Zip members may expand to this much in total before we call the file a zip bomb.
MAX_UNZIPPED_TOTAL = 2 << 30
#: A large member compressed better than this is a bomb, not a spreadsheet.
MAX_RATIO = 250
_RATIO_FLOOR = 50 << 20
MAX_ZIP_MEMBERS = 20_000
#: The OLE directory is read from the file's first bytes only up to this size.
_OLE_SCAN_LIMIT = 64 << 20

_MAGIC_REFUSALS: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "pdf", "this is a PDF document, not a spreadsheet"),
    (b"\x89PNG\r\n\x1a\n", "image", "this is a picture (PNG), not a spreadsheet"),
    (b"\xff\xd8\xff", "image", "this is a picture (JPEG), not a spreadsheet"),
    (b"GIF87a", "image", "this is a picture (GIF), not a spreadsheet"),
    (b"GIF89a", "image", "this is a picture (GIF), not a spreadsheet"),
    (b"II*\x00", "image", "this is a picture (TIFF), not a spreadsheet"),
    (b"MM\x00*", "image", "this is a picture (TIFF), not a spreadsheet"),
    (b"{\\rtf", "word", "this is a Word (RTF) document, not a spreadsheet"),
    (b"\x1f\x8b", "archive", "this is a compressed archive (gzip), not a spreadsheet"),
    (b"Rar!", "archive", "this is a compressed archive (RAR), not a spreadsheet"),
    (b"7z\xbc\xaf\x27\x1c", "archive", "this is a compressed archive (7z), not a spreadsheet"),
    (b"ID;P", "sylk", "this is a SYLK file; open it in Excel or WPS and save it as .xlsx"),
    (b"\x00\x00\x1a\x00", "lotus", "this is a Lotus 1-2-3 file; save it as .xlsx first"),
)


@dataclass(frozen=True)
class Sniffed:
    """What the content says: ``fmt`` is xlsx, xlsb, xls, ods, text or vcf."""

    fmt: str


def sniff(path: Path, name: str) -> Sniffed:
    """Classify ``path`` by content, or refuse it with a one-line reason."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8192)
    except FileNotFoundError:
        refuse("file_not_found", name, "the file does not exist")
    except IsADirectoryError:
        if (path / "Index").is_dir() or (path / "Index.zip").exists():
            refuse("wrong_file_type", name, _NUMBERS, what="numbers")
        refuse("wrong_file_type", name, "this is a folder, not a file", what="folder")
    except OSError as exc:
        refuse("file_unreadable", name, f"the file cannot be opened ({exc.strerror})")
    if size == 0 or not head.strip(b"\x00"):
        refuse("file_empty", name, "the file is empty")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return Sniffed(_sniff_zip(path, name))
    if head.startswith(OLE_MAGIC):
        return Sniffed(_sniff_ole(path, name, size))
    if head[:2] in _BIFF_BOF and len(head) > 8 and head[2] in (4, 6, 8, 16) and head[3] == 0:
        return Sniffed("xls")
    if head[:2] == b"BM" and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        refuse("wrong_file_type", name, "this is a picture (BMP), not a spreadsheet", what="image")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        refuse("wrong_file_type", name, "this is a picture (WebP), not a spreadsheet", what="image")
    for magic, what, reason in _MAGIC_REFUSALS:
        if head.startswith(magic):
            refuse("wrong_file_type", name, reason, what=what)
    return Sniffed(_sniff_markup(head, name))


_NUMBERS = "this is an Apple Numbers file; export it from Numbers as Excel (.xlsx)"


def _sniff_zip(path: Path, name: str) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_zip_sizes(infos, name)
            names = {i.filename.replace("\\", "/").lower().lstrip("/") for i in infos}
            mimetype = b""
            if "mimetype" in names:
                member = next(i for i in infos if i.filename.lower() == "mimetype")
                if member.file_size < 200:
                    mimetype = zf.read(member).strip()
    except zipfile.BadZipFile:
        refuse("file_damaged", name, "the file is damaged (it may be an incomplete download)")
    except (OSError, EOFError, RuntimeError, NotImplementedError, ValueError):
        refuse("file_damaged", name, "the file is damaged and cannot be read")
    if not names:
        refuse("wrong_file_type", name, "this is an empty zip archive, not a spreadsheet",
               what="zip")
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    if mimetype.startswith(b"application/vnd.oasis.opendocument."):
        kind = mimetype.rsplit(b".", 1)[-1].decode("ascii", "replace")
        refuse("wrong_file_type", name,
               f"this is an OpenDocument {kind} file, not a spreadsheet", what="opendocument",
               kind=kind)
    if "xl/workbook.bin" in names:
        return "xlsb"
    if any(n.startswith("xl/") for n in names) or "[content_types].xml" in names and any(
        n.endswith("workbook.xml") for n in names
    ):
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        refuse("wrong_file_type", name, "this is a Word document, not a spreadsheet", what="word")
    if any(n.startswith("ppt/") for n in names):
        refuse("wrong_file_type", name, "this is a PowerPoint presentation, not a spreadsheet",
               what="powerpoint")
    if any(n.endswith((".iwa", "index.zip")) or n.startswith("index/") for n in names):
        refuse("wrong_file_type", name, _NUMBERS, what="numbers")
    if "content.xml" in names:
        return "ods"
    refuse("wrong_file_type", name, "this is a zip archive, not a spreadsheet", what="zip")


def _check_zip_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse zip bombs from the central directory, before anything is inflated.

    The child process that inflates the file has a memory limit too, in case the
    directory lies about the sizes.
    """
    if len(infos) > MAX_ZIP_MEMBERS:
        refuse("file_too_large", name, "the file is damaged or too large")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNZIPPED_TOTAL or (info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO):
            refuse("file_too_large", name, "the file is damaged or too large (it expands to "
                   f"{total >> 20:,} MB)")


def _sniff_ole(path: Path, name: str, size: int) -> str:
    """An OLE container is an .xls, an encrypted OOXML file, or an Office document.

    The stream names sit in the container's directory as UTF-16LE; scanning for them
    is enough to tell the kinds apart without a full OLE parser.
    """
    with path.open("rb") as f:
        data = f.read(min(size, _OLE_SCAN_LIMIT))

    def has(stream: str) -> bool:
        return stream.encode("utf-16-le") in data

    if has("EncryptedPackage") or has("EncryptionInfo"):
        refuse("password_protected", name, PASSWORD_REASON)
    if has("Workbook") or has("Book"):
        return "xls"
    if has("WordDocument"):
        refuse("wrong_file_type", name, "this is a Word document, not a spreadsheet", what="word")
    if has("PowerPoint Document"):
        refuse("wrong_file_type", name, "this is a PowerPoint presentation, not a spreadsheet",
               what="powerpoint")
    return "xls"


def _sniff_markup(head: bytes, name: str) -> str:
    """Text: a vCard, a table of delimited text, or XML/HTML we do not read."""
    sample = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00").replace(b"\x00", b"")[:2048].lower()
    sample = sample.lstrip()
    if sample.startswith(b"begin:vcard"):
        return "vcf"
    if sample.startswith(b"<?xml") or sample.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in sample or b"<workbook" in sample:
            refuse("unsupported_format", name, "this is an Excel 2003 XML spreadsheet; open it "
                   "in Excel or WPS and save it as .xlsx", what="excel_xml")
        if b"opendocument" in sample or b"office:document" in sample:
            refuse("unsupported_format", name, "this is a flat OpenDocument file (.fods); "
                   "save it as .ods or .xlsx", what="fods")
        if b"<html" in sample or b"<!doctype html" in sample or b"<table" in sample:
            refuse("unsupported_format", name, "this is a web page (HTML) saved under a "
                   "spreadsheet name; open it in Excel or WPS and save it as .xlsx", what="html")
    return "text"
