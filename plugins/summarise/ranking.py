"""Sentence scoring methods: ``lead``, ``textrank`` and the position-aware ``news`` default."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .similarity import Vector, cosine, directional_centrality, window_similarities

__all__ = ["METHODS", "NewsWeights", "RankInput", "rank"]


@dataclass(frozen=True)
class RankInput:
    """What the rankers see.

    ``vectors`` covers every content sentence (the context for centrality);
    ``candidates`` are the indices (into ``vectors``) that may be chosen, in document
    order; ``words``, ``quoted`` and ``question`` are per content sentence.
    """

    vectors: Sequence[Vector]
    candidates: Sequence[int]
    words: Sequence[int]
    quoted: Sequence[bool]
    question: Sequence[bool]
    dangling: Sequence[bool]
    title: Vector | None
    window: int


@dataclass(frozen=True)
class NewsWeights:
    """Weights of the ``news`` method (the step's parameters)."""

    position_weight: float = 0.7
    position_scale: float = 1.0
    backward_weight: float = 0.3
    title_weight: float = 0.3
    short_words: int = 10
    long_words: int = 45
    quote_penalty: float = 0.0
    question_penalty: float = 0.3
    dangling_penalty: float = 0.2


def rank_lead(data: RankInput, weights: NewsWeights) -> list[float]:
    """Earlier is better: 1, 1/2, 1/3, ..."""
    return [1.0 / (1 + r) for r in range(len(data.candidates))]


def rank_textrank(data: RankInput, weights: NewsWeights, *, damping: float = 0.85,
                  iterations: int = 100, tolerance: float = 1e-4) -> list[float]:
    """PageRank over the cosine-similarity graph of the candidates (edges within the window).

    Iterates until the scores change by less than ``tolerance`` of their total.
    """
    vectors = [data.vectors[i] for i in data.candidates]
    n = len(vectors)
    if n == 0:
        return []
    graph = window_similarities(vectors, data.window)
    # Out-edges with weights normalised by the node's strength.
    links: list[list[tuple[int, float]]] = []
    isolated: list[int] = []
    for i, edges in enumerate(graph):
        strength = sum(w for _, w in edges)
        if strength > 0.0:
            links.append([(j, w / strength) for j, w in edges])
        else:
            links.append([])
            isolated.append(i)
    score = [1.0 / n] * n
    base = (1.0 - damping) / n
    for _ in range(iterations):
        spread = damping * sum(score[i] for i in isolated) / n   # isolated: spread evenly
        new = [base + spread] * n
        for i, out in enumerate(links):
            if out:
                share = damping * score[i]
                for j, w in out:
                    new[j] += share * w
        delta = sum(abs(a - b) for a, b in zip(new, score, strict=True))
        score = new
        if delta < tolerance:
            break
    return score


def _length_factor(words: int, weights: NewsWeights) -> float:
    short = min(1.0, words / weights.short_words) if weights.short_words > 0 else 1.0
    long = min(1.0, weights.long_words / words) if words and weights.long_words > 0 else 1.0
    return short * long


def rank_news(data: RankInput, weights: NewsWeights) -> list[float]:
    """Position prior plus directed centrality (PacSum-style), title overlap and form.

    Centrality counts similarity to the following sentences fully and to the preceding
    ones with ``backward_weight`` (news states its point first and elaborates after).
    The position prior decays as ``1 / (1 + rank / position_scale)``.
    """
    n = len(data.candidates)
    if n == 0:
        return []
    forward, backward = directional_centrality(data.vectors, data.window)
    central = [forward[i] + weights.backward_weight * backward[i] for i in data.candidates]
    top = max(central)
    low = min(central)
    spread = top - low
    central = [(c - low) / spread if spread > 0 else 0.0 for c in central]
    scores: list[float] = []
    pw = weights.position_weight
    for r, i in enumerate(data.candidates):
        position = 1.0 / (1.0 + r / weights.position_scale)
        score = pw * position + (1.0 - pw) * central[r]
        if data.title:
            score += weights.title_weight * cosine(data.title, data.vectors[i])
        score *= _length_factor(data.words[i], weights)
        if data.quoted[i]:
            score *= 1.0 - weights.quote_penalty
        if data.question[i]:
            score *= 1.0 - weights.question_penalty
        if data.dangling[i]:
            score *= 1.0 - weights.dangling_penalty
        scores.append(score)
    return scores


Ranker = Callable[[RankInput, NewsWeights], list[float]]

METHODS: dict[str, Ranker] = {
    "news": rank_news,
    "lead": rank_lead,
    "textrank": rank_textrank,
}


def rank(method: str, data: RankInput, weights: NewsWeights) -> list[float]:
    """Scores of ``data.candidates`` by ``method`` (higher is better)."""
    try:
        ranker = METHODS[method]
    except KeyError:
        raise ValueError(f"unknown summarisation method {method!r}; "
                         f"choose one of {', '.join(sorted(METHODS))}") from None
    # Rounded so that float noise cannot decide a tie (ties go to the earlier sentence).
    return [round(score, 9) for score in ranker(data, weights)]
