"""Line and paragraph blocks of a text, as stand-off offsets."""

from __future__ import annotations

import re

__all__ = ["text_blocks"]

_SEPARATORS = {
    "lines": re.compile(r"\n"),
    "paragraphs": re.compile(r"\n[ \t\r\f\v]*\n"),
}


def text_blocks(text: str, unit: str = "lines") -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line or paragraph of ``text``, in order.

    Each block is trimmed of surrounding whitespace, so ``text[start:end]`` is
    the block's content; blank blocks are left out.
    """
    try:
        separator = _SEPARATORS[unit]
    except KeyError:
        raise ValueError(f"unit must be 'lines' or 'paragraphs', got {unit!r}") from None
    out: list[tuple[int, int]] = []
    pos = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        if match:
            pos = match.end()
    return out
