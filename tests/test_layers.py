"""The import rules of STYLE.md, checked by walking every module's imports with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "crm_desktop"
QT = ("PySide6", "shiboken6", "pyqtgraph")
FORBIDDEN = {
    "models": QT + ("crm_desktop.services", "crm_desktop.views", "crm_desktop.db",
                    "crm_desktop.app", "crm_desktop.cli"),
    "services": QT + ("crm_desktop.views", "crm_desktop.app", "crm_desktop.cli"),
    "views": ("sqlalchemy", "crm_desktop.db", "crm_desktop.models", "crm_desktop.migrate",
              "sqlite3"),
}


def imported_modules(path: Path, package: list[str] | None = None) -> list[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved)."""
    package = _package_of(path) if package is None else package
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names.append(node.module or "")
                continue
            base = package[: len(package) - node.level + 1]
            names.append(".".join([*base, node.module] if node.module else base))
    return names


def _package_of(path: Path) -> list[str]:
    """``crm_desktop/views/x.py`` → ["crm_desktop", "views"]."""
    try:
        return list(path.resolve().relative_to(PACKAGE.parent).parent.parts)
    except ValueError:  # a file outside the package: its folder is its package
        return [path.parent.name]


def breaches(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_style_allows(layer: str) -> None:
    """models and services never import Qt; views never reach for SQL or the database."""
    assert (PACKAGE / layer).is_dir()
    assert breaches(layer) == []


def test_layer_check_catches_a_breach(tmp_path: Path) -> None:
    """The walker really sees imports (guards against a test that cannot fail)."""
    module = tmp_path / "bad.py"
    module.write_text("import PySide6.QtCore\nfrom sqlalchemy import select\n", encoding="utf-8")
    assert imported_modules(module) == ["PySide6.QtCore", "sqlalchemy"]


def test_relative_imports_are_resolved_too(tmp_path: Path) -> None:
    """``from ...db import x`` in a view is as much a breach as ``from crm_desktop.db``."""
    module = tmp_path / "page.py"
    module.write_text("from ...db import open_database\nfrom .. import worker\n"
                      "from . import columns\n", encoding="utf-8")
    names = imported_modules(module, ["crm_desktop", "views", "customers"])
    assert names == ["crm_desktop.db", "crm_desktop.views", "crm_desktop.views.customers"]
