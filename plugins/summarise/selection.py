"""Choosing summary sentences: best first, within a length budget, without repeating."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .similarity import Vector, cosine

__all__ = ["Budget", "select"]


@dataclass(frozen=True)
class Budget:
    """How long the summary may be: ``sentences`` and/or ``max_chars`` (None = no limit)."""

    sentences: int | None
    max_chars: int | None


def select(scores: Sequence[float], vectors: Sequence[Vector], lengths: Sequence[int],
           budget: Budget, *, redundancy: float, max_similarity: float,
           pool: int) -> list[int]:
    """Indices (into ``scores``) of the chosen sentences, in the order chosen.

    Maximal marginal relevance: each round takes the sentence with the best
    ``(1 - redundancy) * score - redundancy * max similarity to the chosen ones``
    (scores rescaled to 0..1); a sentence more similar than ``max_similarity`` to
    a chosen one is never taken. Only the ``pool`` best-scored sentences compete,
    so the cost stays linear in the document. Ties go to the earlier sentence.
    """
    n = len(scores)
    if n == 0:
        return []
    ranked = sorted(range(n), key=lambda i: (-scores[i], i))[: max(pool, 1)]
    top = scores[ranked[0]]
    low = min(scores[i] for i in ranked)
    spread = top - low
    norm = {i: (scores[i] - low) / spread if spread > 0 else 1.0 for i in ranked}
    limit = budget.sentences if budget.sentences is not None else n
    chars_left = budget.max_chars
    chosen: list[int] = []
    closest = dict.fromkeys(ranked, 0.0)   # max similarity to anything chosen so far
    remaining = list(ranked)
    while remaining and len(chosen) < limit:
        best, best_value = -1, 0.0
        for i in remaining:
            if chars_left is not None and lengths[i] + (1 if chosen else 0) > chars_left:
                continue
            if chosen and closest[i] > max_similarity:
                continue
            value = round((1.0 - redundancy) * norm[i] - redundancy * closest[i], 9)
            if best < 0 or value > best_value or (value == best_value and i < best):
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        remaining.remove(best)
        if chars_left is not None:
            chars_left -= lengths[best] + (1 if len(chosen) > 1 else 0)   # joined by a space
        vb = vectors[best]
        for i in remaining:
            sim = cosine(vb, vectors[i])
            if sim > closest[i]:
                closest[i] = sim
    return chosen
