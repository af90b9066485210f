"""Split a quotation at a reporting clause written inside its marks.

Spanish and French writers often put the attribution inside the quotation marks:
``«Te deja equivocarte —explica—, y cuando te das cuenta…»`` or
``« Ce match, on doit le gagner cinq fois, pestait-il. On repart… »``. The words on
each side of such an incise are two quoted segments, and the incise is their cue.

An incise opens with a comma or a dash right before a lower-case speech cue
(``explica``, ``pestait-il``, ``ha detto``), is short, and closes with a comma, a
period or a second dash followed by more quoted words.
"""

from __future__ import annotations

import re

from .cues import VERB, Cue, find_cues, glued_pronoun, may_open_cue
from .lexicon import Lexicon
from .marks import Segment
from .text import TOKEN_PATTERN, Token, tokenize

__all__ = ["split_incises"]

_MAX_INCISE_CHARS = 90  # "a-t-il lancé en fin de séance": a clause, never a sentence
_MAX_INCISE_WORDS = 9
_DASHES = "—–"
_OPENER = re.compile(r"(?:,[ \t]+|[ \t]*[—–][ \t]*)(?=[^\W\d_])")
_CLOSERS = ",.;"


def split_incises(text: str, segments: list[Segment], lex: Lexicon) -> list[Segment]:
    """The segments with every inner reporting clause cut out (the rest unchanged)."""
    out: list[Segment] = []
    for seg in segments:
        out.extend(_split(text, seg, lex))
    return out


def _split(text: str, seg: Segment, lex: Lexicon) -> list[Segment]:
    parts: list[Segment] = []
    current = seg
    pos = seg.start
    while True:
        found = _next_incise(text, pos, current.end, lex)
        if found is None:
            parts.append(current)
            return parts
        sep, close, resume = found
        parts.append(
            Segment(
                current.start,
                _trim_end(text, current.start, sep),
                current.open_at,
                sep,
                True,
                current.group,
                current.reopened,
                current.mark,
            )
        )
        current = Segment(
            resume,
            current.end,
            close,
            current.close_at,
            current.closed,
            current.group,
            False,
            current.mark,
        )
        pos = resume


def _next_incise(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """``(separator, closing punctuation, start of the words after)`` of the first incise."""
    for m in _OPENER.finditer(text, lo, hi):
        sep, verb_at = m.start(), m.end()
        if not text[verb_at].islower() or _trim_end(text, lo, sep) <= lo:
            continue
        dash = "—" in m.group() or "–" in m.group()
        limit = min(hi, verb_at + _MAX_INCISE_CHARS)
        if _no_cue_first(text, verb_at, limit, lex):
            continue
        tokens = tokenize(text, verb_at, limit)
        cues = find_cues(tokens, lex)
        auxiliaries = 0  # "ha spiegato", "a-t-il lancé"
        while auxiliaries < len(tokens) and tokens[auxiliaries].low in lex.auxiliaries:
            auxiliaries += 1
        if not cues or cues[0].first > auxiliaries or cues[0].kind != VERB:
            continue
        if not dash and not _reporting(tokens, cues[0], lex, alone_ok=auxiliaries == 0):
            continue
        words = 0
        for i, tok in enumerate(tokens):
            if tok.word:
                words += 1
                if words > _MAX_INCISE_WORDS:
                    break
                continue
            if dash and tok.text in _DASHES:
                close = tok.start
                after = tok.end
                if after < hi and text[after] in _CLOSERS:
                    close, after = after, after + 1
            elif not dash and tok.text in _CLOSERS:
                close, after = tok.start, tok.end
                apposed = _apposed_name_end(tokens, i, lex) if tok.text == "," else None
                if apposed is not None:  # ", estime son juriste, Jérôme Lemaire-Kabongo. Il"
                    close, after = apposed.start, apposed.end
            elif tok.text in _DASHES or tok.text in _CLOSERS:
                break  # a comma inside a dash incise, or a dash inside a comma one
            else:
                continue  # "a-t-il" is one token; brackets and marks stay inside
            resume = after
            while resume < hi and text[resume].isspace():
                resume += 1
            if resume < hi and any(c.isalnum() for c in text[resume:hi]):
                return sep, close, resume
            break
    return None


def _apposed_name_end(tokens: list[Token], comma: int, lex: Lexicon) -> Token | None:
    """The punctuation closing a name apposed after the incise's comma at ``comma`` (up
    to five capitalised words or particles after a lower-case word, then ``,``, ``.`` or
    ``;``: ``, souligne son directeur de projet, Pedro Alves da Silva.``)."""
    if comma < 2 or not tokens[comma - 1].word:
        return None
    before = tokens[comma - 1]
    acronym = before.text.isupper() and len(before.text) >= 2 and not tokens[comma - 2].cap
    if before.cap and not acronym:  # (", dit Pierre, Paris est belle": a name closes no
        return None  # role; but ", a lancé la cheffe de groupe PS, Nathalie X." does)
    k = comma + 1
    while (
        k < len(tokens)
        and k - comma <= 5
        and tokens[k].word
        and (tokens[k].cap or (k > comma + 1 and tokens[k].low in lex.name_connectors))
    ):
        k += 1
    if k == comma + 1 or k >= len(tokens) or tokens[k].text not in _CLOSERS:
        return None
    return tokens[k]


def _no_cue_first(text: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """True when the first word at ``pos`` (before ``limit``) is no auxiliary and opens no cue:
    then no reporting clause starts there, told without tokenising the clause."""
    m = TOKEN_PATTERN.match(text, pos, limit)
    if m is None or (m.end() < limit and text[m.end()] in "'’"):
        return False  # (an elided article takes its apostrophe: left to the tokenizer)
    low = m.group().casefold()
    return low not in lex.auxiliaries and not may_open_cue(low, lex)


def _reporting(tokens: list[Token], cue: Cue, lex: Lexicon, alone_ok: bool) -> bool:
    """After a comma, a cue reports only with its subject or alone: ``, pestait-il.``,
    ``, ha spiegato Rossi,``, ``, dice,`` (not ``, ripetuto in tre transiti,`` nor a
    passive ``, wird gebeten,``)."""
    if glued_pronoun(cue, lex):
        return True
    if cue.last >= len(tokens):
        return False
    nxt = tokens[cue.last]
    if not nxt.word:
        return alone_ok and nxt.text in _CLOSERS
    return nxt.cap or nxt.low in lex.determiners or nxt.low in lex.pronouns


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
