"""The systems compared by ``bench_langid.py``: each maps a text to an ISO code or ``und``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import langdetect
import textmill
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile
from textmill.plugins.language.profiles import load_profiles, resolve_candidates


@dataclass
class System:
    """A named detector."""

    name: str
    description: str
    detect: Callable[[str], str]


def _textmill(params: dict[str, Any], backend: str | None = None) -> Callable[[str], str]:
    entry: dict[str, Any] = {"step": "detect_language", "params": params}
    if backend:
        entry["backend"] = backend
    pipe = textmill.load({"version": 1, "on_error": "fail", "steps": [entry]})

    def detect(text: str) -> str:
        return pipe(text).lang or "und"

    return detect


def _raw_langdetect(langs: Sequence[str]) -> Callable[[str], str]:
    factory = DetectorFactory()
    names = resolve_candidates(langs)
    profiles = load_profiles(names)
    for index, name in enumerate(names):
        data = profiles[name]
        factory.add_profile(LangProfile(name=data["name"], freq=dict(data["freq"]),
                                        n_words=list(data["n_words"])), index, len(names))
    factory.set_seed(0)

    def detect(text: str) -> str:
        detector = factory.create()
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:
            return "und"
        return found[0].lang if found else "und"

    return detect


def _raw_langdetect_all() -> Callable[[str], str]:
    langdetect.DetectorFactory.seed = 0

    def detect(text: str) -> str:
        try:
            found = langdetect.detect_langs(text)
        except LangDetectException:
            return "und"
        return found[0].lang if found else "und"

    return detect


def _raw_lingua(langs: Sequence[str]) -> Callable[[str], str]:
    import lingua

    codes = [lingua.IsoCode639_1.from_str(code) for code in langs]
    detector = lingua.LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def detect(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found is not None else "und"

    return detect


def build_systems(langs: Sequence[str], *, lingua: bool = True) -> list[System]:
    """Every system, candidates restricted to ``langs``."""
    langs = list(langs)
    systems = [
        System("textmill", "detect_language, default backend and parameters (chain method)",
               _textmill({"languages": langs})),
        System("textmill/sampling", "detect_language, method: sampling (langdetect's "
               "seeded detector), min_confidence 0", _textmill(
                   {"languages": langs, "method": "sampling", "min_confidence": 0.0})),
        System("langdetect", "raw langdetect: own DetectorFactory with the same profiles, "
               "seed 0, get_probabilities()", _raw_langdetect(langs)),
        System("langdetect/all", "raw langdetect.detect_langs (global factory, all 55 "
               "profiles, seed 0)", _raw_langdetect_all()),
    ]
    if lingua:
        try:
            raw = _raw_lingua(langs)
        except ImportError:
            print("lingua not installed: lingua systems skipped")
        else:
            systems.append(System("textmill/lingua", "detect_language, backend: lingua",
                                  _textmill({"languages": langs}, backend="lingua")))
            systems.append(System("lingua", "raw lingua-py, same languages, "
                                  "detect_language_of()", raw))
    return systems
