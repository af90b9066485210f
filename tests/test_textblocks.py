"""textmill.text_blocks: trimmed line and paragraph offsets."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textmill import text_blocks


def test_lines_and_paragraphs_without_surrounding_space() -> None:
    text = "  Primo blocco\nseconda riga\n\n\nterzo  \n"
    assert [text[s:e] for s, e in text_blocks(text)] == [
        "Primo blocco", "seconda riga", "terzo"]
    assert [text[s:e] for s, e in text_blocks(text, "paragraphs")] == [
        "Primo blocco\nseconda riga", "terzo"]
    assert text_blocks("") == [] and text_blocks(" \n\t\n") == []


def test_unknown_unit_is_refused() -> None:
    with pytest.raises(ValueError, match="unit must be 'lines' or 'paragraphs', got 'pages'"):
        text_blocks("x", "pages")


@given(st.text(alphabet=st.sampled_from("ab \n\t\r"), max_size=40))
def test_blocks_are_trimmed_sorted_and_cover_every_non_space(text: str) -> None:
    for unit in ("lines", "paragraphs"):
        spans = text_blocks(text, unit)
        assert all(text[s:e] == text[s:e].strip() and s < e for s, e in spans)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
        covered = {i for s, e in spans for i in range(s, e)}
        assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
