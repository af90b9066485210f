"""Executors: where a pipeline's documents are processed.

Every executor has the same contract: :meth:`Executor.run` takes the pipeline
and the input records and yields documents in input order, applying the error
policy. Three are built in:

``serial``
    the calling process (the default, ``workers=1``).
``process``
    local worker processes (``workers=N`` or ``"auto"``): each worker builds
    the pipeline once from :attr:`Pipeline.source`, documents travel in
    batches, a bounded number of batches is in flight, and a worker that dies
    (a segfaulting plugin, an OOM kill) costs at most the documents it held.
``dask``
    a Dask cluster (``executor="dask"``, optionally ``scheduler="tcp://..."``);
    see :mod:`textmill.dask_executor`.

The pipeline start/end hooks and ``textmill_document_failed`` fire in the
calling process, with the run's :class:`~textmill.RunStats`; the steps (and
``textmill_step_call`` wrappers) run where the documents are processed. When
:attr:`Pipeline.measure_steps` is on at the run's start, every worker measures
its step calls and sends the measurements back with each batch; the calling
process sums them into :attr:`RunStats.steps` (``RunStats.processes`` names
the workers that contributed). Measurements of a batch whose worker died are
lost with it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Protocol, cast

from .document import Document
from .errors import PipelineError, Problem

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

    from .config import PipelineSource
    from .pipeline import Pipeline, PipelineStep, RunStats, StepReport

__all__ = [
    "Executor",
    "ProcessExecutor",
    "RemoteStepError",
    "SerialExecutor",
    "WorkerCrashed",
    "get_executor",
    "resolve_workers",
]

log = logging.getLogger("textmill")

Record = Document | str | Mapping[str, Any]
#: A record on its way to a worker: (input position, text or document dict).
Payload = tuple[int, "str | dict[str, Any]"]
#: What a worker sends back for a batch: output dicts, the indices of the
#: documents that failed in a step during this run, and the worker's step
#: measurements (one per process that worked on the batch; none unless the run
#: measures steps).
BatchResult = tuple[list[dict[str, Any]], list[int], "list[StepReport]"]

#: ``errors[].step`` of documents lost with a dead worker.
CRASH_STEP = "worker"


class Executor(Protocol):
    """Runs a pipeline over records and yields documents in input order."""

    def run(self, pipeline: Pipeline, records: Iterable[Record], *,
            on_error: str, batch_size: int) -> Iterator[Document]: ...


class SerialExecutor:
    """Process documents in the calling process."""

    def run(self, pipeline: Pipeline, records: Iterable[Record], *,
            on_error: str, batch_size: int) -> Iterator[Document]:
        return pipeline._stream_serial(records, on_error, batch_size)


class RemoteStepError(Exception):
    """A step's exception re-created in the calling process (original type in ``type_name``)."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(f"{type_name}: {message}")
        self.type_name = type_name


class WorkerCrashed(Exception):
    """A worker process died while it held a document."""


def resolve_workers(workers: int | str) -> int:
    """``workers`` as a positive int (``"auto"`` = the number of CPUs)."""
    if workers == "auto":
        return os.cpu_count() or 1
    try:
        count = int(workers)
    except (TypeError, ValueError):
        raise ValueError(f"workers must be a positive integer or 'auto', got {workers!r}") from None
    if count < 1:
        raise ValueError(f"workers must be >= 1, got {workers!r}")
    return count


def get_executor(executor: Any = None, *, workers: int | str = 1,
                 scheduler: str | None = None) -> Executor:
    """An executor from a name (``serial``, ``process``, ``dask``) or an executor instance.

    Without a name, ``workers`` > 1 (or ``"auto"``) picks ``process`` and a
    ``scheduler`` address picks ``dask``.
    """
    if executor is not None and not isinstance(executor, str):
        return executor  # type: ignore[no-any-return]
    count = resolve_workers(workers)
    name = executor or ("dask" if scheduler else "process" if count > 1 else "serial")
    if scheduler and name != "dask":
        raise ValueError(f"scheduler={scheduler!r} needs executor='dask', not {name!r}")
    if name == "serial":
        if count != 1:
            raise ValueError(f"workers={workers!r} needs a parallel executor (process or dask)")
        return SerialExecutor()
    if name == "process":
        return ProcessExecutor(count)
    if name == "dask":
        from .dask_executor import DaskExecutor

        return DaskExecutor(workers=count, scheduler=scheduler)
    raise ValueError(f"unknown executor {executor!r} (known: serial, process, dask)")


