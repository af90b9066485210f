"""Built-in textmill plugin: the ``attribute_quotes`` step (who said what).

Modules: ``marks`` (quotation-mark scanning), ``cues`` (speech-cue matching),
``names`` (document-wide name index), ``speakers`` (speaker mentions near a
cue), ``resolve`` (coreference), ``attribute`` (per-quote decisions) and
``step`` (the step itself). Language knowledge lives in ``data/<lang>.yaml``.
"""

from __future__ import annotations

from typing import Any

from textmill import hookimpl

from .step import AttributeQuotes, annotate

__all__ = ["AttributeQuotes", "annotate"]


@hookimpl
def textmill_register_steps() -> list[Any]:
    """Offer the ``attribute_quotes`` step."""
    return [AttributeQuotes]
