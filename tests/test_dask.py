"""The Dask executor against a real ``dask scheduler`` and two ``dask worker`` processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import textmill

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow  # starts a Dask scheduler and workers

PLUGIN = '''
import os
import re
import signal

import textmill


@textmill.step(provides=["spans.words", "attrs.n_words"])
def words(doc: textmill.Document, *, fail_on: str = "boom") -> None:
    "Word tokens (labelled with their first letter); raise on `fail_on`."
    if fail_on and fail_on in doc.text:
        raise ValueError(f"found {fail_on!r}")
    for m in re.finditer(r"\\w+", doc.text):
        doc.add_span("words", m.start(), m.end(), label=m.group()[0].lower())
    doc.attrs["n_words"] = len(doc.layer("words"))


@textmill.step(requires=["spans.words"], provides=["attrs.worker"])
def where(doc: textmill.Document) -> None:
    "Record which process handled the document (in meta); SIGKILL it on 'SEGV'."
    if "SEGV" in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    doc.meta["pid"] = os.getpid()


@textmill.hookimpl
def textmill_register_steps():
    return [words, where]
'''


def _dask_command() -> list[str]:
    exe = Path(sys.executable).with_name("dask")
    return [str(exe)] if exe.exists() else [shutil.which("dask") or "dask"]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Address of a scheduler with two single-threaded worker processes (torn down after)."""
    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    log = (folder / "dask.log").open("wb")
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False",
           "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    dask = _dask_command()
    procs = [subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--no-dashboard", "--scheduler-file", str(scheduler_file)],
                              cwd=folder, stdout=log, stderr=subprocess.STDOUT, env=env,
                              start_new_session=True)]
    try:
        _wait_for(lambda: scheduler_file.exists(), "the scheduler file")
        for _ in range(2):
            procs.append(subprocess.Popen(
                [*dask, "worker", "--scheduler-file", str(scheduler_file), "--nworkers", "1",
                 "--nthreads", "1", "--no-dashboard"],
                cwd=folder, stdout=log, stderr=subprocess.STDOUT, env=env,
                start_new_session=True))
        address = json.loads(scheduler_file.read_text())["address"]
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=45)
        yield address
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        log.close()


def _wait_for(condition: object, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def pipeline(tmp_path: Path) -> textmill.Pipeline:
    (tmp_path / "dask_plugin.py").write_text(PLUGIN, encoding="utf-8")
    path = tmp_path / "dask.yaml"
    path.write_text(textwrap.dedent("""\
        version: 1
        name: dask-test
        plugins: [./dask_plugin.py]
        steps: [words, where]
        """), encoding="utf-8")
    return textmill.load(path)


def corpus(n: int) -> list[object]:
    return [
        {"id": f"r{i}", "text": f"Record {i}: il testo numero {i} " * (1 + i % 5)
         + ("boom" if i % 37 == 3 else "")} if i % 2 else f"Testo {i} con parole"
        for i in range(n)
    ]


def _without_pid(doc: textmill.Document) -> str:
    doc.meta.pop("pid", None)
    return doc.to_json()


def test_dask_cluster_output_is_byte_identical_to_serial(
        scheduler: str, pipeline: textmill.Pipeline) -> None:
    serial = [_without_pid(d) for d in pipeline.stream(corpus(400), on_error="record")]
    docs = list(pipeline.stream(corpus(400), on_error="record", batch_size=16,
                                executor="dask", scheduler=scheduler))
    pids = {d.meta["pid"] for d in docs if "pid" in d.meta}
    assert [_without_pid(d) for d in docs] == serial
    assert len(pids) == 2 and os.getpid() not in pids  # both workers took part
    assert sum('"errors"' in line for line in serial) == 6  # r3, r77, r151, r225, r299, r373


def test_dask_applies_the_error_policy_in_the_calling_process(
        scheduler: str, pipeline: textmill.Pipeline) -> None:
    kept = list(pipeline.stream(corpus(80), on_error="skip", batch_size=8, scheduler=scheduler))
    assert len(kept) == 80 - 2  # r3 and r77 failed in the words step
    with pytest.raises(textmill.DocumentError) as info:
        list(pipeline.stream(corpus(80), on_error="fail", batch_size=8, executor="dask",
                             scheduler=scheduler))
    assert info.value.doc_id == "r3" and info.value.step_id == "words"


def test_dask_without_scheduler_starts_a_local_cluster(pipeline: textmill.Pipeline) -> None:
    serial = [_without_pid(d) for d in pipeline.stream(corpus(60), on_error="record")]
    docs = list(pipeline.stream(corpus(60), on_error="record", batch_size=8, executor="dask",
                                workers=2))
    assert [_without_pid(d) for d in docs] == serial


def test_dask_worker_deaths_cost_only_the_document_that_caused_them(
        scheduler: str, pipeline: textmill.Pipeline) -> None:
    texts = [{"id": f"t{i}", "text": f"Testo {i}" + (" SEGV" if i == 5 else "")}
             for i in range(12)]
    expected = [_without_pid(d) for d in pipeline.stream(texts[:5] + texts[6:])]
    docs = list(pipeline.stream(texts, on_error="record", batch_size=4, scheduler=scheduler))
    assert [d.id for d in docs] == [f"t{i}" for i in range(12)]
    crashed = docs.pop(5)
    assert crashed.errors[0]["step"] == "worker"
    assert crashed.errors[0]["type"] == "WorkerCrashed"
    assert [_without_pid(d) for d in docs] == expected
