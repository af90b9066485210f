"""Built-in textmill plugin: the ``split_sentences`` step.

A rule-based, multilingual sentence splitter in the standard library's ``re``;
language knowledge (abbreviations, titles, sentence starters, quote marks,
ordinal conventions) lives in ``data/<lang>.yaml``.
"""

from __future__ import annotations

from typing import Any

import textmill

from .step import SplitSentences, split_offsets

__all__ = ["SplitSentences", "split_offsets", "textmill_register_steps"]


@textmill.hookimpl
def textmill_register_steps() -> list[Any]:
    """Register ``split_sentences``."""
    return [SplitSentences]
