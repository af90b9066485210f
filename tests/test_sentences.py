"""split_sentences: behaviour of the rules, parameters and the step."""

from __future__ import annotations

from pathlib import Path

import pytest
import textmill
from textmill.plugins.sentences import SplitSentences, split_offsets
from textmill.plugins.sentences.rules import available_languages, rules_for


def sents(text: str, lang: str | None = "en", newlines: str = "headlines") -> list[str]:
    return [text[s:e] for s, e in split_offsets(text, lang, newlines)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # abbreviations and titles
    ("it", "Il Dott. Rossi è arrivato. La Sig.na Bianchi no.",
     ["Il Dott. Rossi è arrivato.", "La Sig.na Bianchi no."]),
    ("en", "Gov. Newsom spoke on Monday. He was brief.",
     ["Gov. Newsom spoke on Monday.", "He was brief."]),
    ("fr", "M. Dupont est arrivé. Il est parti.", ["M. Dupont est arrivé.", "Il est parti."]),
    ("es", "El Sr. García llegó. Luego se fue.", ["El Sr. García llegó.", "Luego se fue."]),
    ("de", "Der Umsatz stieg auf 3 Mrd. Euro. Das ist viel.",
     ["Der Umsatz stieg auf 3 Mrd. Euro.", "Das ist viel."]),
    # initials and acronyms
    ("en", "Sarah J. Miller wrote it. Then she left.",
     ["Sarah J. Miller wrote it.", "Then she left."]),
    ("en", "He moved to the U.S. in 1990. It was cold.",
     ["He moved to the U.S. in 1990.", "It was cold."]),
    ("en", "He lives in the U.S. The weather is fine.",
     ["He lives in the U.S.", "The weather is fine."]),
    # a.m. / p.m.
    ("en", "We met at 9 a.m. and left at 5 p.m. It was a long day.",
     ["We met at 9 a.m. and left at 5 p.m.", "It was a long day."]),
    # decimals, thousands, percentages
    ("it", "Il PIL è cresciuto dello 0,8%. La spesa è di 24,5 miliardi, 1,200 in più.",
     ["Il PIL è cresciuto dello 0,8%.", "La spesa è di 24,5 miliardi, 1,200 in più."]),
    ("en", "It costs $3.50. That is cheap.", ["It costs $3.50.", "That is cheap."]),
    # ordinals and dates
    ("de", "Am 1. März beginnt es. Am 12. Juni endet es.",
     ["Am 1. März beginnt es.", "Am 12. Juni endet es."]),
    ("de", "Er kam im Jahr 1990. Dann ging er.", ["Er kam im Jahr 1990.", "Dann ging er."]),
    ("de", "„Das gehört zum Sport, auch mit 62.“ Sein Trainer schwieg.",
     ["„Das gehört zum Sport, auch mit 62.“", "Sein Trainer schwieg."]),
    # ellipses
    ("en", "I waited... Nobody came. Well... maybe later.",
     ["I waited...", "Nobody came.", "Well... maybe later."]),
    ("it", "Aspettava… Poi andò via.", ["Aspettava…", "Poi andò via."]),
    # URLs, e-mails, domains
    ("it", "Leggi su www.agi.it e su upday.com la notizia. Scrivi a info@agi.it. Grazie.",
     ["Leggi su www.agi.it e su upday.com la notizia.", "Scrivi a info@agi.it.", "Grazie."]),
    ("en", "See https://example.org/a.b/c.html for more. Thanks.",
     ["See https://example.org/a.b/c.html for more.", "Thanks."]),
    ("en", "Go to upday.com. It is quick.", ["Go to upday.com.", "It is quick."]),
    # closing quotes and brackets after the final mark
    ("en", "He said it was “good for business.” Then he left.",
     ["He said it was “good for business.”", "Then he left."]),
    ("it", "«Siamo pronti.» Poi è uscito.", ["«Siamo pronti.»", "Poi è uscito."]),
    ("en", "He left. (He was tired.) Then she left.",
     ["He left.", "(He was tired.)", "Then she left."]),
    # quotations with several sentences stay whole
    ("it", "«Siamo pronti. Non abbiamo paura», ha detto il ministro. Poi è uscito.",
     ["«Siamo pronti. Non abbiamo paura», ha detto il ministro.", "Poi è uscito."]),
    ("de", "„Wir sind bereit. Wir haben keine Angst“, sagte er. Dann ging er.",
     ["„Wir sind bereit. Wir haben keine Angst“, sagte er.", "Dann ging er."]),
    ("de", "»Wir sind bereit. Wirklich«, sagte er.", ["»Wir sind bereit. Wirklich«, sagte er."]),
    # parentheses
    ("en", "The firm (founded in 1990 by J. Smith. Jr.) grew fast. It sold.",
     ["The firm (founded in 1990 by J. Smith. Jr.) grew fast.", "It sold."]),
    # numbered lists
    ("en", "Steps: 1. Open the box 2. Take the key 3. Close the box",
     ["Steps:", "1. Open the box", "2. Take the key", "3. Close the box"]),
    ("en", "1) first item 2) second item", ["1) first item", "2) second item"]),
    ("it", "Ha vinto nel 2010 la 3. edizione.", ["Ha vinto nel 2010 la 3. edizione."]),
    # question and exclamation marks
    ("es", "¿Vienes? ¡Claro! Vamos.", ["¿Vienes?", "¡Claro!", "Vamos."]),
    ("en", "She works at Yahoo! in London.", ["She works at Yahoo! in London."]),
    ("el", "Πού είσαι; Έρχομαι.", ["Πού είσαι;", "Έρχομαι."]),
    # French spacing before closing guillemets; German reversed guillemets open a quote
    ("fr", "M. Macron a déclaré : « Nous sommes prêts. » Puis il est parti.",
     ["M. Macron a déclaré : « Nous sommes prêts. »", "Puis il est parti."]),
    ("de", "Er sagte es. »Komm mit«, sagte sie.", ["Er sagte es.", "»Komm mit«, sagte sie."]),
    # full-width marks need no space after them
    ("ja", "今日は晴れです。明日は雨です。", ["今日は晴れです。", "明日は雨です。"]),
    ("zh", "我们去看《摔跤吧！爸爸》好吗？好！", ["我们去看《摔跤吧！爸爸》好吗？", "好！"]),
    # a dash before a lower-case word continues the sentence
    ("en", "Mix it and -- voila! -- you have cake.", ["Mix it and -- voila! -- you have cake."]),
    ("ru", "Ты придёшь? — спросила она. — Нет!", ["Ты придёшь? — спросила она.", "— Нет!"]),
    # an aside after an abbreviation does not start a sentence
    ("en", "They signed with Acme Inc. (the buyer) on Friday. It closed.",
     ["They signed with Acme Inc. (the buyer) on Friday.", "It closed."]),
    # scraped text that lost its paragraph breaks: no space after the period
    ("de", "„Ich gehe“, sagte der Papst.Der ältere Bruder des Papstes war eingeweiht.",
     ["„Ich gehe“, sagte der Papst.", "Der ältere Bruder des Papstes war eingeweiht."]),
    ("en", "Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.",
     ["Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot."]),
    ("da", "Det er tirsdag.Hr. Smith kom.", ["Det er tirsdag.", "Hr. Smith kom."]),
    # … but not in abbreviations, initials, list items, ordinals, addresses or acronyms
    ("de", "Er wohnt in St.Gallen, z.B.Bernd auch. Die 3.Liga spielt.",
     ["Er wohnt in St.Gallen, z.B.Bernd auch.", "Die 3.Liga spielt."]),
    ("en", "He has Ph.D.-level training. Mail Jane.Doe@example.com or www.test.Awesome.com now.",
     ["He has Ph.D.-level training.", "Mail Jane.Doe@example.com or www.test.Awesome.com now."]),
    ("es", "Lista: 1.Helado, 2.Carne. ¿Cuánto?", ["Lista: 1.Helado, 2.Carne.", "¿Cuánto?"]),
    ("en", "It lies in the world.USA is big.", ["It lies in the world.USA is big."]),
])
def test_rules(lang: str, text: str, expected: list[str]) -> None:
    assert sents(text, lang) == expected


