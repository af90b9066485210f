"""Built-in textmill plugin: ``summarise``, extractive summaries for news and other text.

Methods: ``news`` (default; position prior + directed centrality, PacSum-style),
``textrank`` (PageRank over sentence similarity) and ``lead`` (first sentences).
Language knowledge (stopwords, suffixes, byline/dateline/interface patterns) is in
``data/<lang>.yaml``.
"""

from __future__ import annotations

import textmill

from .step import Summarise

__all__ = ["Summarise", "textmill_register_steps"]


@textmill.hookimpl
def textmill_register_steps() -> list[type[textmill.Step]]:
    """Offer the ``summarise`` step."""
    return [Summarise]
