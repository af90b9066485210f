"""Local worker processes: same output as serial, bounded memory, crashes cost one document."""

from __future__ import annotations

import multiprocessing
import os
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import textmill
from textmill.executors import (
    ProcessExecutor,
    SerialExecutor,
    get_executor,
    resolve_workers,
)

pytestmark = pytest.mark.slow  # starts worker processes

PLUGIN = '''
import os
import re
import signal

import textmill


class Words(textmill.Step):
    """Word tokens; logs each set-up (pid) to the file named by `setup_log`."""

    name = "words"
    provides = ("spans.words",)
    params = {"setup_log": textmill.Param(str, "", "file to append the pid to at set-up")}

    def setup(self):
        if self.options["setup_log"]:
            with open(self.options["setup_log"], "a", encoding="utf-8") as log:
                log.write(f"{os.getpid()}\\n")

    def process(self, doc):
        for m in re.finditer(r"\\w+", doc.text):
            doc.add_span("words", m.start(), m.end(), label=m.group().lower()[:3])


@textmill.step(requires=["spans.words"], provides=["attrs.n_words", "attrs.pid"])
def count_words(doc: textmill.Document, *, fail_on: str = "boom", crash_on: str = "SEGV") -> None:
    "Count words; raise on `fail_on`; SIGKILL the process on `crash_on`."
    if crash_on and crash_on in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    if fail_on and fail_on in doc.text:
        raise ValueError(f"found {fail_on!r}")
    doc.attrs["n_words"] = len(doc.layer("words"))
    doc.attrs["ratio"] = round(len(doc.layer("words")) / (len(doc.text) or 1), 6)


@textmill.hookimpl
def textmill_register_steps():
    return [Words, count_words]
'''


@pytest.fixture
def pipeline_file(tmp_path: Path) -> Path:
    (tmp_path / "exec_plugin.py").write_text(PLUGIN, encoding="utf-8")
    path = tmp_path / "exec.yaml"
    path.write_text(textwrap.dedent(f"""\
        version: 1
        name: exec
        plugins: [./exec_plugin.py]
        steps:
          - step: words
            params: {{setup_log: "{tmp_path / 'setups.log'}"}}
          - count_words
        """), encoding="utf-8")
    return path


def records(n: int, *, crash: tuple[int, ...] = ()) -> list[Any]:
    """Mixed input: texts, dicts (with and without id), Documents, failing texts."""
    out: list[Any] = []
    for i in range(n):
        text = f"Document {i}: " + "parole e frasi " * (i % 7) + ("boom" if i % 23 == 5 else "")
        if i in crash:
            text += " SEGV"
        if i % 3 == 0:
            out.append(text)
        elif i % 3 == 1:
            out.append({"id": f"rec-{i}", "text": text, "meta": {"n": i}})
        else:
            out.append(textmill.Document(text, id=f"d{i}"))
    return out


def jsonl(docs: Iterator[textmill.Document]) -> list[str]:
    return [d.to_json() for d in docs]


def test_two_workers_give_byte_identical_output_in_input_order(pipeline_file: Path) -> None:
    pipe = textmill.load(pipeline_file)
    serial = jsonl(pipe.stream(records(300), on_error="record", batch_size=7))
    parallel = jsonl(pipe.stream(records(300), on_error="record", batch_size=7, workers=2))
    assert parallel == serial
    assert sum('"errors"' in line for line in parallel) == 13  # the boom documents


def test_each_worker_builds_the_pipeline_once(pipeline_file: Path, tmp_path: Path) -> None:
    pipe = textmill.load(pipeline_file)  # set-up in this process: 1
    docs = list(pipe.stream(records(200), batch_size=5, workers=2, on_error="skip"))
    assert len(docs) == 200 - 9
    pids = (tmp_path / "setups.log").read_text().split()
    assert len(pids) == 3 and len(set(pids)) == 3


def test_unreadable_records_become_error_records_as_in_serial(pipeline_file: Path) -> None:
    pipe = textmill.load(pipeline_file)
    bad: list[Any] = ["fine text", {"id": "no-text"}, 42, {"text": "also fine"}]
    serial = jsonl(pipe.stream(bad, on_error="record"))
    assert jsonl(pipe.stream(bad, on_error="record", workers=2)) == serial
    assert '"errors"' in serial[1] and '"errors"' in serial[2]


def test_a_crashing_worker_costs_only_the_document_it_crashed_on(pipeline_file: Path) -> None:
    pipe = textmill.load(pipeline_file)
    serial = jsonl(pipe.stream(records(120), on_error="record", batch_size=10))
    executor = ProcessExecutor(2)
    out = list(pipe.stream(records(120, crash=(17, 64)), on_error="record", batch_size=10,
                           executor=executor))
    assert executor.crashes == 4  # each batch once, then the document alone
    assert [d.id for d in out] == [textmill.Document.from_json(s).id for s in serial]
    for i, (doc, expected) in enumerate(zip(out, serial, strict=True)):
        if i in (17, 64):
            assert doc.errors == [{"step": "worker", "type": "WorkerCrashed",
                                   "message": doc.errors[0]["message"]}]
            assert "SIGKILL" in doc.errors[0]["message"]
            assert doc.spans == {} and doc.attrs == {}
        else:
            assert doc.to_json() == expected


def test_without_retry_a_crash_costs_the_batch_the_worker_held(pipeline_file: Path) -> None:
    pipe = textmill.load(pipeline_file)
    executor = ProcessExecutor(2, retry_crashed=False)
    out = list(pipe.stream(records(60, crash=(25,)), on_error="record", batch_size=10,
                           executor=executor))
    crashed = [i for i, d in enumerate(out) if d.errors and d.errors[0]["step"] == "worker"]
    assert crashed == list(range(20, 30))
    assert sum(1 for d in out if not d.errors) == 60 - 10 - 2  # 2 boom documents outside


