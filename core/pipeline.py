"""The runner: a validated pipeline of step instances applied to documents."""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import ERROR_POLICIES, PipelineSource, ResolvedPipeline, parse_override, resolve
from .document import Document
from .errors import DocumentError, PipelineError, Position, Problem
from .plugin_host import PluginHost
from .steps import StepRunner, StepSpec

__all__ = ["Pipeline", "PipelineStep", "RunStats", "StepStats", "load", "this_process",
           "to_document"]

log = logging.getLogger("textmill")

DEFAULT_BATCH_SIZE = 32


@dataclass
class PipelineStep:
    """A step of a built pipeline: its id, spec, options and ready instance."""

    id: str
    spec: StepSpec
    options: dict[str, Any]
    runner: StepRunner
    position: Position | None = None

    @property
    def name(self) -> str:
        """The registered step name (``id`` may differ)."""
        return self.spec.name


@dataclass
class StepStats:
    """What one step cost in a run, measured by the runner when :attr:`Pipeline.measure_steps`.

    ``calls`` counts step calls (a batch, or one document; a batch that fails
    is retried one document at a time and each retry is a call), ``documents``
    the documents handed to those calls, ``wall`` the seconds spent in them and
    ``cpu`` the CPU seconds of the thread that ran them. Summed over every
    process that ran the step.
    """

    calls: int = 0
    documents: int = 0
    wall: float = 0.0
    cpu: float = 0.0

    def add(self, other: StepStats) -> None:
        """Add ``other``'s counts and times to these."""
        self.calls += other.calls
        self.documents += other.documents
        self.wall += other.wall
        self.cpu += other.cpu


#: One process's step measurements for a batch: (:func:`this_process`, step id -> stats).
StepReport = tuple[str, dict[str, StepStats]]


def this_process() -> str:
    """The calling process as ``host:pid`` (how :attr:`RunStats.processes` names processes)."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class RunStats:
    """Counts for one run of :meth:`Pipeline.stream`.

    When :attr:`Pipeline.measure_steps` is on, ``steps`` maps each step id (in
    pipeline order) to its :class:`StepStats`, summed over the processes that
    ran steps, and ``processes`` names those processes (``host:pid``, see
    :func:`this_process`). Both stay empty otherwise.
    """

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0
    steps: dict[str, StepStats] = field(default_factory=dict)
    processes: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        """Documents seen."""
        return self.ok + self.failed + self.skipped

    @property
    def steps_ran_here(self) -> bool:
        """True when every measured step call ran in this (the calling) process."""
        return self.processes <= {this_process()}

    def add_step_report(self, report: StepReport) -> None:
        """Merge one process's step measurements (the executors call this per batch)."""
        process, steps = report
        self.processes.add(process)
        for step_id, step_stats in steps.items():
            self.steps.setdefault(step_id, StepStats()).add(step_stats)


class _CoreStepCaller:
    """The innermost implementation of ``textmill_step_call``: runs the step."""

    def __init__(self) -> None:
        from .hookspecs import hookimpl

        @hookimpl(trylast=True)
        def textmill_step_call(step: PipelineStep, docs: Sequence[Document]) -> None:
            _call_step(step, docs)

        self.textmill_step_call = textmill_step_call


def _call_step(step: PipelineStep, docs: Sequence[Document]) -> None:
    if len(docs) == 1:
        step.runner.process(docs[0])
    else:
        step.runner.process_batch(docs)


