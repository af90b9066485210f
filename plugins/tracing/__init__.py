"""Built-in plugin: per-step profiling and hook tracing, on the wrapper hook.

Nothing here is in the core: the plugin watches ``textmill_pipeline_start``
and, only when asked, registers a ``textmill_step_call`` wrapper on the
pipeline's plugin manager (the runner looks for wrappers after
``textmill_pipeline_start``). When neither switch is on, step calls are not
wrapped and cost nothing extra.

``TEXTMILL_PROFILE=1`` (what ``textmill run --profile`` sets), or
``pipeline.settings["profile"] = True``
    time every step call; at the end of the run print a table (calls,
    documents, total and mean time, share of the run) to stderr, and leave
    the numbers in ``pipeline.settings["profile_report"]``
    (a :class:`ProfileReport`).

``TEXTMILL_TRACE=1`` (or ``pipeline.settings["trace"] = True``)
    log every hook call (arguments, outcome, duration) to the
    ``textmill.trace`` logger; when logging is not configured it goes to
    stderr.

Steps run by worker processes are timed in those processes, so with
``workers > 1`` the parent's table only covers what it ran itself (it says so).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

import textmill

__all__ = [
    "PROFILE_ENV",
    "TRACE_ENV",
    "ProfileReport",
    "StepProfiler",
    "StepTiming",
    "profiling_requested",
    "render_profile",
    "tracing_requested",
]

PROFILE_ENV = "TEXTMILL_PROFILE"
TRACE_ENV = "TEXTMILL_TRACE"
PROFILER_NAME = "textmill.tracing.profiler"
_TRUE = ("1", "true", "yes", "on")

trace_log = logging.getLogger("textmill.trace")


def _switch(pipeline: textmill.Pipeline, setting: str, env: str) -> bool:
    value = pipeline.settings.get(setting)
    if value is not None:
        return bool(value)
    return os.environ.get(env, "").strip().lower() in _TRUE


def profiling_requested(pipeline: textmill.Pipeline) -> bool:
    """True when the run should be profiled (setting ``profile`` or ``TEXTMILL_PROFILE``)."""
    return _switch(pipeline, "profile", PROFILE_ENV)


def tracing_requested(pipeline: textmill.Pipeline) -> bool:
    """True when hook calls should be logged (setting ``trace`` or ``TEXTMILL_TRACE``)."""
    return _switch(pipeline, "trace", TRACE_ENV)


@dataclass
class StepTiming:
    """The time spent in one pipeline step during a run."""

    step_id: str
    step_name: str
    calls: int = 0
    documents: int = 0
    seconds: float = 0.0

    @property
    def mean(self) -> float:
        """Mean seconds per call (0 when never called)."""
        return self.seconds / self.calls if self.calls else 0.0


@dataclass
class ProfileReport:
    """Per-step timings of one run, in pipeline order."""

    pipeline: str
    steps: list[StepTiming] = field(default_factory=list)
    elapsed: float = 0.0
    documents: int = 0

    @property
    def step_seconds(self) -> float:
        """Seconds spent inside steps."""
        return sum(t.seconds for t in self.steps)

    def share(self, seconds: float) -> float:
        """``seconds`` as a fraction of the whole run."""
        return seconds / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data."""
        return {
            "pipeline": self.pipeline,
            "elapsed": self.elapsed,
            "documents": self.documents,
            "steps": [
                {"id": t.step_id, "step": t.step_name, "calls": t.calls,
                 "documents": t.documents, "seconds": t.seconds, "mean": t.mean,
                 "share": self.share(t.seconds)}
                for t in self.steps
            ],
        }


class StepProfiler:
    """A ``textmill_step_call`` wrapper that times every call of every step."""

    def __init__(self, pipeline: textmill.Pipeline) -> None:
        self.timings = {s.id: StepTiming(s.id, s.name) for s in pipeline.steps}
        self.runs = 0  # runs of this pipeline in progress (streams may overlap)
        self.profile = False
        self.undo_trace: Any = None

    @textmill.hookimpl(wrapper=True)
    def textmill_step_call(self, step: textmill.PipelineStep,
                           docs: Sequence[textmill.Document]) -> Generator[None, None, None]:
        started = time.perf_counter()
        try:
            return (yield)
        finally:
            timing = self.timings.get(step.id)
            if timing is None:
                timing = self.timings[step.id] = StepTiming(step.id, step.name)
            timing.calls += 1
            timing.documents += len(docs)
            timing.seconds += time.perf_counter() - started

    def report(self, pipeline: textmill.Pipeline, stats: textmill.RunStats) -> ProfileReport:
        """The timings so far as a :class:`ProfileReport`."""
        return ProfileReport(pipeline.name, list(self.timings.values()), stats.elapsed,
                             stats.total)


