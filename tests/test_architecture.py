"""Structural rules: the core never imports the built-in plugins; built-ins use the public API."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_never_imports_plugins() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path)
                                            if m.startswith("textmill.plugins"))
        for path in (ROOT / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    for path in (ROOT / "core").rglob("*.py"):
        assert "textmill.plugins" not in path.read_text(encoding="utf-8"), path


def test_builtins_use_only_the_public_api() -> None:
    import textmill

    public = {f"textmill.{name}" for name in textmill.__all__} | {"textmill"}
    private = []
    for path in (ROOT / "plugins").rglob("*.py"):
        for module in imported_modules(path):
            if module.startswith("textmill.") and not module.startswith("textmill.plugins") \
                    and module not in public:
                private.append(f"{path.relative_to(ROOT)}: {module}")
    assert private == []


def test_builtins_are_registered_through_entry_points() -> None:
    from importlib.metadata import entry_points

    registered = {ep.value for ep in entry_points(group="textmill")}
    packages = {f"textmill.plugins.{p.name}" for p in (ROOT / "plugins").iterdir()
                if (p / "__init__.py").exists()}
    assert packages <= registered
