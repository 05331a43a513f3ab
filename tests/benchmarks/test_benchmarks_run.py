"""``python -m benchmarks`` still runs: the small data set, two cases, the JSON it writes,
and on stdout nothing but the table (building the data set first is said on stderr)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"name", "value", "unit", "baseline", "ratio", "target", "ok"}


@pytest.mark.slow
def test_small_benchmark_prints_the_table_and_writes_the_json(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--size", "small", "--only", "search",
         "--only", "importing", "--json", str(output)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    rows = json.loads(output.read_text(encoding="utf-8"))
    assert all(set(row) == KEYS for row in rows)
    names = [row["name"] for row in rows]
    assert "import small customers .xlsx" in names
    assert "search keystroke median" in names
    assert all(row["value"] > 0 for row in rows)
    table = result.stdout.splitlines()
    assert table[0].split(" | ")[0].strip() == "name"
    assert any(line.startswith("import small customers .xlsx") for line in table[2:])
