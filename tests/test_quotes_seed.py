"""Seed acceptance: the six quotations of seeds/it-kim-lavrov.txt and who said them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textmill import Document
from textmill.plugins.quotes import AttributeQuotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "it-kim-lavrov.txt"


@pytest.fixture(scope="module")
def seed_quotes() -> list[tuple[str, dict]]:
    text = SEED.read_text(encoding="utf-8")
    doc = Document(text, id="seed", lang="it")
    AttributeQuotes(AttributeQuotes.spec().defaults()).process(doc)
    return [
        (doc.span_text(s), s.attrs) for s in doc.layer("quotes") if s.attrs["kind"] != "indirect"
    ]


def _find(quotes: list[tuple[str, dict]], start: str) -> dict:
    hits = [attrs for text, attrs in quotes if text.startswith(start)]
    assert len(hits) == 1, f"expected one quote starting {start!r}, got {[t for t, _ in quotes]}"
    return hits[0]


def test_six_direct_or_partial_quotes(seed_quotes: list[tuple[str, dict]]) -> None:
    texts = [t for t, _ in seed_quotes]
    assert texts == [
        "incondizionato",
        "certa",
        "in un'atmosfera di fiducia e caloroso cameratismo",
        "pronta a sostenere e incoraggiare incondizionatamente tutte le misure adottate dalla "
        "leadership russa per eliminare la causa principale della crisi ucraina",
        "ferma convinzione che l'esercito e il popolo russo otterranno una vittoria certa "
        "perseguendo la sacra causa di difendere la dignità e gli interessi fondamentali del Paese",
        "questioni importanti per la fedele attuazione degli accordi raggiunti",
    ]
    assert all(a["kind"] in ("direct", "partial") for _, a in seed_quotes)


def test_four_quotes_by_kim(seed_quotes: list[tuple[str, dict]]) -> None:
    kim = [t for t, a in seed_quotes if a["speaker"] == "Kim Jong Un"]
    assert len(kim) == 4
    # after the surname-only mention "Kim ha definito …"
    certa = _find(seed_quotes, "certa")
    assert certa["speaker"] == "Kim Jong Un"
    assert certa["cue"] == "definito"
    # the reporting source differs from the speaker
    assert certa["source"].startswith("media ufficiali")
    # introduced only by the role "Il leader nordcoreano ha espresso …"
    conviction = _find(seed_quotes, "ferma convinzione")
    assert conviction["speaker"] == "Kim Jong Un"
    assert conviction["resolved_by"] == "role"


def test_kcna_quote(seed_quotes: list[tuple[str, dict]]) -> None:
    atmosphere = _find(seed_quotes, "in un'atmosfera")
    assert atmosphere["speaker"] == "KCNA"
    assert atmosphere["cue"] == "riferito"
    text = SEED.read_text(encoding="utf-8")
    start, end = atmosphere["speaker_span"]
    assert text[start:end] == "KCNA"


def test_secondo_la_kcna_is_the_source(seed_quotes: list[tuple[str, dict]]) -> None:
    ready = _find(seed_quotes, "pronta a sostenere")
    assert ready["speaker"] == "Kim Jong Un"
    assert ready["source"] == "KCNA"


def test_the_two_discussed(seed_quotes: list[tuple[str, dict]]) -> None:
    discussed = _find(seed_quotes, "questioni importanti")
    assert discussed["speaker"] == "Kim Jong Un and Sergei Lavrov"
    assert discussed["speakers"] == ["Kim Jong Un", "Sergei Lavrov"]


def test_speaker_spans_point_at_mentions(seed_quotes: list[tuple[str, dict]]) -> None:
    text = SEED.read_text(encoding="utf-8")
    spans = {text[s:e] for s, e in (a["speaker_span"] for _, a in seed_quotes)}
    assert {"Kim Jong Un", "Kim", "KCNA", "I due"} <= spans


def test_quote_spans_exclude_marks(seed_quotes: list[tuple[str, dict]]) -> None:
    for quote, _ in seed_quotes:
        assert quote[0] not in '"“”«»' and quote[-1] not in '"“”«»'


def test_seed_through_the_news_pipeline_when_its_steps_exist() -> None:
    import textmill

    root = SEED.parent.parent
    try:
        pipe = textmill.load(str(root / "pipelines" / "news.yaml"))
    except textmill.PipelineError as exc:  # a step of the pipeline is not built yet
        pytest.skip(f"news pipeline not complete: {exc}")
    doc = pipe(SEED.read_text(encoding="utf-8"))
    quotes = [(doc.span_text(s), s.attrs) for s in doc.layer("quotes") if s.label != "indirect"]
    assert len(quotes) == 6
    assert [a["speaker"] for _, a in quotes] == [
        "Kim Jong Un",
        "Kim Jong Un",
        "KCNA",
        "Kim Jong Un",
        "Kim Jong Un",
        "Kim Jong Un and Sergei Lavrov",
    ]