def test_blank_lines_always_end_a_sentence() -> None:
    text = "Il Dott.\n\nRossi parla"
    for mode in ("headlines", "always", "never"):
        assert sents(text, "it", mode) == ["Il Dott.", "Rossi parla"]


def test_newline_modes() -> None:
    text = "Titolo senza punto\nIl testo comincia qui e\ncontinua qui. Fine."
    assert sents(text, "it", "headlines") == [
        "Titolo senza punto", "Il testo comincia qui e\ncontinua qui.", "Fine."]
    assert sents(text, "it", "always") == [
        "Titolo senza punto", "Il testo comincia qui e", "continua qui.", "Fine."]
    assert sents(text, "it", "never") == [
        "Titolo senza punto\nIl testo comincia qui e\ncontinua qui.", "Fine."]


def test_headlines_mode_keeps_wrapped_lines_and_continuations_together() -> None:
    text = "He said that the\nweather was fine. They listed:\nApples, pears.\nDone."
    assert sents(text, "en") == [
        "He said that the\nweather was fine.", "They listed:\nApples, pears.", "Done."]


def test_headings_are_labelled() -> None:
    text = "Big news today\n\nby Jane Doe\nThe story starts here. It ends here.\nRead more"
    pipe = textmill.load({"version": 1, "steps": ["split_sentences"]})
    doc = pipe(textmill.Document(text, lang="en"))
    got = [(doc.span_text(s), s.label) for s in doc.layer("sentences")]
    assert got == [
        ("Big news today", "heading"),
        ("by Jane Doe", "heading"),
        ("The story starts here.", None),
        ("It ends here.", None),
        ("Read more", "heading"),
    ]


def test_a_single_line_without_punctuation_is_not_a_heading() -> None:
    pipe = textmill.load({"version": 1, "steps": ["split_sentences"]})
    doc = pipe("just some words")
    assert [(s.start, s.end, s.label) for s in doc.layer("sentences")] == [(0, 15, None)]


