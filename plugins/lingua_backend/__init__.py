"""Built-in plugin ``lingua``: ``detect_language`` with ``backend: lingua``.

Installed with ``pip install textmill[lingua]``; it shows how a separately
installed plugin offers another implementation of an existing step without
core changes. lingua itself is imported lazily, at pipeline set-up.
"""

from __future__ import annotations

from textmill import hookimpl

from .step import LinguaDetectLanguage

__all__ = ["LinguaDetectLanguage"]


@hookimpl
def textmill_register_steps() -> list[type]:
    """Offer ``detect_language[lingua]``."""
    return [LinguaDetectLanguage]
