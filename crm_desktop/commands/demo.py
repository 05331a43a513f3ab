"""``crm-desktop demo [--size small|large]``: fill a database with realistic sample data."""

from __future__ import annotations

import argparse
import sys
import time

from crm_desktop.commands.common import open_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="fill a database with realistic sample data")
    parser.add_argument("--size", choices=("small", "large"), default="small")
    parser.add_argument("--seed", type=int, default=20240305, help="random seed (deterministic)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.demo import generate_demo

    database = open_from_args(args)
    started = time.perf_counter()
    try:
        counts = generate_demo(database, size=args.size, seed=args.seed)
    finally:
        database.close()
    summary = ", ".join(f"{count} {table}" for table, count in counts.items())
    print(f"Demo data written to {database.display_name} in "
          f"{time.perf_counter() - started:.1f} s: {summary}", file=sys.stderr)
    return 0
