"""textmill.io: bad-input records, input discovery, stdin sniffing, atomic and resumable output."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import textmill
from textmill.io import (
    AtomicFile,
    FormatError,
    FormatRegistry,
    InputError,
    InputSource,
    JournalledOutput,
    ReadOptions,
    decode_text,
    discover_inputs,
    document_from_record,
    json_line_document,
    read_inputs,
    readers_of,
    stdin_source,
    write_jsonl,
    writers_of,
)

SOURCE = InputSource("data/a.txt", "a")


# -- building documents from bytes and records ----------------------------------------------


def test_decode_text_keeps_the_text_exactly() -> None:
    doc = decode_text("Perché?\r\nSì.\n".encode(), SOURCE)
    assert doc.text == "Perché?\r\nSì.\n" and doc.id == "a" and not doc.errors
    assert doc.meta == {"source": "data/a.txt"}


def test_decode_text_drops_a_byte_order_mark() -> None:
    assert decode_text(b"\xef\xbb\xbfciao", SOURCE).text == "ciao"


@pytest.mark.parametrize("data, kind, words", [
    (b"", "EmptyInput", "data/a.txt: the file is empty"),
    (b"GIF89a\x00\x01", "BinaryInput", "NUL byte at offset 6"),
    (b"line one\ncaf\xe9\n", "UnicodeDecodeError", "data/a.txt:2:4: not valid UTF-8"),
])
def test_bad_bytes_become_error_records(data: bytes, kind: str, words: str) -> None:
    doc = decode_text(data, SOURCE)
    assert doc.text == "" and doc.id == "a"
    (error,) = doc.errors
    assert error["step"] is None and error["type"] == kind
    assert words in error["message"]


def test_json_line_document_reports_file_line_and_column() -> None:
    source = InputSource("in/batch.jsonl", "batch")
    doc = json_line_document(b'{"id": 1, "text": }\n', source, 7, ReadOptions())
    assert doc.id == "batch:7"
    (error,) = doc.errors
    assert error["type"] == "JSONDecodeError" and error["step"] is None
    assert error["message"].startswith("in/batch.jsonl:7:19: malformed JSON line")
    latin = json_line_document(b'{"text": "caf\xe9"}\n', source, 2, ReadOptions())
    assert latin.errors[0]["type"] == "UnicodeDecodeError"
    assert "in/batch.jsonl:2:" in latin.errors[0]["message"]


def test_records_keep_annotations_and_move_extra_fields_to_meta() -> None:
    record = {"id": "x", "text": "abc", "meta": {"a": 1}, "url": "u", "lang": "it",
              "spans": {"s": [{"start": 0, "end": 1}]}, "attrs": {"k": 2},
              "errors": [{"step": "old", "type": "E", "message": "m"}]}
    doc = document_from_record(record, SOURCE, 1, ReadOptions())
    assert doc.meta == {"a": 1, "url": "u"}
    assert doc.lang == "it" and doc.layer("s")[0].end == 1 and doc.attrs == {"k": 2}
    assert doc.errors == [], "errors of an earlier run are not this run's"


def test_records_with_other_field_names() -> None:
    options = ReadOptions(text_field="body", id_field="key")
    doc = document_from_record({"key": 3, "body": "t", "text": "kept"}, SOURCE, 1, options)
    assert (doc.id, doc.text, doc.meta) == ("3", "t", {"text": "kept"})
    missing = document_from_record({"key": 4, "text": "t"}, SOURCE, 9, options)
    assert missing.id == "4" and missing.errors[0]["type"] == "InvalidRecord"
    assert "data/a.txt:9: field 'body' must be a string" in missing.errors[0]["message"]
    no_id = document_from_record({"body": "t"}, SOURCE, 5, options)
    assert no_id.id == "a:5"


def test_bad_spans_in_a_record_are_an_error_record() -> None:
    doc = document_from_record({"id": "x", "text": "ab", "spans": {"s": [{"end": 1}]}},
                               SOURCE, 1, ReadOptions())
    assert doc.errors and doc.errors[0]["type"] == "InvalidRecord"


# -- discovery -------------------------------------------------------------------------------


def test_discover_inputs_orders_files_and_names_ids(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / ".git").mkdir(parents=True)
    (root / "b" / "z.txt").write_text("z")
    (root / "a.md").write_text("a")
    (root / "b" / "y.v2.txt").write_text("y")
    (root / ".hidden").write_text("h")
    (root / "b" / ".git" / "HEAD").write_text("h")
    (root / "out.jsonl.partial").write_text("")
    single = tmp_path / "single.txt"
    single.write_text("s")
    sources = discover_inputs([str(root), str(single), "-"])
    assert [(s.id, s.name) for s in sources] == [
        ("a", str(root / "a.md")), ("b/y.v2", str(root / "b" / "y.v2.txt")),
        ("b/z", str(root / "b" / "z.txt")), ("single", str(single)), ("stdin", "<stdin>")]
    assert sources[-1].path is None


def test_discover_inputs_glob_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.md", "sub/c.txt", "out.jsonl"):
        (tmp_path / name).write_text("x")
    by_name = discover_inputs([str(tmp_path)], glob="*.txt")
    assert [s.id for s in by_name] == ["a", "sub/c"]
    by_path = discover_inputs([str(tmp_path)], glob="sub/*.txt")
    assert [s.id for s in by_path] == ["sub/c"]
    excluded = discover_inputs([str(tmp_path)], exclude=[tmp_path / "out.jsonl"])
    assert [s.id for s in excluded] == ["a", "b", "sub/c"]


def test_discover_inputs_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        discover_inputs([str(tmp_path / "nope")])


def test_stdin_source_keeps_the_sniffed_bytes() -> None:
    payload = b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n'
    source, head = stdin_source(io.BytesIO(payload))
    assert head == payload
    with source.open() as stream:
        assert list(stream) == payload.splitlines(keepends=True)


# -- registries and read_inputs ------------------------------------------------------------------


def _reader(name: str, suffixes: tuple[str, ...]) -> textmill.Reader:
    return textmill.Reader(name, suffixes, lambda source, options: iter(()))


def test_format_registry_lookup_and_conflicts() -> None:
    registry = FormatRegistry("input", [("p1", _reader("text", (".txt",))),
                                        ("p2", _reader("csv", (".csv", ".TSV")))])
    assert registry.get("csv").format == "csv"
    assert registry.for_suffix(".tsv").format == "csv"
    assert registry.for_suffix(".xml") is None
    with pytest.raises(FormatError, match=r"unknown input format 'xml'.*known: csv, text"):
        registry.get("xml")
    clash = FormatRegistry("input", [("p1", _reader("text", (".txt",))),
                                     ("p3", _reader("text", (".txt",)))])
    with pytest.raises(FormatError, match="'p1', 'p3'"):
        clash.get("text")


def test_builtin_formats_come_from_the_plugin_hooks() -> None:
    host = textmill.PluginHost()
    assert {"text", "jsonl"} <= set(readers_of(host).formats)
    assert {"jsonl", "json", "pretty"} <= set(writers_of(host).formats)
    assert readers_of(host).for_suffix(".md").format == "text"


def test_a_third_party_reader_is_used_like_a_builtin(tmp_path: Path) -> None:
    class CsvLines:
        @textmill.hookimpl
        def textmill_register_readers(self) -> list[textmill.Reader]:
            def read(source: InputSource, options: ReadOptions):  # type: ignore[no-untyped-def]
                with source.open() as stream:
                    for number, line in enumerate(stream.read().decode().splitlines(), 1):
                        yield textmill.Document(line.split(",")[1], id=f"{source.id}:{number}")
            return [textmill.Reader("csv", (".csv",), read)]

    host = textmill.PluginHost(autoload=False)
    host.register(CsvLines(), "csvlines")
    (tmp_path / "t.csv").write_text("1,uno\n2,due\n")
    (source,) = discover_inputs([str(tmp_path / "t.csv")])
    reader = readers_of(host).for_suffix(".csv")
    docs = list(read_inputs([(source, reader)]))
    assert [(d.id, d.text) for d in docs] == [("t:1", "uno"), ("t:2", "due")]


def test_a_reader_that_raises_becomes_one_error_record(tmp_path: Path) -> None:
    def explode(source: InputSource, options: ReadOptions):  # type: ignore[no-untyped-def]
        yield textmill.Document("first", id="ok")
        raise RuntimeError("corrupt archive")

    broken = textmill.Reader("boom", (".boom",), explode)
    good = InputSource("b.txt", "b", tmp_path / "b.txt")
    (tmp_path / "b.txt").write_text("fine")
    text = readers_of(textmill.PluginHost()).get("text")
    docs = list(read_inputs([(InputSource("a.boom", "a"), broken), (good, text)]))
    assert [d.id for d in docs] == ["ok", "a", "b"]
    assert docs[1].errors[0]["type"] == "RuntimeError" and docs[1].errors[0]["step"] is None
    assert "corrupt archive" in docs[1].errors[0]["message"]


# -- atomic and journalled output ------------------------------------------------------------------


def test_atomic_file_appears_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with AtomicFile(target) as out:
        out.stream.write("new")
        assert target.read_text() == "old"
        out.commit()
    assert target.read_text() == "new"
    with pytest.raises(RuntimeError), AtomicFile(target) as out:
        out.stream.write("half")
        raise RuntimeError("crash")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def _docs(*ids: str) -> list[textmill.Document]:
    return [textmill.Document(f"text of {i}", id=i) for i in ids]


def _jsonl_writer() -> textmill.Writer:
    return writers_of(textmill.PluginHost()).get("jsonl")


def test_journal_publishes_output_only_on_commit(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    journal = JournalledOutput(out, _jsonl_writer())
    for doc in _docs("a", "b"):
        journal.append(doc)
    journal.close()
    assert not out.exists() and journal.partial.exists()
    journal = JournalledOutput(out, _jsonl_writer(), resume=True)
    assert journal.done == {"a": 1, "b": 1} and journal.resumed == 2
    journal.append(_docs("c")[0])
    journal.commit()
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "b", "c"]
    assert not journal.partial.exists()


def test_journal_cuts_an_interrupted_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    buffer = io.StringIO()
    write_jsonl(_docs("a", "b"), buffer)
    partial.write_text(buffer.getvalue() + '{"id": "c", "text": "trunc', encoding="utf-8")
    journal = JournalledOutput(out, _jsonl_writer(), resume=True)
    assert journal.done == {"a": 1, "b": 1}
    journal.append(_docs("c")[0])
    journal.commit()
    assert out.read_text().count("\n") == 3
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "b", "c"]


def test_journal_without_resume_starts_over(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_text('{"id": "stale", "text": ""}\n')
    journal = JournalledOutput(out, _jsonl_writer())
    assert not journal.done
    journal.append(_docs("a")[0])
    journal.commit()
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a"]


def test_journal_converts_to_other_formats_and_resumes_from_json(tmp_path: Path) -> None:
    json_writer = writers_of(textmill.PluginHost()).get("json")
    out = tmp_path / "out.json"
    journal = JournalledOutput(out, json_writer)
    for doc in _docs("a", "b"):
        journal.append(doc)
    journal.commit()
    data = json.loads(out.read_text())
    assert [d["id"] for d in data] == ["a", "b"]
    again = JournalledOutput(out, json_writer, resume=True)
    assert again.done == {"a": 1, "b": 1}
    again.append(_docs("c")[0])
    again.commit()
    assert [d["id"] for d in json.loads(out.read_text())] == ["a", "b", "c"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
