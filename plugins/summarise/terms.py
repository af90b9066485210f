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
        tokens = [part for token in tokens
                  for part in (_APOSTROPHES.split(token) if "'" in token or "’" in token
                               else (token,))]
    stop = profile.stopwords
    cache = profile.stem_cache
    stem = profile.stem
    stems = [cache[t] if t in cache else stem(t)
             for t in tokens if len(t) > 1 and t not in stop]
    return [s for s in stems if s and s not in stop]
