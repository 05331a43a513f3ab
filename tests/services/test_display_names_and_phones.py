"""Phones and default status names as the window shows them; stored values stay as they are."""

from __future__ import annotations

import pytest

from crm_desktop.services.display_names import shown_name
from crm_desktop.services.phone_display import shown_phone, shown_phones


@pytest.mark.parametrize(("stored", "region", "shown"), [
    ("+8613812345678", "CN", "138 1234 5678"),
    ("+861012345678", "CN", "010 1234 5678"),
    ("+862087654321", "CN", "020 8765 4321"),
    ("+14155550100", "CN", "+1 415-555-0100"),
    ("+85291234567", "CN", "+852 9123 4567"),
    ("+14155550100", "US", "(415) 555-0100"),
    ("+8613812345678", "US", "+86 138 1234 5678"),
])
def test_home_numbers_are_national_and_others_international(
        stored: str, region: str, shown: str) -> None:
    assert shown_phone(stored, region) == shown


def test_a_value_that_is_not_a_phone_number_is_shown_as_stored() -> None:
    assert shown_phones(["ask the front desk", "+8613812345678"], "CN") == (
        "ask the front desk", "138 1234 5678")


def test_english_window_shows_english_name_of_an_unrenamed_default_status() -> None:
    assert shown_name("跟进中", code="following", name_en="Following up",
                      english=True) == "Following up"
    assert shown_name("跟进中", code="following", name_en="Following up",
                      english=False) == "跟进中"


def test_a_renamed_status_shows_as_the_user_typed_it_in_every_language() -> None:
    for english in (True, False):
        assert shown_name("意向客户", code="lead", name_en="Lead", english=english) == "意向客户"
        assert shown_name("VIP", code=None, name_en=None, english=english) == "VIP"


def test_a_users_own_status_with_a_default_name_but_no_code_is_left_alone() -> None:
    assert shown_name("拒绝", code=None, name_en="Lost", english=True) == "拒绝"


def test_default_pipeline_stages_follow_the_same_rule() -> None:
    assert shown_name("赢单", code="won", name_en="Won", english=True, kind="stage") == "Won"
    assert shown_name("赢单", code="lost", name_en="Lost", english=True, kind="stage") == "赢单"
