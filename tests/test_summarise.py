"""The summarise step: contract, candidates, methods, length, redundancy, determinism."""

from __future__ import annotations

import pytest
import textmill
from summarise_helpers import add_sentences, mark_lines, summarise
from textmill.plugins.summarise import Summarise

NEWS = """\
Floods close the main bridge in Riverton
By Anna Smith
PUBLISHED: 10:02 EST, 3 April 2015 | UPDATED: 12:40 EST, 3 April 2015
Heavy floods closed the main bridge in Riverton on Monday after the river rose two metres overnight.
City engineers said the bridge would stay closed until the water falls and inspectors check it.
Hundreds of commuters were stuck in traffic for hours as police diverted cars through the old town.
"We have never seen the river this high," said Maria Lopez, who runs a bakery near the bridge.
The mayor promised emergency funds for shop owners whose businesses were flooded.
Forecasters expect more rain later in the week, and the river could rise again.
Residents near the bridge were asked to move their cars to higher ground.
Share this article
"""


def news_doc(**kwargs: object) -> textmill.Document:
    doc = textmill.Document(NEWS, id="riverton", lang="en")
    add_sentences(doc, **kwargs)  # type: ignore[arg-type]
    return doc


def chosen(doc: textmill.Document) -> list[str]:
    return [doc.span_text(s) for s in doc.layer("summary")]


def test_registered_with_contract() -> None:
    spec = Summarise.spec()
    assert spec.name == "summarise"
    assert spec.requires == ("spans.sentences",)
    assert set(spec.provides) == {"spans.summary", "attrs.summary"}
    assert set(spec.uses) == {"lang", "spans.boilerplate"}
    pipe = textmill.load({"version": 1, "assumes": ["spans.sentences"],
                          "steps": ["summarise"]})
    assert pipe.describe()["steps"][0]["step"] == "summarise"


def test_requires_the_sentences_layer() -> None:
    with pytest.raises(textmill.PipelineError, match=r"spans\.sentences"):
        textmill.load({"version": 1, "steps": ["summarise"]})


def test_rejects_unknown_method() -> None:
    with pytest.raises(textmill.PipelineError, match="method"):
        textmill.load({"version": 1, "assumes": ["spans.sentences"],
                       "steps": [{"step": "summarise", "params": {"method": "bert"}}]})


@pytest.mark.parametrize("method", ["news", "textrank", "lead"])
def test_output_layer_and_text(method: str) -> None:
    doc = summarise(news_doc(), method=method)
    spans = doc.layer("summary")
    assert len(spans) == 3
    assert [s.start for s in spans] == sorted(s.start for s in spans)   # document order
    assert sorted(s.attrs["rank"] for s in spans) == [1, 2, 3]
    assert all(isinstance(s.attrs["score"], float) for s in spans)
    assert all(s.step == "summarise" for s in spans)
    assert doc.attrs["summary"] == " ".join(chosen(doc))
    sentences = {(s.start, s.end) for s in doc.layer("sentences")}
    assert {(s.start, s.end) for s in spans} <= sentences


@pytest.mark.parametrize("method", ["news", "textrank", "lead"])
def test_never_picks_headline_byline_dateline_or_interface(method: str) -> None:
    for labelled in (True, False):   # with and without the splitter's heading labels
        text = " ".join(chosen(summarise(news_doc(label_headings=labelled), method=method)))
        for line in ("Floods close", "By Anna", "PUBLISHED", "Share this"):
            assert line not in text, (method, labelled)


def test_lead_takes_the_first_content_sentences() -> None:
    doc = summarise(news_doc(), method="lead")
    assert chosen(doc) == [
        "Heavy floods closed the main bridge in Riverton on Monday after the river rose two "
        "metres overnight.",
        "City engineers said the bridge would stay closed until the water falls and "
        "inspectors check it.",
        "Hundreds of commuters were stuck in traffic for hours as police diverted cars "
        "through the old town.",
    ]


