"""Guessing the column mapping from the headers people and address books write."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crm_desktop.services.importing.mapping import (
    CONTACT_FIELDS,
    CUSTOMER_FIELDS,
    guess_mapping,
    header_signature,
    join_name_parts,
    normalize_header,
)

CORPUS = Path(__file__).parents[3] / ".." / "shared" / "corpus"


def _mapped(header: list[str], samples=None) -> dict[str, str]:
    return dict(zip(header, guess_mapping(header, samples), strict=True))


def test_typical_chinese_customer_list():
    header = ["序号", "客户名称", "联系人", "职务", "手机号码", "联系电话", "邮箱", "微信号",
              "联系地址", "所属行业", "客户来源", "客户状态", "业务员", "备注", "标签", "规模",
              "地区", "城市", "网址", "生日", "客户类型"]
    assert guess_mapping(header) == [
        "ignore", "name", "contact_name", "contact_title", "contact_mobile", "phone",
        "contact_email", "contact_wechat", "address", "industry", "source", "status", "owner",
        "notes", "tags", "size", "region", "city", "website", "birthday", "kind"]


@pytest.mark.parametrize("word", ["客户名称", "公司名称", "单位", "单位名称", "企业名称", "客户",
                                  "Company", "Company Name", "Organization", "Customer"])
def test_company_like_headers_become_the_customer_name(word):
    assert guess_mapping([word, "联系人"]) == ["name", "contact_name"]


@pytest.mark.parametrize(("word", "target"), [
    ("手机", "phone"), ("手机号", "phone"), ("手机号码", "phone"), ("移动电话", "phone"),
    ("Mobile", "phone"), ("Cell", "phone"), ("电话", "phone"), ("座机", "phone"),
    ("固话", "phone"), ("联系电话", "phone"), ("Tel", "phone"), ("Phone", "phone"),
    ("邮箱", "email"), ("电子邮件", "email"), ("E-mail", "email"), ("Email Address", "email"),
    ("地址", "address"), ("联系地址", "address"), ("Address", "address"),
    ("行业", "industry"), ("所属行业", "industry"), ("Industry", "industry"),
    ("来源", "source"), ("客户来源", "source"), ("Source", "source"),
    ("状态", "status"), ("客户状态", "status"), ("Status", "status"),
    ("备注", "notes"), ("说明", "notes"), ("Notes", "notes"), ("Remark", "notes"),
    ("生日", "birthday"), ("出生日期", "birthday"), ("Birthday", "birthday"),
    ("微信", "wechat"), ("微信号", "wechat"), ("WeChat", "wechat"),
    ("职位", "contact_title"), ("职务", "contact_title"), ("Title", "contact_title"),
    ("地区", "region"), ("区域", "region"), ("省份", "region"), ("Region", "region"),
    ("城市", "city"), ("City", "city"), ("网址", "website"), ("网站", "website"),
    ("Website", "website"), ("负责人", "owner"), ("业务员", "owner"), ("销售", "owner"),
    ("Owner", "owner"), ("标签", "tags"), ("Tags", "tags"), ("规模", "size"), ("人数", "size"),
    ("Size", "size"),
])
def test_each_known_word_maps_to_its_field(word, target):
    assert guess_mapping(["姓名", word]) == ["name", target]


@pytest.mark.parametrize(("spelled", "target"), [
    ("客户名称(必填)", "name"), ("*客户名称", "name"), ("客户名称（必填）", "name"),
    ("  E-MAIL  ", "email"), ("ｅｍａｉｌ", "email"), ("手机号码：", "phone"),
    ("Adress", "address"), ("Birth day", "birthday"), ("客户联系电话", "phone"),
    ("公司地址（详细）", "address"), ("手机1", "phone"), ("Phone 2", "phone"),
])
def test_headers_are_matched_after_normalising_and_by_close_spelling(spelled, target):
    assert guess_mapping([spelled])[0] == target


def test_a_person_name_is_the_customer_when_there_is_no_company_column():
    assert guess_mapping(["姓名", "手机", "邮箱"]) == ["name", "phone", "email"]
    assert guess_mapping(["Name", "Mobile"]) == ["name", "phone"]


def test_with_a_company_column_the_person_becomes_the_contact():
    assert guess_mapping(["Name", "Company", "Mobile", "Phone"]) == [
        "contact_name", "name", "contact_mobile", "phone"]


def test_a_single_valued_field_goes_to_its_first_column_only():
    assert guess_mapping(["备注", "说明", "地址", "通讯地址"]) == [
        "notes", "ignore", "address", "ignore"]


def test_phones_emails_and_tags_may_come_from_several_columns():
    assert guess_mapping(["电话", "座机", "邮箱", "Email 2", "标签", "Tags"]) == [
        "phone", "phone", "email", "email", "tags", "tags"]


def test_a_second_company_column_becomes_the_company_field():
    assert guess_mapping(["客户名称", "公司名称", "单位"]) == ["name", "company", "ignore"]


def test_unknown_headers_are_kept_as_custom_fields_and_blank_ones_ignored():
    assert guess_mapping(["客户名称", "信用等级", "Column 3", "年 营业额"]) == [
        "name", "custom:信用等级", "ignore", "custom:年 营业额"]


def test_row_numbers_ids_and_faxes_are_ignored():
    assert guess_mapping(["序号", "No.", "organization_id", "传真", "Customer ID"]) == [
        "ignore"] * 5


def test_columns_empty_in_the_samples_are_ignored():
    header = ["姓名", "手机", "备注", "微信"]
    samples = [["张三", "13812345678", None, "  "], ["李四", None, None, None]]
    assert guess_mapping(header, samples) == ["name", "phone", "ignore", "ignore"]


def test_every_target_is_a_known_key():
    header = ["客户名称", "联系人", "手机", "联系人电话", "联系人邮箱", "联系人微信", "Foo"]
    allowed = set(CUSTOMER_FIELDS) | set(CONTACT_FIELDS) | {"tags", "ignore", "given_name",
                                                            "family_name"}
    for target in guess_mapping(header):
        assert target in allowed or target.startswith("custom:")


def test_google_contacts_csv():
    header = ["Name", "Given Name", "Additional Name", "Family Name", "Birthday", "Notes",
              "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type",
              "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type",
              "Phone 2 - Value", "Address 1 - Formatted", "Organization 1 - Type",
              "Organization 1 - Name", "Organization 1 - Title", "Website 1 - Value"]
    assert _mapped(header) == {
        "Name": "contact_name", "Given Name": "ignore",
        "Additional Name": "custom:Additional Name",
        "Family Name": "ignore", "Birthday": "birthday", "Notes": "notes",
        "Group Membership": "tags", "E-mail 1 - Type": "ignore",
        "E-mail 1 - Value": "contact_email", "E-mail 2 - Type": "ignore",
        "E-mail 2 - Value": "contact_email", "Phone 1 - Type": "ignore",
        "Phone 1 - Value": "phone", "Phone 2 - Type": "ignore", "Phone 2 - Value": "phone",
        "Address 1 - Formatted": "address", "Organization 1 - Type": "ignore",
        "Organization 1 - Name": "name", "Organization 1 - Title": "contact_title",
        "Website 1 - Value": "website"}


def test_outlook_csv_splits_the_name_in_parts():
    header = ["First Name", "Middle Name", "Last Name", "Company", "Job Title",
              "Business Phone", "Mobile Phone", "E-mail Address", "Business Street",
              "Business City", "Notes", "Home Phone", "Business Fax"]
    assert _mapped(header) == {
        "First Name": "given_name", "Middle Name": "custom:Middle Name",
        "Last Name": "family_name", "Company": "name", "Job Title": "contact_title",
        "Business Phone": "phone", "Mobile Phone": "phone", "E-mail Address": "email",
        "Business Street": "address", "Business City": "city", "Notes": "notes",
        "Home Phone": "phone", "Business Fax": "ignore"}


def test_thunderbird_csv():
    header = ["First Name", "Last Name", "Display Name", "Nickname", "Primary Email",
              "Secondary Email", "Work Phone", "Home Phone", "Fax Number", "Pager Number",
              "Mobile Number", "Home Address", "Work City", "Job Title", "Department",
              "Organization", "Web Page 1", "Notes"]
    mapped = _mapped(header)
    assert mapped["Display Name"] == "contact_name"
    assert mapped["First Name"] == mapped["Last Name"] == "ignore"
    assert mapped["Primary Email"] == mapped["Secondary Email"] == "contact_email"
    assert mapped["Work Phone"] == mapped["Home Phone"] == "phone"
    assert mapped["Mobile Number"] == "contact_mobile"
    assert mapped["Fax Number"] == mapped["Pager Number"] == "ignore"
    assert mapped["Organization"] == "name"
    assert mapped["Job Title"] == "contact_title"
    assert mapped["Web Page 1"] == "website"
    assert mapped["Home Address"] == "address"
    assert mapped["Work City"] == "city"
    assert mapped["Notes"] == "notes"
    assert mapped["Nickname"] == "custom:Nickname"


@pytest.mark.parametrize(("header", "email_target"), [
    (["客户名称", "联系人", "手机", "邮箱"], "contact_email"),
    (["客户名称", "联系人", "手机", "公司邮箱"], "email"),
    (["Company", "Contact", "Business Email"], "email"),
    (["客户名称", "手机", "邮箱"], "email"),  # no person: the customer's own
    (["姓名", "手机", "邮箱"], "email"),  # the person is the customer
    (["客户名称", "联系人", "联系人邮箱", "邮箱"], "email"),  # the contact's has its own column
])
def test_person_fields_go_to_the_contact_and_company_ones_stay(header, email_target):
    assert guess_mapping(header)[-1] == email_target


def test_wechat_of_a_contact_sheet_is_the_persons():
    assert guess_mapping(["公司名称", "联系人", "微信", "座机", "地址", "网址"]) == [
        "name", "contact_name", "contact_wechat", "phone", "address", "website"]


def test_vcard_sheet_header():
    header = ["Name", "Family name", "Given name", "Organization", "Title", "Mobile", "Phone",
              "Email", "Address", "Note", "Birthday", "URL"]
    assert guess_mapping(header) == [
        "contact_name", "ignore", "ignore", "name", "contact_title", "contact_mobile", "phone",
        "contact_email", "address", "notes", "birthday", "website"]


def test_mock_people_with_first_and_last_name_only():
    header = ["id", "first_name", "last_name", "email", "gender", "ip_address"]
    assert guess_mapping(header) == [
        "ignore", "given_name", "family_name", "email", "custom:gender", "ignore"]


@pytest.mark.parametrize(("given", "family", "whole"), [
    ("三", "张", "张三"), ("John", "Smith", "John Smith"), ("John", None, "John"),
    (None, "张", "张"), (" ", "", None), ("Ann", "王", "Ann 王"),
])
def test_join_name_parts(given, family, whole):
    assert join_name_parts(given, family) == whole


def test_header_signature_ignores_spelling_noise_but_not_order():
    base = header_signature(["客户名称", "手机", "E-mail"])
    assert header_signature([" 客户名称 ", "手机", "e-mail"]) == base
    assert header_signature(["客户名称(必填)", "手机", "EMAIL", "Column 4"]) == base
    assert header_signature(["手机", "客户名称", "E-mail"]) != base
    assert header_signature(["客户名称", "手机"]) != base
    assert len(base) == 32


def test_normalize_header():
    assert normalize_header("  *客户名称（必填）") == "客户名称"
    assert normalize_header("E-mail 1 - Value") == "email1value"
    assert normalize_header(None) == ""


def _corpus_header(relative: str) -> list[str]:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"corpus file {relative} is not here")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def test_real_thunderbird_export_maps_name_and_email():
    header = _corpus_header("contacts-thunderbird/export.csv")
    mapped = _mapped(header)
    assert mapped["Organization"] == "name"
    assert mapped["Display Name"] == "contact_name"
    assert mapped["First Name"] == mapped["Last Name"] == "ignore"
    assert mapped["Primary Email"] == "contact_email"


def test_real_google_shared_contacts_map_the_main_fields():
    header = _corpus_header("contacts-google-shared/sample1.csv")
    mapped = _mapped(header)
    assert mapped["Name"] == "contact_name"
    assert mapped["Company"] == "name"
    assert mapped["Mobile Phone"] == "contact_mobile"
    assert mapped["E-mail Address"] == "contact_email"
    assert mapped["MobileRelType"] == "ignore"
    assert mapped["ID"] == "ignore"


def test_real_krayin_persons_leave_ids_out():
    header = _corpus_header("contacts-krayin/persons.csv")
    assert guess_mapping(header) == ["name", "email", "phone", "ignore", "contact_title",
                                     "ignore"]


def test_real_chinese_headers_from_easyexcel():
    header = _corpus_header("easyexcel/no_bom.csv")
    assert guess_mapping(header) == ["name", "custom:年纪"]