# -- shared by the parallel executors --------------------------------------------
def encode_batches(records: Iterable[Record], batch_size: int) -> Iterator[list[Payload]]:
    """Cut ``records`` into batches of picklable payloads (texts or dicts)."""
    from .pipeline import to_document

    batch: list[Payload] = []
    for position, record in enumerate(records):
        payload: str | dict[str, Any]
        if isinstance(record, str):
            payload = record
        elif isinstance(record, Mapping):
            payload = dict(record)
        else:  # a Document, or something unusable (which becomes an error record)
            payload = to_document(record, position).to_dict()
        batch.append((position, payload))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_payloads(pipeline: Pipeline, payloads: Sequence[Payload], *,
                     measure: bool = False) -> BatchResult:
    """Worker side: run ``pipeline`` over one batch.

    Returns the output dicts, the failed indices and, with ``measure``, this
    process's step measurements for the batch.
    """
    from .pipeline import StepStats, this_process, to_document

    docs = [to_document(payload, position) for position, payload in payloads]
    before = [len(d.errors) for d in docs]
    step_stats: dict[str, StepStats] | None = {} if measure else None
    pipeline.process_batch(docs, step_stats=step_stats)
    failed = [i for i, (d, n) in enumerate(zip(docs, before, strict=True)) if len(d.errors) > n]
    reports = [(this_process(), step_stats)] if step_stats is not None else []
    return [d.to_dict() for d in docs], failed, reports


class _QuietFailures:
    """Hook relay for worker pipelines: ``textmill_document_failed`` fires in the parent."""

    def __init__(self, relay: Any) -> None:
        self._relay = relay

    def __getattr__(self, name: str) -> Any:
        if name == "textmill_document_failed":
            return _ignore
        return getattr(self._relay, name)


def _ignore(**kwargs: Any) -> None:
    return None


def build_worker_pipeline(source: PipelineSource) -> Pipeline:
    """The pipeline a worker runs: built once from ``source``, failures reported by the parent."""
    from .pipeline import Pipeline

    pipeline = Pipeline(source)
    pipeline.hook = cast(Any, _QuietFailures(pipeline.hook))
    return pipeline


def crash_record(payload: Payload, cause: str) -> dict[str, Any]:
    """The output dict of a document lost with its worker."""
    from .pipeline import to_document

    position, data = payload
    doc = to_document(data, position)
    doc.errors.append({"step": CRASH_STEP, "type": "WorkerCrashed", "message": cause})
    return doc.to_dict()


def finish_results(pipeline: Pipeline, result: BatchResult, policy: str,
                   stats: RunStats) -> Iterator[Document]:
    """Parent side: rebuild documents, report new failures, merge step measurements,
    apply the error policy."""
    dicts, failed, reports = result
    for report in reports:
        stats.add_step_report(report)
    docs = [Document.from_dict(d) for d in dicts]
    if failed:
        steps: dict[str, PipelineStep] = {s.id: s for s in pipeline.steps}
        for index in failed:
            doc = docs[index]
            error = doc.errors[-1]
            step_id = error.get("step")
            exc: Exception = (WorkerCrashed(str(error.get("message"))) if step_id == CRASH_STEP
                              else RemoteStepError(str(error.get("type")),
                                                   str(error.get("message"))))
            pipeline.hook.textmill_document_failed(
                pipeline=pipeline, doc=doc, step=steps.get(str(step_id)), error=exc)
    return pipeline._finish(docs, policy, stats)


# -- local worker processes ------------------------------------------------------
@dataclass(eq=False)
class _Batch:
    """A batch of input records and the output dicts collected for it so far."""

    seq: int
    payloads: list[Payload]
    outputs: list[dict[str, Any] | None] = field(default_factory=list)
    failed: set[int] = field(default_factory=set)
    missing: int = 0
    reports: list[StepReport] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.outputs = [None] * len(self.payloads)
        self.missing = len(self.payloads)

    def store(self, indices: Sequence[int], result: BatchResult) -> None:
        dicts, failed, reports = result
        for local, out in enumerate(dicts):
            self.outputs[indices[local]] = out
        self.failed.update(indices[i] for i in failed)
        self.missing -= len(indices)
        self.reports.extend(reports)

    def result(self) -> BatchResult:
        outputs = [o for o in self.outputs if o is not None]
        return outputs, sorted(self.failed), self.reports