class Pipeline:
    """A validated, ready-to-run pipeline.

    Build one with :func:`textmill.load` (a path, YAML text or a dict). Call it
    on a text or :class:`Document` to process one document, or use
    :meth:`stream` for many.
    """

    def __init__(self, source: PipelineSource, *, host: PluginHost | None = None) -> None:
        self.source = source
        self.host = host if host is not None else PluginHost()
        resolved: ResolvedPipeline = resolve(source, self.host)
        self.name = resolved.name
        self.description = resolved.description
        self.on_error = resolved.on_error
        self.assumes = resolved.assumes
        self.hook = self.host.pm.hook
        self.steps: list[PipelineStep] = []
        problems: list[Problem] = []
        for rs in resolved.steps:
            try:
                runner = rs.spec.factory(dict(rs.options))
            except Exception as exc:
                problems.append(Problem(
                    f"step {rs.id!r} ({rs.spec.qualified_name} from plugin {rs.spec.plugin!r}) "
                    f"failed to set up: {type(exc).__name__}: {exc}", rs.position))
                continue
            self.steps.append(PipelineStep(rs.id, rs.spec, rs.options, runner, rs.position))
        if problems:
            raise PipelineError(problems)
        self.settings: dict[str, Any] = {}
        #: Measure each step's calls, documents, wall and CPU time in every process
        #: that runs it, into the run's :attr:`RunStats.steps`. Read at each run
        #: start, after ``textmill_pipeline_start`` (the tracing plugin sets it for
        #: ``--profile``); off by default, and then the runner measures nothing.
        self.measure_steps = False
        self._core_caller: _CoreStepCaller | None = None
        self._wrapped = False
        self._check_wrappers()

    def _check_wrappers(self) -> None:
        """Route step calls through the wrapper hook only when a plugin wraps them.

        Checked at construction and at each run start, so a plugin may register
        a wrapper from ``textmill_pipeline_start`` (as tracing does).
        """
        impls = self.host.pm.hook.textmill_step_call.get_hookimpls()
        wrapped = any(i.plugin is not self._core_caller for i in impls)
        if wrapped and self._core_caller is None:
            self._core_caller = _CoreStepCaller()
            self.host.pm.register(self._core_caller, name="textmill.core.step_call")
        self._wrapped = wrapped

    # -- construction --------------------------------------------------------
    @classmethod
    def from_file(cls, path: str | Path, **options: Any) -> Pipeline:
        """Build from a YAML pipeline file."""
        return cls(PipelineSource.from_file(path, **_source_options(**options)))

    @classmethod
    def from_yaml(cls, text: str, *, filename: str = "<string>", base_dir: str | Path = ".",
                  **options: Any) -> Pipeline:
        """Build from YAML text."""
        return cls(PipelineSource(text=text, filename=filename, base_dir=str(base_dir),
                                  **_source_options(**options)))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, base_dir: str | Path = ".",
                  **options: Any) -> Pipeline:
        """Build from an already-parsed mapping (same keys as the file)."""
        return cls(PipelineSource(data=dict(data), filename="<dict>", base_dir=str(base_dir),
                                  **_source_options(**options)))

    # -- processing ------------------------------------------------------------
    def __call__(self, text: str | Document, *, id: str = "", meta: dict[str, Any] | None = None,
                 on_error: str = "fail") -> Document:
        """Process one text or document and return it.

        Raises :class:`DocumentError` when a step fails, unless
        ``on_error="record"`` (then the returned document carries ``errors``).
        """
        doc = text if isinstance(text, Document) else Document(text, id=id or "doc-0", meta=meta)
        policy = "record" if on_error == "record" else "fail"
        for out in self.stream([doc], on_error=policy):
            return out
        raise AssertionError("unreachable: a recorded document is always returned")

    def stream(self, records: Iterable[Document | str | Mapping[str, Any]], *,
               on_error: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
               workers: int | str = 1, executor: Any = None,
               scheduler: str | None = None) -> Iterator[Document]:
        """Process many documents lazily, in input order, in constant memory.

        ``records`` may hold :class:`Document` objects, texts, or dicts with
        ``text`` (and ``id``, ``meta``, ...). ``on_error`` overrides the
        pipeline's policy: ``fail`` raises :class:`DocumentError` naming the
        document and step; ``skip`` logs and drops the document; ``record``
        yields it with its ``errors``. ``workers`` > 1 (or ``"auto"``) runs
        worker processes; ``executor`` takes an executor object or name (see
        :mod:`textmill.executors`); ``scheduler`` is a Dask scheduler address.
        """
        policy = on_error or self.on_error
        if policy not in ERROR_POLICIES:
            raise ValueError(f"on_error must be one of {', '.join(ERROR_POLICIES)}, got {policy!r}")
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        if executor is not None or workers != 1 or scheduler is not None:
            from .executors import get_executor

            runner = get_executor(executor, workers=workers, scheduler=scheduler)
            return runner.run(self, records, on_error=policy, batch_size=batch_size)
        return self._stream_serial(records, policy, batch_size)

    def _stream_serial(self, records: Iterable[Document | str | Mapping[str, Any]], policy: str,
                       batch_size: int) -> Iterator[Document]:
        stats = RunStats()
        started = time.perf_counter()
        self.hook.textmill_pipeline_start(pipeline=self)
        self._check_wrappers()
        step_stats = stats.steps if self.start_measuring(stats) else None
        if step_stats is not None:
            stats.processes.add(this_process())
        try:
            batch: list[Document] = []
            for position, record in enumerate(records):
                batch.append(to_document(record, position))
                if len(batch) >= batch_size:
                    yield from self._finish(self.process_batch(batch, step_stats=step_stats),
                                            policy, stats)
                    batch = []
            if batch:
                yield from self._finish(self.process_batch(batch, step_stats=step_stats),
                                        policy, stats)
        finally:
            stats.elapsed = time.perf_counter() - started
            self.hook.textmill_pipeline_end(pipeline=self, stats=stats)

    def start_measuring(self, stats: RunStats) -> bool:
        """At a run's start: when :attr:`measure_steps` is on, list every step in ``stats``."""
        if not self.measure_steps:
            return False
        for step in self.steps:
            stats.steps.setdefault(step.id, StepStats())
        return True

    def _finish(self, docs: Sequence[Document], policy: str,
                stats: RunStats) -> Iterator[Document]:
        for doc in docs:
            if not doc.errors:
                stats.ok += 1
                yield doc
                continue
            error = doc.errors[-1]
            if policy == "fail":
                stats.failed += 1
                cause = doc._failure or RuntimeError(f"{error.get('type')}: {error.get('message')}")
                raise DocumentError(doc.id, error.get("step"), cause) from cause
            if policy == "skip":
                stats.skipped += 1
                log.warning("skipped document %r: step %r: %s: %s", doc.id, error.get("step"),
                            error.get("type"), error.get("message"))
                continue
            stats.failed += 1
            yield doc

    def process_batch(self, docs: list[Document], *,
                      step_stats: dict[str, StepStats] | None = None) -> list[Document]:
        """Run every step over ``docs`` in place; failures are recorded on each document.

        Documents that arrive with ``errors`` (unreadable input) skip all steps.
        A step that fails on a batch is retried one document at a time so only
        the bad document fails. With ``step_stats``, each step call's documents,
        wall and CPU time are added to it (keyed by step id). Returns ``docs``.
        """
        live = [d for d in docs if not d.errors]
        for step in self.steps:
            if not live:
                break
            failed = self._run_step(step, live, step_stats)
            if failed:
                live = [d for d in live if not d.errors]
        for doc in docs:
            doc._step = None
        return docs

    def _run_step(self, step: PipelineStep, docs: list[Document],
                  step_stats: dict[str, StepStats] | None) -> bool:
        snapshots = [_snapshot(d) for d in docs]
        for doc in docs:
            doc._step = step.id
        try:
            self._invoke(step, docs, step_stats)
            return False
        except Exception as exc:
            if len(docs) == 1:
                self._record_failure(docs[0], step, exc, snapshots[0])
                return True
            for doc, snap in zip(docs, snapshots, strict=True):
                _restore(doc, snap)
        for doc in docs:  # isolate the bad document(s)
            snap = _snapshot(doc)
            try:
                self._invoke(step, [doc], step_stats)
            except Exception as exc:
                self._record_failure(doc, step, exc, snap)
        return True

    def _invoke(self, step: PipelineStep, docs: list[Document],
                step_stats: dict[str, StepStats] | None = None) -> None:
        if step_stats is not None:
            self._invoke_measured(step, docs, step_stats)
        elif self._wrapped:
            self.hook.textmill_step_call(step=step, docs=docs)
        else:
            _call_step(step, docs)

    def _invoke_measured(self, step: PipelineStep, docs: list[Document],
                         step_stats: dict[str, StepStats]) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            self._invoke(step, docs)
        finally:
            measured = step_stats.get(step.id)
            if measured is None:
                measured = step_stats[step.id] = StepStats()
            measured.calls += 1
            measured.documents += len(docs)
            measured.wall += time.perf_counter() - wall
            measured.cpu += time.thread_time() - cpu

    def _record_failure(self, doc: Document, step: PipelineStep, exc: Exception,
                        snap: tuple[Any, ...]) -> None:
        _restore(doc, snap)
        doc.errors.append({"step": step.id, "type": type(exc).__name__, "message": str(exc)})
        doc._failure = exc
        self.hook.textmill_document_failed(pipeline=self, doc=doc, step=step, error=exc)

    # -- introspection ---------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        """The resolved plan: each step, its provider, options, requires/provides."""
        return {
            "name": self.name,
            "description": self.description,
            "on_error": self.on_error,
            "source": self.source.filename,
            "steps": [
                {
                    "id": s.id,
                    "step": s.spec.name,
                    "backend": s.spec.backend,
                    "description": s.spec.description,
                    "plugin": s.spec.plugin,
                    "distribution": s.spec.distribution,
                    "version": s.spec.version,
                    "options": s.options,
                    "requires": list(s.spec.requires),
                    "uses": list(s.spec.uses),
                    "provides": list(s.spec.provides),
                }
                for s in self.steps
            ],
        }

    def __repr__(self) -> str:
        return f"Pipeline({self.name!r}, steps={[s.id for s in self.steps]})"


