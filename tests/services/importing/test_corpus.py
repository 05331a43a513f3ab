"""Every real-world file in the shared corpus is read or refused with a reason.

Never another exception, a crash of the test process, a hang or runaway memory: the
corpus holds truncated archives, zip and allocation bombs, encrypted files, pictures
and documents under spreadsheet names (see ../shared/corpus/README.md).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crm_desktop.services.errors import FileRefused
from crm_desktop.services.importing.readers import KINDS, RawWorkbook, read_file

CORPUS = (Path(__file__).parents[3] / ".." / "shared" / "corpus").resolve()
#: The child reader is stopped after this; the whole call must end soon after.
TIME_LIMIT = 30.0

if not CORPUS.is_dir():
    pytest.skip("the shared corpus is not present", allow_module_level=True)

FILES = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*")
               if p.is_file() and p.name not in ("README.md", "MANIFEST.tsv"))


def test_the_corpus_is_all_there() -> None:
    assert len(FILES) >= 480


@pytest.mark.parametrize("relative", FILES)
def test_corpus_file_is_read_or_refused_with_a_reason(relative: str) -> None:
    path = CORPUS / relative
    started = time.monotonic()
    try:
        book = read_file(path, timeout=TIME_LIMIT)
    except FileRefused as refused:
        assert refused.code and refused.params["file"] == path.name
        assert path.name in refused.message and "\n" not in refused.message
    else:
        assert isinstance(book, RawWorkbook) and book.kind in KINDS
        assert book.sheets
        for sheet in book.sheets:
            widths = {len(row) for row in sheet.rows}
            assert len(widths) <= 1, "rows of a sheet have one width"
    assert time.monotonic() - started < TIME_LIMIT + 10
