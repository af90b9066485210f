"""detect_language (default backend): seed, thresholds, restriction, bounded cost, accuracy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import textmill
from textmill.plugins.language.identify import Identifier
from textmill.plugins.language.profiles import factory_for, resolve_candidates
from textmill.plugins.language.text_sample import sample

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "it-kim-lavrov.txt").read_text(encoding="utf-8")
SAMPLE = [
    json.loads(line)
    for line in (ROOT / "tests" / "data" / "langid_sample.jsonl").read_text("utf-8").splitlines()
]
SAMPLE_LANGS = sorted({r["lang"] for r in SAMPLE})
POLISH_LINES = ("upday.com 7 godzin temu", "Idź do oryginalnego materiału")


def run(text: str, **params: Any) -> textmill.Document:
    pipe = textmill.load({"version": 1, "steps": [{"step": "detect_language", "params": params}]})
    return pipe(text)


def test_seed_is_italian_with_polish_interface_lines() -> None:
    doc = run(SEED, mode="blocks")
    assert doc.lang == "it"
    info = doc.attrs["language"]
    assert info["lang"] == "it" and info["confidence"] >= 0.99
    assert info["candidates"][0][0] == "it"
    by_text = {doc.span_text(s): s for s in doc.layer("languages")}
    for line in POLISH_LINES:
        assert by_text[line].label == "pl", line
    others = [s for s in doc.layer("languages") if doc.span_text(s) not in POLISH_LINES]
    assert len(others) == 13
    assert all(s.label == "it" for s in others), [(doc.span_text(s), s.label) for s in others]
    assert doc.text == SEED


def test_too_short_or_uncertain_text_is_und() -> None:
    for text in ("", "12:30 !!", "a"):
        doc = run(text)
        assert doc.lang == "und", text
        assert doc.attrs["language"] == {"lang": "und", "confidence": 0.0, "candidates": []}
    doc = run("casa", min_confidence=1.0)
    assert doc.lang == "und"
    assert doc.attrs["language"]["candidates"], "the candidates are still reported"
    assert run("Il governo ha approvato la legge.", min_chars=100).lang == "und"


def test_restriction_applies_inside_the_detector() -> None:
    names = resolve_candidates(["it", "en"])
    assert names == ("en", "it")
    assert factory_for(names, 0).get_lang_list() == ["en", "it"]
    doc = run("Idź do oryginalnego materiału i przeczytaj cały tekst", languages=["it", "en"])
    assert doc.lang in {"it", "en", "und"}
    assert {c[0] for c in doc.attrs["language"]["candidates"]} <= {"it", "en"}
    polish = run("Idź do oryginalnego materiału i przeczytaj cały tekst")
    assert polish.lang == "pl"


def test_unknown_candidate_language_fails_at_setup_with_its_code() -> None:
    with pytest.raises(textmill.PipelineError, match="xq"):
        run("testo", languages=["it", "xq"])


def test_sampling_method_is_langdetect_seeded_and_order_independent() -> None:
    ident = Identifier(SAMPLE_LANGS, method="sampling", min_confidence=0.0)
    texts = [r["text"] for r in SAMPLE if r["length_class"] == "short"][:30]
    first = [ident.identify(t) for t in texts]
    again = [ident.identify(t) for t in reversed(texts)][::-1]
    assert first == again
    other_seed = Identifier(SAMPLE_LANGS, method="sampling", min_confidence=0.0, seed=7)
    assert [other_seed.identify(t) for t in texts] == [
        other_seed.identify(t) for t in texts]


def test_analysed_sample_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = ("Il leader nordcoreano ha assicurato al ministro degli Esteri russo il suo "
                 "sostegno nella guerra. ")
    long_text = paragraph * 5000
    piece = sample(long_text, 1000)
    assert len(piece) <= 1000 + 3 * 4
    assert piece.startswith("Il leader") and "\n" in piece  # several windows
    ident = Identifier(None, max_chars=500)
    seen: list[int] = []
    original = ident._model.log_likelihoods

    def spy(stream: str) -> list[float]:
        seen.append(len(stream))
        return original(stream)

    monkeypatch.setattr(ident._model, "log_likelihoods", spy)
    assert ident.identify(long_text).lang == "it"
    assert ident.identify(paragraph * 50).lang == "it"
    assert seen and max(seen) <= 520


@pytest.mark.parametrize("method", ["chain", "sampling"])
def test_accuracy_on_the_sample(method: str) -> None:
    ident = Identifier(SAMPLE_LANGS, method=method, min_confidence=0.0)
    for length_class, floor in (("medium", 0.95), ("long", 0.95)):
        rows = [r for r in SAMPLE if r["length_class"] == length_class]
        right = sum(ident.identify(r["text"]).lang == r["lang"] for r in rows)
        assert right / len(rows) >= floor, (method, length_class, right, len(rows))


def test_short_texts_answered_are_mostly_right() -> None:
    ident = Identifier(SAMPLE_LANGS)
    rows = [r for r in SAMPLE if r["length_class"] == "short"]
    answers = [(ident.identify(r["text"]).lang, r["lang"]) for r in rows]
    answered = [a for a in answers if a[0] != "und"]
    assert len(answered) >= 0.4 * len(rows)
    assert sum(a == b for a, b in answered) >= 0.85 * len(answered)


def test_common_words_come_from_data_and_can_be_turned_off() -> None:
    with_words = Identifier(["pl", "sl", "it"]).identify("godzin temu")
    without = Identifier(["pl", "sl", "it"], lexicon_weight=0.0).identify("godzin temu")
    assert with_words.lang == "pl"
    assert with_words.confidence > without.confidence or without.lang != "pl"


def test_lexicon_reads_elisions_and_word_endings_from_data() -> None:
    from textmill.plugins.language.lexicon import Lexicon

    codes = ["it", "es", "pl"]
    words = Lexicon(codes, 1.0, 0.0)
    elided = words.boosts("dell'ultimo")  # "dell'" is not listed whole; "ultimo" is
    assert elided[0] > 0 and elided[0] > max(elided[1:])
    endings = Lexicon(codes, 0.0, 1.0)
    # An invented word: only its ending ("-ości") is Polish data.
    boosts = endings.boosts("zbrodniczości")
    assert boosts[2] > 0 and boosts[2] > max(boosts[:2])
    assert Lexicon(codes, 0.0, 0.0).boosts("zbrodniczości") == [0.0, 0.0, 0.0]


def test_small_margin_between_the_top_two_gives_und() -> None:
    strict = Identifier(SAMPLE_LANGS, min_margin=50.0).identify("casa")
    assert strict.lang == "und" and strict.candidates
    lenient = Identifier(SAMPLE_LANGS, min_margin=0.0).identify("casa")
    assert lenient.lang != "und"


def test_names_in_a_heading_do_not_decide_its_language() -> None:
    from textmill.plugins.language.text_sample import split_capitalised

    assert split_capitalised("Tajani a Bruxelles, ieri") == ("a ieri", "Tajani Bruxelles")
    text = ("Tajani a Bruxelles\nIl ministro degli Esteri ha incontrato i colleghi europei "
            "per discutere della guerra e delle sanzioni.")
    doc = run(text, mode="blocks")
    assert doc.lang == "it"
    heading = doc.layer("languages")[0]
    assert doc.span_text(heading) == "Tajani a Bruxelles"
    assert heading.label in {"it", "und"}, heading
    full = run(text, mode="blocks", name_weight=1.0).layer("languages")[0]
    assert full.label == "ca", "names at full weight: the heading came out Catalan"
