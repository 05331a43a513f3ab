"""Every string the user can see has a Chinese translation, and the shipped .qm matches it."""

from __future__ import annotations

import re
from pathlib import Path

from crm_desktop.views import i18n_tools
from crm_desktop.views.i18n_tools import FIX_HINT, QM_FILE, TS_FILE

PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")


def test_every_source_string_has_a_finished_chinese_translation() -> None:
    missing = i18n_tools.missing_translations(TS_FILE)
    listing = "\n".join(f"  {message.describe()}" for message in missing)
    assert not missing, (
        f"{len(missing)} strings have no Chinese translation:\n{listing}\n{FIX_HINT}"
    )


def test_translations_keep_every_placeholder() -> None:
    wrong = [
        message.describe() for message in i18n_tools.read_ts(TS_FILE)
        if message.finished and set(PLACEHOLDER.findall(message.source))
        != set(PLACEHOLDER.findall(message.translation))
    ]
    assert not wrong, "These translations lose or invent a placeholder:\n" + "\n".join(wrong)


def test_compiled_qm_is_up_to_date_with_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    i18n_tools.compile_qm(TS_FILE, fresh)
    assert QM_FILE.exists() and fresh.read_bytes() == QM_FILE.read_bytes(), (
        f"{QM_FILE.name} is older than {TS_FILE.name}. {FIX_HINT}"
    )


def test_the_app_loads_its_translations_from_inside_the_package() -> None:
    """A wheel carries only the package: the .qm the app loads must live in it and match
    the package-data pattern of pyproject.toml."""
    import tomllib

    import crm_desktop
    from crm_desktop.views.i18n import TRANSLATIONS_DIR

    package = Path(crm_desktop.__file__).resolve().parent
    assert TRANSLATIONS_DIR.resolve() == QM_FILE.parent.resolve()
    relative = QM_FILE.resolve().relative_to(package)
    project = tomllib.loads((package.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["crm_desktop"]
    assert any(relative.match(pattern) or relative.parts[0] == pattern.split("/")[0]
               for pattern in patterns)
