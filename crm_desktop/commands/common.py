"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crm_desktop.db import Database, open_database


def open_from_args(args: argparse.Namespace, *, read_only: bool = False) -> Database:
    return open_database(args.db, read_only=read_only)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
