"""Run a pipeline on a Dask cluster (``pip install textmill[dask]``).

``executor="dask"`` with ``scheduler="tcp://HOST:PORT"`` connects to a
running cluster; without ``scheduler`` a :class:`distributed.LocalCluster` of
``workers`` processes is started for the run and closed afterwards. Inputs are
cut into batches (partitions) and submitted with a bounded number of futures
in flight; results are yielded in input order as they complete. Each Dask
worker thread builds the pipeline once from :attr:`Pipeline.source` and keeps
it for later batches of the same pipeline. Workers need textmill and the
pipeline's plugins importable (a ``.py`` plugin path in the pipeline file must
exist at the same path on the workers).
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .executors import (
    BatchResult,
    Payload,
    Record,
    build_worker_pipeline,
    crash_record,
    encode_batches,
    finish_results,
    process_payloads,
    resolve_workers,
)

if TYPE_CHECKING:
    from .config import PipelineSource
    from .document import Document
    from .pipeline import Pipeline, RunStats, StepReport

__all__ = ["DaskExecutor"]

log = logging.getLogger("textmill")

_local = threading.local()


def _cached_pipeline(key: str, source: PipelineSource) -> Pipeline:
    """This worker thread's pipeline for ``source`` (built on first use)."""
    cache: dict[str, Pipeline] | None = getattr(_local, "pipelines", None)
    if cache is None:
        cache = _local.pipelines = {}
    pipeline = cache.get(key)
    if pipeline is None:
        pipeline = cache[key] = build_worker_pipeline(source)
    return pipeline


def run_dask_batch(key: str, source: PipelineSource, payloads: list[Payload],
                   measure: bool = False) -> BatchResult:
    """The Dask task: process one batch with the worker's cached pipeline.

    With ``measure``, the result carries the worker's step measurements.
    """
    return process_payloads(_cached_pipeline(key, source), payloads, measure=measure)


class DaskExecutor:
    """Process documents on a Dask cluster, yielding them in input order.

    ``window`` bounds the batches submitted but not yet yielded (default:
    three per worker thread, at least 4).
    """

    def __init__(self, workers: int | str = 1, scheduler: str | None = None, *,
                 window: int | None = None) -> None:
        self.workers = resolve_workers(workers)
        self.scheduler = scheduler
        self.window = window

    def run(self, pipeline: Pipeline, records: Iterable[Record], *,
            on_error: str, batch_size: int) -> Iterator[Document]:
        from .pipeline import RunStats

        try:
            import distributed  # noqa: F401
        except ImportError:
            raise ImportError("the dask executor needs dask.distributed: "
                              "pip install 'textmill[dask]'") from None
        return self._run(pipeline, records, on_error, batch_size, RunStats())

    def _connect(self) -> tuple[Any, Any]:
        from distributed import Client, LocalCluster

        if self.scheduler:
            return Client(self.scheduler), None  # type: ignore[no-untyped-call]
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=":0")
        return Client(cluster), cluster  # type: ignore[no-untyped-call]

    def _run(self, pipeline: Pipeline, records: Iterable[Record], policy: str, batch_size: int,
             stats: RunStats) -> Iterator[Document]:
        from distributed import KilledWorker

        started = time.perf_counter()
        pipeline.hook.textmill_pipeline_start(pipeline=pipeline)
        measure = pipeline.start_measuring(stats)
        client, cluster = None, None
        in_flight: deque[tuple[Any, list[Payload]]] = deque()
        try:
            client, cluster = self._connect()
            threads = sum(client.nthreads().values()) or self.workers
            window = self.window or max(4, 3 * threads)
            source = pipeline.source
            key = hashlib.sha256(pickle.dumps(source)).hexdigest()
            for payloads in encode_batches(records, batch_size):
                in_flight.append((client.submit(run_dask_batch, key, source, payloads, measure,
                                                pure=False), payloads))
                while len(in_flight) >= window or (in_flight and in_flight[0][0].done()):
                    result = _result(client, key, source, *in_flight.popleft(), KilledWorker,
                                     measure=measure)
                    yield from finish_results(pipeline, result, policy, stats)
            while in_flight:
                result = _result(client, key, source, *in_flight.popleft(), KilledWorker,
                                 measure=measure)
                yield from finish_results(pipeline, result, policy, stats)
        finally:
            if client is not None:
                if in_flight:
                    client.cancel([f for f, _ in in_flight])
                client.close()
            if cluster is not None:
                cluster.close()
            stats.elapsed = time.perf_counter() - started
            pipeline.hook.textmill_pipeline_end(pipeline=pipeline, stats=stats)



def _result(client: Any, key: str, source: PipelineSource, future: Any,
            payloads: list[Payload], killed: type[BaseException],
            chances: int = 2, *, measure: bool = False) -> BatchResult:
    """A batch's result; when it kept killing workers, retry its documents one by one.

    Dask gives up on a task after it killed ``allowed-failures`` workers
    (``KilledWorker``), also on tasks that merely waited on a dying worker. Then
    each document of the batch is submitted alone, one that fails so is
    submitted alone once more, and only a document that kills workers on its
    own becomes an error record.
    """
    try:
        return future.result()  # type: ignore[no-any-return]
    except killed as exc:
        if len(payloads) == 1:
            if chances > 1:
                again = client.submit(run_dask_batch, key, source, payloads, measure, pure=False)
                return _result(client, key, source, again, payloads, killed, chances - 1,
                               measure=measure)
            log.error("a document killed its Dask workers: %s", exc)
            cause = ("the Dask workers running this document kept dying (KilledWorker); "
                     "the step is unknown")
            return [crash_record(payloads[0], cause)], [0], []
    log.warning("a batch of %d documents killed its Dask workers; retrying one at a time",
                len(payloads))
    singles = [client.submit(run_dask_batch, key, source, [p], measure, pure=False)
               for p in payloads]
    outputs: list[dict[str, Any]] = []
    failed: list[int] = []
    reports: list[StepReport] = []
    for index, (single, payload) in enumerate(zip(singles, payloads, strict=True)):
        dicts, bad, measured = _result(client, key, source, single, [payload], killed,
                                       measure=measure)
        outputs.extend(dicts)
        reports.extend(measured)
        if bad:
            failed.append(index)
    return outputs, failed, reports
