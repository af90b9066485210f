"""A character-trigram Markov model built from langdetect's own profiles.

langdetect scores a text as a bag of 1-3-grams sampled at random; on a word
or two that is noisy. This second signal reads the same profile counts as an
interpolated Markov chain, ``P(c | a b)`` mixing trigram, bigram and unigram
estimates, and scores every character of the (bounded) text exactly. It needs
no extra data and is deterministic.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping, Sequence

from langdetect.utils.ngram import NGram

from .profiles import Profile

__all__ = ["CharTrigramModel", "normalise_stream"]

# Interpolation weights (trigram, bigram, unigram) and the floor for unseen events.
_L3, _L2, _L1 = 0.5, 0.4, 0.09
_FLOOR = 1e-6
# langdetect profiles do not count the space as a unigram; about one char in seven is one.
_SPACE_PROB = 0.15
_MEMO_LIMIT = 200_000


def normalise_stream(text: str) -> str:
    """The text as langdetect sees it: letters kept, everything else one space, padded."""
    out = [" "]
    last = " "
    for ch in text:
        c = NGram.normalize(ch)
        if c == " " and last == " ":
            continue
        out.append(c)
        last = c
    if last != " ":
        out.append(" ")
    return "".join(out)


class _Counts:
    __slots__ = ("freq", "unigrams", "word_starts")

    def __init__(self, profile: Profile) -> None:
        self.freq: Mapping[str, int] = profile["freq"]
        self.unigrams = float(profile["n_words"][0]) or 1.0
        self.word_starts = float(
            sum(v for k, v in self.freq.items() if len(k) == 2 and k[0] == " ")
        ) or 1.0

    def log_prob(self, gram: str) -> float:
        """log P(last char | preceding one or two chars)."""
        freq = self.freq
        c = gram[-1]
        b = gram[-2]
        p = _L1 * (freq.get(c, 0) / self.unigrams if c != " " else _SPACE_PROB)
        context = self.word_starts if b == " " else freq.get(b, 0)
        if context:
            p += _L2 * freq.get(b + c, 0) / context
        if len(gram) == 3 and b != " ":
            pair = freq.get(gram[:2], 0)
            if pair:
                p += _L3 * freq.get(gram, 0) / pair
        return math.log(p + _FLOOR)


class CharTrigramModel:
    """Log-likelihoods of a text under each candidate language's character chain."""

    def __init__(self, profiles: Mapping[str, Profile], names: Sequence[str]) -> None:
        self.names = tuple(names)
        self._counts = [_Counts(profiles[name]) for name in self.names]
        self._memo: dict[str, tuple[float, ...]] = {}

    def _row(self, gram: str) -> tuple[float, ...]:
        row = self._memo.get(gram)
        if row is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            row = tuple(c.log_prob(gram) for c in self._counts)
            self._memo[gram] = row
        return row

    def log_likelihoods(self, stream: str) -> list[float]:
        """Sum of log P(char | context) per language over a normalised stream."""
        totals = [0.0] * len(self.names)
        row, add = self._row, operator.add
        for i in range(1, len(stream)):
            totals = list(map(add, totals, row(stream[max(0, i - 2) : i + 1])))
        return totals
