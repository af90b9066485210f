"""The document model: immutable text, checked spans, exact JSON round trip."""

from __future__ import annotations

import json
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textmill import Document, Span, SpanError


def test_text_is_read_only() -> None:
    doc = Document("Ciao mondo.", id="a")
    with pytest.raises(AttributeError):
        doc.text = "changed"  # type: ignore[misc]
    assert doc.text == "Ciao mondo."


def test_add_span_checks_offsets_and_names_the_document() -> None:
    doc = Document("abc", id="doc-7")
    doc.add_span("x", 0, 3)
    with pytest.raises(SpanError, match=r"doc-7.*\(2, 5\).*'x'"):
        doc.add_span("x", 2, 5)
    with pytest.raises(SpanError):
        doc.add_span("x", 2, 1)
    assert [doc.span_text(s) for s in doc.layer("x")] == ["abc"]


def test_record_matches_the_public_format() -> None:
    doc = Document("Kim ha detto \"sì\".", id="n1", meta={"src": "t"}, lang="it")
    doc._step = "quotes"
    doc.add_span("quotes", 14, 16, attrs={"speaker": "Kim", "cue": "ha detto"})
    doc._step = None
    doc.attrs["summary"] = "Kim ha detto sì."
    record = doc.to_dict()
    assert list(record) == ["id", "text", "meta", "lang", "spans", "attrs"]
    assert record["spans"]["quotes"] == [
        {"start": 14, "end": 16, "attrs": {"speaker": "Kim", "cue": "ha detto"}, "step": "quotes"}
    ]
    assert "errors" not in record
    doc.errors.append({"step": "x", "type": "ValueError", "message": "m"})
    assert doc.to_dict()["errors"] == [{"step": "x", "type": "ValueError", "message": "m"}]


def test_layer_of_missing_name_is_empty_and_not_created() -> None:
    doc = Document("x")
    assert doc.layer("nothing") == []
    assert not doc.has_layer("nothing")


spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=6)
attr_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                  max_size=3),
    max_leaves=6,
)


@given(text=st.text(max_size=30), pairs=spans, label=st.none() | st.text(max_size=4),
       attrs=st.dictionaries(st.text(max_size=4), attr_values, max_size=3))
def test_json_round_trip_is_exact(text: str, pairs: list[tuple[int, int]], label: str | None,
                                  attrs: dict[str, object]) -> None:
    doc = Document(text, id="p", meta={"k": [1, "x"]}, lang="en", attrs={"a": attrs})
    doc._step = "s"
    for a, b in pairs:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        doc.add_span("layer", start, end, label=label, attrs=attrs or None)
    line = doc.to_json()
    again = Document.from_json(line)
    assert again == doc
    assert again.to_json() == line
    assert json.loads(line) == doc.to_dict()


def test_span_equality_includes_provenance() -> None:
    assert Span(0, 1, step="a") != Span(0, 1, step="b")
    assert Span(0, 1, attrs={}) == Span(0, 1)


def test_records_with_spans_outside_the_text_are_refused() -> None:
    record = {"id": "a1", "text": "ok", "spans": {"quotes": [{"start": 0, "end": 9}]}}
    with pytest.raises(SpanError, match=r"'a1'.*span 0 \(0, 9\).*'quotes'.*length 2"):
        Document.from_dict(record)
    backwards = {"id": "a2", "text": "okay", "spans": {"s": [{"start": 3, "end": 1}]}}
    with pytest.raises(SpanError):
        Document.from_dict(backwards)


def test_an_input_record_with_bad_spans_keeps_its_text_in_the_error_record(
    tmp_path: pathlib.Path,
) -> None:
    from textmill.cli import app
    from typer.testing import CliRunner

    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id":"x","text":"ok","spans":{"q":[{"start":0,"end":9}]}}\n'
        '{"id":"y","text":"Ciao mondo."}\n',
        encoding="utf-8",
    )
    pipeline = tmp_path / "p.yaml"
    pipeline.write_text("steps:\n  - step: split_sentences\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["run", "--quiet", str(pipeline), str(source), "-o", str(out)]
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["x", "y"]
    assert records[0]["text"] == "ok"
    assert "span 0 (0, 9)" in records[0]["errors"][0]["message"]
    assert not records[1].get("errors")
    assert result.exit_code == 1
