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
    from .pipeline import Pipeline, RunStats

__all__ = ["DaskExecutor"]

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


def run_dask_batch(key: str, source: PipelineSource, payloads: list[Payload]) -> BatchResult:
    """The Dask task: process one batch with the worker's cached pipeline."""
    return process_payloads(_cached_pipeline(key, source), payloads)


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
        client, cluster = None, None
        in_flight: deque[tuple[Any, list[Payload]]] = deque()
        try:
            client, cluster = self._connect()
            threads = sum(client.nthreads().values()) or self.workers
            window = self.window or max(4, 3 * threads)
            source = pipeline.source
            key = hashlib.sha256(pickle.dumps(source)).hexdigest()
            for payloads in encode_batches(records, batch_size):
                in_flight.append((client.submit(run_dask_batch, key, source, payloads,
                                                pure=False), payloads))
                while len(in_flight) >= window or (in_flight and in_flight[0][0].done()):
                    yield from self._collect(pipeline, in_flight.popleft(), policy, stats,
                                             KilledWorker)
            while in_flight:
                yield from self._collect(pipeline, in_flight.popleft(), policy, stats,
                                         KilledWorker)
        finally:
            if client is not None:
                if in_flight:
                    client.cancel([f for f, _ in in_flight])
                client.close()
            if cluster is not None:
                cluster.close()
            stats.elapsed = time.perf_counter() - started
            pipeline.hook.textmill_pipeline_end(pipeline=pipeline, stats=stats)

    @staticmethod
    def _collect(pipeline: Pipeline, item: tuple[Any, list[Payload]], policy: str,
                 stats: RunStats, killed: type[BaseException]) -> Iterator[Document]:
        future, payloads = item
        try:
            result: BatchResult = future.result()
        except killed as exc:  # the batch kept killing the workers it ran on
            cause = f"the Dask workers running this document died ({exc}); the step is unknown"
            outputs = [crash_record(p, cause) for p in payloads]
            result = (outputs, list(range(len(outputs))))
        return finish_results(pipeline, result, policy, stats)
