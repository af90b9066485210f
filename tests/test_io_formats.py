"""The built-in formats plugin: text and JSONL readers, JSON and pretty writers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import textmill
from textmill.io import InputSource, ReadOptions, readers_of, writers_of

HOST = textmill.PluginHost()
READERS = readers_of(HOST)
WRITERS = writers_of(HOST)


def annotated() -> textmill.Document:
    text = ("Kim incontra Lavrov\n"
            "Il leader ha detto: «Siamo pronti». Lavrov ha risposto.\n"
            "Czytaj także: inne wiadomości")
    doc = textmill.Document(text, id="it-kim", meta={"source": "seeds/it-kim.txt"})
    doc.lang = "it"
    doc.attrs["language"] = {"lang": "it", "confidence": 0.987, "candidates": [["it", 0.987]]}
    doc.add_span("sentences", 0, 19, label="heading")
    doc.add_span("sentences", 20, 55)
    doc.add_span("sentences", 56, 75)
    start = text.index("«")
    doc.add_span("quotes", start, text.index("»") + 1,
                 attrs={"speaker": "Kim Jong Un", "cue": "ha detto", "confidence": 0.91})
    doc.add_span("boilerplate", text.index("Czytaj"), len(text), label="interface")
    doc.add_span("entities", 0, 3, label="PER")
    doc.attrs["summary"] = "Il leader ha detto: «Siamo pronti»."
    doc.attrs["keywords"] = ["leader", "[bold]markup[/bold]"]
    return doc


def render(doc: textmill.Document) -> str:
    out = io.StringIO()
    WRITERS.get("pretty").write([doc], out)
    return out.getvalue()


def test_pretty_shows_language_sentences_quotes_and_summary() -> None:
    shown = render(annotated())
    assert "it-kim" in shown and "language it (0.99)" in shown
    assert "sentences (3)" in shown and "Kim incontra Lavrov  [heading]" in shown
    assert "Kim Jong Un" in shown and "«Siamo pronti»" in shown and "ha detto" in shown
    assert "summary" in shown and "interface" in shown
    assert "layer entities: 1 spans (PER)" in shown
    assert "[bold]markup[/bold]" in shown, "document text must never be read as rich markup"
    assert "\x1b[" not in shown, "no colour codes outside a terminal"


def test_pretty_shows_errors_of_a_failed_document() -> None:
    doc = textmill.io.error_document("bad", "EmptyInput", "in/bad.txt: the file is empty")
    shown = render(doc)
    assert "bad" in shown and "(reading)" in shown and "EmptyInput" in shown
    assert "the file is empty" in shown


def test_json_writer_streams_a_valid_array() -> None:
    out = io.StringIO()
    WRITERS.get("json").write([annotated(), textmill.Document("x", id="b")], out)
    data = json.loads(out.getvalue())
    assert [d["id"] for d in data] == ["it-kim", "b"]
    assert textmill.Document.from_dict(data[0]) == annotated()
    empty = io.StringIO()
    WRITERS.get("json").write([], empty)
    assert json.loads(empty.getvalue()) == []


def test_jsonl_writer_round_trips() -> None:
    out = io.StringIO()
    WRITERS.get("jsonl").write([annotated()], out)
    assert textmill.Document.from_json(out.getvalue()) == annotated()
    assert out.getvalue().endswith("}\n") and out.getvalue().count("\n") == 1


def test_jsonl_reader_skips_blank_lines_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "x"}\n\n{"id": "b", "text": "y"}')
    reader = READERS.get("jsonl")
    source = InputSource(str(path), "in", path)
    docs = list(reader.read(source, ReadOptions()))
    assert [(d.id, d.text, d.errors) for d in docs] == [("a", "x", []), ("b", "y", [])]
    assert reader.count(source) == 3


def test_stdin_sniffing() -> None:
    jsonl = READERS.get("jsonl")
    assert jsonl.sniff(b'  \n{"id": 1}') and jsonl.sniff(b'\xef\xbb\xbf{"a"')
    assert not jsonl.sniff(b"Il leader {forse}")
    assert READERS.get("text").sniff is None
