"""Every DomainError the package can raise is shown in the user's language.

The test reads the source with ``ast``: every string literal passed as the code of
``DomainError`` or a subclass, or of a helper that forwards its ``code`` parameter to one
(``refuse(code, file, reason)`` in the importer), must have a template in
``views/message_templates.py`` that its parameters fill, and a Chinese translation.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.services.errors import Cancelled, DomainError, FileRefused, ValidationError
from crm_desktop.views.message_templates import all_templates
from crm_desktop.views.messages import describe, field_label

PACKAGE = Path(__file__).resolve().parents[2] / "crm_desktop"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
CJK = re.compile(r"[\u4e00-\u9fff]")
VARIANT_PARAMS = ("what", "reason")


@dataclass(frozen=True)
class Raised:
    code: str
    params: frozenset[str]  # keyword parameters given (plus those a helper adds)
    variants: tuple[str, ...]  # literal values of ``what``/``reason``
    open_params: bool  # ``**params`` passed on: the names cannot all be known
    where: str

    def template_keys(self) -> list[str]:
        return [f"{self.code}/{variant}" for variant in self.variants] + [self.code]


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(PACKAGE.rglob("*.py"))}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """DomainError and every class deriving from it, however deep."""
    classes = {"DomainError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (isinstance(node, ast.ClassDef) and node.name not in classes
                        and any(_name(base) in classes for base in node.bases)):
                    classes.add(node.name)
                    grew = True
    return classes


def _constructor_calls(tree: ast.Module, classes: set[str]) -> Iterator[ast.Call]:
    """Calls that build an error: ``X(...)`` for an error class, and ``super().__init__``
    inside one."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in classes:
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and _name(inner.func) == "__init__"
                        and isinstance(inner.func, ast.Attribute)
                        and isinstance(inner.func.value, ast.Call)
                        and _name(inner.func.value.func) == "super"):
                    yield inner
        if isinstance(node, ast.Call) and _name(node.func) in classes:
            yield node


@dataclass(frozen=True)
class Helper:
    position: int  # which positional argument is the code
    params: frozenset[str]  # keywords the helper itself passes
    forwards: bool  # passes its **kwargs on


def _module_path(module: str) -> Path:
    return PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


