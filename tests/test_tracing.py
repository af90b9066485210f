"""The tracing plugin: --profile's per-step table and TEXTMILL_TRACE hook logging."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import textmill
from textmill.plugins import tracing

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "pipelines" / "news.yaml"
SEED = ROOT / "seeds" / "it-kim-lavrov.txt"


@pytest.fixture(autouse=True)
def _no_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tracing.PROFILE_ENV, raising=False)
    monkeypatch.delenv(tracing.TRACE_ENV, raising=False)


def _run(pipe: textmill.Pipeline, texts: list[str], batch_size: int = 2) -> list[textmill.Document]:
    return list(pipe.stream(texts, batch_size=batch_size, on_error="record"))


def _profiler(pipe: textmill.Pipeline) -> object:
    return pipe.host.pm.get_plugin(tracing.PROFILER_NAME)


def test_profile_times_every_step(toy_pipeline: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(tracing.PROFILE_ENV, "1")
    pipe = textmill.load(toy_pipeline)
    docs = _run(pipe, ["one two three", "four five", "boom here", "six"])
    assert [d.failed for d in docs] == [False, False, True, False]
    report = pipe.settings["profile_report"]
    assert isinstance(report, tracing.ProfileReport)
    assert [t.step_id for t in report.steps] == ["shout", "words", "count_words"]
    by_id = {t.step_id: t for t in report.steps}
    assert by_id["shout"].calls == 2 and by_id["shout"].documents == 4
    # the failing batch is retried one document at a time: 2 batches + 2 retries
    assert by_id["count_words"].calls == 4 and by_id["count_words"].documents == 6
    assert all(t.seconds > 0 and t.mean > 0 for t in report.steps)
    assert report.documents == 4 and report.elapsed >= report.step_seconds
    shares = [s["share"] for s in report.to_dict()["steps"]]
    assert all(0 < s <= 1 for s in shares) and sum(shares) <= 1.0
    err = capsys.readouterr().err
    assert "textmill profile: toy (4 documents" in err
    for column in ("step", "calls", "total s", "mean ms", "share", "other (reading"):
        assert column in err
    for step_id in ("shout", "words", "count_words"):
        assert step_id in err
    # the wrapper is gone once the run ends: the next run pays nothing unless asked again
    assert _profiler(pipe) is None


def test_profile_setting_works_without_the_environment(toy_pipeline: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    pipe = textmill.load(toy_pipeline)
    pipe.settings["profile"] = True
    _run(pipe, ["a b c"])
    assert "textmill profile: toy" in capsys.readouterr().err
    assert pipe.settings["profile_report"].steps[0].calls == 1


def test_nothing_is_wrapped_when_neither_switch_is_set(
        toy_pipeline: Path, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    seen: list[int] = []

    class Spy:
        @textmill.hookimpl
        def textmill_pipeline_start(self, pipeline: textmill.Pipeline) -> None:
            seen.append(len(pipeline.host.pm.hook.textmill_step_call.get_hookimpls()))

    pipe = textmill.load(toy_pipeline)
    pipe.host.pm.register(Spy())
    with caplog.at_level(logging.DEBUG, logger="textmill.trace"):
        _run(pipe, ["a b c", "d e"])
    assert _profiler(pipe) is None
    assert not pipe.host.pm.hook.textmill_step_call.get_hookimpls()
    assert pipe._wrapped is False  # the runner calls steps directly
    assert "profile_report" not in pipe.settings
    assert capsys.readouterr().err == ""
    assert not [r for r in caplog.records if r.name == "textmill.trace"]
    assert seen == [0]


def test_profiling_an_overlapping_run_reports_once(toy_pipeline: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(tracing.PROFILE_ENV, "1")
    pipe = textmill.load(toy_pipeline)
    outer = pipe.stream(["a b", "c d"], batch_size=1)
    next(outer)
    pipe("inner document")  # a second run while the first is open
    assert capsys.readouterr().err == ""
    list(outer)
    assert capsys.readouterr().err.count("textmill profile") == 1
    assert _profiler(pipe) is None


def test_trace_logs_every_hook_call(toy_pipeline: Path, monkeypatch: pytest.MonkeyPatch,
                                    caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv(tracing.TRACE_ENV, "1")
    pipe = textmill.load(toy_pipeline)
    with caplog.at_level(logging.INFO, logger="textmill.trace"):
        _run(pipe, ["one two", "boom"], batch_size=2)
    lines = [r.getMessage() for r in caplog.records if r.name == "textmill.trace"]
    assert lines[0] == "call textmill_pipeline_start(pipeline=toy)"
    calls = [line for line in lines if line.startswith("call textmill_step_call")]
    # shout, words, count_words on the batch, then count_words per document after the failure
    assert [c.split("step=")[1].split(",")[0] for c in calls] == [
        "shout", "words", "count_words", "count_words", "count_words"]
    assert "docs=['doc-0', 'doc-1'] (2)" in calls[0]
    assert any("raised ValueError: found 'boom'" in line for line in lines)
    assert any(line.startswith("call textmill_document_failed(") and "doc='doc-1'" in line
               for line in lines)
    assert lines[-1].startswith("done textmill_pipeline_end: ok in")
    # tracing stops with the run
    caplog.clear()
    monkeypatch.delenv(tracing.TRACE_ENV)
    with caplog.at_level(logging.INFO, logger="textmill.trace"):
        _run(pipe, ["again"])
    assert not [r for r in caplog.records if r.name == "textmill.trace"]


def test_trace_goes_to_stderr_when_logging_is_not_configured(toy_pipeline: Path) -> None:
    code = (
        "import textmill\n"
        f"pipe = textmill.load({str(toy_pipeline)!r})\n"
        "list(pipe.stream(['a b']))\n"
    )
    env = {**os.environ, tracing.TRACE_ENV: "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=60, check=True)
    assert "textmill.trace: call textmill_step_call(step=words" in done.stderr
    assert done.stdout == ""


def _news_steps() -> list[str]:
    if not NEWS.is_file():
        pytest.skip("pipelines/news.yaml is not written yet")
    try:
        pipe = textmill.load(NEWS)
    except textmill.PipelineError as exc:
        pytest.skip(f"news.yaml does not build yet: {exc}")
    return [s.id for s in pipe.steps]


def test_profile_on_the_seed_shows_every_news_step(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    steps = _news_steps()
    monkeypatch.setenv(tracing.PROFILE_ENV, "1")
    pipe = textmill.load(NEWS)
    [doc] = list(pipe.stream([{"id": "seed", "text": SEED.read_text(encoding="utf-8")}]))
    assert not doc.failed
    report = pipe.settings["profile_report"]
    assert [t.step_id for t in report.steps] == steps
    assert all(t.calls == 1 and t.seconds > 0 for t in report.steps)
    err = capsys.readouterr().err
    assert all(step in err for step in steps)


@pytest.mark.slow
def test_cli_profile_prints_the_table_for_the_seed() -> None:
    steps = _news_steps()
    done = subprocess.run(
        [sys.executable, "-m", "textmill", "run", str(NEWS), str(SEED), "--profile", "-q"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != tracing.PROFILE_ENV})
    assert done.returncode == 0, done.stderr
    assert "textmill profile: news (1 documents" in done.stderr
    table = done.stderr[done.stderr.index("textmill profile"):]
    for step in steps:
        row = next(line for line in table.splitlines() if f" {step} " in line)
        cells = [c.strip() for c in row.strip("│┃ ").split("│")]
        assert cells[1] == "1" and float(cells[3]) > 0 and cells[5].endswith("%")
    assert '"id":"it-kim-lavrov"' in done.stdout.replace(" ", "")
