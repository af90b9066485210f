"""Executors: where a pipeline's documents are processed.

``serial`` runs in the calling process. Other executors (worker processes,
Dask) plug in here with the same contract: :meth:`Executor.run` takes the
pipeline and the input records and yields documents in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from .document import Document

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["Executor", "SerialExecutor", "get_executor"]


class Executor(Protocol):
    """Runs a pipeline over records and yields documents in input order."""

    def run(self, pipeline: Pipeline, records: Iterable[Document | str | Mapping[str, Any]], *,
            on_error: str, batch_size: int) -> Iterator[Document]: ...


class SerialExecutor:
    """Process documents in the calling process."""

    def run(self, pipeline: Pipeline, records: Iterable[Document | str | Mapping[str, Any]], *,
            on_error: str, batch_size: int) -> Iterator[Document]:
        return pipeline._stream_serial(records, on_error, batch_size)


def get_executor(executor: Any = None, *, workers: int | str = 1) -> Executor:
    """An executor object from a name (``serial``) or an executor instance."""
    if executor is None or executor == "serial":
        if workers not in (1, "1"):
            raise ValueError(f"workers={workers!r} needs a parallel executor")
        return SerialExecutor()
    if isinstance(executor, str):
        raise ValueError(f"unknown executor {executor!r} (known: serial)")
    return executor  # type: ignore[no-any-return]
