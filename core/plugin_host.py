"""Plugin discovery: entry points, local modules, blocking, failure isolation.

Every pipeline gets its own :class:`PluginHost` (a pluggy ``PluginManager``
plus what was loaded and what failed), so pipelines with different plugins
coexist in one process.

Environment variables:

``TEXTMILL_BLOCK_PLUGINS``
    Comma-separated plugin (entry-point) or distribution names not to load.
``TEXTMILL_DISABLE_PLUGIN_AUTOLOAD``
    When set to ``1``, no entry point is loaded; only plugins named in the
    pipeline file or with ``--plugin`` are.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from types import ModuleType
from typing import Any

import pluggy

from . import hookspecs
from .steps import StepSpec, as_step_spec

__all__ = [
    "BLOCK_ENV",
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "PluginHost",
    "PluginInfo",
    "blocked_plugin_names",
    "compiled_modules",
]

ENTRY_POINT_GROUP = "textmill"
BLOCK_ENV = "TEXTMILL_BLOCK_PLUGINS"
NO_AUTOLOAD_ENV = "TEXTMILL_DISABLE_PLUGIN_AUTOLOAD"


@dataclass(frozen=True)
class PluginInfo:
    """A loaded plugin: its name, where it came from, and the hooks it implements."""

    name: str
    distribution: str
    version: str
    source: str  # "entry point", "pipeline", "argument"
    hooks: tuple[str, ...] = ()
    # the plugin's modules loaded from compiled extensions (C, mypyc, Cython …), if any
    compiled: tuple[str, ...] = ()


@dataclass(frozen=True)
class PluginFailure:
    """A plugin that could not be loaded (or whose registration hook raised)."""

    name: str
    distribution: str
    error: str
    details: str = field(default="", repr=False)

    def __str__(self) -> str:
        where = f" (from {self.distribution})" if self.distribution else ""
        return f"plugin {self.name!r}{where} failed to load: {self.error}"


def blocked_plugin_names() -> set[str]:
    """Names listed in ``TEXTMILL_BLOCK_PLUGINS``."""
    raw = os.environ.get(BLOCK_ENV, "")
    return {part.strip() for part in raw.split(",") if part.strip()}


class PluginLoadError(Exception):
    """A plugin named explicitly (pipeline file or ``--plugin``) could not be loaded."""


class PluginHost:
    """One pluggy plugin manager and the registry built from it."""

    def __init__(self, *, autoload: bool | None = None) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self.plugins: list[PluginInfo] = []
        self.failures: list[PluginFailure] = []
        self._steps: dict[str, list[StepSpec]] | None = None
        if autoload is None:
            autoload = os.environ.get(NO_AUTOLOAD_ENV, "") not in ("1", "true", "yes")
        if autoload:
            self.load_entry_points()

    # -- loading ---------------------------------------------------------------
    def load_entry_points(self) -> None:
        """Load every plugin of the ``textmill`` entry-point group, isolating failures."""
        blocked = blocked_plugin_names()
        seen: set[str] = set()
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            dist_name, version = _dist_of(ep)
            if ep.name in seen or ep.name in blocked or dist_name in blocked:
                continue
            seen.add(ep.name)
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken plugin never takes the host down
                self.failures.append(
                    PluginFailure(ep.name, dist_name, _one_line(exc), traceback.format_exc())
                )
                continue
            self._register(plugin, ep.name, dist_name, version, "entry point")

    def load_module(self, reference: str, *, base_dir: Path | None = None,
                    source: str = "pipeline") -> PluginInfo:
        """Load a plugin named by dotted module name or ``.py`` path.

        Relative paths are resolved against ``base_dir`` (the pipeline file's
        folder). Raises :class:`PluginLoadError` with the reason on failure.
        """
        existing = next((p for p in self.plugins if p.name == reference), None)
        if existing is not None:
            return existing
        try:
            module = _import_reference(reference, base_dir)
        except Exception as exc:
            raise PluginLoadError(f"cannot load plugin {reference!r}: {_one_line(exc)}") from exc
        if not _has_hookimpls(module):
            raise PluginLoadError(
                f"plugin {reference!r} implements no textmill hook "
                "(decorate functions with @textmill.hookimpl)"
            )
        if self.pm.is_registered(module):
            return next(p for p in self.plugins if p.name == self.pm.get_name(module))
        return self._register(module, reference, "", "", source)

    def register(self, plugin: Any, name: str | None = None) -> PluginInfo:
        """Register an in-memory plugin object (a module, class or instance)."""
        return self._register(plugin, name or _object_name(plugin), "", "", "argument")

    def _register(self, plugin: Any, name: str, dist: str, version: str,
                  source: str) -> PluginInfo:
        try:
            self.pm.register(plugin, name=name)
        except Exception as exc:
            failure = PluginFailure(name, dist, _one_line(exc), traceback.format_exc())
            if source != "entry point":
                raise PluginLoadError(str(failure)) from exc
            self.failures.append(failure)
            return PluginInfo(name, dist, version, source)
        hooks = tuple(sorted(h.name for h in self.pm.get_hookcallers(plugin) or ()))
        info = PluginInfo(name, dist, version, source, hooks, compiled_modules(plugin))
        self.plugins.append(info)
        self._steps = None
        return info

    # -- registries ------------------------------------------------------------
    def steps(self) -> dict[str, list[StepSpec]]:
        """Every registered step, by name; several entries mean competing providers."""
        if self._steps is None:
            registry: dict[str, list[StepSpec]] = {}
            for spec in self._collect("textmill_register_steps", as_step_spec):
                registry.setdefault(spec.name, []).append(spec)
            self._steps = registry
        return self._steps

    def contributions(self, hook_name: str) -> list[tuple[PluginInfo, Any]]:
        """What each plugin returned from a ``textmill_register_*`` hook, with its plugin."""
        out: list[tuple[PluginInfo, Any]] = []
        by_name = {p.name: p for p in self.plugins}
        caller = getattr(self.pm.hook, hook_name)
        for impl in reversed(caller.get_hookimpls()):  # registration order
            info = by_name.get(impl.plugin_name) or PluginInfo(impl.plugin_name, "", "", "")
            try:
                items = impl.function() or ()
                listed = list(items)
            except Exception as exc:
                self._fail_once(info, f"{hook_name}() raised {_one_line(exc)}")
                continue
            out.extend((info, item) for item in listed)
        return out

    def _collect(self, hook_name: str, normalise: Any) -> Iterable[StepSpec]:
        for info, item in self.contributions(hook_name):
            try:
                spec = normalise(item)
            except Exception as exc:
                self._fail_once(info, f"{hook_name}() returned an invalid item: {exc}")
                continue
            yield dataclasses.replace(
                spec, plugin=info.name, distribution=info.distribution, version=info.version
            )

    def _fail_once(self, info: PluginInfo, message: str) -> None:
        failure = PluginFailure(info.name, info.distribution, message)
        if failure not in self.failures:
            self.failures.append(failure)

    def has_wrappers(self, hook_name: str) -> bool:
        """True when some plugin implements ``hook_name``."""
        return bool(getattr(self.pm.hook, hook_name).get_hookimpls())


def _dist_of(ep: EntryPoint) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return "", ""
    return str(dist.metadata["Name"] or ""), str(dist.version or "")


def _import_reference(reference: str, base_dir: Path | None) -> ModuleType:
    if reference.endswith(".py") or "/" in reference or os.sep in reference:
        path = Path(reference).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        path = path.resolve()
        if not path.is_file():
            raise FileNotFoundError(f"no such file: {path}")
        digest = hashlib.sha1(str(path).encode()).hexdigest()[:10]
        module_name = f"textmill_local_{path.stem}_{digest}"
        if module_name in sys.modules:
            return sys.modules[module_name]
        spec = importlib.util.spec_from_file_location(module_name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[module_name]
            raise
        return module
    return importlib.import_module(reference)


def _has_hookimpls(module: ModuleType) -> bool:
    marker = f"{hookspecs.PROJECT_NAME}_impl"
    return any(hasattr(getattr(module, n, None), marker) for n in dir(module))


def _object_name(plugin: Any) -> str:
    return str(getattr(plugin, "__name__", None) or type(plugin).__name__)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def describe_providers(specs: Sequence[StepSpec]) -> str:
    """``'a' (from dist-a), 'b' (from dist-b)`` for error messages."""
    return ", ".join(
        f"plugin {s.plugin!r}" + (f" (distribution {s.distribution})" if s.distribution else "")
        for s in specs
    )


def compiled_modules(plugin: Any) -> tuple[str, ...]:
    """The modules of a plugin's package (imported so far) that were loaded from compiled
    extensions rather than Python source: ``names`` and ``text`` of a package compiled
    with mypyc, say. Empty for a pure-Python plugin or one that is no module."""
    package = getattr(plugin, "__name__", None)
    if not isinstance(plugin, ModuleType) or not isinstance(package, str):
        return ()
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    for name, module in list(sys.modules.items()):
        if name != package and not name.startswith(package + "."):
            continue
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(suffixes):
            found.append(name.removeprefix(package + ".") if name != package else name)
    return tuple(sorted(found))
