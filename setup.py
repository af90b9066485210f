"""The optional compiled build of textmill (everything else is in pyproject.toml).

``TEXTMILL_COMPILE=1 pip install .`` compiles the hot modules of the quotes step to C
extensions with mypyc (the compiler that ships with mypy and builds mypy and black); the
step then runs 1.3–1.6 times as fast and gives byte-identical output (``.ci/run`` checks
both). Without the variable the install is pure Python, as usual, and needs no compiler.

Why a ``setup.py``: mypy is a build requirement only of the compiled build, and setuptools
takes such conditional build requirements (``setup_requires``) and extension modules from
here only. The modules are compiled from a copy laid out as the installed package
(``textmill/plugins/quotes/…``), since the repository maps ``core/`` and ``plugins/`` onto
``textmill`` and ``textmill.plugins`` and mypyc names a module after its path.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from setuptools import setup

HERE = Path(__file__).resolve().parent
# the modules of the step's inner loops; the lexicon (data loading, caches) and the step's
# plugin glue stay Python
COMPILED = [
    "attribute",
    "cues",
    "incise",
    "indirect",
    "marks",
    "names",
    "nominal",
    "resolve",
    "speakers",
    "text",
]


def _compile_requested() -> bool:
    return os.environ.get("TEXTMILL_COMPILE", "").strip().lower() in {"1", "true", "yes", "on"}


def _staged_sources() -> list[str]:
    """Copy ``core/`` and ``plugins/`` to ``build/mypyc-src/textmill`` (the installed
    layout) and give the paths of the modules to compile there."""
    stage = HERE / "build" / "mypyc-src"
    shutil.rmtree(stage, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyd")
    shutil.copytree(HERE / "core", stage / "textmill", ignore=ignore)
    shutil.rmtree(stage / "textmill" / "plugins", ignore_errors=True)
    shutil.copytree(HERE / "plugins", stage / "textmill" / "plugins", ignore=ignore)
    return [str(stage / "textmill" / "plugins" / "quotes" / f"{name}.py") for name in COMPILED]


def _extension_modules() -> list[Any]:
    if not _compile_requested():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # (the pass that only asks for the build requirements)
        return []
    # (mypy names a module after the folders with an ``__init__.py`` above it, so the
    # staged files compile as ``textmill.plugins.quotes.…``)
    sources = _staged_sources()
    # a configuration of its own (not the project's strict one): third-party packages
    # (pluggy, PyYAML …) need not be in the build environment, and the modules imported
    # but not compiled are only read for their types
    config = HERE / "build" / "mypyc-src" / "mypyc.ini"
    config.write_text("[mypy]\nignore_missing_imports = True\nfollow_imports = silent\n")
    return list(mypycify([f"--config-file={config}", *sources], opt_level="3"))


setup(
    setup_requires=["mypy>=1.10"] if _compile_requested() else [],
    ext_modules=_extension_modules(),
)
