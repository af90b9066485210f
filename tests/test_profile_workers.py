"""``--profile`` with any executor: the runner measures steps where they run and the
calling process sums the measurements (serial, worker processes, Dask)."""

from __future__ import annotations

import multiprocessing
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import textmill
from textmill.executors import process_payloads
from textmill.pipeline import this_process
from textmill.plugins import tracing

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "pipelines" / "news.yaml"

# Tiny news-like inputs (written for these tests): one headline, quotes, a foreign line.
NEWS_TEXTS = [
    "Vertice a Roma\nIl ministro ha detto: «Siamo pronti a trattare». "
    "La riunione è durata tre ore. Domani si vota.",
    "Talks in Geneva\n\"We will not give up,\" the envoy said on Monday. "
    "The delegations met for two hours. A new round is planned.",
    "Berlin\nDie Ministerin sagte, man werde die Hilfe verdoppeln. Das Treffen dauerte lange.",
    "Breve nota. Nessuna citazione qui, solo due frasi.",
    "Czytaj także: nowe wiadomości\nIl sindaco ha spiegato che i lavori finiranno a maggio.",
]


@pytest.fixture(autouse=True)
def _no_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tracing.PROFILE_ENV, raising=False)
    monkeypatch.delenv(tracing.TRACE_ENV, raising=False)


class StatsSpy:
    """Keeps the RunStats of every run (the same object textmill_pipeline_end gets)."""

    def __init__(self) -> None:
        self.runs: list[textmill.RunStats] = []

    @textmill.hookimpl
    def textmill_pipeline_end(self, stats: textmill.RunStats) -> None:
        self.runs.append(stats)


def _profiled(path: Path, texts: list[str], **options: object
              ) -> tuple[list[str], tracing.ProfileReport, textmill.RunStats, textmill.Pipeline]:
    pipe = textmill.load(path)
    spy = StatsSpy()
    pipe.host.pm.register(spy)
    pipe.settings["profile"] = True
    records = pipe.stream(texts, on_error="record", **options)  # type: ignore[arg-type]
    docs = [d.to_json() for d in records]
    [stats] = spy.runs
    return docs, pipe.settings["profile_report"], stats, pipe


def _counts(report: tracing.ProfileReport) -> list[tuple[str, int, int]]:
    return [(t.step_id, t.calls, t.documents) for t in report.steps]


