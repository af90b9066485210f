"""langdetect's language profiles, read once per process, and detectors built from them.

``langdetect.detect`` keeps one global factory with all 55 profiles and an
unseeded random generator. Here each distinct candidate set gets its own
:class:`langdetect.DetectorFactory` holding only those profiles (so a
restriction really applies inside the detector), built once per process and
seeded, so every call starts from the same random state whatever ran before.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from langdetect.detector_factory import DetectorFactory
from langdetect.utils.lang_profile import LangProfile

__all__ = ["Profile", "available_profiles", "factory_for", "load_profiles", "profile_code"]

Profile = Mapping[str, Any]


def profile_code(name: str) -> str:
    """textmill's code for a langdetect profile name (``zh-cn`` -> ``zh``)."""
    return name.split("-")[0]


@functools.lru_cache(maxsize=1)
def available_profiles() -> tuple[str, ...]:
    """Names of langdetect's bundled profiles, sorted (``en``, ``zh-cn``, ...)."""
    root = resources.files("langdetect").joinpath("profiles")
    return tuple(sorted(e.name for e in root.iterdir() if not e.name.startswith(".")))


@functools.lru_cache(maxsize=64)
def _read_profile(name: str) -> Profile:
    ref = resources.files("langdetect").joinpath("profiles").joinpath(name)
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return data


def resolve_candidates(languages: Sequence[str] | None) -> tuple[str, ...]:
    """Profile names for the requested ISO codes (all profiles when None).

    ``zh`` selects both Chinese profiles. Unknown codes raise ValueError.
    """
    names = available_profiles()
    if languages is None:
        return names
    chosen: list[str] = []
    unknown: list[str] = []
    for code in languages:
        code = code.lower()
        hits = [n for n in names if n == code or profile_code(n) == code]
        if not hits:
            unknown.append(code)
        chosen.extend(h for h in hits if h not in chosen)
    if unknown:
        known = ", ".join(sorted({profile_code(n) for n in names}))
        raise ValueError(f"no langdetect profile for {', '.join(unknown)} (known: {known})")
    if len(chosen) < 2:
        raise ValueError(f"need at least two candidate languages, got {list(languages)}")
    return tuple(sorted(chosen))


def load_profiles(names: Sequence[str]) -> dict[str, Profile]:
    """The raw profiles (``freq``, ``n_words``, ``name``) for ``names``; cached."""
    return {name: _read_profile(name) for name in names}


@functools.lru_cache(maxsize=16)
def factory_for(names: tuple[str, ...], seed: int) -> DetectorFactory:
    """A seeded langdetect factory holding exactly the profiles ``names``."""
    factory = DetectorFactory()
    for index, name in enumerate(names):
        data = _read_profile(name)
        profile = LangProfile(name=data["name"], freq=dict(data["freq"]),
                              n_words=list(data["n_words"]))
        factory.add_profile(profile, index, len(names))
    factory.set_seed(seed)
    return factory