def test_news_keeps_the_lead_sentence() -> None:
    text = chosen(summarise(news_doc(), method="news"))
    assert text[0].startswith("Heavy floods closed the main bridge")


def test_boilerplate_layer_is_skipped_unless_asked() -> None:
    doc = news_doc()
    mark_lines(doc, ["Heavy floods"], kind="note")
    assert not any(t.startswith("Heavy floods") for t in chosen(summarise(doc, method="lead")))
    doc = news_doc()
    mark_lines(doc, ["Heavy floods"], kind="note")
    kept = chosen(summarise(doc, method="lead", skip_boilerplate=False))
    assert kept[0].startswith("Heavy floods")


def test_falls_back_when_nothing_else() -> None:
    doc = textmill.Document("Breaking news\nBy Anna Smith\n", lang="en")
    add_sentences(doc)
    out = summarise(doc, sentences=1)
    assert chosen(out) == ["Breaking news"]
    doc = textmill.Document("Only boilerplate here.", lang="en")
    add_sentences(doc)
    mark_lines(doc, ["Only"])
    assert chosen(summarise(doc)) == ["Only boilerplate here."]


def test_empty_document_gives_empty_summary() -> None:
    doc = summarise(textmill.Document("", lang="en").__class__("", lang="en"))
    assert doc.layer("summary") == []
    assert doc.has_layer("summary")
    assert doc.attrs["summary"] == ""


def test_length_by_sentences_ratio_and_chars() -> None:
    assert len(summarise(news_doc(), sentences=2).layer("summary")) == 2
    # 7 candidates (headline, byline, dateline, interface line and nothing else excluded)
    assert len(summarise(news_doc(), ratio=0.5).layer("summary")) == 4
    assert len(summarise(news_doc(), ratio=0.01).layer("summary")) == 1
    for limit in (80, 150, 260):
        out = summarise(news_doc(), max_chars=limit, sentences=10)
        assert 0 < len(out.attrs["summary"]) <= limit
    assert summarise(news_doc(), max_chars=10).attrs["summary"] == ""


def test_redundancy_control_skips_repeats() -> None:
    text = (
        "The council approved the new harbour plan on Tuesday after a long debate.\n"
        "The council approved the new harbour plan on Tuesday after a long debate, they said.\n"
        "Fishermen fear that construction will disturb the spawning grounds near the coast.\n"
        "Work on the harbour is due to start next spring and last three years.\n"
        "The plan includes a new ferry terminal and a marina for two hundred boats.\n"
    )
    doc = textmill.Document(text, lang="en")
    add_sentences(doc)
    picked = chosen(summarise(doc, method="news"))
    assert sum(p.startswith("The council approved") for p in picked) == 1
    doc = textmill.Document(text, lang="en")
    add_sentences(doc)
    repeated = chosen(summarise(doc, method="lead", sentences=2))
    assert all(p.startswith("The council approved") for p in repeated)


def test_textrank_prefers_the_central_sentence() -> None:
    text = (
        "Ducks swim across the quiet pond at dawn.\n"
        "Trains carry coal from the northern mines every night.\n"
        "The festival celebrates trains, mines, ducks and the pond in one parade.\n"
        "Children paint the pond and the ducks for the festival.\n"
        "Old miners ride the trains to the festival parade.\n"
    )
    doc = textmill.Document(text, lang="en")
    add_sentences(doc)
    out = summarise(doc, method="textrank", sentences=1, min_words=3)
    assert chosen(out) == [
        "The festival celebrates trains, mines, ducks and the pond in one parade."]


def test_deterministic_output() -> None:
    first = summarise(news_doc()).to_json()
    for _ in range(3):
        assert summarise(news_doc()).to_json() == first


