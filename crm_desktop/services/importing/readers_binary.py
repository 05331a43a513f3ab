"""Parent side of the binary readers: run ``_reader_child`` and turn its answer into sheets.

A subprocess (not multiprocessing's fork: the app has Qt threads) keeps a reader that
crashes, loops or allocates without end away from the app. It gets an address-space
limit and a timeout; whatever goes wrong in it becomes one ``FileRefused``.
"""

from __future__ import annotations

import gc
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import crm_desktop
from crm_desktop.services.importing.readers_model import PASSWORD_REASON, RawSheet, refuse

#: Address-space limit of the reader child. 100k x 10 cells needs about 600 MiB.
CHILD_MEMORY_LIMIT = 3 << 30
_CHILD_MODULE = "crm_desktop.services.importing._reader_child"
_DAMAGED = "the file is damaged or too large"


def read_in_child(path: Path, fmt: str, name: str, *, max_rows: int,
                  timeout: float) -> list[RawSheet]:
    """Read a .xlsx/.xlsb/.xls/.ods workbook in a child process."""
    with tempfile.TemporaryDirectory(prefix="crm-read-") as tmp:
        out = Path(tmp) / "result.pickle"
        source = _named_as(path, fmt, Path(tmp))
        cmd = [sys.executable, "-m", _CHILD_MODULE, str(source), str(out), fmt,
               str(max_rows), str(CHILD_MEMORY_LIMIT)]
        try:
            done = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=timeout, env=_child_env(),
                                  check=False)
        except subprocess.TimeoutExpired:
            refuse("file_damaged", name, f"it could not be read in {timeout:g} seconds "
                   f"({_DAMAGED})")
        except OSError as exc:  # the interpreter itself could not start
            refuse("file_unreadable", name, f"the reader could not start ({exc.strerror})")
        if done.returncode != 0 or not out.exists():
            refuse("file_damaged", name, f"it could not be read: {_DAMAGED}")
        result = _load(out, name)
    if not result["ok"]:
        _refuse_from_child(result["code"], name, max_rows)
    return [RawSheet(sheet_name, rows, merged) for sheet_name, rows, merged in result["sheets"]]


def _load(out: Path, name: str) -> dict[str, Any]:
    """Unpickle the child's answer with the cyclic GC paused: a million fresh cells
    would otherwise trigger it over and over (a third of the load time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with out.open("rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError):
        refuse("file_damaged", name, f"it could not be read: {_DAMAGED}")
    finally:
        if was_enabled:
            gc.enable()


def _named_as(path: Path, fmt: str, folder: Path) -> Path:
    """python-calamine picks its parser by extension: give it the sniffed one."""
    link = folder / f"book.{fmt}"
    try:
        link.symlink_to(path.resolve())
    except OSError:  # no symlinks (Windows without privileges): copy instead
        shutil.copyfile(path, link)
    return link


def _refuse_from_child(code: str, name: str, max_rows: int) -> None:
    """The child's verdict as a refusal (literal codes: views/messages.py translates them)."""
    if code == "password_protected":
        refuse("password_protected", name, PASSWORD_REASON)
    if code == "too_many_rows":
        refuse("too_many_rows", name, f"a sheet has more than {max_rows:,} rows; split the file",
               limit=max_rows)
    if code == "file_too_large":
        refuse("file_too_large", name, f"it could not be read: {_DAMAGED}")
    refuse("file_damaged", name, "the file is damaged or is not a spreadsheet this program "
           "can read")


def _child_env() -> dict[str, str]:
    """The child must import this package even when the app was started from elsewhere."""
    env = dict(os.environ)
    root = str(Path(crm_desktop.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    env.pop("PYTHONSTARTUP", None)
    return env
