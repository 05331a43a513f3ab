"""Every real-world file of the shared corpus either imports (dry run) or is refused with a
``DomainError`` — never another exception, and never slowly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crm_desktop.db import Database
from crm_desktop.services.errors import DomainError
from crm_desktop.services.importing.execute import run_import
from crm_desktop.services.importing.plan import prepare_import

CORPUS = Path(__file__).parents[3] / ".." / "shared" / "corpus"
TIME_LIMIT = 60.0
FILES = sorted(str(path.relative_to(CORPUS)) for path in CORPUS.rglob("*")
               if path.is_file() and path.name not in ("README.md", "MANIFEST.tsv")
               ) if CORPUS.is_dir() else []


@pytest.mark.slow
@pytest.mark.sqlite_only  # reading is the same on both; test_pipeline covers PostgreSQL writes
@pytest.mark.skipif(not FILES, reason="shared corpus not present")
@pytest.mark.parametrize("name", FILES)
def test_corpus_file_imports_or_is_refused_with_a_reason(database: Database, name: str) -> None:
    started = time.perf_counter()
    try:
        with database.session() as session:
            preview = prepare_import(session, CORPUS / name)
            report = run_import(session, preview, dry_run=True)
        assert report.dry_run and len(report.created) + len(report.skipped) > 0
    except DomainError as error:
        assert error.message and "\n" not in error.message
    assert time.perf_counter() - started < TIME_LIMIT
