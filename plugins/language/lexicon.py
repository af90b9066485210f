"""Per-language common words (data files) as a second, word-level signal."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from textmill import langdata

__all__ = ["Lexicon"]

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


class Lexicon:
    """Which candidate languages list each common word (``data/<lang>.yaml``)."""

    def __init__(self, codes: Sequence[str], weight: float) -> None:
        self.codes = tuple(codes)
        self.weight = weight
        self._owners: dict[str, tuple[int, ...]] = {}
        owners: dict[str, list[int]] = {}
        for index, code in enumerate(self.codes):
            data = langdata.load_language_data("textmill.plugins.language", "data", code)
            for entry in data.get("common_words") or ():
                for word in str(entry).lower().split():
                    slots = owners.setdefault(word, [])
                    if index not in slots:
                        slots.append(index)
        self._owners = {w: tuple(v) for w, v in owners.items()}

    def boosts(self, text: str) -> list[float]:
        """Log-score added per language: ``weight`` per token it lists, shared ones discounted.

        A word listed by k of n candidates gives each of them ``weight * log(n/k) / log(n)``,
        so words every candidate knows carry nothing.
        """
        out = [0.0] * len(self.codes)
        if not self.weight or not self._owners:
            return out
        n = len(self.codes)
        norm = math.log(n) if n > 1 else 1.0
        for match in _WORD.finditer(text.lower()):
            slots = self._owners.get(match.group())
            if not slots:
                continue
            gain = self.weight * math.log(n / len(slots)) / norm
            for i in slots:
                out[i] += gain
        return out
