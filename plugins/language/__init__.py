"""Built-in plugin ``language``: the ``detect_language`` step on langdetect's profiles.

Per-language common words live in ``data/<lang>.yaml``.
"""

from __future__ import annotations

from textmill import hookimpl

from .step import DetectLanguage

__all__ = ["DetectLanguage"]


@hookimpl
def textmill_register_steps() -> list[type]:
    """Offer ``detect_language`` (default backend)."""
    return [DetectLanguage]
