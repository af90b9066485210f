"""Do-nothing steps, to measure what the framework itself costs per document."""

from __future__ import annotations

import textmill


def _noop(name: str) -> type[textmill.Step]:
    class Noop(textmill.Step):
        description = "Does nothing."

        def process(self, doc: textmill.Document) -> None:
            return None

    Noop.name = name
    Noop.__name__ = Noop.__qualname__ = f"Noop_{name}"
    return Noop


STEPS = [_noop(f"noop{i}") for i in range(1, 6)]


@textmill.hookimpl
def textmill_register_steps() -> list[type[textmill.Step]]:
    return STEPS
