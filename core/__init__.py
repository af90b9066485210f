"""textmill: YAML pipelines of pluggy-provided steps over stand-off annotated text.

The public API::

    import textmill
    pipe = textmill.load("pipelines/news.yaml")
    doc = pipe("Il leader nordcoreano ha detto ...")
    doc.to_dict()
    for d in pipe.stream(records):
        ...

Plugin authors use :data:`hookimpl`, :class:`Step`, :func:`step`,
:class:`Param`, :class:`Document` and :class:`Span`; the hooks are documented
in :mod:`textmill.hookspecs`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import io, langdata
from .config import ERROR_POLICIES
from .document import Document, Span, SpanError
from .errors import DocumentError, PipelineError, Position, Problem, TextmillError
from .hookspecs import hookimpl, hookspec
from .io import Reader, Writer
from .params import Param
from .pipeline import Pipeline, PipelineStep, RunStats, StepStats, load
from .plugin_host import PluginFailure, PluginHost, PluginInfo
from .steps import Step, StepSpec, step
from .textblocks import text_blocks

try:
    __version__ = version("textmill")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = [
    "ERROR_POLICIES",
    "Document",
    "DocumentError",
    "Param",
    "Pipeline",
    "PipelineError",
    "PipelineStep",
    "PluginFailure",
    "PluginHost",
    "PluginInfo",
    "Position",
    "Problem",
    "Reader",
    "RunStats",
    "Span",
    "SpanError",
    "Step",
    "StepSpec",
    "StepStats",
    "TextmillError",
    "Writer",
    "__version__",
    "hookimpl",
    "hookspec",
    "io",
    "langdata",
    "load",
    "step",
    "text_blocks",
]
