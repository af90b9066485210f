"""Language identification on langdetect's profiles: one reusable identifier per setting."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from langdetect.lang_detect_exception import LangDetectException

from .charmodel import CharTrigramModel, normalise_stream
from .lexicon import Lexicon
from .profiles import factory_for, load_profiles, profile_code, resolve_candidates
from .text_sample import clean, has_letters, sample, split_capitalised

__all__ = ["UNDETERMINED", "Guess", "Identifier"]

UNDETERMINED = "und"
# Scales the chain's log-likelihoods before normalising: the character
# n-grams are not independent, so the raw posterior is over-confident.
_SHARPNESS = 0.7
_TOP = 3
# Texts longer than this are scored whole, names included (see _chain_scores).
_NAMES_MAX_CHARS = 400


@dataclass(frozen=True)
class Guess:
    """The answer for one text: ``lang`` (or ``und``), its confidence, the top candidates."""

    lang: str
    confidence: float
    candidates: tuple[tuple[str, float], ...]

    def as_attrs(self) -> dict[str, object]:
        """The ``attrs.language`` record."""
        return {
            "lang": self.lang,
            "confidence": self.confidence,
            "candidates": [[code, prob] for code, prob in self.candidates],
        }


def _margin(ranked: Sequence[tuple[str, float]]) -> float:
    """Log-odds of the best candidate against the runner-up (``inf`` without one)."""
    if len(ranked) < 2 or ranked[1][1] <= 0.0:
        return math.inf
    return math.log(ranked[0][1] / ranked[1][1])


@functools.lru_cache(maxsize=16)
def _chain_model(names: tuple[str, ...]) -> CharTrigramModel:
    return CharTrigramModel(load_profiles(names), names)


@functools.lru_cache(maxsize=16)
def _lexicon(codes: tuple[str, ...], weight: float, suffix_weight: float) -> Lexicon:
    return Lexicon(codes, weight, suffix_weight)


class Identifier:
    """Identifies the language of texts with fixed candidates, method and thresholds.

    ``method="chain"`` (default) scores every character of the sample with a
    trigram chain over langdetect's profiles plus per-language common words;
    ``method="sampling"`` runs langdetect's own detector (seeded, restricted).
    Both are deterministic; models are built once per process and shared.
    """

    def __init__(self, languages: Sequence[str] | None, *, method: str = "chain",
                 max_chars: int = 1000, min_chars: int = 3, min_confidence: float = 0.0,
                 min_margin: float = 1.12, lexicon_weight: float = 4.0,
                 suffix_weight: float = 1.0, name_weight: float = 0.5,
                 seed: int = 0) -> None:
        self.names = resolve_candidates(languages)
        self.codes = tuple(profile_code(n) for n in self.names)
        self.method = method
        self.max_chars = max_chars
        self.min_chars = min_chars
        self.min_confidence = min_confidence
        self.min_margin = min_margin
        self.name_weight = name_weight
        self.seed = seed
        if method == "sampling":
            self._factory = factory_for(self.names, seed)
        else:
            self._model = _chain_model(self.names)
            self._lexicon = _lexicon(self.codes, float(lexicon_weight), float(suffix_weight))

    def identify(self, text: str, *, bias: str | None = None, bias_weight: float = 0.0) -> Guess:
        """Guess the language of ``text``; ``bias`` adds ``bias_weight`` to one code's score."""
        prepared = sample(clean(text), self.max_chars)
        if not has_letters(prepared, self.min_chars):
            return Guess(UNDETERMINED, 0.0, ())
        if self.method == "sampling":
            probs = self._sampled(prepared)
        else:
            probs = self._chained(prepared, bias, bias_weight)
        if not probs:
            return Guess(UNDETERMINED, 0.0, ())
        merged: dict[str, float] = {}
        for code, p in probs:
            merged[code] = merged.get(code, 0.0) + p
        ranked = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
        top = tuple((code, round(p, 4)) for code, p in ranked[:_TOP] if p >= 0.0001)
        lang, confidence = ranked[0][0], round(ranked[0][1], 4)
        if confidence < self.min_confidence or _margin(ranked) < self.min_margin:
            return Guess(UNDETERMINED, confidence, top)
        return Guess(lang, confidence, top)

    def _chained(self, text: str, bias: str | None, bias_weight: float) -> list[tuple[str, float]]:
        stream = normalise_stream(text)
        if not stream.strip():
            return []
        common, names, share = self._split_names(text)
        scores = self._chain_scores(stream, common, names, share)
        boosts = self._lexicon.boosts(text, share)
        z = [_SHARPNESS * s + b for s, b in zip(scores, boosts, strict=True)]
        if bias and bias_weight:
            z = [v + bias_weight if code == bias else v
                 for v, code in zip(z, self.codes, strict=True)]
        high = max(z)
        weights = [math.exp(v - high) for v in z]
        total = sum(weights)
        return [(code, w / total) for code, w in zip(self.codes, weights, strict=True)]

    def _split_names(self, text: str) -> tuple[str, str, float]:
        """Lower-case words, capitalised words, and the weight of the latter.

        Names such as "Tajani" or "Bruxelles" say little about the language of the
        text around them; when the text also has lower-case words, those decide.
        Only short texts (headings, sentences) are split: in a longer one the names
        are a small share and the words around them decide anyway.
        """
        if self.name_weight >= 1.0 or len(text) > _NAMES_MAX_CHARS:
            return "", "", 1.0
        common, names = split_capitalised(text)
        return common, names, (self.name_weight if common and names else 1.0)

    def _chain_scores(self, stream: str, common: str, names: str, share: float) -> list[float]:
        """Chain log-likelihoods, capitalised words weighted by ``share``."""
        if share >= 1.0:
            return self._model.log_likelihoods(stream)
        base = self._model.log_likelihoods(normalise_stream(common))
        extra = self._model.log_likelihoods(normalise_stream(names))
        return [b + share * e for b, e in zip(base, extra, strict=True)]

    def _sampled(self, text: str) -> list[tuple[str, float]]:
        detector = self._factory.create()
        detector.set_max_text_length(self.max_chars + 16)
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:
            return []
        return [(profile_code(item.lang), item.prob) for item in found]
