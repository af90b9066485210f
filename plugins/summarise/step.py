"""The ``summarise`` step: extractive summaries from the ``sentences`` layer."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import ClassVar

import textmill

from .candidates import SentenceInfo, analyse
from .profile import LanguageProfile, profile_for
from .ranking import METHODS, NewsWeights, RankInput, rank
from .selection import Budget, select
from .similarity import Vector, tfidf_vectors
from .terms import terms

__all__ = ["Summarise"]

Param = textmill.Param


class Summarise(textmill.Step):
    """Pick the sentences that best summarise the document (extractive)."""

    name = "summarise"
    description = ("Extractive summary: a `summary` layer of chosen sentences "
                   "and attrs.summary (their text).")
    requires = ("spans.sentences",)
    uses = ("lang", "spans.boilerplate")
    provides = ("spans.summary", "attrs.summary")
    params: ClassVar[Mapping[str, textmill.Param]] = {
        "method": Param(str, "news", "news (position + directed centrality), textrank or lead",
                        choices=tuple(sorted(METHODS))),
        "sentences": Param(int, 3, "number of sentences (unless ratio is set)", minimum=1),
        "ratio": Param(float | None, None,
                       "summary length as a share of the candidate sentences (at least 1)",
                       minimum=0.0, maximum=1.0),
        "max_chars": Param(int | None, None, "upper bound on the summary's characters",
                           minimum=1),
        "language": Param(str | None, None, "language data to use (default: doc.lang)"),
        "skip_boilerplate": Param(bool, True,
                                  "ignore sentences under the boilerplate layer"),
        "window": Param(int, 30,
                        "sentences compared with each sentence on either side (bounds the cost)",
                        minimum=1),
        "redundancy": Param(float, 0.1,
                            "weight of similarity to already chosen sentences (0 = none)",
                            minimum=0.0, maximum=1.0),
        "max_similarity": Param(float, 0.4,
                                "never pick a sentence more similar than this to a chosen one",
                                minimum=0.0, maximum=1.0),
        "min_words": Param(int, 5, "shorter sentences are fragments, not candidates",
                           minimum=0),
        "position_weight": Param(float, NewsWeights.position_weight,
                                 "news: weight of the position prior against centrality",
                                 minimum=0.0, maximum=1.0),
        "backward_weight": Param(float, NewsWeights.backward_weight,
                                 "news: weight of similarity to earlier sentences"),
        "position_scale": Param(float, NewsWeights.position_scale,
                                "news: the position prior is 1 / (1 + rank / position_scale)",
                                minimum=0.01),
        "title_weight": Param(float, NewsWeights.title_weight,
                              "news: weight of similarity to the title (when there is one)",
                              minimum=0.0),
        "short_words": Param(int, NewsWeights.short_words,
                             "news: sentences shorter than this (in words) are scaled down",
                             minimum=0),
        "long_words": Param(int, NewsWeights.long_words,
                            "news: sentences longer than this (in words) are scaled down",
                            minimum=0),
        "quote_penalty": Param(float, NewsWeights.quote_penalty,
                               "news: score reduction for a sentence opening with a quotation",
                               minimum=0.0, maximum=1.0),
        "question_penalty": Param(float, NewsWeights.question_penalty,
                                  "news: score reduction for a question", minimum=0.0,
                                  maximum=1.0),
        "dangling_penalty": Param(float, NewsWeights.dangling_penalty,
                                  "news: score reduction for a sentence opening with a "
                                  "pronoun or connective (language data)",
                                  minimum=0.0, maximum=1.0),
    }

    def setup(self) -> None:
        o = self.options
        self.method: str = o["method"]
        self.window: int = o["window"]
        self.weights = NewsWeights(**{f.name: o[f.name] for f in fields(NewsWeights)})

    def process(self, doc: textmill.Document) -> None:
        o = self.options
        profile = profile_for(o["language"] or doc.lang)
        sentences = sorted(doc.layer("sentences"), key=lambda s: (s.start, s.end))
        infos = analyse(doc, sentences, profile, skip_boilerplate=o["skip_boilerplate"],
                        min_words=o["min_words"])
        pool = _choose_pool(infos)
        chosen: list[tuple[SentenceInfo, float, int]] = []
        if pool:
            chosen = self._summarise(infos, pool, profile)
        chosen.sort(key=lambda item: item[0].span.start)
        for info, score, order in chosen:
            doc.add_span("summary", info.start, info.end, attrs={
                "score": round(score, 6), "rank": order, "sentence": info.index,
            })
        if not chosen:
            doc.set_layer("summary", [])
        doc.attrs["summary"] = " ".join(info.text for info, _, _ in chosen)

    def _summarise(self, infos: Sequence[SentenceInfo], pool: Sequence[SentenceInfo],
                   profile: LanguageProfile) -> list[tuple[SentenceInfo, float, int]]:
        o = self.options
        # Context: every sentence that is not boilerplate or interface text, plus the pool.
        pool_ids = {i.index for i in pool}
        context = [i for i in infos if i.index in pool_ids
                   or not (i.boilerplate or i.non_content)]
        vectors: list[Vector]
        if self.method == "lead":   # position only: no vectors needed
            vectors = [{} for _ in context]
        else:
            vectors = tfidf_vectors([terms(i.tokens, profile) for i in context])
        position = {info.index: k for k, info in enumerate(context)}
        candidates = [position[i.index] for i in pool]
        title = _title(context, pool, vectors)
        data = RankInput(
            vectors=vectors,
            candidates=candidates,
            words=[len(i.tokens) for i in context],
            quoted=[i.text[:1] in profile.quote_openers if i.text else False for i in context],
            question=[i.text.rstrip(profile.closers).endswith("?") for i in context],
            dangling=[bool(i.tokens) and i.tokens[0] in profile.dangling_openers
                      for i in context],
            title=title,
            window=self.window,
        )
        scores = rank(self.method, data, self.weights)
        count = o["sentences"]
        if o["ratio"] is not None:
            count = max(1, math.ceil(o["ratio"] * len(pool) - 1e-9))
        budget = Budget(sentences=count, max_chars=o["max_chars"])
        picked = select(
            scores, [vectors[c] for c in candidates], [len(i.text) for i in pool], budget,
            redundancy=o["redundancy"] if self.method != "lead" else 0.0,
            max_similarity=o["max_similarity"] if self.method != "lead" else 1.0,
            pool=2 * count + 10,
        )
        return [(pool[k], scores[k], order + 1) for order, k in enumerate(picked)]


def _choose_pool(infos: Sequence[SentenceInfo]) -> list[SentenceInfo]:
    """Plain candidates; failing those, any non-boilerplate sentence; failing that, any."""
    infos = [i for i in infos if i.text]
    for accept in (
        lambda i: i.candidate,
        lambda i: not i.boilerplate and not i.non_content,
        lambda i: not i.boilerplate,
        lambda i: True,
    ):
        pool = [i for i in infos if accept(i)]
        if pool:
            return pool
    return []


def _title(context: Sequence[SentenceInfo], pool: Sequence[SentenceInfo],
           vectors: Sequence[Vector]) -> Vector | None:
    """The vector of the first heading before the first candidate, if any."""
    first = pool[0].index
    for k, info in enumerate(context):
        if info.index >= first:
            break
        if info.heading and not info.boilerplate and not info.non_content:
            return vectors[k]
    return None
