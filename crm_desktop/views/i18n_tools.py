"""Keep the Chinese translation complete: ``python -m crm_desktop.views.i18n_tools update``.

``update`` (what ``make translations`` runs) extracts every ``self.tr(...)``,
``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` string from the views
and ``app.py`` into ``crm_desktop/resources/translations/crm_desktop_zh_CN.ts``, keeping the
translations already there and dropping strings no longer used, then compiles the
``.qm`` the app loads. New strings arrive as ``type="unfinished"``: fill in their
``<translation>`` (in Qt Linguist, ``pyside6-linguist``, or any editor), remove
``type="unfinished"``, and run ``update`` again. ``check`` lists what is missing.

Source locations are left out of the ``.ts`` on purpose: several people add strings at
the same time, and line numbers would make every merge of the file conflict.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "crm_desktop"
TS_FILE = PACKAGE / "resources" / "translations" / "crm_desktop_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
FIX_HINT = (
    "Run `make translations`, then translate the new entries in "
    "crm_desktop/resources/translations/crm_desktop_zh_CN.ts (fill <translation>, remove "
    'type="unfinished"; keep every {placeholder}), and run `make translations` again '
    "to rebuild the .qm."
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool

    def describe(self) -> str:
        return f"[{self.context}] {self.source!r}"


def source_files() -> list[Path]:
    """Every file whose strings the user sees: the views and the app wiring."""
    return sorted((PACKAGE / "views").rglob("*.py")) + [PACKAGE / "app.py"]


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` beside this Python, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment.")
    return found


def extract(ts_file: Path) -> None:
    """Update ``ts_file`` from the sources (lupdate keeps existing translations)."""
    files = [str(path) for path in source_files()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
         "-target-language", "zh_CN", "-ts", str(ts_file)],
        check=True, capture_output=True, text=True,
    )


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True, capture_output=True, text=True,
    )


def read_ts(ts_file: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                text, kind = "", "unfinished"
            else:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = " | ".join(forms) if forms else (translation.text or "")
                kind = translation.get("type", "")
            messages.append(Message(name, message.findtext("source") or "", text,
                                    finished=kind not in ("unfinished", "vanished", "obsolete")
                                    and bool(text.strip())))
    return messages


def missing_translations(committed_ts: Path = TS_FILE) -> list[Message]:
    """Strings in the current sources without a finished translation in ``committed_ts``."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh_zh_CN.ts"
        extract(fresh)
        wanted = read_ts(fresh)
    have = {(m.context, m.source): m for m in read_ts(committed_ts)} \
        if committed_ts.exists() else {}
    return [m for m in wanted
            if not (have.get((m.context, m.source)) and have[(m.context, m.source)].finished)]


def update() -> int:
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    extract(TS_FILE)
    compile_qm(TS_FILE, QM_FILE)
    unfinished = [m for m in read_ts(TS_FILE) if not m.finished]
    print(f"{TS_FILE.relative_to(ROOT)}: {len(read_ts(TS_FILE))} strings, "
          f"{len(unfinished)} still to translate; {QM_FILE.relative_to(ROOT)} rebuilt.")
    for message in unfinished:
        print(f"  to translate: {message.describe()}")
    return 0


def check() -> int:
    missing = missing_translations()
    for message in missing:
        print(f"no Chinese translation: {message.describe()}")
    if missing:
        print(FIX_HINT)
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    commands = {"update": update, "check": check}
    if len(args) != 1 or args[0] not in commands:
        print("usage: python -m crm_desktop.views.i18n_tools update|check", file=sys.stderr)
        return 2
    return commands[args[0]]()


if __name__ == "__main__":
    raise SystemExit(main())
