"""The attribute_quotes step: attribution patterns, resolution, layers and parameters."""

from __future__ import annotations

import pytest
import textmill
from quotes_helpers import run, speakers
from textmill import Document, Span
from textmill.plugins.quotes import AttributeQuotes


def test_both_orders_in_english() -> None:
    text = (
        'Mayor Ann Lee opened the bridge. "It took ten years," Lee said. '
        'Engineer Paul Otto added: "It will last a century."'
    )
    assert speakers(text) == [
        ("It took ten years,", "Ann Lee"),
        ("It will last a century.", "Paul Otto"),
    ]


def test_inverted_subject_after_the_quote() -> None:
    text = '"We are not finished," said Senator Maria Ruiz. Her rival disagreed.'
    assert speakers(text) == [("We are not finished,", "Maria Ruiz")]


def test_pronoun_and_follow_on_go_to_the_last_speaker() -> None:
    text = (
        'Coach Tom Hale was furious. "We gave the game away," Hale said. '
        '"Nobody played well." Later he added: "We will train on Sunday."'
    )
    quotes = speakers(text)
    assert [s for _, s in quotes] == ["Tom Hale"] * 3
    resolved = [a["resolved_by"] for _, a in run(text)]
    assert resolved == ["name", "follow-on", "pronoun"]


def test_role_description_resolves_to_the_apposed_name() -> None:
    text = (
        "Il leader nordcoreano Kim Jong Un ha incontrato i giornalisti. "
        "Il leader nordcoreano ha detto: «Siamo pronti»."
    )
    assert speakers(text, "it") == [("Siamo pronti", "Kim Jong Un")]


def test_according_to_gives_speaker_or_source() -> None:
    text = 'The bridge is "perfectly safe", according to the city engineer Paul Otto.'
    [(quote, attrs)] = run(text)
    assert quote == "perfectly safe" and attrs["speaker"] == "Paul Otto"
    text = 'Secondo la KCNA, il ministro Ri Son Gwon ha detto che la visita era "storica".'
    [(quote, attrs)] = [q for q in run(text, "it") if q[1]["kind"] != "indirect"]
    assert attrs["speaker"] == "Ri Son Gwon" and attrs["source"] == "KCNA"


def test_interrupted_quote_shares_speaker_and_id() -> None:
    text = "«Chi parla di guerra» – spiega la sindaca Anna Neri – «non ha letto il piano»."
    quotes = run(text, "it")
    assert [(q, a["speaker"]) for q, a in quotes] == [
        ("Chi parla di guerra", "Anna Neri"),
        ("non ha letto il piano", "Anna Neri"),
    ]
    assert quotes[0][1]["quote_id"] == quotes[1][1]["quote_id"]


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    text = (
        "Ministerin Eva Brandt sagte: „Wir beginnen morgen.\n\n"
        "„Die Arbeiten dauern ein Jahr.“\n\nDanach wurde abgestimmt."
    )
    quotes = run(text, "de")
    assert [(q, a["speaker"]) for q, a in quotes] == [
        ("Wir beginnen morgen.", "Eva Brandt"),
        ("Die Arbeiten dauern ein Jahr.", "Eva Brandt"),
    ]
    assert quotes[0][1]["quote_id"] == quotes[1][1]["quote_id"]
    assert quotes[0][1]["unclosed"] is True


def test_french_inverted_pronoun_and_german_so() -> None:
    text = (
        "Le ministre Paul Roy a parlé longtemps. « Nous tiendrons nos promesses », a-t-il déclaré."
    )
    assert speakers(text, "fr") == [("Nous tiendrons nos promesses", "Paul Roy")]
    text = "Die Lage sei „ernst, aber beherrschbar“, so Innenminister Karl Vogt."
    assert speakers(text, "de") == [("ernst, aber beherrschbar", "Karl Vogt")]


def test_spanish_role_with_apposed_name() -> None:
    text = "«Nadie se queda atrás», afirmó el ministro de Agricultura, Luis Prieto."
    assert speakers(text, "es") == [("Nadie se queda atrás", "Luis Prieto")]


def test_titles_and_names_in_marks_are_not_quotes() -> None:
    text = (
        'The "Washington Post" reported on the film "Jungle Fever" yesterday. '
        'Editor Jane Roe said the story was "carefully checked".'
    )
    assert speakers(text) == [("carefully checked", "Jane Roe")]


def test_unknown_speaker_is_null() -> None:
    text = '"The market will recover next year, whatever happens now."'
    [(_quote, attrs)] = run(text)
    assert attrs["speaker"] is None and attrs["speaker_span"] is None
    assert attrs["confidence"] < 0.5


