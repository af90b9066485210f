"""The runner: single documents, streams, error policies, hooks, isolation."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import textmill
from textmill import Document, DocumentError


def test_single_text_and_provenance(toy_pipeline: Path) -> None:
    pipe = textmill.load(str(toy_pipeline))
    doc = pipe("Il leader ha detto", id="x")
    assert doc.attrs == {"shout": "IL LEADER HA DETTO!", "n_words": 4}
    assert [doc.span_text(s) for s in doc.layer("words")] == ["Il", "leader", "ha", "detto"]
    assert {s.step for s in doc.layer("words")} == {"words"}


def test_stream_keeps_order_and_applies_record_policy(toy_pipeline: Path) -> None:
    pipe = textmill.load(toy_pipeline)
    records: list[Any] = ["a bb", {"id": "bad", "text": "a boom"}, {"id": "notext"},
                          Document("cc dd", id="d"), 42]
    out = list(pipe.stream(records, batch_size=2))
    assert [d.id for d in out] == ["doc-0", "bad", "notext", "d", "doc-4"]
    assert out[0].attrs["n_words"] == 1 and not out[0].errors
    assert out[1].errors == [{"step": "count_words", "type": "ValueError",
                              "message": "found 'boom'"}]
    # steps before the failure keep their work; the failing step leaves nothing behind
    assert out[1].attrs == {"shout": "A BOOM!"} and len(out[1].layer("words")) == 1
    assert out[2].errors[0]["step"] is None and "'text' must be a string" in \
        out[2].errors[0]["message"]
    assert out[3].attrs["n_words"] == 2
    assert "expected a text" in out[4].errors[0]["message"]


def test_skip_and_fail_policies(toy_pipeline: Path, caplog: pytest.LogCaptureFixture) -> None:
    pipe = textmill.load(toy_pipeline)
    kept = [d.id for d in pipe.stream(
        [{"id": "1", "text": "ok"}, {"id": "2", "text": "boom"}, {"id": "3", "text": "ok"}],
        on_error="skip")]
    assert kept == ["1", "3"]
    assert "skipped document '2': step 'count_words'" in caplog.text
    with pytest.raises(DocumentError, match=r"document '2' failed in step 'count_words'"):
        list(pipe.stream([{"id": "1", "text": "ok"}, {"id": "2", "text": "boom"}],
                         on_error="fail"))
    with pytest.raises(DocumentError) as info:
        pipe("boom")
    assert isinstance(info.value.cause, ValueError) and info.value.step_id == "count_words"
    assert pipe("boom", on_error="record").errors[0]["step"] == "count_words"


def test_stream_is_lazy(toy_pipeline: Path) -> None:
    pipe = textmill.load(toy_pipeline)
    pulled = []

    def source() -> Iterator[str]:
        for i in range(10_000):
            pulled.append(i)
            yield f"text {i}"

    stream = pipe.stream(source(), batch_size=4)
    first = next(stream)
    assert first.id == "doc-0"
    assert len(pulled) <= 5
    stream.close()


def test_batch_failure_is_isolated_to_the_bad_document(tmp_path: Path) -> None:
    plugin = tmp_path / "batchy.py"
    plugin.write_text(textwrap.dedent('''
        import textmill

        class Batchy(textmill.Step):
            name = "batchy"
            provides = ("spans.marks",)
            calls = []

            def process(self, doc):
                if "bad" in doc.text:
                    raise RuntimeError("bad doc")
                doc.add_span("marks", 0, 1)

            def process_batch(self, docs):
                Batchy.calls.append(len(docs))
                for doc in docs:
                    self.process(doc)

        @textmill.hookimpl
        def textmill_register_steps():
            return [Batchy]
        '''), encoding="utf-8")
    pipe = textmill.load({"plugins": [str(plugin)], "steps": ["batchy"]})
    out = list(pipe.stream(["ok1", "ok2", "bad", "ok3"], batch_size=4))
    assert [bool(d.errors) for d in out] == [False, False, True, False]
    # the partial work of the failed batch call was rolled back, then redone per document
    assert [len(d.layer("marks")) for d in out] == [1, 1, 0, 1]


def test_lifecycle_hooks_and_step_wrapper(toy_pipeline: Path) -> None:
    events: list[Any] = []

    class Observer:
        @textmill.hookimpl
        def textmill_pipeline_start(self, pipeline: textmill.Pipeline) -> None:
            events.append(("start", pipeline.name))

        @textmill.hookimpl
        def textmill_pipeline_end(self, pipeline: textmill.Pipeline,
                                  stats: textmill.RunStats) -> None:
            events.append(("end", stats.ok, stats.failed))

        @textmill.hookimpl(wrapper=True)
        def textmill_step_call(self, step: textmill.PipelineStep, docs: list[Document]) -> Any:
            events.append(("call", step.id, len(docs)))
            return (yield)

        @textmill.hookimpl
        def textmill_document_failed(self, doc: Document, step: textmill.PipelineStep,
                                     error: BaseException) -> None:
            events.append(("failed", doc.id, step.id, str(error)))

    pipe = textmill.load(toy_pipeline)
    pipe.host.register(Observer(), name="observer")
    list(pipe.stream([{"id": "a", "text": "x"}, {"id": "b", "text": "boom"}], batch_size=8))
    assert events == [
        ("start", "toy"),
        ("call", "shout", 2), ("call", "words", 2), ("call", "count_words", 2),
        ("call", "count_words", 1), ("call", "count_words", 1),
        ("failed", "b", "count_words", "found 'boom'"),
        ("end", 1, 1),
    ]


def test_two_pipelines_with_different_plugins_coexist(toy_pipeline: Path, tmp_path: Path) -> None:
    other = tmp_path / "other_plugin.py"
    other.write_text(textwrap.dedent('''
        import textmill

        @textmill.step(name="shout", provides=["attrs.shout"])
        def quiet(doc: textmill.Document) -> None:
            doc.attrs["shout"] = doc.text.lower()

        @textmill.hookimpl
        def textmill_register_steps():
            return [quiet]
        '''), encoding="utf-8")
    loud = textmill.load(toy_pipeline)
    quiet = textmill.load({"plugins": [str(other)], "steps": ["shout"]})
    assert loud("Ab").attrs["shout"] == "AB!"
    assert quiet("Ab").attrs["shout"] == "ab"
    assert loud.host.pm is not quiet.host.pm


def test_step_setup_failure_names_the_step(tmp_path: Path) -> None:
    plugin = tmp_path / "bad_setup.py"
    plugin.write_text(textwrap.dedent('''
        import textmill

        class Needy(textmill.Step):
            name = "needy"
            def setup(self):
                raise OSError("model file missing")

        @textmill.hookimpl
        def textmill_register_steps():
            return [Needy]
        '''), encoding="utf-8")
    with pytest.raises(textmill.PipelineError,
                       match=r"step 'needy' .* failed to set up: OSError: model file missing"):
        textmill.load({"plugins": [str(plugin)], "steps": ["needy"]})


def test_describe_gives_the_resolved_plan(toy_pipeline: Path) -> None:
    plan = textmill.load(toy_pipeline).describe()
    words = plan["steps"][1]
    assert words["id"] == "words" and words["options"] == {"min_len": 2}
    assert plan["steps"][2]["requires"] == ["spans.words"]
    assert plan["steps"][0]["options"] == {"suffix": "!"}
