"""textmill-keywords: a third-party textmill plugin adding the ``keywords`` step.

Installed with pip, it is found through the ``textmill`` entry point in its
pyproject; nothing in textmill changes. Use it in a pipeline::

    steps:
      - detect_language
      - split_sentences
      - step: keywords
        params: {top: 8}
"""

from __future__ import annotations

import textmill

from .extract import Keyphrase, extract_keyphrases
from .step import Keywords

__all__ = ["Keyphrase", "Keywords", "extract_keyphrases", "textmill_register_steps"]
__version__ = "0.1.0"


@textmill.hookimpl
def textmill_register_steps() -> list[type[textmill.Step]]:
    """Offer the ``keywords`` step."""
    return [Keywords]
