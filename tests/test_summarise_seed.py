"""The seed article (Italian, with Polish aggregator lines): a clean 3-sentence summary."""

from __future__ import annotations

from pathlib import Path

import pytest
import textmill
from summarise_helpers import add_sentences, mark_lines, summarise

SEED = Path(__file__).resolve().parent.parent / "seeds" / "it-kim-lavrov.txt"
BOILERPLATE = ["upday.com 7 godzin temu", "(AGI/AFP) www.agi.it", "Idź do oryginalnego"]
HEADINGS = ["Kim Jong Un promette sostegno incondizionato a Russia",
            "Alleanza militare sempre più salda", "Supporto militare e dichiarazioni",
            "Accordi del vertice 2024"]
ITALIAN = {"il", "la", "di", "del", "della", "che", "ha", "e", "a", "in", "per", "con", "tra"}


def check_summary(doc: textmill.Document) -> None:
    spans = doc.layer("summary")
    assert len(spans) == 3
    summary = doc.attrs["summary"]
    assert summary == " ".join(doc.span_text(s) for s in spans)
    for piece in BOILERPLATE + HEADINGS + ["Nota:", "Intelligenza Artificiale"]:
        assert piece not in summary, piece
    for span in spans:
        words = set(doc.span_text(span).lower().replace("'", " ").split())
        assert len(words & ITALIAN) >= 2, doc.span_text(span)    # Italian prose sentences
    # the lead of the article is in
    assert summary.startswith("Il leader nordcoreano Kim Jong Un ha assicurato")


def seed_document(label_headings: bool = True) -> textmill.Document:
    doc = textmill.Document(SEED.read_text(encoding="utf-8"), id="seed", lang="it")
    add_sentences(doc, label_headings=label_headings)
    return doc


@pytest.mark.parametrize("method", ["news", "textrank", "lead"])
def test_seed_with_hand_built_layers(method: str) -> None:
    doc = seed_document()
    mark_lines(doc, BOILERPLATE)
    out = summarise(doc, method=method)
    if method == "textrank":   # centrality alone need not keep the lead
        spans = out.layer("summary")
        assert len(spans) == 3
        assert not any(p in out.attrs["summary"] for p in BOILERPLATE + HEADINGS)
    else:
        check_summary(out)


def test_seed_without_upstream_hints() -> None:
    """No boilerplate layer and no heading labels: the step's own data still applies."""
    check_summary(summarise(seed_document(label_headings=False)))


def test_seed_through_the_real_steps() -> None:
    host = textmill.PluginHost()
    registered = host.steps()
    needed = ("mark_boilerplate", "split_sentences")
    if not all(name in registered for name in needed):
        pytest.skip("split_sentences / mark_boilerplate are not available yet")
    steps: list[str] = ["mark_boilerplate", "split_sentences", "summarise"]
    assumes: list[str] = []
    if "detect_language" in registered:
        steps.insert(0, "detect_language")
    else:
        assumes.append("lang")
    pipe = textmill.load({"version": 1, "name": "seed", "on_error": "fail",
                          "assumes": assumes, "steps": steps})
    doc = textmill.Document(SEED.read_text(encoding="utf-8"), id="seed", lang="it")
    out = pipe(doc)
    assert out.lang == "it"
    check_summary(out)