@pytest.mark.slow  # starts two worker processes
def test_worker_tables_list_the_same_steps_and_counts_as_serial(
        toy_pipeline: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = ["one two three", "four five", "boom here", "six", "seven eight", "nine"]
    plain = [d.to_json() for d in textmill.load(toy_pipeline).stream(texts, on_error="record",
                                                                     batch_size=2)]
    serial_docs, serial, serial_stats, _ = _profiled(toy_pipeline, texts, batch_size=2)
    capsys.readouterr()
    worker_docs, workers, worker_stats, _ = _profiled(toy_pipeline, texts, batch_size=2,
                                                      workers=2)
    err = capsys.readouterr().err
    assert worker_docs == serial_docs == plain  # profiling changes no output byte
    # same steps, calls and documents (the failing batch is retried one document at a time,
    # in the worker as in the calling process): shout 3 batches, count_words 3 + 2 retries
    assert _counts(workers) == _counts(serial) == [
        ("shout", 3, 6), ("words", 3, 6), ("count_words", 5, 8)]
    assert all(t.seconds > 0 and t.cpu >= 0 for t in workers.steps)
    # the serial run timed its steps here; the worker run only in worker processes
    assert serial_stats.processes == {this_process()}
    assert serial_stats.steps_ran_here and not serial.in_workers
    pids = {int(p.rsplit(":", 1)[1]) for p in worker_stats.processes}
    assert 1 <= len(pids) <= 2 and os.getpid() not in pids
    assert workers.in_workers and workers.processes == len(pids)
    assert not worker_stats.steps_ran_here
    assert "textmill profile: toy (6 documents" in err
    assert f"{len(pids)} worker process" in err
    assert ("summed over the 2 worker" if len(pids) == 2 else "one worker process") in err
    for step_id in ("shout", "words", "count_words"):
        assert step_id in err
    shares = [s["share"] for s in workers.to_dict()["steps"]]
    assert sum(shares) == pytest.approx(1.0)  # of the step time summed over the workers


@pytest.mark.slow  # starts two worker processes
def test_a_worker_profile_run_leaves_no_state_behind(
        toy_pipeline: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environ = dict(os.environ)
    pipe = textmill.load(toy_pipeline)
    spy = StatsSpy()
    pipe.host.pm.register(spy)
    hooks_before = len(pipe.host.pm.get_plugins())
    pipe.settings["profile"] = True
    list(pipe.stream(["a b", "c d", "e f"], batch_size=1, workers=2))
    assert "textmill profile" in capsys.readouterr().err
    assert spy.runs[-1].steps and pipe.measure_steps is False
    assert pipe.host.pm.get_plugin(tracing.PROFILER_NAME) is None
    assert pipe.host.pm.get_plugin(tracing.TRACER_NAME) is None
    assert len(pipe.host.pm.get_plugins()) == hooks_before
    assert dict(os.environ) == environ
    assert multiprocessing.active_children() == []
    # the next run, not profiled, measures nothing and prints nothing
    del pipe.settings["profile"]
    del pipe.settings["profile_report"]
    list(pipe.stream(["g h", "i j"], batch_size=1, workers=2))
    assert spy.runs[-1].steps == {} and spy.runs[-1].processes == set()
    assert "profile_report" not in pipe.settings
    assert capsys.readouterr().err == ""


def test_the_runner_measures_only_when_asked(toy_pipeline: Path) -> None:
    pipe = textmill.load(toy_pipeline)
    payloads = [(0, "one two"), (1, "boom"), (2, "three")]
    dicts, failed, reports = process_payloads(pipe, payloads)
    assert failed == [1] and reports == []  # measuring is off: nothing is collected
    measured, failed_again, [(process, steps)] = process_payloads(pipe, payloads, measure=True)
    assert measured == dicts and failed_again == failed
    assert process == this_process()
    assert {k: (v.calls, v.documents) for k, v in steps.items()} == {
        "shout": (1, 3), "words": (1, 3), "count_words": (4, 6)}  # batch + 3 retries


def test_a_plugin_can_use_the_measurements_without_the_tracing_plugin(toy_pipeline: Path) -> None:
    class Measure(StatsSpy):
        @textmill.hookimpl
        def textmill_pipeline_start(self, pipeline: textmill.Pipeline) -> None:
            pipeline.measure_steps = True

    pipe = textmill.load(toy_pipeline)
    pipe.host.pm.set_blocked("tracing")
    spy = Measure()
    pipe.host.pm.register(spy)
    list(pipe.stream(["x y", "z"], batch_size=1))
    [stats] = spy.runs
    assert list(stats.steps) == ["shout", "words", "count_words"]
    assert all(s.calls == 2 and s.documents == 2 and s.wall > 0 for s in stats.steps.values())
    assert pipe._wrapped is False  # measuring needs no step_call wrapper


# -- the CLI on the news pipeline -------------------------------------------------------

def _table_rows(stderr: str) -> dict[str, list[str]]:
    table = stderr[stderr.index("textmill profile"):]
    rows: dict[str, list[str]] = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("│┃").split("│")]
        if len(cells) == 7 and re.fullmatch(r"\d+", cells[1]):
            rows[cells[0]] = cells
    return rows


def _cli(inputs: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (tracing.PROFILE_ENV, "COLUMNS")}
    done = subprocess.run(
        [sys.executable, "-m", "textmill", "run", str(NEWS), str(inputs), "-q", *args],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def news_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    for i, text in enumerate(NEWS_TEXTS):
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def news_plain(news_inputs: Path) -> str:
    return _cli(news_inputs).stdout


@pytest.mark.slow  # runs the CLI in subprocesses, with worker processes or a Dask cluster
@pytest.mark.parametrize("executor", [
    ["--workers", "2", "--batch-size", "1"],
    pytest.param(["--executor", "dask", "--workers", "2", "--batch-size", "2"], id="dask"),
], ids=["process", "dask"])
def test_cli_profile_with_workers_lists_every_news_step(
        executor: list[str], news_inputs: Path, news_plain: str) -> None:
    if "dask" in executor:
        pytest.importorskip("distributed")
    steps = [s.id for s in textmill.load(NEWS).steps]
    serial = _cli(news_inputs, "--profile")
    parallel = _cli(news_inputs, "--profile", *executor)
    assert serial.stdout == parallel.stdout == news_plain  # no output byte changes
    n = len(NEWS_TEXTS)
    assert f"textmill profile: news ({n} documents" in parallel.stderr
    header = re.search(r"(\d+) worker process(es)?\)", parallel.stderr)
    assert header and 1 <= int(header.group(1)) <= 2
    assert "summed over the 2 worker" in parallel.stderr or "one worker process" in parallel.stderr
    serial_rows, rows = _table_rows(serial.stderr), _table_rows(parallel.stderr)
    assert list(rows) == list(serial_rows) == steps
    for step in steps:
        assert rows[step][2] == serial_rows[step][2] == str(n)  # documents per step
        assert float(rows[step][3]) > 0 and rows[step][5].endswith("%")
    assert "1 process)" in serial.stderr and "other (reading" in serial.stderr
