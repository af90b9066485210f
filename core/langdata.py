"""Per-language data files for steps: language knowledge is data, not code.

A plugin keeps its data in its package as ``<folder>/<lang>.yaml`` (one file
per ISO 639-1 code, plus ``xx.yaml`` for the language-independent fallback)
and reads it with :func:`load_language_data`::

    rules = textmill.langdata.load_language_data("mypackage", "data/abbrev", "it")

Adding a language is adding a file. Users can merge in their own YAML files
without touching the package (:func:`merge_data`).

Data files are word lists, so they are read with YAML 1.2 booleans: only ``true``
and ``false`` are booleans, and ``no``, ``on``, ``off`` or ``yes`` stay words (YAML
1.1, PyYAML's default, would turn the Spanish ``no`` or the English ``on`` into
booleans).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "FALLBACK",
    "available_languages",
    "load_language_data",
    "load_user_file",
    "merge_data",
]

FALLBACK = "xx"


class LanguageDataError(ValueError):
    """A language data file is missing or malformed."""


_BOOL = "tag:yaml.org,2002:bool"


class _DataLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 booleans (``true``/``false`` only)."""


_DataLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_DataLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _parse(source: str) -> Any:
    return yaml.load(source, Loader=_DataLoader)  # a SafeLoader: builds plain data only


@functools.lru_cache(maxsize=512)
def _read(package: str, folder: str, name: str) -> Mapping[str, Any] | None:
    ref = resources.files(package).joinpath(folder).joinpath(f"{name}.yaml")
    if not ref.is_file():
        return None
    try:
        data = _parse(ref.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LanguageDataError(f"{package}/{folder}/{name}.yaml: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LanguageDataError(f"{package}/{folder}/{name}.yaml must hold a mapping")
    return data


def load_language_data(package: str, folder: str, lang: str | None, *,
                       fallback: bool = True) -> dict[str, Any]:
    """The data for ``lang`` merged over the ``xx`` fallback file.

    Lists are concatenated (fallback first), mappings merged, scalars
    replaced. Unknown languages get the fallback alone. The result is a
    fresh dict the caller may change. Files are read once per process.
    """
    base: dict[str, Any] = {}
    if fallback:
        base = merge_data(base, _read(package, folder, FALLBACK) or {})
    code = (lang or "").lower().split("-")[0].split("_")[0]
    if code and code != FALLBACK:
        specific = _read(package, folder, code)
        if specific is not None:
            base = merge_data(base, specific)
    return base


def available_languages(package: str, folder: str) -> list[str]:
    """Language codes that have a data file in ``package/folder``."""
    root = resources.files(package).joinpath(folder)
    if not root.is_dir():
        return []
    return sorted(
        entry.name[:-5] for entry in root.iterdir()
        if entry.name.endswith(".yaml") and entry.name[:-5] != FALLBACK
    )


def load_user_file(path: str | Path) -> dict[str, Any]:
    """Read a user's YAML data file (for parameters such as ``extra_abbreviations``)."""
    file = Path(path)
    try:
        data = _parse(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LanguageDataError(f"data file not found: {file}") from None
    except yaml.YAMLError as exc:
        raise LanguageDataError(f"{file}: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LanguageDataError(f"{file} must hold a mapping")
    return data


def merge_data(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``extra`` over ``base``: lists concatenate, mappings merge, scalars replace."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = old + value
        elif isinstance(old, Mapping) and isinstance(value, Mapping):
            out[key] = merge_data(old, value)
        else:
            out[key] = value
    return out
