"""Sentence vectors (TF-IDF, unit length) and similarities within a bounded window."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

__all__ = ["Vector", "cosine", "directional_centrality", "tfidf_vectors", "window_pairs",
           "window_similarities"]

Vector = dict[str, float]


def tfidf_vectors(sentence_terms: Sequence[Sequence[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors; document frequencies count sentences of this document.

    The term frequency is damped (``1 + log tf``) and the inverse document frequency is
    smoothed (``log((n + 1) / df)``), so a term in every sentence still weighs a little.
    """
    n = len(sentence_terms)
    df: Counter[str] = Counter()
    counts = [Counter(ts) for ts in sentence_terms]
    for count in counts:
        df.update(count.keys())
    idf = {term: math.log((n + 1) / d) for term, d in df.items()}
    vectors: list[Vector] = []
    log = math.log
    for count in counts:
        vec = {t: (1.0 + log(c)) * idf[t] if c > 1 else idf[t] for t, c in count.items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        vectors.append({t: w / norm for t, w in vec.items()} if norm > 0 else {})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _window_sums(vectors: Sequence[Vector], window: int, forward: bool) -> list[float]:
    """For each i, the dot product of v[i] with the sum of the next (or previous) ``window``."""
    n = len(vectors)
    order = range(n) if forward else range(n - 1, -1, -1)
    step = 1 if forward else -1
    total: dict[str, float] = {}
    get = total.get
    out = [0.0] * n
    # Pre-fill with the window after (or before) the first position visited.
    first = order[0] if n else 0
    for k in range(1, window + 1):
        j = first + step * k
        if 0 <= j < n:
            for t, w in vectors[j].items():
                total[t] = get(t, 0.0) + w
    for i in order:
        acc = 0.0
        for t, w in vectors[i].items():
            acc += w * get(t, 0.0)
        out[i] = acc
        # slide: v[i+step] leaves the window (it becomes the centre), v[i+step*(window+1)] enters
        nxt = i + step
        if 0 <= nxt < n:
            for t, w in vectors[nxt].items():
                total[t] = get(t, 0.0) - w
        enter = i + step * (window + 1)
        if 0 <= enter < n:
            for t, w in vectors[enter].items():
                total[t] = get(t, 0.0) + w
    return out


def directional_centrality(vectors: Sequence[Vector], window: int) -> tuple[list[float],
                                                                            list[float]]:
    """Summed similarity of each sentence to the ``window`` sentences after and before it.

    Linear in the number of terms: a running sum of the vectors inside the window
    replaces the pairwise comparisons (the sum of cosines is the dot product with the
    sum of unit vectors).
    """
    return _window_sums(vectors, window, True), _window_sums(vectors, window, False)


def window_pairs(vectors: Sequence[Vector], window: int) -> dict[tuple[int, int], float]:
    """Cosine of every pair ``i < j <= i + window`` that shares a term.

    Computed from an inverted index, so the cost follows the shared terms inside the
    window rather than the number of pairs.
    """
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vec in enumerate(vectors):
        for t, w in vec.items():
            postings.setdefault(t, []).append((i, w))
    sims: dict[tuple[int, int], float] = {}
    get = sims.get
    for plist in postings.values():
        size = len(plist)
        for a in range(size - 1):
            i, wi = plist[a]
            limit = i + window
            for b in range(a + 1, size):
                j, wj = plist[b]
                if j > limit:
                    break
                key = (i, j)
                sims[key] = get(key, 0.0) + wi * wj
    return sims


def window_similarities(vectors: Sequence[Vector], window: int,
                        threshold: float = 0.0) -> list[list[tuple[int, float]]]:
    """For each i, ``(j, cosine)`` with ``0 < |i - j| <= window`` and cosine > threshold."""
    neighbours: list[list[tuple[int, float]]] = [[] for _ in vectors]
    for (i, j), sim in window_pairs(vectors, window).items():
        if sim > threshold:
            neighbours[i].append((j, sim))
            neighbours[j].append((i, sim))
    for items in neighbours:
        items.sort()
    return neighbours