def render_profile(report: ProfileReport, file: Any = None) -> None:
    """Print ``report`` as a table (to stderr by default)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=file if file is not None else sys.stderr, highlight=False)
    table = Table(title=f"textmill profile: {report.pipeline} ({report.documents} documents, "
                        f"{report.elapsed:.3f} s)", title_justify="left")
    table.add_column("step")
    table.add_column("calls", justify="right")
    table.add_column("docs", justify="right")
    table.add_column("total s", justify="right")
    table.add_column("mean ms", justify="right")
    table.add_column("share", justify="right")
    for t in report.steps:
        label = t.step_id if t.step_id == t.step_name else f"{t.step_id} ({t.step_name})"
        table.add_row(label, str(t.calls), str(t.documents), f"{t.seconds:.4f}",
                      f"{t.mean * 1000:.3f}", f"{report.share(t.seconds):.1%}")
    other = max(0.0, report.elapsed - report.step_seconds)
    table.add_row("[dim]other (reading, writing, runner)[/dim]", "", "", f"{other:.4f}", "",
                  f"{report.share(other):.1%}", end_section=True)
    console.print(table)
    if report.documents and not any(t.calls for t in report.steps):
        console.print("no step calls were timed in this process "
                      "(the steps ran in worker processes)")


# -- hook tracing ------------------------------------------------------------------

def _describe(name: str, value: Any) -> str:
    if name == "pipeline":
        return str(getattr(value, "name", value))
    if name == "step":
        return str(getattr(value, "id", value))
    if name == "doc":
        return repr(getattr(value, "id", value))
    if name == "docs":
        ids = [getattr(d, "id", "?") for d in value]
        shown = ", ".join(map(repr, ids[:3]))
        return f"[{shown}{', ...' if len(ids) > 3 else ''}] ({len(ids)})"
    if name == "stats":
        return (f"ok={value.ok} failed={value.failed} skipped={value.skipped} "
                f"elapsed={value.elapsed:.3f}s")
    return repr(value)


def _ensure_trace_output() -> None:
    if trace_log.level == logging.NOTSET or trace_log.level > logging.INFO:
        trace_log.setLevel(logging.INFO)
    if not trace_log.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        trace_log.addHandler(handler)


def _start_tracing(pm: Any) -> Any:
    """Log every hook call of ``pm``; returns the function that stops it."""
    _ensure_trace_output()
    started: list[float] = []

    def before(hook_name: str, hook_impls: Sequence[Any], kwargs: dict[str, Any]) -> None:
        started.append(time.perf_counter())
        args = ", ".join(f"{k}={_describe(k, v)}" for k, v in kwargs.items())
        plugins = ", ".join(i.plugin_name for i in hook_impls)
        trace_log.info("call %s(%s) -> [%s]", hook_name, args, plugins)

    def after(outcome: Any, hook_name: str, hook_impls: Sequence[Any],
              kwargs: dict[str, Any]) -> None:
        took = (time.perf_counter() - started.pop()) * 1000 if started else 0.0
        error = outcome.exception
        result = "ok" if error is None else f"raised {type(error).__name__}: {error}"
        trace_log.info("done %s: %s in %.3f ms", hook_name, result, took)

    return pm.add_hookcall_monitoring(before, after)


# -- hooks ---------------------------------------------------------------------------

@textmill.hookimpl
def textmill_pipeline_start(pipeline: textmill.Pipeline) -> None:
    """Register the step wrapper (and hook tracing) when profiling or tracing is on."""
    profile, trace = profiling_requested(pipeline), tracing_requested(pipeline)
    pm = pipeline.host.pm
    profiler = pm.get_plugin(PROFILER_NAME)
    if profiler is None:
        if not (profile or trace):
            return
        profiler = StepProfiler(pipeline)
        pm.register(profiler, name=PROFILER_NAME)
    profiler.runs += 1
    profiler.profile = profiler.profile or profile
    if trace and profiler.undo_trace is None:
        profiler.undo_trace = _start_tracing(pm)
        trace_log.info("call textmill_pipeline_start(pipeline=%s)", pipeline.name)


@textmill.hookimpl
def textmill_pipeline_end(pipeline: textmill.Pipeline, stats: textmill.RunStats) -> None:
    """Print the profile table and unregister the wrapper when the last run ends."""
    pm = pipeline.host.pm
    profiler = pm.get_plugin(PROFILER_NAME)
    if not isinstance(profiler, StepProfiler):
        return
    profiler.runs -= 1
    if profiler.runs > 0:
        return
    if profiler.profile:
        report = profiler.report(pipeline, stats)
        pipeline.settings["profile_report"] = report
        render_profile(report)
    if profiler.undo_trace is not None:
        profiler.undo_trace()
    pm.unregister(profiler)
