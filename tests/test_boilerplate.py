"""mark_boilerplate: the seed, per-language interface rules, switches, user rules."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import textmill

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "it-kim-lavrov.txt").read_text(encoding="utf-8")
NOT_ARTICLE = (
    "upday.com 7 godzin temu",
    "(AGI/AFP) www.agi.it Nota: Questo articolo è stato modificato con l'aiuto "
    "dell'Intelligenza Artificiale.",
    "Idź do oryginalnego materiału",
)


def pipeline(boilerplate: dict[str, Any] | None = None,
             language: dict[str, Any] | None = None) -> textmill.Pipeline:
    return textmill.load({"version": 1, "steps": [
        {"step": "detect_language", "params": {"mode": "blocks", **(language or {})}},
        {"step": "mark_boilerplate", "params": boilerplate or {}},
    ]})


def covered(doc: textmill.Document) -> set[int]:
    return {i for s in doc.layer("boilerplate") for i in range(s.start, s.end)}


def article_sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of every article line (headings included), as offsets."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip() and line.strip() not in NOT_ARTICLE:
            for m in re.finditer(r"[^.!?]+[.!?]*", line):
                if m.group().strip():
                    out.append((pos + m.start(), pos + m.end()))
        pos += len(line) + 1
    return out


def test_seed_boilerplate_covers_interface_credit_and_note_only() -> None:
    doc = pipeline()(SEED)
    assert doc.text == SEED
    marked = covered(doc)
    for line in NOT_ARTICLE:
        start = SEED.index(line)
        letters = {start + i for i, ch in enumerate(line) if not ch.isspace()}
        assert letters <= marked, line
    sentences = article_sentences(SEED)
    assert len(sentences) > 15
    for start, end in sentences:
        assert not marked & set(range(start, end)), SEED[start:end]
    heading = SEED.index("Alleanza militare sempre più salda")
    assert heading not in marked
    labels = {doc.span_text(s): s.label for s in doc.layer("boilerplate")}
    assert labels["upday.com 7 godzin temu"] == "interface"
    assert labels["Idź do oryginalnego materiału"] == "interface"
    assert labels["(AGI/AFP) www.agi.it"] == "credit"
    assert labels[NOT_ARTICLE[1][len("(AGI/AFP) www.agi.it "):]] == "note"
    assert all(s.step == "mark_boilerplate" for s in doc.layer("boilerplate"))


@pytest.mark.parametrize("line", [
    "7 hours ago", "vor 7 Stunden", "il y a 7 heures", "hace 7 horas", "7 ore fa",
    "há 7 horas", "7 uur geleden", "3 minuty temu", "Read the original", "Lire la suite",
    "Vai all'articolo originale", "Zum Originalartikel",
])
def test_interface_lines_in_each_language(line: str) -> None:
    text = ("Il governo ha approvato ieri la nuova legge sul bilancio dello Stato.\n\n"
            f"{line}\n\nLa legge entrerà in vigore il primo gennaio del prossimo anno.")
    doc = pipeline(language={"document_bias": 0.0})(text)
    spans = [s for s in doc.layer("boilerplate") if s.label == "interface"]
    assert [doc.span_text(s) for s in spans] == [line]


def test_relative_time_inside_an_article_sentence_is_content() -> None:
    text = ("La guerra è iniziata 3 anni fa e continua ancora oggi in molte regioni del paese.\n"
            "He left 7 hours ago, the police said on Monday after a long search.")
    doc = pipeline({"foreign": False})(text)
    assert doc.layer("boilerplate") == []


def test_bylines_and_inline_notes() -> None:
    text = ("Rome talks end without a deal\nBy Jane Doe\n"
            "The talks ended on Monday without an agreement on the budget. Note: this story "
            "was edited with the help of AI.")
    doc = pipeline()(text)
    labels = [(doc.span_text(s), s.label) for s in doc.layer("boilerplate")]
    assert ("By Jane Doe", "byline") in labels
    assert ("Note: this story was edited with the help of AI.", "note") in labels
    assert all("talks" not in t for t, _ in labels)


def test_foreign_blocks_are_marked_with_their_language() -> None:
    text = ("The government approved the new budget law on Monday after a long debate.\n\n"
            "Die Regierung hat das neue Haushaltsgesetz am Montag nach langer Debatte "
            "verabschiedet.\n\n"
            "The law will come into force on the first of January next year.")
    doc = pipeline()(text)
    assert doc.lang == "en"
    spans = doc.layer("boilerplate")
    assert [(s.label, s.attrs) for s in spans] == [("foreign", {"rule": "language:de"})]
    assert doc.span_text(spans[0]).startswith("Die Regierung")
    off = pipeline({"foreign": False})(text)
    assert off.layer("boilerplate") == []


def test_rules_can_be_turned_off() -> None:
    doc = pipeline({"notes": False, "credits": False, "interface": False,
                    "foreign": False})(SEED)
    assert doc.layer("boilerplate") == []
    only_notes_off = pipeline({"notes": False})(SEED)
    assert "note" not in {s.label for s in only_notes_off.layer("boilerplate")}


def test_user_rules_file_is_merged(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("interface_phrases: ['Abbonati ora']\n", encoding="utf-8")
    text = "Il governo ha approvato la legge sul bilancio.\nAbbonati ora\n"
    assert pipeline()(text).layer("boilerplate") == []
    doc = pipeline({"extra_rules": str(rules)})(text)
    assert [doc.span_text(s) for s in doc.layer("boilerplate")] == ["Abbonati ora"]


def test_requires_lang() -> None:
    with pytest.raises(textmill.PipelineError, match="lang"):
        textmill.load({"version": 1, "steps": ["mark_boilerplate"]})


def test_interface_rules_work_without_a_languages_layer() -> None:
    pipe = textmill.load({"version": 1, "steps": ["detect_language", "mark_boilerplate"]})
    doc = pipe(SEED)
    assert "languages" not in doc.spans
    texts = {doc.span_text(s) for s in doc.layer("boilerplate")}
    assert {"upday.com 7 godzin temu", "Idź do oryginalnego materiału"} <= texts


def test_short_headings_are_never_marked_foreign() -> None:
    body = ("Il governo ha approvato ieri la nuova legge sul bilancio dello Stato dopo un "
            "lungo dibattito in Parlamento.\n\n")
    for heading in ("Ucraina, colloqui a Riad", "Tajani a Bruxelles", "Trump incontra Putin"):
        doc = pipeline()(body + heading + "\n\n" + body)
        assert doc.lang == "it"
        assert doc.layer("boilerplate") == [], heading
