"""The export headers in Chinese are words the importer maps back to the same field."""

from __future__ import annotations

import pytest

from crm_desktop.services.exporting.columns import columns_of
from crm_desktop.services.importing.mapping import IGNORE, guess_mapping
from crm_desktop.views.exporting.headers import export_headers

#: Columns the importer leaves to the app (ids, times, scores) or reads under another name.
_IMPORTED_AS = {"id": IGNORE, "phones": "phone", "emails": "email", "marketing_consent": IGNORE,
                "completeness": IGNORE, "created_at": IGNORE, "updated_at": IGNORE}


@pytest.mark.parametrize("language", ["english", "chinese"])
def test_every_customer_column_maps_back_to_its_field(language: str,
                                                      request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("qapp")
    if language == "chinese":
        request.getfixturevalue("chinese")
    headers = export_headers()
    assert (headers["customers.name"] == "客户名称") == (language == "chinese")
    columns = columns_of("customers", ["等级"], headers)
    mapping = guess_mapping([column.header for column in columns])
    expected = [_IMPORTED_AS.get(column.key, column.key) for column in columns]
    assert mapping == expected
