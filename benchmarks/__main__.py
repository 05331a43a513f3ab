"""``python -m benchmarks [--size small|large] [--json FILE] [--only NAME]``.

Builds (once, cached in benchmarks/.cache) the data set, runs every case module in
``benchmarks/cases`` and prints one table; ``--json`` writes the same rows as a list of
objects with the keys name, value, unit, baseline, ratio, target, ok.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

from benchmarks.rows import Row, format_table

CASES = ("search", "customer_list", "importing", "exporting", "duplicates", "startup",
         "memory", "postgres", "dashboard", "deals_board")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    parser.add_argument("--only", action="append", choices=CASES, help="run just these cases")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[Row] = []
    failed = False
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as workdir:
        for name in args.only or CASES:
            module = importlib.import_module(f"benchmarks.cases.{name}")
            try:
                new_rows = module.run(args.size, Path(workdir))
            except Exception:  # one broken case must not hide the others
                failed = True
                print(f"benchmark {name} failed:\n{traceback.format_exc()}", file=sys.stderr)
                continue
            rows.extend(new_rows)
            for row in new_rows:
                print(f"  {row.name}: {row.value} {row.unit}", file=sys.stderr)
    print(format_table(rows))
    if args.json:
        Path(args.json).write_text(
            json.dumps([row.as_dict() for row in rows], indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
