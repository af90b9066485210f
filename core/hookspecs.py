"""The plugin contract: every hook a textmill plugin can implement.

A plugin is any module or object with functions decorated by
``textmill.hookimpl`` whose names match the hooks below. Plugins are found
through the ``textmill`` entry-point group (built-ins included), listed in a
pipeline file's ``plugins:`` key, or given with ``--plugin``::

    # pyproject.toml of your package
    [project.entry-points.textmill]
    mysteps = "mypackage.steps"

    # mypackage/steps.py
    import textmill

    @textmill.hookimpl
    def textmill_register_steps():
        return [Shout]          # Step subclasses or @textmill.step functions

Implementations may accept any subset of a hook's arguments, by name
(pluggy's rule). Unless marked *firstresult*, every implementation is
called and their results are collected in a list. Each pipeline has its
own plugin manager, so hooks are called only for the pipelines that load
the plugin.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .document import Document
    from .pipeline import Pipeline, PipelineStep, RunStats

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]

PROJECT_NAME = "textmill"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def textmill_register_steps() -> Sequence[Any]:  # type: ignore[empty-body]
    """Contribute pipeline steps.

    :return: a list of steps: :class:`textmill.Step` subclasses or
        functions decorated with :func:`textmill.step`.

    Called once when a pipeline is built (and by ``textmill steps``), before
    any document is read. Two plugins offering the same step name (and
    backend) is an error naming both, unless the pipeline file says which one
    it means with ``plugin:``.

    Example::

        @textmill.hookimpl
        def textmill_register_steps():
            return [Shout, count_words]
    """


@hookspec
def textmill_register_readers() -> Sequence[Any]:  # type: ignore[empty-body]
    """Contribute input readers (formats that ``textmill run`` can read).

    :return: a list of :class:`textmill.io.Reader` objects, each naming the
        format and file suffixes it handles.

    Called once when the CLI (or :func:`textmill.io.read_inputs`) resolves
    input formats. A reader turns a path or stream into documents and turns
    unreadable input into error records instead of stopping the run.
    """


@hookspec
def textmill_register_writers() -> Sequence[Any]:  # type: ignore[empty-body]
    """Contribute output writers (formats that ``textmill run -o`` can write).

    :return: a list of :class:`textmill.io.Writer` objects, each naming the
        format and file suffixes it handles.

    Called once when the CLI resolves the output format.
    """


@hookspec
def textmill_pipeline_start(pipeline: Pipeline) -> None:
    """A pipeline run is starting.

    :param pipeline: the :class:`textmill.Pipeline` about to process documents.

    Called once at the start of each :meth:`Pipeline.stream` (and each single
    document call), in the process that started the run, before the first
    document. Setting ``pipeline.measure_steps = True`` here makes the runner
    measure every step call, in every process that runs steps, into the
    ``stats.steps`` of :func:`textmill_pipeline_end` (the tracing plugin does
    this for ``--profile``). Return value ignored.
    """


@hookspec
def textmill_pipeline_end(pipeline: Pipeline, stats: RunStats) -> None:
    """A pipeline run has finished (normally, or stopped by an error).

    :param pipeline: the :class:`textmill.Pipeline` that ran.
    :param stats: a :class:`textmill.RunStats` with counts of documents ok,
        failed and skipped, and the elapsed seconds; when
        ``pipeline.measure_steps`` was on at the run's start, also ``steps``
        (step id -> :class:`textmill.pipeline.StepStats`: calls, documents,
        wall and CPU seconds, summed over worker processes) and ``processes``
        (the ``host:pid`` of each process that ran steps).

    Called once after the last document of a run, also when the run stopped
    early (``on_error: fail``, or the consumer stopped reading). Return value
    ignored.
    """


@hookspec
def textmill_step_call(
    step: PipelineStep, docs: Sequence[Document]
) -> None:
    """Wrap each call of a step (to time, trace or log it).

    :param step: the :class:`textmill.PipelineStep` being called (its
        ``id``, ``spec`` and ``options``).
    :param docs: the documents in this call: one for a per-document call,
        several when the runner hands the step a batch.

    Implement it as a new-style wrapper (``@textmill.hookimpl(wrapper=True)``)
    that ``yield``-s exactly once; the step runs at the ``yield``, which
    re-raises the step's exception if it failed. When no plugin implements
    this hook the runner calls steps directly, at no cost. A wrapper
    registered from :func:`textmill_pipeline_start` runs only in the calling
    process; ``pipeline.measure_steps`` times steps with any executor. Example::

        @textmill.hookimpl(wrapper=True)
        def textmill_step_call(step, docs):
            started = time.perf_counter()
            try:
                return (yield)
            finally:
                TIMES[step.id] += time.perf_counter() - started
    """


@hookspec
def textmill_document_failed(
    pipeline: Pipeline, doc: Document, step: PipelineStep | None, error: BaseException
) -> None:
    """A step raised an exception on a document.

    :param pipeline: the running pipeline.
    :param doc: the document; its ``errors`` already hold the failure record.
    :param step: the step that failed, or None when the document could not be
        read at all.
    :param error: the exception.

    Called once per failed document, whatever the error policy, before the
    policy is applied (so it is called even when ``on_error: fail`` is about
    to stop the run). Return value ignored.
    """
