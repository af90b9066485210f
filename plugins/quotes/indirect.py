"""Reported speech without quotation marks: ``X ha riferito che …``, ``X said that …``.

A speech verb followed (within a few words) by a complementiser opens an
indirect quotation that runs to the end of the sentence; its speaker is found
and resolved like a direct quotation's.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import VERB, Cue
from .lexicon import Lexicon
from .names import NameIndex
from .resolve import Resolved, Resolver
from .speakers import IMPLICIT, Mention, Window
from .text import Boundaries, DocTokens, Token

__all__ = ["Indirect", "find_indirect"]

_MAX_GAP = 5  # words between the verb and the complementiser ("dichiarato al suo ospite che")


@dataclass
class Indirect:
    """One indirect quotation and its attribution."""

    start: int
    end: int
    cue: Cue
    mention: Mention | None
    resolved: Resolved


def find_indirect(
    text: str,
    lex: Lexicon,
    doc_tokens: DocTokens,
    bounds: Boundaries,
    index: NameIndex,
    resolver: Resolver,
    skip: list[tuple[int, int]],
) -> list[Indirect]:
    """All indirect quotations of the document, in text order."""
    out: list[Indirect] = []
    toks = doc_tokens.tokens
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if not (tok.word and tok.low in lex.speech_verbs) or tok.low in lex.object_verbs:
            i += 1
            continue
        comp = _complementiser(toks, i + 1, lex)
        if comp < 0:
            i += 1
            continue
        start = toks[comp].end
        while start < len(text) and text[start].isspace():
            start += 1
        sentence_end = bounds.after(start, len(text))
        end = sentence_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
            end -= 1
        if end - start < 10 or any(s < end and start < e for s, e in skip):
            i = comp + 1
            continue
        lo = max(bounds.before(tok.start), tok.start - 320)
        win_tokens = doc_tokens.slice(lo, toks[comp].start)
        window = Window(win_tokens, index.within(lo, toks[comp].start), lex)
        k = next(j for j, t in enumerate(win_tokens) if t.start == tok.start)
        cue = Cue(VERB, k, k + 1, tok.start, tok.end, tok.text)
        mention = window.subject(cue, 0, len(win_tokens))
        if mention is None:
            mention = Mention(IMPLICIT, tok.start, tok.end, tok.text)
        resolved = resolver.resolve(mention, tok.start)
        out.append(Indirect(start, end, cue, mention, resolved))
        while i < n and toks[i].start < sentence_end:
            i += 1
    return out


def _complementiser(toks: list[Token], i: int, lex: Lexicon) -> int:
    """Index of the complementiser right after a verb (a comma and a few words may come between)."""
    words = 0
    for j in range(i, min(len(toks), i + _MAX_GAP + 2)):
        t = toks[j]
        if t.word and t.low in lex.complementizers:
            return j
        if t.word:
            if t.low in lex.speech_verbs:
                return -1
            words += 1
            if words > _MAX_GAP:
                return -1
        elif t.text not in (",",):
            return -1
    return -1
