"""The ``json`` input format: arrays of records, single objects, bad JSON, and round trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import textmill
from hypothesis import given, settings
from hypothesis import strategies as st
from textmill.cli import EXIT_FAILED, EXIT_OK, app
from textmill.io import InputSource, ReadOptions, readers_of
from textmill.plugins.formats.readers import sniff_json
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
READERS = readers_of(textmill.PluginHost())
JSON = READERS.get("json")

PLUGIN = '''
import textmill

@textmill.step(provides=["attrs.words", "spans.tokens"])
def count_words(doc: textmill.Document) -> None:
    "Count the words of a document and mark each of them."
    doc.attrs["words"] = len(doc.text.split())
    start = 0
    for word in doc.text.split():
        start = doc.text.index(word, start)
        doc.add_span("tokens", start, start + len(word))
        start += len(word)

@textmill.hookimpl
def textmill_register_steps():
    return [count_words]
'''

PIPELINE = """\
version: 1
name: words
plugins: [./words_plugin.py]
steps:
  - count_words
"""


@pytest.fixture
def pipeline(tmp_path: Path) -> Path:
    (tmp_path / "words_plugin.py").write_text(PLUGIN, encoding="utf-8")
    path = tmp_path / "words.yaml"
    path.write_text(PIPELINE, encoding="utf-8")
    return path


def invoke(*args: object, input: str | None = None) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read(path: Path) -> list[textmill.Document]:
    return list(JSON.read(InputSource(str(path), path.stem, path), ReadOptions()))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- round trip ---------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["suffix", "format-flag"])
def test_json_output_reads_back_as_input(pipeline: Path, tmp_path: Path, how: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "a.txt", "Il leader ha detto: «Basta».\nSecondo paragrafo, è così.")
    write(corpus / "b.md", "# Titolo\n\nUna riga con \"virgolette\" e \\ barre.")
    (corpus / "empty.txt").write_bytes(b"")
    first = tmp_path / "first.json"
    if how == "suffix":
        result = invoke("run", pipeline, corpus, SEEDS, "-o", first)
    else:
        result = invoke("run", pipeline, corpus, SEEDS, "-f", "json")
        write(first, result.stdout)
    assert result.exit_code == EXIT_FAILED, result.output  # the empty file failed
    written = json.loads(first.read_text("utf-8"))
    assert len(written) == 3 + len(list(SEEDS.glob("*.txt")))

    # The reader gives back exactly the written records (spans and attrs included),
    # except that the empty file's earlier error is dropped, as with JSONL input.
    docs = read(first)
    expected = [textmill.Document.from_dict({**r, "errors": []}) for r in written]
    assert docs == expected
    assert [d.text for d in docs] == [r["text"] for r in written]

    # ... and through the CLI the same ids and texts come out of a second run.
    again = invoke("run", pipeline, first)
    out = records(again.stdout)
    assert [(d["id"], d["text"]) for d in out] == [(r["id"], r["text"]) for r in written]
    by_id = {d["id"]: d for d in out}
    assert by_id["a"]["attrs"]["words"] == 9
    assert by_id["empty"]["text"] == ""
    assert again.exit_code == EXIT_OK, again.output  # the empty document is fine on its own


# -- arrays and single objects through the CLI ------------------------------------------


def test_an_array_of_articles_through_the_cli(pipeline: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "articles.json", json.dumps([
        {"id": "x1", "text": "uno due tre", "meta": {"feed": "ansa"}},
        {"id": 7, "text": "quattro", "url": "http://example.org", "lang": "it"},
        {"id": "x3", "text": "Zażółć gęślą jaźń"},
    ], ensure_ascii=False, indent=2))
    result = invoke("run", pipeline, source)
    assert result.exit_code == EXIT_OK, result.output
    out = records(result.stdout)
    assert [(d["id"], d["attrs"]["words"]) for d in out] == [("x1", 3), ("7", 1), ("x3", 3)]
    assert out[0]["meta"] == {"feed": "ansa"}
    assert out[1]["meta"] == {"url": "http://example.org"} and out[1]["lang"] == "it"
    assert out[2]["text"] == "Zażółć gęślą jaźń"
    assert "3 ok, 0 failed" in result.stderr


def test_custom_text_and_id_fields_apply_to_json(pipeline: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", '[{"key": "k", "body": "a b c"}]')
    result = invoke("run", pipeline, source, "--text-field", "body", "--id-field", "key")
    assert result.exit_code == EXIT_OK, result.output
    (doc,) = records(result.stdout)
    assert (doc["id"], doc["text"], doc["attrs"]["words"]) == ("k", "a b c", 3)


def test_a_single_object_is_one_document(pipeline: Path, tmp_path: Path) -> None:
    article = write(tmp_path / "article.json",
                    '\ufeff{\n  "text": "Una sola notizia.",\n  "source": "wire"\n}\n')
    named = write(tmp_path / "named.json", '{"id": "n-1", "text": "altro testo"}')
    result = invoke("run", pipeline, article, named)
    assert result.exit_code == EXIT_OK, result.output
    first, second = records(result.stdout)
    assert (first["id"], first["text"], first["meta"]) == (
        "article", "Una sola notizia.", {"source": "wire"})
    assert (second["id"], second["attrs"]["words"]) == ("n-1", 2)


@pytest.mark.parametrize("content, kind", [("42", "int"), ('"just a string"', "str"),
                                           ("null", "NoneType")])
def test_a_top_level_scalar_is_one_clear_error(tmp_path: Path, content: str, kind: str) -> None:
    (doc,) = read(write(tmp_path / "odd.json", "\n" + content))
    (error,) = doc.errors
    assert doc.id == "odd" and error["type"] == "InvalidRecord"
    assert error["message"] == (f"{tmp_path / 'odd.json'}:2: expected a JSON array of records "
                                f"or one record (an object), got {kind}")


def test_an_empty_array_is_no_documents(tmp_path: Path) -> None:
    assert read(write(tmp_path / "none.json", " [ \n ] \n")) == []


# -- bad input ----------------------------------------------------------------------------


def test_malformed_json_is_one_error_record_with_line_and_column(
        pipeline: Path, tmp_path: Path) -> None:
    text = '[\n  {"id": "a", "text": "fine"},\n  {"id": "b" "text": "no comma"},\n' \
           '  {"id": "c", "text": "fine too"}\n]\n'
    source = write(tmp_path / "broken.json", text)
    with pytest.raises(json.JSONDecodeError) as stdlib:
        json.loads(text)
    assert (stdlib.value.lineno, stdlib.value.colno) == (3, 14)
    result = invoke("run", pipeline, source, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == EXIT_FAILED
    (doc,) = records((tmp_path / "out.jsonl").read_text("utf-8"))
    assert doc["id"] == "broken" and doc["text"] == ""
    (error,) = doc["errors"]
    assert error == {"step": None, "type": "JSONDecodeError",
                     "message": f"{source}:3:14: malformed JSON: Expecting ',' delimiter"}
    assert "0 ok, 1 failed" in result.stderr

    skipped = invoke("run", pipeline, source, "--on-error", "skip")
    assert skipped.exit_code == EXIT_FAILED and skipped.stdout == ""
    assert "1 skipped" in skipped.stderr


@pytest.mark.parametrize("text, line", [
    ('[{"text": "a"},]', 1),  # trailing comma
    ('[{"text": "a"}] [', 1),  # extra data
    ('[{"text": "a"}\n\n', 3),  # unterminated array
    ('{"text": "a",\n}', 2),  # a single object, broken
    ('[{"text": "a\u0001"}]', 1),  # a raw control character in a string
    ('[\n{"text": "a"},\n{"text": tru}]', 3),  # a bad literal inside an element
])
def test_json_errors_match_the_standard_library(tmp_path: Path, text: str, line: int) -> None:
    with pytest.raises(json.JSONDecodeError) as stdlib:
        json.loads(text)
    assert stdlib.value.lineno == line
    source = write(tmp_path / "bad.json", text)
    (doc,) = read(source)
    (error,) = doc.errors
    assert error["type"] == "JSONDecodeError"
    assert error["message"] == (f"{source}:{line}:{stdlib.value.colno}: malformed JSON: "
                                f"{stdlib.value.msg}")
    assert doc.meta == {"source": str(source), "line": line}


def test_a_bad_element_fails_alone(pipeline: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "mixed.json", "\n".join([
        "[",
        '  {"id": "a", "text": "one two"},',
        "  42,",
        '  {"id": "c", "body": "no text field"},',
        '  {"id": "d", "text": "three four five"},',
        '  {"id": "e", "text": "ab", "spans": {"s": [{"end": 1}]}},',
        '  {"text": "six"}',
        "]",
    ]))
    result = invoke("run", pipeline, source)
    assert result.exit_code == EXIT_FAILED
    out = records(result.stdout)
    assert [d["id"] for d in out] == ["a", "mixed:1", "c", "d", "e", "mixed:5"]
    assert [d["attrs"].get("words") for d in out] == [2, None, None, 3, None, 1]
    assert [bool(d.get("errors")) for d in out] == [False, True, True, False, True, False]
    not_object, no_text, bad_spans = (d["errors"][0] for d in out if d.get("errors"))
    assert not_object["message"] == f"{source}:3: element 1: expected a JSON object, got int"
    assert no_text["message"].startswith(
        f"{source}:4: element 2: field 'text' must be a string (no such field)")
    assert bad_spans["message"].startswith(f"{source}:6: element 4: ")
    assert {e["type"] for e in (not_object, no_text, bad_spans)} == {"InvalidRecord"}
    assert out[1]["meta"] == {"source": str(source), "line": 3, "index": 1}
    assert "3 ok, 3 failed" in result.stderr


@pytest.mark.parametrize("data, kind, words", [
    (b"", "EmptyInput", "the file is empty"),
    (b" \n\t\n", "EmptyInput", "no JSON value"),
    (b'[{"text": "\x00"}]', "BinaryInput", "binary data"),
    (b'[{"text": "caf\xe9"}]', "UnicodeDecodeError", ":1:15: not valid UTF-8"),
    (b"[" * 100_000, "RecursionError", "nested too deeply"),
    (b'[{"text": "x", "n": ' + b"9" * 5000 + b"}]", "ValueError", "cannot read JSON"),
])
def test_unreadable_files_are_one_error_record(tmp_path: Path, data: bytes, kind: str,
                                               words: str) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(data)
    (doc,) = read(path)
    (error,) = doc.errors
    assert (doc.id, doc.text, error["step"], error["type"]) == ("in", "", None, kind)
    assert error["message"].startswith(str(path)) and words in error["message"]


def test_bad_files_do_not_stop_the_batch(pipeline: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "a.json", '[{"text": "una"}, {"text": "due parole"}]')
    (folder / "b.json").write_bytes(b"\xff\xfe[")
    write(folder / "c.json", "[{]")
    write(folder / "d.txt", "testo semplice qui")
    result = invoke("run", pipeline, folder)
    assert result.exit_code == EXIT_FAILED
    out = records(result.stdout)
    assert [d["id"] for d in out] == ["a:0", "a:1", "b", "c", "d"]
    assert [d["errors"][0]["type"] if d.get("errors") else None for d in out] == [
        None, None, "UnicodeDecodeError", "JSONDecodeError", None]
    assert "3 ok, 2 failed" in result.stderr


# -- ids ------------------------------------------------------------------------------------


def test_missing_ids_come_from_the_element_index(pipeline: Path, tmp_path: Path) -> None:
    folder = tmp_path / "feeds"
    (folder / "sub").mkdir(parents=True)
    write(folder / "sub" / "batch.json",
          '[{"text": "zero"}, {"id": "own", "text": "uno"}, {"id": "", "text": "due"},'
          ' {"id": null, "text": "tre"}]')
    first = invoke("run", pipeline, folder)
    second = invoke("run", pipeline, folder, "--batch-size", "1")
    assert first.exit_code == EXIT_OK, first.output
    assert [d["id"] for d in records(first.stdout)] == [
        "sub/batch:0", "own", "sub/batch:2", "sub/batch:3"]
    assert first.stdout == second.stdout


# -- stdin ------------------------------------------------------------------------------------


def test_a_json_array_on_stdin_is_sniffed(pipeline: Path) -> None:
    payload = json.dumps([{"id": "s1", "text": "a b"}, {"text": "c"}], indent=1)
    result = invoke("run", pipeline, "-", input=payload)
    assert result.exit_code == EXIT_OK, result.output
    assert [(d["id"], d["attrs"]["words"]) for d in records(result.stdout)] == [
        ("s1", 2), ("stdin:1", 1)]


def test_a_pretty_printed_object_on_stdin_needs_the_input_format(pipeline: Path) -> None:
    payload = '{\n  "id": "p",\n  "text": "un oggetto solo"\n}\n'
    result = invoke("run", pipeline, "-", "--input-format", "json", input=payload)
    assert result.exit_code == EXIT_OK, result.output
    (doc,) = records(result.stdout)
    assert (doc["id"], doc["attrs"]["words"]) == ("p", 3)


def test_sniffing_json_arrays() -> None:
    assert sniff_json(b"[{") and sniff_json(b'\xef\xbb\xbf \n[\n  {"id"') and sniff_json(b"[ ]")
    assert not sniff_json(b"[link](http://example.org) testo")
    assert not sniff_json(b'{"id": 1}') and not sniff_json(b"[1, 2]") and not sniff_json(b"")
    assert READERS.for_suffix(".JSON") is JSON


# -- agreement with the standard library ---------------------------------------------------


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(values=st.lists(JSON_VALUES, max_size=6), indent=st.sampled_from([None, 0, 1, 4]),
       cut=st.integers(min_value=0), insert=st.sampled_from(["", ",", "]", "[", "{", " ", '"']))
def test_reader_agrees_with_json_loads(tmp_path_factory: pytest.TempPathFactory,
                                       values: list[Any], indent: int | None, cut: int,
                                       insert: str) -> None:
    """Valid or damaged: the reader accepts exactly what json.loads accepts, and reports
    the same position for what it rejects."""
    text = json.dumps(values, indent=indent, ensure_ascii=False)
    position = cut % (len(text) + 1)
    damaged = text[:position] + insert + text[position + 1:]
    path = tmp_path_factory.mktemp("prop") / "p.json"
    path.write_text(damaged, encoding="utf-8")
    docs = read(path)
    try:
        expected = json.loads(damaged)
    except json.JSONDecodeError as exc:
        (doc,) = docs
        assert doc.errors[0]["type"] == "JSONDecodeError"
        assert doc.errors[0]["message"].startswith(f"{path}:{exc.lineno}:{exc.colno}: ")
        return
    if isinstance(expected, list):
        assert len(docs) == len(expected)
        for index, (doc, value) in enumerate(zip(docs, expected, strict=True)):
            if doc.errors:
                assert f"{path}:" in doc.errors[0]["message"]
                assert f": element {index}: " in doc.errors[0]["message"]
            else:
                assert isinstance(value, dict) and doc.text == value["text"]
                assert doc.id == (f"p:{index}" if value.get("id") in (None, "")
                                  else str(value["id"]))
            if not (isinstance(value, dict) and isinstance(value.get("text"), str)):
                assert doc.errors
    else:
        assert len(docs) == 1
