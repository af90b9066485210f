"""``textmill new-plugin``: write a pip-installable plugin package.

The package has a ``pyproject.toml`` declaring the ``textmill`` entry point,
one example step with a parameter, a test and a README. Installing it with
pip makes the step appear in ``textmill steps`` with no change to textmill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from string import Template

from . import __version__
from .errors import TextmillError

__all__ = ["ScaffoldError", "ScaffoldedPlugin", "create_plugin", "plugin_names"]

_DIST_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")
_PREFIX = "textmill_"


class ScaffoldError(TextmillError):
    """The plugin cannot be created (bad name, folder in the way)."""


@dataclass(frozen=True)
class ScaffoldedPlugin:
    """What :func:`create_plugin` wrote."""

    root: Path
    distribution: str
    module: str
    step_name: str
    files: list[Path] = field(default_factory=list)


def plugin_names(name: str) -> tuple[str, str, str]:
    """(distribution, import module, step name) for a plugin called ``name``.

    ``textmill-longwords`` gives ``("textmill-longwords", "textmill_longwords",
    "longwords")``.
    """
    if not _DIST_NAME.match(name):
        raise ScaffoldError(f"{name!r} is not a valid package name (use letters, digits, "
                            "'-', '_' or '.', starting and ending with a letter or digit)")
    module = re.sub(r"[-_.]+", "_", name).lower()
    step_name = module.removeprefix(_PREFIX) if module != _PREFIX.rstrip("_") else ""
    if not step_name or not step_name.isidentifier():
        raise ScaffoldError(f"cannot derive a step name from {name!r}; choose a name such as "
                            "'textmill-keywords'")
    if not module.isidentifier():
        module = f"{_PREFIX}{module}"
    return name, module, step_name


def create_plugin(name: str, directory: str | Path = ".", *,
                  force: bool = False) -> ScaffoldedPlugin:
    """Write the plugin package ``directory/name`` and return what was written."""
    distribution, module, step_name = plugin_names(name)
    root = Path(directory) / distribution
    if root.exists() and (not root.is_dir() or (any(root.iterdir()) and not force)):
        raise ScaffoldError(f"{root} already exists and is not empty (use --force to write "
                            "into it)")
    values = {
        "distribution": distribution,
        "module": module,
        "step": step_name,
        "class_name": "".join(part.capitalize() for part in step_name.split("_")) + "Step",
        "textmill_version": _minimum_version(),
    }
    layout = {
        "pyproject.toml.tmpl": Path("pyproject.toml"),
        "README.md.tmpl": Path("README.md"),
        "__init__.py.tmpl": Path(module, "__init__.py"),
        "test_step.py.tmpl": Path("tests", f"test_{step_name}.py"),
    }
    templates = resources.files("textmill").joinpath("templates").joinpath("plugin")
    written: list[Path] = []
    for template_name, relative in layout.items():
        text = templates.joinpath(template_name).read_text(encoding="utf-8")
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(Template(text).substitute(values), encoding="utf-8")
        written.append(target)
    return ScaffoldedPlugin(root, distribution, module, step_name, written)


def _minimum_version() -> str:
    release = re.match(r"\d+(?:\.\d+)?", __version__)
    return release.group() if release and release.group() not in ("0", "0.0") else "0.1"
