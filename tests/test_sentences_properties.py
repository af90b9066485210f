"""Invariants of split_sentences on arbitrary text, and linear behaviour on hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textmill.plugins.sentences.rules import available_languages, rules_for
from textmill.plugins.sentences.splitter import NEWLINE_MODES, split

LANGUAGES = [*available_languages(), None, "zz"]

TOKENS = [
    "a", "Word", "dr", "Dr", "U.S.", "etc", "1", "12", "3.5", "a.m.", "www.agi.it", "x@y.com",
    " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2028", ".", "..", "...", "…", ". . .", "!", "?",
    "?!", ";", ":", ",", "\"", "'", "«", "»", "„", "“", "”", "‘", "’", "(", ")", "[", "]", "•",
    "1.", "2)", "b.", "¿", "¡", "—", "-", "É", "ß", "ǅ", "٣", "。", "\r\n",
]

tokenised = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)


def check_invariants(text: str, spans: list[tuple[int, int, bool]]) -> None:
    previous_end = 0
    covered = 0
    for start, end, heading in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        # everything between sentences is white space
        assert text[previous_end:start].strip() == ""
        assert isinstance(heading, bool)
        covered += len("".join(text[start:end].split()))
        previous_end = end
    assert text[previous_end:].strip() == ""
    assert covered == len("".join(text.split()))  # every non-space character, exactly once


@settings(max_examples=300, deadline=None)
@given(text=st.text(), lang=st.sampled_from(LANGUAGES), mode=st.sampled_from(NEWLINE_MODES))
def test_invariants_on_arbitrary_unicode(text: str, lang: str | None, mode: str) -> None:
    check_invariants(text, split(text, rules_for(lang), mode))


@settings(max_examples=500, deadline=None)
@given(text=tokenised, lang=st.sampled_from(LANGUAGES), mode=st.sampled_from(NEWLINE_MODES))
def test_invariants_on_punctuation_heavy_text(text: str, lang: str | None, mode: str) -> None:
    spans = split(text, rules_for(lang), mode)
    check_invariants(text, spans)
    assert split(text, rules_for(lang), mode) == spans  # deterministic


MB = 1_000_000
KB200 = 200_000

# Inputs aimed at the regexes' repetitions (runs of marks, closers, quotes, spaces), a megabyte
# each: catastrophic backtracking would make any of them take hours, so finishing is the proof.
HOSTILE = {
    "dots": "." * MB + "a",
    "spaced-dots": ". " * (MB // 2) + "x",
    "dot-closer": ".»" * (MB // 2) + "a",
    "closer-dot": "».\"" * (MB // 3) + "a",
    "attached-dots": "a." * (MB // 2),
    "openers": "«„“(" * (MB // 4),
    "straight-quotes": "\"" * MB,
    "newlines": "\n" * MB,
    "space-newlines": " \n" * (MB // 2),
    "one-token": "a" * MB,
    "no-space-sentences": "Abc.Def!Ghi?" * (MB // 12),
}

# Inputs where nearly every character is an event the splitter must judge (linear, but with
# a larger constant): 200 kB each keeps the suite fast.
DENSE = {
    "unclosed-guillemet": "«" + "a. " * (KB200 // 3),
    "markers": "1. " * (KB200 // 3),
    "letter-markers": "a. b. " * (KB200 // 6),
    "titles": "Dr. " * (KB200 // 4),
    "bullets": "• " * (KB200 // 2),
    "ellipsis-words": "a . . . " * (KB200 // 8),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_megabyte_hostile_inputs_finish(name: str) -> None:
    text = HOSTILE[name]
    check_invariants(text, split(text, rules_for("en"), "headlines"))


@pytest.mark.parametrize("name", sorted(DENSE))
def test_event_dense_inputs_finish(name: str) -> None:
    text = DENSE[name]
    check_invariants(text, split(text, rules_for("en"), "headlines"))
