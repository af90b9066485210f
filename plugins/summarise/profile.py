"""Per-language knowledge for the summariser, read from ``data/<lang>.yaml``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import textmill

__all__ = ["DATA_FOLDER", "LanguageProfile", "profile_for"]

DATA_FOLDER = "data"
_PACKAGE = __package__ or "textmill.plugins.summarise"


@dataclass(frozen=True)
class LanguageProfile:
    """Stopwords, stemming suffixes and line patterns of one language."""

    lang: str
    stopwords: frozenset[str]
    suffixes: tuple[str, ...]          # longest first
    min_stem: int
    split_apostrophes: bool
    replacements: tuple[tuple[str, str], ...]
    terminal: str
    closers: str
    quote_openers: str
    dangling_openers: frozenset[str]
    non_content: re.Pattern[str]
    non_content_start: re.Pattern[str] | None
    suffix_set: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    suffix_lengths: tuple[int, ...] = field(default=(), compare=False, repr=False)
    stem_cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def stem(self, word: str) -> str:
        """The normalised form of a lower-cased word (cached per profile)."""
        cached = self.stem_cache.get(word)
        if cached is not None:
            return cached
        out = word
        for old, new in self.replacements:
            out = out.replace(old, new)
        suffixes = self.suffix_set
        for size in self.suffix_lengths:          # longest first
            if len(out) - size < self.min_stem:
                continue
            if out[-size:] in suffixes:
                out = out[:-size]
                break
        if len(self.stem_cache) < 200_000:   # bounded memory on endless streams
            self.stem_cache[word] = out
        return out


def _alternation(patterns: list[str], where: str, anchored: bool) -> re.Pattern[str] | None:
    if not patterns:
        return None
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"summarise data ({where}): bad pattern {pattern!r}: {exc}") from exc
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(f"(?:{body})" + (r"\Z" if anchored else ""), re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def profile_for(lang: str | None) -> LanguageProfile:
    """The profile of ``lang`` (ISO 639-1); unknown languages get the ``xx`` fallback."""
    code = (lang or "xx").lower().split("-")[0].split("_")[0] or "xx"
    data = textmill.langdata.load_language_data(_PACKAGE, DATA_FOLDER, code)
    where = f"{code}.yaml merged over xx.yaml"
    suffixes = sorted({str(s).lower() for s in data.get("suffixes", [])},
                      key=lambda s: (-len(s), s))
    replacements = tuple(sorted((str(k), str(v))
                                for k, v in (data.get("replacements") or {}).items()))
    non_content = _alternation([str(p) for p in data.get("non_content", [])], where, True)
    return LanguageProfile(
        lang=code,
        stopwords=frozenset(str(w).lower() for w in data.get("stopwords", [])),
        suffixes=tuple(suffixes),
        suffix_set=frozenset(suffixes),
        suffix_lengths=tuple(sorted({len(s) for s in suffixes}, reverse=True)),
        min_stem=int(data.get("min_stem", 3)),
        split_apostrophes=bool(data.get("split_apostrophes", False)),
        replacements=replacements,
        terminal=str(data.get("terminal", ".!?")),
        closers=str(data.get("closers", "")),
        quote_openers=str(data.get("quote_openers", "")),
        dangling_openers=frozenset(str(w).lower() for w in data.get("dangling_openers", [])),
        non_content=non_content or re.compile(r"(?!x)x"),
        non_content_start=_alternation([str(p) for p in data.get("non_content_start", [])],
                                       where, False),
    )
