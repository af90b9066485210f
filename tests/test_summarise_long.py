"""Long documents: the work stays inside the window (no quadratic blow-up)."""

from __future__ import annotations

import random
from typing import Any

import pytest
import textmill
from summarise_helpers import summarise
from textmill.plugins.summarise import ranking, similarity


def long_document(n_words: int = 100_000, seed: int = 3) -> textmill.Document:
    rng = random.Random(seed)
    vocab = [f"topic{k}" for k in range(2500)] + ["the", "and", "of", "to", "in"] * 300
    lines: list[str] = []
    count = 0
    while count < n_words:
        size = rng.randint(8, 30)
        lines.append(" ".join(rng.choice(vocab) for _ in range(size)).capitalize() + ".")
        count += size
    text = "\n".join(lines)
    doc = textmill.Document(text, id="long", lang="en")
    offset = 0
    for line in lines:
        doc.add_span("sentences", offset, offset + len(line))
        offset += len(line) + 1
    return doc


@pytest.mark.parametrize("method", ["news", "textrank"])
def test_long_document_summarises_within_the_window(
        method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    real_pairs = similarity.window_pairs
    real_central = ranking.directional_centrality

    def spy_pairs(vectors: Any, window: int) -> dict[tuple[int, int], float]:
        pairs = real_pairs(vectors, window)
        seen["pairs"] = (len(vectors), window, pairs)
        return pairs

    def spy_central(vectors: Any, window: int) -> Any:
        seen["central"] = (len(vectors), window)
        return real_central(vectors, window)

    monkeypatch.setattr(similarity, "window_pairs", spy_pairs)
    monkeypatch.setattr(ranking, "directional_centrality", spy_central)
    doc = long_document()
    assert sum(len(s.split()) for s in doc.layer_texts("sentences")) >= 100_000
    out = summarise(doc, method=method, window=12)
    assert len(out.layer("summary")) == 3
    if method == "news":
        n, window = seen["central"]
        assert n == len(doc.layer("sentences")) and window == 12
    else:
        n, window, pairs = seen["pairs"]
        assert window == 12
        assert all(0 < j - i <= 12 for i, j in pairs)
        assert len(pairs) <= n * 12      # bounded by the window, not n * n
        assert pairs                     # and the graph is not empty
