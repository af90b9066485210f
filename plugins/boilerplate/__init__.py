"""Built-in plugin ``boilerplate``: the ``mark_boilerplate`` step.

Rules are per-language data in ``data/<lang>.yaml`` (``xx.yaml`` holds the
language-independent ones, such as news agency names).
"""

from __future__ import annotations

from textmill import hookimpl

from .step import MarkBoilerplate

__all__ = ["MarkBoilerplate"]


@hookimpl
def textmill_register_steps() -> list[type]:
    """Offer ``mark_boilerplate``."""
    return [MarkBoilerplate]
