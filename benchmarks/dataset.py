"""The benchmark data set of DESIGN.md, built once with the demo generator and cached."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from crm_desktop import migrate
from crm_desktop.db import open_database

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 20240305


def dataset_path(size: str) -> Path:
    """A migrated database with the ``size`` demo data; rebuilt when the schema changes."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{size}-{migrate.head_revision()}.sqlite3"
    if path.exists():
        return path
    for stale in CACHE.glob(f"{size}-*.sqlite3*"):
        stale.unlink()
    building = CACHE / f"building-{size}.sqlite3"
    for leftover in CACHE.glob("building-*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    from crm_desktop.services.demo import generate_demo

    started = time.perf_counter()
    database = open_database(str(building))
    try:
        generate_demo(database, size=size, seed=SEED)
    finally:
        database.close()
    print(f"built the {size} data set in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    building.rename(path)
    return path


def working_copy(size: str, destination: Path) -> Path:
    """A fresh copy to measure writes on, so the cached set stays pristine."""
    source = dataset_path(size)
    shutil.copy(source, destination)
    return destination