def test_indirect_speech() -> None:
    text = "Police spokesman Tim Wood said that the road would reopen on Monday."
    [(quote, attrs)] = run(text, indirect=True)
    assert quote == "the road would reopen on Monday"
    assert attrs["kind"] == "indirect" and attrs["speaker"] == "Tim Wood"
    assert run(text) == []  # off by default


def test_boilerplate_is_skipped_unless_asked() -> None:
    text = (
        'Share this: "Click here to subscribe now and save"\n\nMayor Ann Lee said: "We are ready."'
    )
    doc = Document(text, id="b", lang="en")
    doc.set_layer("boilerplate", [Span(0, text.index("\n"), "interface")])
    step = AttributeQuotes(AttributeQuotes.spec().defaults())
    step.process(doc)
    assert [doc.span_text(s) for s in doc.layer("quotes")] == ["We are ready."]
    doc2 = Document(text, id="b", lang="en")
    doc2.set_layer("boilerplate", [Span(0, text.index("\n"), "interface")])
    AttributeQuotes({**AttributeQuotes.spec().defaults(), "skip_boilerplate": False}).process(doc2)
    assert len(doc2.layer("quotes")) == 2


def test_sentences_layer_is_used_when_present() -> None:
    text = 'Mr. Lee spoke. "We are ready," Lee said. "The rest is politics."'
    without = run(text)
    doc = Document(text, id="s", lang="en")
    doc.set_layer("sentences", [Span(0, 14), Span(15, 41), Span(42, len(text))])
    AttributeQuotes(AttributeQuotes.spec().defaults()).process(doc)
    with_layer = [(doc.span_text(s), s.attrs) for s in doc.layer("quotes")]
    assert with_layer == without
    assert [a["speaker"] for _, a in with_layer] == ["Lee", "Lee"]


def test_language_parameter_overrides_doc_lang() -> None:
    text = "«Siamo pronti», ha detto il sindaco Mario Bassi."
    assert all(speaker != "Mario Bassi" for _, speaker in speakers(text, "en"))  # no Italian cues
    assert run(text, "en", language="it")[0][1]["speaker"] == "Mario Bassi"


def test_step_runs_in_a_pipeline_and_output_is_deterministic() -> None:
    pipe = textmill.load(
        {
            "version": 1,
            "name": "q",
            "steps": [{"step": "attribute_quotes", "params": {"language": "it"}}],
        }
    )
    text = "Kim Jong Un ha detto: «La vittoria è certa». Kim ha aggiunto: «Nessun dubbio»."
    first = pipe(text).to_json()
    assert first == pipe(text).to_json()
    doc = textmill.Document.from_json(first)
    assert [s.attrs["speaker"] for s in doc.layer("quotes")] == ["Kim Jong Un", "Kim Jong Un"]
    assert all(s.step for s in doc.layer("quotes"))


@pytest.mark.parametrize(
    "text",
    [
        '"' * 5000,
        "«" * 3000 + "»" * 3000,
        ("word \" ' „ ‚ « » ‹ › “ ” ‘ ’ \n") * 2000,
        'He said "' + "very long " * 20000,
    ],
)
def test_hostile_input_never_crashes_or_swallows_paragraphs(text: str) -> None:
    for quote, _ in run(text):
        assert "\n\n" not in quote


def test_lexicon_caches_stay_bounded_and_keep_answering(monkeypatch: pytest.MonkeyPatch) -> None:
    from textmill.plugins.quotes import lexicon

    lex = lexicon.load_lexicon("de")
    words = ["Angst", "Merkel", "ZDF", "Bürgermeister", "Haus", "Schmidt", "Regierung"]
    expected = [lex.lone_word(w) for w in words] + [lex.is_title_noun(w) for w in words]
    monkeypatch.setattr(lexicon, "_CACHE_LIMIT", 3)
    lex._lone_cache.clear()
    lex._title_cache.clear()
    for _ in range(2):
        answers = [lex.lone_word(w) for w in words] + [lex.is_title_noun(w) for w in words]
        assert answers == expected
        assert len(lex._lone_cache) <= 3 and len(lex._title_cache) <= 3
        assert words[-1] in lex._lone_cache  # a full cache starts over: recent words stay


def test_given_name_lists_are_consistent() -> None:
    from textmill.plugins.quotes import lexicon

    lex = lexicon.load_lexicon("es")
    female, male = lex.female_given_names, lex.male_given_names
    given = set(lex.given_names)
    assert female <= given and male <= given
    assert not female & male  # a name used for both sexes is in neither list
    assert all(name == name.casefold() for name in lex.given_names)
    # names from many regions make a run a person: "Carolina Almeida", "Nieves Arranz"
    assert {"carolina", "nieves", "siobhán", "łukasz"} <= given
