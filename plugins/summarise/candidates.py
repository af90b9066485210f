"""Which sentences may enter a summary, and which only give context.

Sentences under ``boilerplate`` are dropped. Of the rest, headings (the ``heading``
label, or a line that ends without final punctuation), non-content lines (bylines,
datelines, credits, interface lines: patterns in the language data) and fragments
(fewer than ``min_words`` words) are not candidates unless nothing else is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import textmill

from .profile import LanguageProfile
from .terms import words

__all__ = ["SentenceInfo", "analyse", "boilerplate_share", "looks_like_heading"]

@dataclass(slots=True)
class SentenceInfo:
    """One sentence of the ``sentences`` layer and what the summariser makes of it."""

    index: int            # position in the sentences layer
    span: textmill.Span
    start: int            # the usable part of the span: leading interface text left out
    end: int
    text: str             # text[start:end], whitespace collapsed, stripped
    tokens: list[str]     # lower-cased words
    boilerplate: bool
    heading: bool
    non_content: bool
    fragment: bool

    @property
    def candidate(self) -> bool:
        """Plain content: may be chosen."""
        return not (self.boilerplate or self.heading or self.non_content or self.fragment)


def boilerplate_share(spans: Sequence[textmill.Span],
                      boilerplate: Sequence[textmill.Span]) -> list[float]:
    """For each span (sorted by start), the share of its characters under ``boilerplate``."""
    marks = sorted((b.start, b.end) for b in boilerplate if b.end > b.start)
    # merge overlapping boilerplate spans
    merged: list[tuple[int, int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    shares: list[float] = []
    k = 0
    for span in spans:
        while k < len(merged) and merged[k][1] <= span.start:
            k += 1
        covered = 0
        j = k
        while j < len(merged) and merged[j][0] < span.end:
            covered += min(span.end, merged[j][1]) - max(span.start, merged[j][0])
            j += 1
        size = span.end - span.start
        shares.append(covered / size if size > 0 else 1.0)
    return shares


def looks_like_heading(text: str, doc_text: str, end: int, profile: LanguageProfile,
                       max_words: int = 14) -> bool:
    """A short line that ends without final punctuation and is not continued below.

    Long unpunctuated lines are usually sentences broken by a line break, and a
    next line (not after a blank line) starting in lower case continues the sentence.
    """
    body = text.rstrip().rstrip(profile.closers)
    if body and body[-1] in profile.terminal:
        return False
    if len(body.split()) > max_words:
        return False
    size = len(doc_text)
    while end < size and doc_text[end] in " \t\r\f\v":
        end += 1
    if end < size and doc_text[end] != "\n":
        return False
    end += 1                                   # past the line break
    while end < size and doc_text[end] in " \t\r\f\v":
        end += 1
    return not (end < size and doc_text[end].islower())   # the next line continues it


def analyse(doc: textmill.Document, sentences: Sequence[textmill.Span],
            profile: LanguageProfile, *, skip_boilerplate: bool,
            min_words: int) -> list[SentenceInfo]:
    """Classify every sentence (``sentences`` sorted by start)."""
    shares = (boilerplate_share(sentences, doc.layer("boilerplate")) if skip_boilerplate
              else [0.0] * len(sentences))
    start_pattern = profile.non_content_start
    infos: list[SentenceInfo] = []
    for index, (span, share) in enumerate(zip(sentences, shares, strict=True)):
        raw = doc.text[span.start:span.end]
        start = span.start + len(raw) - len(raw.lstrip())
        end = span.start + len(raw.rstrip())
        glued = start_pattern.match(doc.text, start, end) if start_pattern else None
        if glued and glued.end() > start:
            start = glued.end()
            start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        text = " ".join(doc.text[start:end].split()) if end > start else ""
        tokens = words(text)
        heading = span.label == "heading" or looks_like_heading(raw, doc.text, span.end, profile)
        non_content = not text or bool(profile.non_content.match(text))
        infos.append(SentenceInfo(
            index=index, span=span, start=start, end=max(start, end), text=text, tokens=tokens,
            boilerplate=share >= 0.5,
            heading=heading, non_content=non_content, fragment=len(tokens) < min_words,
        ))
    return infos
