"""Sentence text to index terms: words, lower-cased, stopwords dropped, lightly stemmed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .profile import LanguageProfile

__all__ = ["WORD", "terms", "words"]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APOSTROPHES = re.compile(r"['’]")


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``."""
    return WORD.findall(text.lower())


def terms(tokens: Sequence[str], profile: LanguageProfile) -> list[str]:
    """The content terms among lower-cased ``tokens``, in order (repeats kept)."""
    if profile.split_apostrophes:
        tokens = [part for token in tokens for part in _APOSTROPHES.split(token)]
    stop = profile.stopwords
    cache = profile.stem_cache
    out: list[str] = []
    for token in tokens:
        if len(token) < 2 or token in stop:
            continue
        term = cache.get(token)
        if term is None:
            term = profile.stem(token)
        if term and term not in stop:
            out.append(term)
    return out
