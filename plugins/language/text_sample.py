"""What part of a text the detector reads: cleaned of addresses, bounded in length."""

from __future__ import annotations

import re

__all__ = ["clean", "has_letters", "sample", "split_capitalised"]

# URLs, e-mail addresses and bare domains (upday.com, www.agi.it) carry no language.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\S+@\S+\.\w+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|it|pl|de|fr|es|pt|nl|uk|eu|ru|io|co)\b",
    re.IGNORECASE,
)


# Cheap test first: the full pattern only runs when an address may be present.
_MAYBE_ADDRESS = re.compile(
    r"://|www\.|@|\.(?:com|net|org|info|it|pl|de|fr|es|pt|nl|uk|eu|ru|io|co)\b", re.IGNORECASE
)


def clean(text: str) -> str:
    """``text`` with URLs, e-mail addresses and domain names blanked out."""
    if _MAYBE_ADDRESS.search(text) is None:
        return text
    return _ADDRESS.sub(" ", text)


def sample(text: str, max_chars: int, pieces: int = 4) -> str:
    """At most about ``max_chars`` characters of ``text``.

    A longer text is read in ``pieces`` evenly spaced windows (beginning,
    middle, end), each cut at word boundaries, so the cost is bounded and a
    page that opens with foreign interface text is still judged on its body.
    """
    if len(text) <= max_chars:
        return text
    pieces = max(1, min(pieces, max_chars // 50 or 1))
    width = max_chars // pieces
    stride = (len(text) - width) / max(1, pieces - 1) if pieces > 1 else 0
    parts = []
    for k in range(pieces):
        start = int(k * stride)
        end = start + width
        # Move inwards to whole words.
        if start > 0:
            space = text.find(" ", start, end)
            start = space + 1 if space != -1 else start
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        parts.append(text[start:end])
    return " \n ".join(parts)


def has_letters(text: str, at_least: int) -> bool:
    """True when ``text`` holds at least ``at_least`` alphabetic characters."""
    found = 0
    for ch in text:
        if ch.isalpha():
            found += 1
            if found >= at_least:
                return True
    return found >= at_least


_WORD = re.compile(r"[^\W\d_]+")


def split_capitalised(text: str) -> tuple[str, str]:
    """(words not starting with a capital, capitalised words), each joined by spaces."""
    common: list[str] = []
    names: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        (names if word[0].isupper() else common).append(word)
    return " ".join(common), " ".join(names)
