"""End to end: the news pipeline on the seed article says what a user expects."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import textmill

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "it-kim-lavrov.txt"
POLISH_LINES = ("upday.com 7 godzin temu", "Idź do oryginalnego materiału")
CREDIT = "(AGI/AFP) www.agi.it Nota: Questo articolo è stato modificato con l'aiuto " \
    "dell'Intelligenza Artificiale."


@pytest.fixture(scope="module")
def seed_doc() -> textmill.Document:
    pipe = textmill.load(ROOT / "pipelines" / "news.yaml")
    return pipe(SEED.read_text(encoding="utf-8"), id="it-kim-lavrov")


def covered(doc: textmill.Document, layer: str, start: int, end: int) -> bool:
    return all(any(s.start <= i < s.end for s in doc.layer(layer))
               for i in range(start, end) if not doc.text[i].isspace())


def test_language_is_italian_and_polish_lines_are_polish(seed_doc: textmill.Document) -> None:
    assert seed_doc.lang == "it"
    polish = [seed_doc.span_text(s) for s in seed_doc.layer("languages") if s.label == "pl"]
    assert polish == list(POLISH_LINES)


def test_polish_lines_and_credit_are_not_the_article(seed_doc: textmill.Document) -> None:
    text = seed_doc.text
    for line in (*POLISH_LINES, CREDIT):
        start = text.index(line)
        assert covered(seed_doc, "boilerplate", start, start + len(line)), line
    article = [s for s in seed_doc.layer("sentences")
               if not any(text[s.start:s.end] in line for line in (*POLISH_LINES, CREDIT))]
    for sentence in article:
        assert not any(b.start < sentence.end and sentence.start < b.end
                       for b in seed_doc.layer("boilerplate")), seed_doc.span_text(sentence)


def test_sentences_cover_the_text_exactly(seed_doc: textmill.Document) -> None:
    sentences = seed_doc.layer("sentences")
    texts = [seed_doc.span_text(s) for s in sentences]
    assert texts[0] == "Kim Jong Un promette sostegno incondizionato a Russia"
    assert "Alleanza militare sempre più salda" in texts
    assert any(t.startswith("(AGI/AFP) www.agi.it") for t in texts)
    assert all(t == t.strip() and t for t in texts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
    assert covered(seed_doc, "sentences", 0, len(seed_doc.text))


def test_six_quotes_with_their_speakers(seed_doc: textmill.Document) -> None:
    quotes = [(seed_doc.span_text(q), q.attrs["speaker"]) for q in seed_doc.layer("quotes")]
    assert [speaker for _, speaker in quotes] == [
        "Kim Jong Un", "Kim Jong Un", "KCNA", "Kim Jong Un", "Kim Jong Un",
        "Kim Jong Un and Sergei Lavrov",
    ]
    assert quotes[0][0] == "incondizionato" and quotes[1][0] == "certa"
    for quote in seed_doc.layer("quotes"):
        start, end = quote.attrs["speaker_span"]
        assert 0 <= start < end <= len(seed_doc.text)
        assert quote.attrs["cue"] and quote.attrs["kind"] in ("direct", "partial")


def test_summary_is_three_article_sentences(seed_doc: textmill.Document) -> None:
    chosen = seed_doc.layer("summary")
    assert len(chosen) == 3
    summary = seed_doc.attrs["summary"]
    assert summary == " ".join(seed_doc.span_text(s) for s in chosen)
    for line in (*POLISH_LINES, "AGI/AFP", "Kim Jong Un promette sostegno incondizionato a Russia",
                 "Alleanza militare sempre più salda"):
        assert line not in summary