def test_crash_with_skip_drops_and_with_fail_raises(pipeline_file: Path) -> None:
    pipe = textmill.load(pipeline_file)
    texts = [f"text {i}" + (" SEGV" if i == 3 else "") for i in range(12)]
    kept = list(pipe.stream(texts, on_error="skip", batch_size=4, workers=2))
    assert [d.id for d in kept] == [f"doc-{i}" for i in range(12) if i != 3]
    with pytest.raises(textmill.DocumentError) as info:
        list(pipe.stream(texts, on_error="fail", batch_size=4, workers=2))
    assert info.value.doc_id == "doc-3" and info.value.step_id == "worker"
    assert "WorkerCrashed" in str(info.value)


def test_hooks_fire_in_the_calling_process_with_the_runs_stats(pipeline_file: Path) -> None:
    seen: dict[str, Any] = {"failed": []}

    class Observer:
        @textmill.hookimpl
        def textmill_pipeline_start(self, pipeline: textmill.Pipeline) -> None:
            seen["started"] = True

        @textmill.hookimpl
        def textmill_pipeline_end(self, pipeline: textmill.Pipeline,
                                  stats: textmill.RunStats) -> None:
            seen["stats"] = (stats.ok, stats.failed, stats.skipped)

        @textmill.hookimpl
        def textmill_document_failed(self, doc: textmill.Document,
                                     step: textmill.PipelineStep | None,
                                     error: BaseException) -> None:
            seen["failed"].append((doc.id, step.id if step else None, str(error)))

    pipe = textmill.load(pipeline_file)
    pipe.host.pm.register(Observer())
    texts = [f"t{i}" + (" boom" if i == 4 else "") + (" SEGV" if i == 9 else "")
             for i in range(30)]
    out = list(pipe.stream(texts, on_error="record", batch_size=4, workers=2))
    assert len(out) == 30
    assert seen["started"] and seen["stats"] == (28, 2, 0)
    assert seen["failed"][0] == ("doc-4", "count_words", "ValueError: found 'boom'")
    assert seen["failed"][1][:2] == ("doc-9", None) and "SIGKILL" in seen["failed"][1][2]
    assert len(seen["failed"]) == 2


def test_documents_in_flight_are_bounded(pipeline_file: Path) -> None:
    pipe = textmill.load(pipeline_file)
    state = {"read": 0, "max_ahead": 0}

    def endless() -> Iterator[str]:
        i = 0
        while True:
            state["read"] += 1
            yield f"text number {i}"
            i += 1

    stream = pipe.stream(endless(), batch_size=8, workers=2)
    for yielded, _doc in enumerate(stream, start=1):
        state["max_ahead"] = max(state["max_ahead"], state["read"] - yielded)
        if yielded == 2000:
            break
    stream.close()  # type: ignore[attr-defined]
    assert state["max_ahead"] <= 3 * 2 * 8 + 8
    assert multiprocessing.active_children() == []


def test_executor_selection() -> None:
    assert isinstance(get_executor(), SerialExecutor)
    assert isinstance(get_executor(workers=3), ProcessExecutor)
    assert get_executor("process", workers=1).workers == 1  # type: ignore[attr-defined]
    assert resolve_workers("auto") >= 1
    custom = SerialExecutor()
    assert get_executor(custom) is custom
    with pytest.raises(ValueError, match="workers must be >= 1"):
        get_executor(workers=0)
    with pytest.raises(ValueError, match="unknown executor 'spark'"):
        get_executor("spark")
    with pytest.raises(ValueError, match="needs executor='dask'"):
        get_executor("process", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="needs a parallel executor"):
        get_executor("serial", workers=2)


def test_empty_input_starts_no_worker(pipeline_file: Path, tmp_path: Path) -> None:
    pipe = textmill.load(pipeline_file)
    assert list(pipe.stream([], workers=2)) == []
    assert len((tmp_path / "setups.log").read_text().split()) == 1  # this process only


WORKER_ONLY_FAILURE = '''
import os

import textmill

if os.environ.get("TM_TEST_PARENT", str(os.getpid())) != str(os.getpid()):
    if os.environ.get("TM_TEST_HOW") == "exit":
        os._exit(3)
    raise RuntimeError("cannot start here")


@textmill.step(provides=["attrs.ok"])
def fragile(doc: textmill.Document) -> None:
    "Works only in the process that loaded the pipeline first."
    doc.attrs["ok"] = True


@textmill.hookimpl
def textmill_register_steps():
    return [fragile]
'''


@pytest.mark.parametrize("how", ["exit", "raise"])
def test_workers_that_cannot_start_stop_the_run_with_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    (tmp_path / "fragile.py").write_text(WORKER_ONLY_FAILURE, encoding="utf-8")
    path = tmp_path / "fragile.yaml"
    path.write_text("version: 1\nplugins: [./fragile.py]\nsteps: [fragile]\n", encoding="utf-8")
    monkeypatch.setenv("TM_TEST_PARENT", str(os.getpid()))
    monkeypatch.setenv("TM_TEST_HOW", how)
    pipe = textmill.load(path)
    assert pipe("x").attrs == {"ok": True}
    with pytest.raises(textmill.PipelineError) as info:
        list(pipe.stream(["a", "b", "c"], workers=2))
    message = str(info.value)
    if how == "exit":
        assert "keep dying at start-up (exited with code 3)" in message
    else:
        assert "could not build the pipeline" in message
    assert multiprocessing.active_children() == []
