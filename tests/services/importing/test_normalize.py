"""Each cell rule on the many ways people type the same value."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.importing.companies import normalize_company
from crm_desktop.services.importing.normalize import (
    InvalidValue,
    Problem,
    attempt,
    clean_text,
    normalize_email,
    normalize_emails,
    normalize_phones,
    parse_date,
)

# ----------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("13812345678", ["+8613812345678"]),
        (13812345678, ["+8613812345678"]),
        (13812345678.0, ["+8613812345678"]),
        ("13812345678.0", ["+8613812345678"]),
        ("１３８１２３４５６７８", ["+8613812345678"]),
        (" 138 1234 5678 ", ["+8613812345678"]),
        ("138-1234-5678", ["+8613812345678"]),
        ("138.1234.5678", ["+8613812345678"]),
        ("+86 138 1234 5678", ["+8613812345678"]),
        ("+86-13812345678", ["+8613812345678"]),
        ("8613812345678", ["+8613812345678"]),
        ("0086 13812345678", ["+8613812345678"]),
        ("(+86)13812345678", ["+8613812345678"]),
        ("'13812345678", ["+8613812345678"]),
        ("手机：13812345678", ["+8613812345678"]),
        ("13812345678（微信同号）", ["+8613812345678"]),
        ("Tel: 010-12345678 (office)", ["+861012345678"]),
        ("+86 (0)10 1234 5678", ["+861012345678"]),
        ("010-12345678", ["+861012345678"]),
        ("(010)12345678", ["+861012345678"]),
        ("（010）12345678", ["+861012345678"]),
        ("0755 1234 5678", ["+8675512345678"]),
        ("021-6123 4567", ["+862161234567"]),
        ("400-800-8888", ["+864008008888"]),
        ("010-12345678-123", ["+861012345678;ext=123"]),
        ("010-12345678转123", ["+861012345678;ext=123"]),
        ("010-12345678 ext. 123", ["+861012345678;ext=123"]),
        ("13812345678/13912345678", ["+8613812345678", "+8613912345678"]),
        ("13812345678,13912345678", ["+8613812345678", "+8613912345678"]),
        ("13812345678；13912345678", ["+8613812345678", "+8613912345678"]),
        ("13812345678、010-12345678", ["+8613812345678", "+861012345678"]),
        ("13812345678 13912345678", ["+8613812345678", "+8613912345678"]),
        ("13812345678\n13912345678", ["+8613812345678", "+8613912345678"]),
        ("13812345678 / 13812345678", ["+8613812345678"]),
        ("+1 650 253 0000", ["+16502530000"]),
        ("+44 20 7946 0958", ["+442079460958"]),
        (None, []),
        ("", []),
        ("   ", []),
    ],
)
def test_normalize_phones_gives_e164_for_every_way_a_number_is_typed(cell, expected):
    assert normalize_phones(cell) == expected


@pytest.mark.parametrize("cell", ["123", "abc", "1381234567", "13812345678901234", "95588x",
                                  13812345678.5, True, "13812345678/123"])
def test_normalize_phones_refuses_what_is_not_a_phone_number(cell):
    with pytest.raises(InvalidValue) as raised:
        normalize_phones(cell)
    assert raised.value.code == "invalid_phone"
    assert "is not a valid phone number" in raised.value.message


def test_invalid_phone_message_quotes_the_bad_part():
    with pytest.raises(InvalidValue) as raised:
        normalize_phones(123)
    assert raised.value.message == "“123” is not a valid phone number"


def test_normalize_phones_uses_the_default_region_for_national_numbers():
    assert normalize_phones("(650) 253-0000", region="US") == ["+16502530000"]
    assert normalize_phones("+86 138 1234 5678", region="US") == ["+8613812345678"]


def test_normalize_phones_takes_100k_plain_mobiles_well_under_a_second():
    cells = [f"13{index % 10}{index:08d}" for index in range(100_000)]
    started = time.perf_counter()
    for cell in cells:
        normalize_phones(cell)
    assert time.perf_counter() - started < 1.0


# ----------------------------------------------------------------------------- emails


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("zhang@example.com", ["zhang@example.com"]),
        ("  Zhang.San@Example.COM ", ["zhang.san@example.com"]),
        ("zhang＠example．com", ["zhang@example.com"]),
        ("zhang@example。com", ["zhang@example.com"]),
        ("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", ["zhang@example.com"]),
        ("mailto:zhang@example.com", ["zhang@example.com"]),
        ("MAILTO:Zhang@Example.com", ["zhang@example.com"]),
        ("张三 <zhang@example.com>", ["zhang@example.com"]),
        ("a@x.cn; b@y.com", ["a@x.cn", "b@y.com"]),
        ("a@x.cn,b@y.com", ["a@x.cn", "b@y.com"]),
        ("a@x.cn、b@y.com", ["a@x.cn", "b@y.com"]),
        ("a@x.cn / b@y.com", ["a@x.cn", "b@y.com"]),
        ("a@x.cn\nA@X.CN", ["a@x.cn"]),
        ("first.last+tag@mail.example.co.uk", ["first.last+tag@mail.example.co.uk"]),
        ("user@例子.中国", ["user@例子.中国"]),
        # internationalised addresses (RFC 6531), checked by email-validator
        ("carmen.lópez@example.com", ["carmen.lópez@example.com"]),
        ("Carmen.LÓPEZ@Example.com", ["carmen.lópez@example.com"]),
        ("用户@例子.中国", ["用户@例子.中国"]),
        ("张三@公司.cn; li@x.cn", ["张三@公司.cn", "li@x.cn"]),
        ("o'brien@example.ie", ["o'brien@example.ie"]),
        (None, []),
        ("  ", []),
    ],
)
def test_normalize_emails_cleans_every_address_in_a_cell(cell, expected):
    assert normalize_emails(cell) == expected


@pytest.mark.parametrize("cell", ["zhang", "zhang@", "@example.com", "zhang@example",
                                  "zhang@@example.com", "zhang@example..com",
                                  "zhang..san@example.com", "zhang@exa mple.com", "a@x.cn; nope",
                                  "contact1@invalid", "zhang@exam_ple.com", "用户@例子"])
def test_normalize_emails_refuses_what_is_not_an_address(cell):
    with pytest.raises(InvalidValue) as raised:
        normalize_emails(cell)
    assert raised.value.code == "invalid_email"
    assert "is not a valid email address" in raised.value.message


def test_normalize_email_gives_one_address_or_none():
    assert normalize_email(" A@B.CN ") == "a@b.cn"
    assert normalize_email("") is None
    with pytest.raises(InvalidValue) as raised:
        normalize_email("a@b.cn, c@d.cn")
    assert raised.value.code == "several_emails"


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (date(2024, 3, 5), date(2024, 3, 5)),
        (datetime(2024, 3, 5, 14, 30), date(2024, 3, 5)),
        (45356, date(2024, 3, 5)),
        (45356.75, date(2024, 3, 5)),
        ("45356", date(2024, 3, 5)),
        (61, date(1900, 3, 1)),
        (59, date(1900, 2, 28)),
        (1, date(1900, 1, 1)),
        (20240305, date(2024, 3, 5)),
        ("2024/3/5", date(2024, 3, 5)),
        ("2024-03-05", date(2024, 3, 5)),
        ("2024.03.05", date(2024, 3, 5)),
        ("20240305", date(2024, 3, 5)),
        ("2024年3月5日", date(2024, 3, 5)),
        ("２０２４年３月５日", date(2024, 3, 5)),
        ("2024 年 3 月 5 日", date(2024, 3, 5)),
        ("2024-03-05 14:30:00", date(2024, 3, 5)),
        ("2024/3/5 9:05", date(2024, 3, 5)),
        ("2024-03-05T14:30:00Z", date(2024, 3, 5)),
        ("3/5/2024", date(2024, 3, 5)),
        ("13/5/2024", date(2024, 5, 13)),
        ("5/13/2024", date(2024, 5, 13)),
        ("5-Mar-2024", date(2024, 3, 5)),
        ("5-Mar-24", date(2024, 3, 5)),
        ("05 March 2024", date(2024, 3, 5)),
        ("Mar 5, 2024", date(2024, 3, 5)),
        ("March 5th 2024", date(2024, 3, 5)),
        ("1-Jan-85", date(1985, 1, 1)),
        ("2024-02-29", date(2024, 2, 29)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date_reads_every_common_way_of_writing_a_date(cell, expected):
    assert parse_date(cell) == expected


def test_parse_date_reads_ambiguous_numbers_day_first_when_asked():
    assert parse_date("3/5/2024", day_first=True) == date(2024, 3, 5).replace(month=5, day=3)
    assert parse_date("13/5/2024", day_first=True) == date(2024, 5, 13)


@pytest.mark.parametrize("cell", ["2024-02-30", "2023-02-29", "2024/13/01", "2024年3月",
                                  "3月5日", "yesterday", "31/31/2024", 60, 0, -5, 2024,
                                  "2024", 99999999, 1e12, "1800-01-01", "2500-01-01", True,
                                  "5-Foo-2024", float("nan")])
def test_parse_date_refuses_impossible_or_unreadable_dates_naming_the_value(cell):
    with pytest.raises(InvalidValue) as raised:
        parse_date(cell)
    assert raised.value.code == "invalid_date"
    assert raised.value.message.endswith("is not a valid date")


def test_parse_date_problem_names_the_value_as_typed():
    with pytest.raises(InvalidValue) as raised:
        parse_date("2024-02-30")
    assert raised.value.message == "“2024-02-30” is not a valid date"


# ----------------------------------------------------------------------------- companies


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("华为技术有限公司", "华为技术"),
        ("深圳市腾讯计算机系统有限公司", "深圳市腾讯计算机系统有限责任公司"),
        ("ＡＢＣ 科技（深圳）有限公司", "abc科技(深圳)公司"),
        ("中国平安保险(集团)股份有限公司", "中国平安保险（集团）"),
        ("Acme Co., Ltd.", "ACME"),
        ("Acme Co.,Ltd", "acme limited"),
        ("Acme, Inc.", "Acme Incorporated"),
        ("The Coca-Cola Company", "the coca cola"),
        ("Foo GmbH", "FOO"),
        ("  小 米  科技 ", "小米科技有限公司"),
    ],
)
def test_normalize_company_gives_the_same_key_to_the_same_company(first, second):
    assert normalize_company(first) == normalize_company(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("华为技术有限公司", "华为技术有限公司北京分公司"),
        ("Costco", "Cost"),
        ("小米科技", "大米科技"),
    ],
)
def test_normalize_company_keeps_different_companies_apart(first, second):
    assert normalize_company(first) != normalize_company(second)


def test_normalize_company_never_reduces_a_name_to_nothing():
    assert normalize_company("有限公司") == "有限公司"
    assert normalize_company("Company") == "company"
    assert normalize_company(None) == ""
    assert normalize_company("   ") == ""


# ----------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("  张三  ", "张三"),
        ("Zhang   San", "Zhang San"),
        ("line one\r\nline two", "line one line two"),
        ("a_x000D_\nb", "a b"),
        ("tab\tinside", "tab inside"),
        ("\u3000全角空格\u3000", "全角空格"),
        ("non\u00a0breaking", "non breaking"),
        ("", None),
        ("   ", None),
        (None, None),
        (12.0, "12"),
        (12, "12"),
        (12.5, "12.5"),
        (0.1 + 0.2, "0.3"),
        (13812345678.0, "13812345678"),
        (True, "TRUE"),
        (date(2024, 3, 5), "2024-03-05"),
        (datetime(2024, 3, 5), "2024-03-05"),
        (datetime(2024, 3, 5, 9, 30, 15, 123), "2024-03-05 09:30:15"),
        (float("nan"), None),
    ],
)
def test_clean_text_gives_plain_trimmed_text_or_none(cell, expected):
    assert clean_text(cell) == expected


def test_clean_text_can_keep_line_breaks_for_notes():
    assert clean_text("  first  line \r\n\r\n second_x000D_\nline ", keep_newlines=True) == (
        "first line\nsecond\nline")


# ----------------------------------------------------------------------------- problems


def test_invalid_value_is_a_validation_error_placed_in_the_sheet_by_the_caller():
    with pytest.raises(ValidationError) as raised:
        normalize_phones("12 34")
    problem = raised.value.at(row=7, column="手机")
    assert problem == Problem(row=7, column="手机", value="12 34",
                              message="“12 34” is not a valid phone number",
                              code="invalid_phone")


def test_attempt_collects_problems_and_lets_the_import_go_on():
    problems: list[Problem] = []
    assert attempt(parse_date, "2024-02-30", row=3, column="生日", problems=problems) is None
    assert attempt(parse_date, "2024-02-03", row=4, column="生日",
                   problems=problems) == date(2024, 2, 3)
    assert [(p.row, p.column, p.value) for p in problems] == [(3, "生日", "2024-02-30")]