def _snapshot(doc: Document) -> tuple[Any, ...]:
    return (doc.lang, {k: len(v) for k, v in doc.spans.items()}, dict(doc.attrs))


def _restore(doc: Document, snap: tuple[Any, ...]) -> None:
    lang, lengths, attrs = snap
    doc.lang = lang
    for name in list(doc.spans):
        if name not in lengths:
            del doc.spans[name]
        else:
            del doc.spans[name][lengths[name]:]
    doc.attrs.clear()
    doc.attrs.update(attrs)


def to_document(record: Document | str | Mapping[str, Any], position: int = 0) -> Document:
    """Turn an input record into a Document; unusable records become failed documents."""
    if isinstance(record, Document):
        return record
    if isinstance(record, str):
        return Document(record, id=f"doc-{position}")
    if isinstance(record, Mapping):
        try:
            doc = Document.from_dict(record)
        except (ValueError, TypeError, KeyError) as exc:
            return Document.unreadable(str(record.get("id", f"doc-{position}")),
                                       type(exc).__name__, str(exc), {"record": position})
        if not doc.id:
            doc.id = f"doc-{position}"
        return doc
    return Document.unreadable(
        f"doc-{position}", "TypeError",
        f"input record {position} is a {type(record).__name__}, "
        "expected a text, a mapping with 'text', or a Document")


