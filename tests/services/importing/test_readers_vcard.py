"""vCard address books as exported by phones, Outlook and mail programs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crm_desktop.services.errors import FileRefused
from crm_desktop.services.importing.readers import VCARD_HEADER, read_file

ANDROID_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=\r\n"
    "=E4=B8=89\r\n"
    "TEL;CELL:138 1234 5678\r\n"
    "TEL;CELL:+86 139 0000 1111\r\n"
    "TEL;WORK:021-55556666\r\n"
    "TEL;WORK;FAX:021-55557777\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E4=B8=8A=E6=B5=B7=E6=9F=90=E6=9F=90=\r\n"
    "=E5=85=AC=E5=8F=B8\r\n"
    "EMAIL;HOME:zhangsan@example.com\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS\r\n"
    " Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN\r\n"
    "\r\n"
    "BDAY:1985-07-09\r\n"
    "END:VCARD\r\n"
)

APPLE_30 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:Doe;John;;;\n"
    "FN:John Doe\n"
    "ORG:Acme\\, Inc.;Sales\n"
    "TITLE:Buyer\n"
    "item1.EMAIL;type=INTERNET;type=pref:john@acme.test\n"
    "EMAIL;type=INTERNET;type=WORK:jd@acme.test\n"
    "TEL;type=CELL;type=VOICE:+1 555 0100\n"
    "ADR;type=WORK:;;1 Main St;Springfield;IL;62701;USA\n"
    "NOTE:first line\\nsecond line that is folded\n"
    "  across two lines\n"
    "URL:https://acme.test\n"
    "BEGIN:VCARD\n"
    "FN:Nested Agent\n"
    "END:VCARD\n"
    "END:VCARD\n"
    "\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:李四\n"
    "N:李;四;;;\n"
    "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+86-138-0000-2222\n"
    "ADR;TYPE=home:;;南京路100号;上海市;上海;200001;中国\n"
    "END:VCARD\n"
)


def _row(book_rows: list[list[object]], index: int) -> dict[str, object]:
    return dict(zip(VCARD_HEADER, book_rows[index], strict=True))


def test_a_vcard_21_with_quoted_printable_chinese_name_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "00001.vcf"
    path.write_bytes(ANDROID_21.encode("ascii"))
    book = read_file(path)
    assert (book.kind, len(book.sheets)) == ("vcf", 1)
    rows = book.sheets[0].rows
    assert rows[0] == VCARD_HEADER
    card = _row(rows, 1)
    assert card["Name"] == "张三"
    assert (card["Family name"], card["Given name"]) == ("张", "三")
    assert card["Organization"] == "上海某某公司"
    assert card["Mobile"] == "138 1234 5678; +86 139 0000 1111"
    assert card["Phone"] == "021-55556666"
    assert card["Email"] == "zhangsan@example.com"
    assert card["Birthday"] == dt.date(1985, 7, 9)


def test_vcard_3_and_4_fields_are_unescaped_unfolded_and_nested_cards_ignored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(APPLE_30, encoding="utf-8")
    rows = read_file(path).sheets[0].rows
    assert len(rows) == 3
    john = _row(rows, 1)
    assert john["Organization"] == "Acme, Inc. Sales"
    assert john["Email"] == "john@acme.test; jd@acme.test"
    assert john["Mobile"] == "+1 555 0100"
    assert john["Address"] == "1 Main St, Springfield, IL 62701, USA"
    assert john["Note"] == "first line\nsecond line that is folded across two lines"
    assert john["URL"] == "https://acme.test"
    li = _row(rows, 2)
    assert li["Mobile"] == "+86-138-0000-2222"
    assert li["Address"] == "中国上海上海市南京路100号"


def test_a_vcard_with_a_charset_parameter_decodes_that_value_with_it(tmp_path: Path) -> None:
    data = ("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1:M\xfcller;J\xfcrgen\n"
            "END:VCARD\n").encode("latin-1")
    path = tmp_path / "xing.vcf"
    path.write_bytes(data)
    card = _row(read_file(path).sheets[0].rows, 1)
    assert card["Name"] == "Jürgen Müller"


def test_a_vcard_file_in_gbk_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gbk.vcf"
    path.write_bytes("BEGIN:VCARD\nVERSION:3.0\nFN:王芳\nTEL;TYPE=CELL:13900001111\n"
                     "END:VCARD\n".encode("gbk"))
    card = _row(read_file(path).sheets[0].rows, 1)
    assert (card["Name"], card["Mobile"]) == ("王芳", "13900001111")


def test_a_vcf_without_any_contact_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n")
    with pytest.raises(FileRefused) as err:
        read_file(path)
    assert err.value.code == "no_contacts" and "empty.vcf" in err.value.message