def test_ties_break_towards_the_earlier_sentence() -> None:
    text = "".join(f"Sentence number {w} stands alone here today.\n"
                   for w in ("apple", "cherry", "grape", "lemon", "mango"))
    doc = textmill.Document(text, lang="en")
    add_sentences(doc)
    out = summarise(doc, method="textrank", sentences=2)
    assert [s.attrs["sentence"] for s in out.layer("summary")] == [0, 1]


def test_language_parameter_overrides_doc_lang() -> None:
    text = ("Il governo ha approvato la riforma delle pensioni dopo un lungo dibattito.\n"
            "La riforma delle pensioni entrerà in vigore il prossimo anno.\n"
            "I sindacati hanno annunciato uno sciopero contro la riforma.\n")
    a = textmill.Document(text, lang="und")
    add_sentences(a)
    b = textmill.Document(text, lang="und")
    add_sentences(b)
    out_a = summarise(a, sentences=1, method="textrank")
    out_b = summarise(b, sentences=1, method="textrank", language="it")
    assert out_a.attrs["summary"] and out_b.attrs["summary"]
    # the Italian stopwords change the vectors, hence the scores
    assert out_a.layer("summary")[0].attrs["score"] != out_b.layer("summary")[0].attrs["score"]


def test_bad_document_is_recorded_not_raised() -> None:
    pipe = textmill.load({"version": 1, "assumes": ["spans.sentences"], "on_error": "record",
                          "steps": ["summarise"]})
    doc = textmill.Document("Short text.", id="bad")
    doc.spans["sentences"] = [textmill.Span(0, 11), "not a span"]  # type: ignore[list-item]
    out = pipe(doc, on_error="record")
    assert out.errors and out.errors[0]["step"] == "summarise"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Regierung hat am Montag ein neues Gesetz zur Rente beschlossen.\n"
           "Das Gesetz soll im nächsten Jahr in Kraft treten.\n"
           "Die Opposition kritisierte die Rentenreform scharf."),
    ("fr", "Le gouvernement a adopté lundi une nouvelle loi sur les retraites.\n"
           "La loi entrera en vigueur l'année prochaine.\n"
           "L'opposition a vivement critiqué la réforme des retraites."),
    ("es", "El gobierno aprobó el lunes una nueva ley de pensiones.\n"
           "La ley entrará en vigor el próximo año.\n"
           "La oposición criticó duramente la reforma de las pensiones."),
    ("pt", "O governo aprovou na segunda-feira uma nova lei das pensões.\n"
           "A lei entrará em vigor no próximo ano.\n"
           "A oposição criticou duramente a reforma das pensões."),
    ("nl", "De regering heeft maandag een nieuwe pensioenwet aangenomen.\n"
           "De wet gaat volgend jaar in.\n"
           "De oppositie had felle kritiek op de pensioenhervorming."),
])
def test_other_languages(lang: str, text: str) -> None:
    doc = textmill.Document(text, lang=lang)
    add_sentences(doc)
    out = summarise(doc, sentences=2)
    assert len(out.layer("summary")) == 2
    assert out.layer("summary")[0].start == 0


def test_same_output_in_another_process() -> None:
    import json
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys, textmill\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from summarise_helpers import add_sentences, summarise\n"
        "text = open(sys.argv[2], encoding='utf-8').read()\n"
        "doc = textmill.Document(text, id='seed', lang='it')\n"
        "add_sentences(doc)\n"
        "print(summarise(doc).to_json())\n"
    )
    tests = Path(__file__).resolve().parent
    seed = tests.parent / "seeds" / "it-kim-lavrov.txt"
    outputs = set()
    for hash_seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-c", script, str(tests), str(seed)],
                             capture_output=True, text=True, check=True,
                             env={"PYTHONHASHSEED": hash_seed, "PATH": ""})
        outputs.add(run.stdout)
    assert len(outputs) == 1
    doc = textmill.Document(seed.read_text(encoding="utf-8"), id="seed", lang="it")
    add_sentences(doc)
    assert json.loads(outputs.pop()) == summarise(doc).to_dict()