def _resolver(path: Path, tree: ast.Module) -> dict[str, tuple[Path, str]]:
    """Which definition a bare name called in ``path`` means: its own functions first,
    then names imported with ``from crm_desktop… import name``."""
    names: dict[str, tuple[Path, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("crm_desktop"):
            for alias in node.names:
                names[alias.asname or alias.name] = (_module_path(node.module or ""), alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            names[node.name] = (path, node.name)
    return names


def _helpers(trees: dict[Path, ast.Module], classes: set[str]
             ) -> dict[tuple[Path, str], Helper]:
    """Functions that pass one of their parameters on as the code of an error (keyed by
    the file defining them); found again through helpers of helpers."""
    helpers: dict[tuple[Path, str], Helper] = {}
    resolvers = {path: _resolver(path, tree) for path, tree in trees.items()}
    grew = True
    while grew:
        grew = False
        for path, tree in trees.items():
            for func in ast.walk(tree):
                if not isinstance(func, ast.FunctionDef) or (path, func.name) in helpers:
                    continue
                args = [a.arg for a in func.args.args if a.arg not in ("self", "cls")]
                for call in ast.walk(func):
                    target = _helper_of(call, classes, helpers, resolvers[path])
                    if (target is None or not isinstance(call, ast.Call)
                            or len(call.args) <= target.position):
                        continue
                    first = call.args[target.position]
                    if isinstance(first, ast.Name) and first.id in args:
                        helpers[(path, func.name)] = Helper(
                            args.index(first.id),
                            frozenset(k.arg for k in call.keywords if k.arg) | target.params,
                            any(k.arg is None for k in call.keywords))
                        grew = True
                        break
    return helpers


def _helper_of(node: ast.AST, classes: set[str], helpers: dict[tuple[Path, str], Helper],
               resolver: dict[str, tuple[Path, str]]) -> Helper | None:
    """The error class or code-forwarding helper ``node`` calls, if it is such a call."""
    if not isinstance(node, ast.Call):
        return None
    name = _name(node.func) or ""
    if name in classes:
        return Helper(0, frozenset(), False)
    if isinstance(node.func, ast.Name) and name in resolver:
        return helpers.get(resolver[name])
    return None


def raised_codes() -> list[Raised]:
    trees = _trees()
    classes = _error_classes(trees)
    helpers = _helpers(trees, classes)
    found: list[Raised] = []
    for path, tree in trees.items():
        resolver = _resolver(path, tree)
        calls = [(call, Helper(0, frozenset(), False))
                 for call in _constructor_calls(tree, classes)]
        for node in ast.walk(tree):
            helper = _helper_of(node, set(), helpers, resolver)
            if helper is not None and isinstance(node, ast.Call):
                calls.append((node, helper))
        for call, helper in calls:
            if len(call.args) <= helper.position:
                continue
            code = call.args[helper.position]
            if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
                continue  # a helper passing its own parameter on: its callers are checked
            keywords = {k.arg: k.value for k in call.keywords if k.arg}
            variants = tuple(str(keywords[name].value) for name in VARIANT_PARAMS
                             if isinstance(keywords.get(name), ast.Constant))
            params = frozenset(keywords) | helper.params
            if _name(call.func) == "InvalidValue":
                params |= {"value"}  # InvalidValue(code, message, value)
            found.append(Raised(
                code.value, params, variants,
                any(k.arg is None for k in call.keywords),
                f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"))
    return found


def test_the_source_walk_finds_the_codes_of_every_kind_of_raise() -> None:
    """Guards the walk itself: direct raises, subclasses, helpers and super().__init__."""
    codes = {raised.code for raised in raised_codes()}
    assert {"db_in_use", "backup_no_database", "restore_not_a_backup", "no_name_column",
            "wrong_file_type", "password_protected", "invalid_phone", "cancelled",
            "stale_version", "duplicate_name"} <= codes


def test_every_raised_code_has_a_template_its_parameters_fill(qapp: object) -> None:
    templates = all_templates()
    missing: list[str] = []
    unfillable: list[str] = []
    for raised in raised_codes():
        keys = [key for key in raised.template_keys() if key in templates]
        if raised.code not in templates and not (raised.variants and keys):
            missing.append(f"{raised.code} ({raised.where})")
            continue
        options = [t for key in keys for t in (
            [templates[key]] if isinstance(templates[key], str) else templates[key])]
        fillable = [t for t in options
                    if set(PLACEHOLDER.findall(t)) <= raised.params or raised.open_params]
        if not fillable:
            unfillable.append(f"{raised.code} ({raised.where}): gives {sorted(raised.params)}")
    assert not missing, "No template in views/message_templates.py for:\n" + "\n".join(
        sorted(set(missing)))
    assert not unfillable, "No template these parameters fill:\n" + "\n".join(unfillable)


def test_every_template_has_a_chinese_translation(qapp: object, chinese: None) -> None:
    untranslated = []
    for key, template in all_templates().items():
        forms = [template] if isinstance(template, str) else list(template)
        untranslated += [f"{key}: {form!r}" for form in forms if not CJK.search(form)]
    assert not untranslated, "No Chinese for:\n" + "\n".join(untranslated)


def test_a_refused_file_is_named_in_chinese(qapp: object, chinese: None) -> None:
    error = FileRefused("wrong_file_type", "Cannot import a.pdf: this is a PDF document, not "
                        "a spreadsheet.", file="客户.xlsx", what="pdf")
    assert describe(error) == "无法导入 客户.xlsx：这是 PDF 文档，不是电子表格。"


def test_a_contact_field_is_named_in_the_users_words(qapp: object, chinese: None) -> None:
    error = ValidationError("invalid_email", "Email: bad.", field="contacts[2].email",
                            value="li@")
    assert describe(error) == "联系人 2 的邮箱：“li@”不是有效的邮箱地址。"


def test_english_sentences_name_the_field_and_the_value(qapp: object) -> None:
    assert field_label("contacts[2].email") == "contact 2's email"
    error = ValidationError("too_long", "…", field="contacts[1].name", max_length=100)
    assert describe(error) == "Contact 1's name is too long (at most 100 characters)."
    assert describe(Cancelled()) == "The operation was cancelled; nothing was changed."


def test_an_unknown_code_falls_back_to_the_english_message(qapp: object) -> None:
    assert describe(DomainError("brand_new", "Something new went wrong.")) == (
        "Something new went wrong.")


def test_no_code_has_two_templates_in_different_groups() -> None:
    """``all_templates`` merges the groups: a code in two of them would silently lose one
    sentence (the report settings' unknown target once hid the importer's)."""
    from crm_desktop.views import message_templates as m

    seen: dict[str, str] = {}
    for group in (m.database_templates, m.backup_templates, m.customer_templates,
                  m.import_templates, m.deal_templates):
        for code in group():
            assert code not in seen, f"{code} is in {seen[code]} and {group.__name__}"
            seen[code] = group.__name__
