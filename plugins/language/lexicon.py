"""Per-language frequent words and word endings (data files) as word-level signals."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from textmill import langdata

__all__ = ["Lexicon"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")
# Romanian s/t with comma below and with cedilla are used interchangeably.
_FOLD = str.maketrans({"ş": "ș", "ţ": "ț", "’": "'"})
_MAX_SUFFIX = 6


def _fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def _owners(entries_per_lang: Sequence[Iterable[object]]) -> dict[str, tuple[int, ...]]:
    owners: dict[str, list[int]] = {}
    for index, entries in enumerate(entries_per_lang):
        for entry in entries:
            for item in _fold(str(entry)).split():
                slots = owners.setdefault(item, [])
                if index not in slots:
                    slots.append(index)
    return {item: tuple(slots) for item, slots in owners.items()}


class Lexicon:
    """Which candidate languages list each frequent word and word ending (``data/<lang>.yaml``).

    ``common_words`` are whole words (elided forms such as ``dell'anno`` also match
    ``dell'`` and ``anno``); ``suffixes`` are typical word endings.
    """

    def __init__(self, codes: Sequence[str], weight: float, suffix_weight: float = 0.0) -> None:
        self.codes = tuple(codes)
        self.weight = weight
        self.suffix_weight = suffix_weight
        data = [langdata.load_language_data("textmill.plugins.language", "data", code)
                for code in self.codes]
        self._words = _owners([d.get("common_words") or () for d in data])
        self._suffixes = _owners([d.get("suffixes") or () for d in data])
        n = len(self.codes)
        self._norm = math.log(n) if n > 1 else 1.0

    def _gain(self, slots: tuple[int, ...]) -> float:
        """How telling an item listed by ``len(slots)`` of the candidates is (0..1)."""
        return math.log(len(self.codes) / len(slots)) / self._norm

    def _word_slots(self, token: str) -> tuple[int, ...]:
        slots = self._words.get(token)
        if slots is not None or "'" not in token:
            return slots or ()
        # Elision: "dell'anno" -> "dell'" + "anno"; "l'article" -> "l'" + "article".
        head, _, tail = token.partition("'")
        found = set(self._words.get(head + "'", ())) | set(self._words.get(tail, ()))
        return tuple(sorted(found))

    def boosts(self, text: str, name_weight: float = 1.0) -> list[float]:
        """Log-score added per language, summed over the words of ``text``.

        A word listed by k of n candidates gives each of them ``weight * log(n/k) / log(n)``
        (words every candidate lists carry nothing). A word no candidate lists may still
        end in listed endings: each language gets ``suffix_weight`` times the gain of its
        most telling matching ending. Capitalised words count ``name_weight``.
        """
        n = len(self.codes)
        out = [0.0] * n
        if n < 2:
            return out
        for match in _WORD.finditer(text):
            word = match.group()
            share = name_weight if word[0].isupper() else 1.0
            token = _fold(word).rstrip("'")
            slots = self._word_slots(token)
            if slots:
                if self.weight:
                    gain = share * self.weight * self._gain(slots)
                    for i in slots:
                        out[i] += gain
                continue
            if self.suffix_weight:
                self._add_suffix_gains(token, out, share)
        return out

    def _add_suffix_gains(self, token: str, out: list[float], share: float) -> None:
        best: dict[int, float] = {}
        for size in range(1, min(_MAX_SUFFIX, len(token) - 1) + 1):
            slots = self._suffixes.get(token[-size:])
            if not slots:
                continue
            gain = self._gain(slots)
            for i in slots:
                if gain > best.get(i, 0.0):
                    best[i] = gain
        for i, gain in best.items():
            out[i] += share * self.suffix_weight * gain