@dataclass(eq=False)
class _Task:
    """Some documents of a batch sent to one worker (all of them, or one on retry)."""

    batch: _Batch
    indices: list[int]
    retry: bool = False

    def payloads(self) -> list[Payload]:
        return [self.batch.payloads[i] for i in self.indices]


@dataclass(eq=False)
class _Worker:
    process: SpawnProcess
    conn: Connection
    ready: bool = False
    task: _Task | None = None


def _worker_main(source: PipelineSource, conn: Connection, measure: bool = False) -> None:
    """A worker process: build the pipeline once, then process batches until told to stop.

    With ``measure``, each reply carries the worker's step measurements.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    try:
        pipeline = build_worker_pipeline(source)
    except BaseException as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv_bytes()
        except EOFError:
            return
        payloads = pickle.loads(message)
        if payloads is None:
            return
        try:
            reply: tuple[str, Any] = ("ok", process_payloads(pipeline, payloads,
                                                              measure=measure))
        except Exception as exc:  # outside any step: report it, keep serving
            reply = ("failed", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        conn.send_bytes(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))


def _how_it_died(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with code {exitcode}"


def _death_cause(exitcode: int | None) -> str:
    return (f"the worker process died ({_how_it_died(exitcode)}) while processing this "
            "document; the step is unknown")


class ProcessExecutor:
    """Run a pipeline in ``workers`` local processes, yielding documents in input order.

    ``window`` bounds the batches read but not yet yielded (default
    ``3 * workers``), so at most ``window * batch_size`` documents are in
    memory whatever the input's length. A worker that dies takes only the
    batch it was processing: its documents are retried one at a time on a
    fresh worker (``retry_crashed``), and those that kill a worker again
    become error records (``errors[].step == "worker"``). ``start_method`` is
    a :mod:`multiprocessing` start method (``spawn`` by default: safe with
    threads; ``forkserver`` restarts workers faster).
    """

    def __init__(self, workers: int = 2, *, window: int | None = None,
                 start_method: str = "spawn", retry_crashed: bool = True,
                 max_startup_failures: int = 3) -> None:
        self.workers = resolve_workers(workers)
        self.window = window if window is not None else 3 * self.workers
        if self.window < 1:
            raise ValueError("window must be >= 1")
        self.start_method = start_method
        self.retry_crashed = retry_crashed
        self.max_startup_failures = max_startup_failures
        self.crashes = 0

    def run(self, pipeline: Pipeline, records: Iterable[Record], *,
            on_error: str, batch_size: int) -> Iterator[Document]:
        from .pipeline import RunStats

        stats = RunStats()
        return self._run(pipeline, records, on_error, batch_size, stats)

    def _run(self, pipeline: Pipeline, records: Iterable[Record], policy: str, batch_size: int,
             stats: RunStats) -> Iterator[Document]:
        started = time.perf_counter()
        pipeline.hook.textmill_pipeline_start(pipeline=pipeline)
        pool = _Pool(pipeline.source, self, measure=pipeline.start_measuring(stats))
        try:
            yield from pool.stream(pipeline, encode_batches(records, batch_size), policy, stats)
        finally:
            pool.close()
            stats.elapsed = time.perf_counter() - started
            pipeline.hook.textmill_pipeline_end(pipeline=pipeline, stats=stats)


class _Pool:
    """The supervised worker processes of one run."""

    def __init__(self, source: PipelineSource, options: ProcessExecutor, *,
                 measure: bool = False) -> None:
        self.source = source
        self.options = options
        self.measure = measure
        self.context: Any = get_context(options.start_method)
        self.workers: list[_Worker] = []
        self.queue: deque[_Task] = deque()
        self.startup_failures = 0

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(target=_worker_main, args=(self.source, child, self.measure),
                                       name="textmill-worker", daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def stream(self, pipeline: Pipeline, batches: Iterator[list[Payload]], policy: str,
               stats: RunStats) -> Iterator[Document]:
        open_batches: dict[int, _Batch] = {}
        next_seq = next_out = 0
        exhausted = False
        while True:
            while not exhausted and len(open_batches) < self.options.window:
                payloads = next(batches, None)
                if payloads is None:
                    exhausted = True
                    break
                batch = _Batch(next_seq, payloads)
                open_batches[next_seq] = batch
                self.queue.append(_Task(batch, list(range(len(payloads)))))
                next_seq += 1
            if open_batches and not self.workers:  # started once there is work
                self.workers = [self._spawn() for _ in range(self.options.workers)]
            self._dispatch()
            if next_out in open_batches and open_batches[next_out].missing == 0:
                done = open_batches.pop(next_out)
                next_out += 1
                yield from finish_results(pipeline, done.result(), policy, stats)
                continue  # refill the window before waiting
            if exhausted and not open_batches:
                return
            self._wait()

    def _dispatch(self) -> None:
        for worker in self.workers:
            if not self.queue:
                return
            if worker.ready and worker.task is None:
                task = self.queue.popleft()
                worker.task = task
                data = pickle.dumps(task.payloads(), protocol=pickle.HIGHEST_PROTOCOL)
                # if it died meanwhile, _wait notices through its sentinel
                with contextlib.suppress(OSError):
                    worker.conn.send_bytes(data)

    def _wait(self) -> None:
        """Block until a worker sends something or dies; handle it."""
        owners: dict[Any, tuple[_Worker, bool]] = {}
        for w in self.workers:
            owners[w.conn] = (w, False)
            owners[w.process.sentinel] = (w, True)
        events = [owners[item] for item in wait(list(owners))]
        for worker, is_sentinel in events:
            if not is_sentinel and worker.process.is_alive():
                self._receive(worker)
        for worker, _ in events:
            if worker in self.workers and not worker.process.is_alive():
                self._reap(worker)

    def _receive(self, worker: _Worker) -> bool:
        """Handle one message from ``worker``; False when its pipe is closed (it died)."""
        try:
            message = worker.conn.recv_bytes()
        except (EOFError, OSError):
            worker.process.join(5)
            return False
        kind, body = pickle.loads(message)
        if kind == "ready":
            worker.ready = True
            self.startup_failures = 0
        elif kind == "error":
            raise PipelineError([Problem(f"a worker process could not build the pipeline: {body}")])
        elif worker.task is not None:
            task, worker.task = worker.task, None
            if kind == "ok":
                task.batch.store(task.indices, body)
            else:
                log.error("worker failed outside any step: %s", body)
                cause = str(body).splitlines()[0]
                self._lose(task, f"the worker failed outside any step: {cause}")
        return True

    def _reap(self, worker: _Worker) -> None:
        """A worker died: drain what it sent, lose or retry its task, start a replacement."""
        try:
            while worker.conn.poll(0) and self._receive(worker):
                pass
        except OSError:
            pass
        worker.conn.close()
        index = self.workers.index(worker)
        if not worker.ready:
            self.startup_failures += 1
            if self.startup_failures > self.options.max_startup_failures:
                raise PipelineError([Problem(
                    f"worker processes keep dying at start-up "
                    f"({_how_it_died(worker.process.exitcode)})")])
        task = worker.task
        if task is not None:
            self.options.crashes += 1
            cause = _death_cause(worker.process.exitcode)
            if self.options.retry_crashed and not task.retry and len(task.indices) > 1:
                log.warning("a worker process died (%s); retrying its %d documents one at a "
                            "time", _how_it_died(worker.process.exitcode), len(task.indices))
                for i in reversed(task.indices):
                    self.queue.appendleft(_Task(task.batch, [i], retry=True))
            else:
                self._lose(task, cause)
        self.workers[index] = self._spawn()

    def _lose(self, task: _Task, cause: str) -> None:
        payloads = task.payloads()
        outputs = [crash_record(p, cause) for p in payloads]
        ids = ", ".join(str(o.get("id")) for o in outputs)
        log.error("lost document(s) %s with a worker: %s", ids, cause)
        task.batch.store(task.indices, (outputs, list(range(len(outputs))), []))

    def close(self) -> None:
        for worker in self.workers:
            try:
                if worker.task is None and worker.process.is_alive():
                    worker.conn.send_bytes(pickle.dumps(None))
            except OSError:
                pass
        deadline = time.monotonic() + 2.0
        for worker in self.workers:
            if worker.task is not None:
                worker.process.terminate()
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
            worker.conn.close()
        self.workers = []
