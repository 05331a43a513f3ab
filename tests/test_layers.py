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


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


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
