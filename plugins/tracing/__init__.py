"""Built-in plugin: per-step profiling and hook tracing.

Nothing here is in the core: the plugin watches ``textmill_pipeline_start``
and acts only when asked. When neither switch is on it does nothing, and the
runner neither measures nor wraps step calls.

``TEXTMILL_PROFILE=1`` (what ``textmill run --profile`` sets), or
``pipeline.settings["profile"] = True``
    turn on the runner's step measurements (``pipeline.measure_steps``) for
    the run; at its end print a table (calls, documents, total and mean
    time, share, CPU time) to stderr from ``RunStats.steps``, and leave the
    numbers in ``pipeline.settings["profile_report"]`` (a
    :class:`ProfileReport`). The runner measures in whichever process runs
    the steps (worker processes and Dask workers included) and sums the
    measurements in the calling process, so the table is complete with any
    executor; its title says how many processes contributed.

``TEXTMILL_TRACE=1`` (or ``pipeline.settings["trace"] = True``)
    log every hook call (arguments, outcome, duration) to the
    ``textmill.trace`` logger; when logging is not configured it goes to
    stderr. A pass-through ``textmill_step_call`` wrapper makes step calls
    visible there (in the calling process; worker processes are not traced).
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
    "ProfileSession",
    "StepTiming",
    "TracedStepCalls",
    "profiling_requested",
    "render_profile",
    "tracing_requested",
]

PROFILE_ENV = "TEXTMILL_PROFILE"
TRACE_ENV = "TEXTMILL_TRACE"
PROFILER_NAME = "textmill.tracing.profiler"
TRACER_NAME = "textmill.tracing.step_calls"
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
    """The time spent in one pipeline step during a run (summed over processes)."""

    step_id: str
    step_name: str
    calls: int = 0
    documents: int = 0
    seconds: float = 0.0
    cpu: float = 0.0

    @property
    def mean(self) -> float:
        """Mean seconds per call (0 when never called)."""
        return self.seconds / self.calls if self.calls else 0.0


@dataclass
class ProfileReport:
    """Per-step timings of one run, in pipeline order.

    ``processes`` is how many processes ran (and timed) steps; ``in_workers``
    is True when they were worker processes, not the calling one. Then step
    times are summed over the workers and may add up to more than
    ``elapsed`` (the run's wall time), so shares are of the summed step time.
    """

    pipeline: str
    steps: list[StepTiming] = field(default_factory=list)
    elapsed: float = 0.0
    documents: int = 0
    processes: int = 1
    in_workers: bool = False

    @property
    def step_seconds(self) -> float:
        """Seconds spent inside steps (summed over processes)."""
        return sum(t.seconds for t in self.steps)

    def share(self, seconds: float) -> float:
        """``seconds`` as a fraction of the run (of the summed step time with workers)."""
        whole = self.step_seconds if self.in_workers else self.elapsed
        return seconds / whole if whole > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data."""
        return {
            "pipeline": self.pipeline,
            "elapsed": self.elapsed,
            "documents": self.documents,
            "processes": self.processes,
            "in_workers": self.in_workers,
            "steps": [
                {"id": t.step_id, "step": t.step_name, "calls": t.calls,
                 "documents": t.documents, "seconds": t.seconds, "cpu": t.cpu,
                 "mean": t.mean, "share": self.share(t.seconds)}
                for t in self.steps
            ],
        }


class ProfileSession:
    """The plugin's state for the runs of one pipeline while profiling or tracing is on.

    Streams of one pipeline may overlap: measurements of every run are summed
    and the table is printed when the last one ends.
    """

    def __init__(self, pipeline: textmill.Pipeline) -> None:
        self.names = {s.id: s.name for s in pipeline.steps}
        self.timings: dict[str, StepTiming] = {}
        self.processes: set[str] = set()
        self.in_workers = False
        self.documents = 0
        self.elapsed = 0.0
        self.runs = 0  # runs of this pipeline in progress
        self.profile = False
        self.measure_before: bool | None = None  # pipeline.measure_steps before we set it
        self.undo_trace: Any = None

    def add_run(self, stats: textmill.RunStats) -> None:
        """Sum one finished run's step measurements into the session."""
        for step_id, measured in stats.steps.items():
            timing = self.timings.get(step_id)
            if timing is None:
                name = self.names.get(step_id, step_id)
                timing = self.timings[step_id] = StepTiming(step_id, name)
            timing.calls += measured.calls
            timing.documents += measured.documents
            timing.seconds += measured.wall
            timing.cpu += measured.cpu
        self.processes |= stats.processes
        self.in_workers = self.in_workers or not stats.steps_ran_here
        self.documents += stats.total
        self.elapsed = max(self.elapsed, stats.elapsed)

    def report(self, pipeline: textmill.Pipeline) -> ProfileReport:
        """The summed measurements as a :class:`ProfileReport`."""
        return ProfileReport(pipeline.name, list(self.timings.values()), self.elapsed,
                             self.documents, len(self.processes), self.in_workers)


class TracedStepCalls:
    """A pass-through ``textmill_step_call`` wrapper: makes step calls show in the trace."""

    @textmill.hookimpl(wrapper=True)
    def textmill_step_call(self, step: textmill.PipelineStep,
                           docs: Sequence[textmill.Document]) -> Generator[None, None, None]:
        return (yield)


def _title(report: ProfileReport) -> str:
    plural = "es" if report.processes != 1 else ""
    where = "worker process" if report.in_workers else "process"
    return (f"textmill profile: {report.pipeline} ({report.documents} documents, "
            f"{report.elapsed:.3f} s, {report.processes} {where}{plural})")


def _caption(report: ProfileReport) -> str | None:
    if not report.in_workers:
        return None
    if report.processes == 1:
        return "the steps ran in one worker process; shares are of the step time"
    return (f"step times are summed over the {report.processes} worker processes; "
            "shares are of the summed step time")


def render_profile(report: ProfileReport, file: Any = None) -> None:
    """Print ``report`` as a table (to stderr by default)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=file if file is not None else sys.stderr, highlight=False)
    table = Table(title=_title(report), title_justify="left", caption=_caption(report),
                  caption_justify="left")
    table.add_column("step")
    table.add_column("calls", justify="right")
    table.add_column("docs", justify="right")
    table.add_column("total s", justify="right")
    table.add_column("mean ms", justify="right")
    table.add_column("share", justify="right")
    table.add_column("cpu s", justify="right")
    for t in report.steps:
        label = t.step_id if t.step_id == t.step_name else f"{t.step_id} ({t.step_name})"
        table.add_row(label, str(t.calls), str(t.documents), f"{t.seconds:.4f}",
                      f"{t.mean * 1000:.3f}", f"{report.share(t.seconds):.1%}", f"{t.cpu:.4f}")
    if not report.in_workers:
        other = max(0.0, report.elapsed - report.step_seconds)
        table.add_row("[dim]other (reading, writing, runner)[/dim]", "", "", f"{other:.4f}",
                      "", f"{report.share(other):.1%}", "", end_section=True)
    console.print(table)


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
    """Turn on step measurements (and hook tracing) when profiling (or tracing) is asked for."""
    profile, trace = profiling_requested(pipeline), tracing_requested(pipeline)
    pm = pipeline.host.pm
    session = pm.get_plugin(PROFILER_NAME)
    if not isinstance(session, ProfileSession):
        if not (profile or trace):
            return
        session = ProfileSession(pipeline)
        pm.register(session, name=PROFILER_NAME)
    session.runs += 1
    if profile and session.measure_before is None:
        session.profile = True
        session.measure_before = pipeline.measure_steps
        pipeline.measure_steps = True
    if trace and session.undo_trace is None:
        pm.register(TracedStepCalls(), name=TRACER_NAME)
        session.undo_trace = _start_tracing(pm)
        trace_log.info("call textmill_pipeline_start(pipeline=%s)", pipeline.name)


@textmill.hookimpl
def textmill_pipeline_end(pipeline: textmill.Pipeline, stats: textmill.RunStats) -> None:
    """Print the profile table and undo every change when the last run ends."""
    pm = pipeline.host.pm
    session = pm.get_plugin(PROFILER_NAME)
    if not isinstance(session, ProfileSession):
        return
    session.runs -= 1
    if session.profile:
        session.add_run(stats)
    if session.runs > 0:
        return
    if session.profile:
        report = session.report(pipeline)
        pipeline.settings["profile_report"] = report
        render_profile(report)
    if session.measure_before is not None:
        pipeline.measure_steps = session.measure_before
    if session.undo_trace is not None:
        session.undo_trace()
        pm.unregister(name=TRACER_NAME)
    pm.unregister(session)
