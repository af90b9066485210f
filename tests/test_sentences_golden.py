"""The pySBD "Golden Rules" for the 12 European languages, as a regression suite.

Data copied into tests/data/sbd (MIT, see its README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textmill.plugins.sentences import split_offsets

DATA = Path(__file__).parent / "data" / "sbd"
EUROPEAN = ("bg", "da", "de", "el", "en", "es", "fr", "it", "nl", "pl", "ru", "sk")


def _cases() -> list[tuple[str, int, dict[str, object]]]:
    out = []
    for lang in EUROPEAN:
        cases = json.loads((DATA / f"golden_{lang}.json").read_text(encoding="utf-8"))
        out.extend((lang, i, case) for i, case in enumerate(cases))
    return out


CASES = _cases()


def _split(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_offsets(text, lang)]


def test_all_european_files_are_present() -> None:
    assert len(CASES) == 216
    assert {lang for lang, _, _ in CASES} == set(EUROPEAN)


def test_european_accuracy_is_at_least_99_percent() -> None:
    good = sum(_split(str(case["text"]), lang) == case["expected"] for lang, _, case in CASES)
    assert good / len(CASES) >= 0.99, f"{good}/{len(CASES)}"


@pytest.mark.parametrize(("lang", "index", "case"), CASES,
                         ids=[f"{lang}-{i}" for lang, i, _ in CASES])
def test_known_good_case_keeps_passing(lang: str, index: int, case: dict[str, object]) -> None:
    assert _split(str(case["text"]), lang) == case["expected"]