def test_spans_are_offsets_into_the_untouched_text() -> None:
    text = "  Ciao.   Come stai?\r\n\r\n  Bene!  "
    spans = split_offsets(text, "it")
    assert spans == [(2, 7), (10, 20), (26, 31)]
    assert [text[s:e] for s, e in spans] == ["Ciao.", "Come stai?", "Bene!"]


def test_empty_and_blank_texts_have_no_sentences() -> None:
    assert split_offsets("", "it") == []
    assert split_offsets(" \n\t ", "it") == []


def test_language_comes_from_doc_lang_and_the_parameter_wins() -> None:
    text = "Er kam am 3. Oktober. Dann ging er."
    pipe = textmill.load({"version": 1, "steps": ["split_sentences"]})
    de = pipe(textmill.Document(text, lang="de"))
    assert [de.span_text(s) for s in de.layer("sentences")] == [
        "Er kam am 3. Oktober.", "Dann ging er."]
    en = pipe(textmill.Document(text, lang="en"))
    assert len(en.layer("sentences")) == 3  # English has no ordinal period
    forced = textmill.load({"version": 1, "steps": [
        {"step": "split_sentences", "params": {"language": "de"}}]})
    doc = forced(textmill.Document(text, lang="en"))
    assert len(doc.layer("sentences")) == 2


def test_unknown_language_uses_the_fallback() -> None:
    assert sents("Hello there. Bye now.", "zz") == ["Hello there.", "Bye now."]
    assert sents("Hello there. Bye now.", None) == ["Hello there.", "Bye now."]
    assert rules_for("zz").lang == "zz"


def test_required_languages_have_data_files() -> None:
    assert {"it", "en", "de", "fr", "es", "pt", "nl"} <= set(available_languages())


def test_rules_are_compiled_once_per_language() -> None:
    assert rules_for("it") is rules_for("it")
    assert rules_for("it-IT") == rules_for("it")


def test_extra_abbreviations_from_a_yaml_file(tmp_path: Path) -> None:
    text = "Lo disse il Magn. Rettore. Poi uscì."
    assert sents(text, "it") == ["Lo disse il Magn.", "Rettore.", "Poi uscì."]
    extra = tmp_path / "mine.yaml"
    extra.write_text("titles: [magn]\n", encoding="utf-8")
    pipe = textmill.load({"version": 1, "steps": [
        {"step": "split_sentences", "params": {"extra_abbreviations": str(extra)}}]})
    doc = pipe(textmill.Document(text, lang="it"))
    assert [doc.span_text(s) for s in doc.layer("sentences")] == [
        "Lo disse il Magn. Rettore.", "Poi uscì."]


def test_extra_abbreviations_from_a_text_file(tmp_path: Path) -> None:
    extra = tmp_path / "abbr.txt"
    extra.write_text("# mine\nprovv.\n", encoding="utf-8")
    text = "Vedi i provv. adottati ieri. Bene."
    assert len(split_offsets(text, "it")) == 3
    assert split_offsets(text, "it", extra_abbreviations=str(extra)) == [(0, 28), (29, 34)]


def test_missing_extra_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ValueError, match=r"nope\.yaml"):
        SplitSentences({"language": "it", "split_on_newlines": "headlines",
                        "extra_abbreviations": str(missing)})


def test_yes_no_on_off_in_data_are_words_but_true_is_rejected(tmp_path: Path) -> None:
    extra = tmp_path / "words.yaml"
    extra.write_text("abbreviations: [no, abc]\n", encoding="utf-8")  # YAML 1.2: a word
    text = "Vedi il no. Cinque del regolamento."
    assert len(split_offsets(text, "it", extra_abbreviations=str(extra))) == 1
    assert len(split_offsets(text, "it")) == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("abbreviations: [true, abc]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: .*quote the words 'true'"):
        split_offsets("a b.", "it", extra_abbreviations=str(bad))


def test_bad_newline_mode_is_rejected_by_validation() -> None:
    with pytest.raises(textmill.PipelineError, match="split_on_newlines"):
        textmill.load({"version": 1, "steps": [
            {"step": "split_sentences", "params": {"split_on_newlines": "sometimes"}}]})


def test_step_contract() -> None:
    spec = SplitSentences.spec()
    assert spec.name == "split_sentences"
    assert spec.uses == ("lang",)
    assert spec.provides == ("spans.sentences",)
    assert set(spec.params) == {"language", "split_on_newlines", "extra_abbreviations"}


def test_output_is_deterministic() -> None:
    text = (Path(__file__).resolve().parent.parent / "seeds" / "it-kim-lavrov.txt").read_text(
        encoding="utf-8")
    pipe = textmill.load({"version": 1, "steps": ["split_sentences"]})
    first = pipe(textmill.Document(text, id="a", lang="it")).to_json()
    second = pipe(textmill.Document(text, id="a", lang="it")).to_json()
    assert first == second
