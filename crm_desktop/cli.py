"""The command line: the window by default, and subcommands for scripts and tests.

Each subcommand lives in ``crm_desktop/commands/<name>.py`` with ``register(subparsers)``;
a ``DomainError`` becomes one line on stderr and exit code 2, with nothing written.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from crm_desktop import __version__
from crm_desktop.services.errors import DomainError

COMMAND_MODULES = (  # each helper adds its name
    "demo", "backup", "restore", "check", "find", "importing", "export", "copy_to",
    "duplicates", "report",
)
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # as a shell reports a process ended by SIGPIPE


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line (exit 2), not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"crm-desktop: {message} (see crm-desktop --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="crm-desktop", description="CRM Desktop: a local-first CRM for small businesses."
    )
    parser.add_argument("--version", action="version", version=f"crm-desktop {__version__}")
    parser.add_argument(
        "--db", metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $CRM_DESKTOP_DB or the user data folder)",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of the window")
    parser.add_argument(
        "--read-only", action="store_true", help="open the window without changing anything"
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"crm_desktop.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from crm_desktop.app import run_gui

            return run_gui(args)
        return int(args.run(args) or EXIT_OK)
    except DomainError as error:
        print(f"crm-desktop: {error.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("crm-desktop: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``… --json | head``): what was asked is
        # done; stop writing, and keep Python from complaining again when it flushes.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
