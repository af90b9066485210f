"""Tests of the keywords step: extraction quality, offsets, languages, the contract."""

from __future__ import annotations

from pathlib import Path

import pytest
import textmill
from textmill.testing import check_step
from textmill_keywords import Keywords, extract_keyphrases

HERE = Path(__file__).resolve().parent

NEWS_EN = (
    "Council approves new budget for city parks\n\n"
    "The city council approved a new budget for the parks on Tuesday. \"This is a good day "
    "for our parks,\" said Mayor Jane Smith. The budget adds three new parks and repairs "
    "old playgrounds.\n\nCritics said the parks budget ignores public transport. Mayor Jane "
    "Smith rejected the criticism.\n"
)
NEWS_IT = (
    "Kim Jong Un promette sostegno incondizionato a Russia\n\n"
    "Il leader nordcoreano Kim Jong Un ha assicurato al ministro degli Esteri russo Sergei "
    "Lavrov il suo sostegno nella guerra. La Corea del Nord ha già inviato soldati. "
    "Mosca e Pyongyang hanno firmato un patto. Secondo la Corea del Nord la vittoria "
    "della Russia è certa. Kim Jong Un ha ricevuto Lavrov a Pyongyang.\n"
)


def run(text: str, lang: str | None = None, **params: object) -> textmill.Document:
    step = Keywords({**Keywords.spec().defaults(), **params})
    doc = textmill.Document(text, id="t", lang=lang)
    step.process(doc)
    return doc


def test_finds_the_topic_of_an_english_article() -> None:
    doc = run(NEWS_EN, "en", top=5)
    keys = [k["key"] for k in doc.attrs["keywords"]]
    assert "mayor jane smith" in keys
    assert {"parks", "budget"} <= set(keys) | {w for k in keys for w in k.split()}
    assert [k["rank"] for k in doc.attrs["keywords"]] == list(range(1, len(keys) + 1))
    scores = [k["score"] for k in doc.attrs["keywords"]]
    assert scores == sorted(scores)


def test_italian_names_survive_stopwords() -> None:
    # "un" is an Italian stopword, but "Un" inside "Kim Jong Un" is part of a name.
    keys = [k["key"] for k in run(NEWS_IT, "it", top=5).attrs["keywords"]]
    assert keys[0] == "kim jong un"
    assert "corea del nord" in keys


def test_no_phrase_starts_or_ends_with_a_stopword() -> None:
    for text, lang in ((NEWS_EN, "en"), (NEWS_IT, "it")):
        step = Keywords({**Keywords.spec().defaults()})
        stop = step.rules(lang).stopwords
        for item in run(text, lang, top=30).attrs["keywords"]:
            words = item["key"].split()
            assert words[0] not in stop or item["phrase"].split()[0][0].isupper()
            assert words[-1] not in stop or item["phrase"].split()[-1][0].isupper()


def test_spans_cover_every_occurrence_with_exact_offsets() -> None:
    doc = run(NEWS_EN, "en", top=5)
    by_key = {k["key"]: k for k in doc.attrs["keywords"]}
    for span in doc.layer("keywords"):
        assert doc.span_text(span).casefold() == span.label
        assert span.attrs == {"rank": by_key[span.label]["rank"]}
        assert span.step is None  # outside a pipeline; the runner fills provenance in
    for key, item in by_key.items():
        assert sum(1 for s in doc.layer("keywords") if s.label == key) == item["count"]
    assert doc.attrs["keywords"][0]["count"] == 2  # "Mayor Jane Smith" appears twice


def test_language_comes_from_the_document_or_the_parameter() -> None:
    without = [k["key"] for k in run(NEWS_EN, None, top=40).attrs["keywords"]]
    english = [k["key"] for k in run(NEWS_EN, "en", top=40).attrs["keywords"]]
    forced = [k["key"] for k in run(NEWS_EN, None, top=40, language="en").attrs["keywords"]]
    assert english == forced
    assert any(k.split()[0] in {"the", "for", "a"} for k in without)
    assert not any(k.split()[0] in {"the", "for", "a"} for k in english)


def test_extra_stopwords_and_max_words() -> None:
    keys = [k["key"] for k in run(NEWS_EN, "en", top=40, extra_stopwords=["Parks"],
                                  max_words=1).attrs["keywords"]]
    assert "parks" not in keys
    assert all(" " not in k for k in keys)


def test_boilerplate_is_skipped() -> None:
    text = "Subscribe to our newsletter newsletter newsletter\n\n" + NEWS_EN
    doc = textmill.Document(text, id="b", lang="en")
    doc.add_span("boilerplate", 0, text.index("\n"), label="interface")
    step = Keywords({**Keywords.spec().defaults()})
    step.process(doc)
    assert "newsletter" not in [k["key"] for k in doc.attrs["keywords"]]
    step = Keywords({**Keywords.spec().defaults(), "skip_boilerplate": False})
    doc.set_layer("keywords", [])
    step.process(doc)
    assert "newsletter" in [k["key"] for k in doc.attrs["keywords"]]


def test_sentence_layer_is_used_when_present() -> None:
    # Without sentence ends a headline runs into the first sentence; a sentences
    # layer splits them, so no phrase crosses the boundary.
    text = "Budget Vote Today The council votes on the budget today"
    doc = textmill.Document(text, id="s", lang="en")
    doc.add_span("sentences", 0, 17)
    doc.add_span("sentences", 18, len(text))
    Keywords({**Keywords.spec().defaults(), "top": 50}).process(doc)
    for span in doc.layer("keywords"):
        assert span.end <= 17 or span.start >= 18


def test_extraction_is_deterministic_and_empty_safe() -> None:
    first = extract_keyphrases(NEWS_IT, stopwords={"il", "la"})
    again = extract_keyphrases(NEWS_IT, stopwords={"il", "la"})
    assert first == again
    assert extract_keyphrases("") == []
    assert extract_keyphrases(" \n\t ") == []
    assert extract_keyphrases("123 456") == []


def test_keywords_keeps_the_textmill_contract() -> None:
    check_step(Keywords, before=[], long_chars=30_000)
    check_step(Keywords, params={"top": 3, "max_words": 1, "language": "it"}, before=[],
               docs=[NEWS_IT, NEWS_EN], edge_cases=False)


def test_wrong_parameters_are_rejected_with_position() -> None:
    with pytest.raises(textmill.PipelineError, match="max_words"):
        textmill.load({"steps": [{"step": "keywords", "params": {"max_words": 0}}]},
                      plugins=["textmill_keywords"])