def _source_options(*, overrides: Mapping[str, Any] | Iterable[str] | None = None,
                    plugins: Iterable[str] = (), on_error: str | None = None) -> dict[str, Any]:
    pairs: list[tuple[str, Any]] = []
    if isinstance(overrides, Mapping):
        pairs = list(overrides.items())
    elif overrides is not None:
        pairs = [parse_override(item) for item in overrides]
    return {"overrides": tuple(pairs), "extra_plugins": tuple(plugins), "on_error": on_error}


def load(source: str | Path | Mapping[str, Any], *,
         overrides: Mapping[str, Any] | Iterable[str] | None = None,
         plugins: Iterable[str] = (), on_error: str | None = None) -> Pipeline:
    """Build a :class:`Pipeline` from a file path, YAML text, or a mapping.

    ``overrides`` sets parameters (``{"step_id.param": value}`` or
    ``["step_id.param=value"]``); ``plugins`` adds plugin modules;
    ``on_error`` replaces the file's error policy.
    """
    options = _source_options(overrides=overrides, plugins=plugins, on_error=on_error)
    if isinstance(source, Mapping):
        return Pipeline(PipelineSource(data=dict(source), filename="<dict>", **options))
    if isinstance(source, Path) or ("\n" not in source and (
            source.endswith((".yaml", ".yml")) or Path(source).is_file())):
        return Pipeline(PipelineSource.from_file(source, **options))
    return Pipeline(PipelineSource(text=source, **options))
