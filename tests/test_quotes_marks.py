"""Quotation-mark scanning: every style, apostrophes, stray marks, paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textmill.plugins.quotes.lexicon import load_lexicon
from textmill.plugins.quotes.marks import scan_quotes

MARKS = load_lexicon("xx").marks


def quotes(text: str) -> list[str]:
    return [text[s.start : s.end] for s in scan_quotes(text, MARKS)]


@pytest.mark.parametrize(
    "text",
    [
        'He said "we will win" today.',
        "He said “we will win” today.",
        "Er sagte „we will win“ heute.",
        "Er sagte „we will win” heute.",
        'Er sagte „we will win" heute.',  # scraped German: a straight closing mark
        "Ha detto «we will win» oggi.",
        "Il a dit « we will win » hier.",
        "Er sagte »we will win« heute.",
        "Er sagte ‚we will win‘ heute.",
        "He said ‘we will win’ today.",
        "He said 'we will win' today.",
        "Il a dit ‹ we will win › hier.",
    ],
)
def test_every_mark_style(text: str) -> None:
    assert quotes(text) == ["we will win"]


def test_apostrophes_are_not_quotes() -> None:
    text = (
        "L'Ucraina non cede: l’esercito dell'Ucraina shouldn't and won't stop, "
        "it's the players' union."
    )
    assert quotes(text) == []


def test_apostrophe_inside_a_quote_does_not_close_it() -> None:
    assert quotes("Disse: «Non c'è un'altra strada per l'Ucraina» ieri.") == [
        "Non c'è un'altra strada per l'Ucraina"
    ]
    assert quotes("She said: 'It isn't over, it's just starting' and left.") == [
        "It isn't over, it's just starting"
    ]


def test_nested_quotes_report_the_outer_one() -> None:
    text = 'Lei ha detto: «Il titolo era "Pace subito" e non altro» ieri.'
    assert quotes(text) == ['Il titolo era "Pace subito" e non altro']
    text = "Er sagte: „Das Motto ‚Nie wieder‘ gilt“, und ging."
    assert quotes(text) == ["Das Motto ‚Nie wieder‘ gilt"]


def test_stray_opening_mark_is_capped_at_the_paragraph() -> None:
    text = (
        'He said "this never closes.\n\nNext paragraph has "a real quote" here.\n\nAnd more text.'
    )
    found = scan_quotes(text, MARKS)
    assert [text[s.start : s.end] for s in found] == ["this never closes.", "a real quote"]
    assert not found[0].closed and found[1].closed
    assert "Next paragraph" not in text[found[0].start : found[0].end]


def test_stray_closing_marks_are_ignored() -> None:
    assert quotes("Prices rose” sharply» in May« and June.") == []


def test_multi_paragraph_quote_reopens_the_mark() -> None:
    text = (
        "La ministra ha detto: «Il primo paragrafo finisce qui.\n\n"
        "«Il secondo continua la citazione.\n\n"
        "«E il terzo la chiude» ha concluso.\n\nFine."
    )
    found = scan_quotes(text, MARKS)
    assert [text[s.start : s.end] for s in found] == [
        "Il primo paragrafo finisce qui.",
        "Il secondo continua la citazione.",
        "E il terzo la chiude",
    ]
    assert len({s.group for s in found}) == 1
    assert [s.reopened for s in found] == [False, True, True]


def test_interrupted_quote_gives_two_segments() -> None:
    text = "«Chi parla di guerra» – spiega la sindaca – «non ha letto il piano»."
    assert quotes(text) == ["Chi parla di guerra", "non ha letto il piano"]


def test_inches_and_feet_are_not_quotes() -> None:
    assert quotes('The 12" single and a 6\' 2" player were sold.') == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab c.\n'\"“”„«»‚‘’‹›")), max_size=200))
def test_any_text_gives_ordered_segments_inside_paragraphs(text: str) -> None:
    found = scan_quotes(text, MARKS)
    last = -1
    for seg in found:
        assert 0 <= seg.open_at < seg.start < seg.end <= seg.close_at <= len(text)
        assert seg.open_at >= last
        last = seg.close_at
        assert "\n\n" not in text[seg.start : seg.end]
