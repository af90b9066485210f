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
    return sum([w * b[t] for t, w in a.items() if t in b])


def _postings(vectors: Sequence[Vector]) -> list[tuple[list[int], list[float]]]:
    """For every term in more than one sentence: sentence indices and weights, in order."""
    index: dict[str, tuple[list[int], list[float]]] = {}
    for i, vec in enumerate(vectors):
        for t, w in vec.items():
            entry = index.get(t)
            if entry is None:
                index[t] = ([i], [w])
            else:
                entry[0].append(i)
                entry[1].append(w)
    return [entry for entry in index.values() if len(entry[0]) > 1]


def directional_centrality(vectors: Sequence[Vector], window: int) -> tuple[list[float],
                                                                            list[float]]:
    """Summed similarity of each sentence to the ``window`` sentences after and before it.

    Linear in the number of term occurrences: the sum of cosines is accumulated term by
    term from prefix sums over each term's postings, with two pointers bounding the
    window, instead of comparing sentence pairs.
    """
    n = len(vectors)
    forward = [0.0] * n
    backward = [0.0] * n
    for where, weights in _postings(vectors):
        k = len(where)
        prefix = [0.0] * (k + 1)
        acc = 0.0
        for a, w in enumerate(weights):
            acc += w
            prefix[a + 1] = acc
        if where[-1] - where[0] <= window:          # the whole list is inside the window
            for a in range(k):
                w = weights[a]
                forward[where[a]] += w * (acc - prefix[a + 1])
                backward[where[a]] += w * prefix[a]
            continue
        hi = lo = 0
        for a in range(k):
            i = where[a]
            while hi < k and where[hi] <= i + window:
                hi += 1
            while where[lo] < i - window:
                lo += 1
            w = weights[a]
            forward[i] += w * (prefix[hi] - prefix[a + 1])
            backward[i] += w * (prefix[a] - prefix[lo])
    return forward, backward


def window_pairs(vectors: Sequence[Vector], window: int) -> dict[tuple[int, int], float]:
    """Cosine of every pair ``i < j <= i + window`` that shares a term.

    Computed from an inverted index, so the cost follows the shared terms inside the
    window rather than the number of pairs.
    """
    sims: dict[tuple[int, int], float] = {}
    get = sims.get
    for where, weights in _postings(vectors):
        size = len(where)
        for a in range(size - 1):
            i, wi = where[a], weights[a]
            limit = i + window
            for b in range(a + 1, size):
                j = where[b]
                if j > limit:
                    break
                key = (i, j)
                sims[key] = get(key, 0.0) + wi * weights[b]
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
