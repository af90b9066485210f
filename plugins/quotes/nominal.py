"""Nominal cues: a quotation introduced by a noun of saying rather than a verb.

``Nach Schäubles Idee soll „…“``, ``In einem internen Schreiben war von einem „…“ die
Rede``, ``the minister's statement "…"``: the noun phrase of the speech noun is the
source of the quotation, and a person or organisation it belongs to (a genitive or
``of`` phrase) is its speaker. Speech nouns and the words that link a possessor are
per-language data (``speech_nouns``, ``possessor_links``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .names import NameMention
from .speakers import Window
from .text import Token, join_tokens

__all__ = ["NominalSource", "find_nominal_source"]

_MAX_PHRASE_WORDS = 6


@dataclass(frozen=True)
class NominalSource:
    """The noun phrase of a speech noun (``start``-``end``) and the entity it belongs to."""

    start: int
    end: int
    text: str
    possessor: NameMention | None
    tokens: tuple[Token, ...]


def _is_speech_noun(tok: Token, lex: Lexicon) -> bool:
    if not tok.word or (lex.capitalised_nouns and not tok.cap):
        return False
    w = tok.low
    if w in lex.speech_nouns:
        return True
    if not lex.capitalised_nouns:
        return False
    # "Aussagen", "Berichts", "Briefes"; compounds: "Wutrede", "Presseerklärung"
    return any(
        stem in lex.speech_nouns or lex.ends_in_speech_noun(stem) for stem in (w, w[:-1], w[:-2])
    )


def _possessor_before(
    win: Window, i: int, own: NameMention | None
) -> tuple[NameMention, int] | None:
    """``Schäubles Idee``, ``the minister's statement``: a named owner right before
    (``own`` is a capitalised run the speech noun itself ends, which is not the owner)."""
    if i <= 0:
        return None
    k = i - 1
    if win.tokens[k].text == "s" and k >= 1 and win.tokens[k - 1].end == win.tokens[k].start - 1:
        k -= 1  # English "the minister's statement": tokens "minister", "s"
    prev = win.tokens[k]
    nm = win.cover[k] if prev.word else None
    if nm is not None and not nm.weak and nm is not own:
        while k > 0 and win.cover[k - 1] is nm:
            k -= 1
        return nm, k
    if win.lex.capitalised_nouns and prev.cap and prev.low.endswith("s"):
        found = win.genitive_owner(prev)
        return (_genitive_here(found, prev), k) if found is not None else None
    return None


def _genitive_here(found: NameMention, tok: Token) -> NameMention:
    """The mention of ``found``'s entity that the genitive ``tok`` is (``Schäubles`` after
    ``Wolfgang Schäuble``): the words that attribute the quotation are these, not the
    earlier mention's."""
    return NameMention(tok.start, tok.end, found.entity, "")


def _possessor_after(win: Window, j: int, hi: int) -> tuple[NameMention | None, int]:
    """``Worte Armstrongs``, ``Aussagen der Anwältin``, ``statement of the ministry``:
    the owner after the noun and the index just past the phrase."""
    toks, lex = win.tokens, win.lex
    if j >= hi or not toks[j].word:
        return None, j
    nm = win.cover[j]
    if nm is not None and not nm.weak and lex.capitalised_nouns and toks[j].low.endswith("s"):
        return nm, _past(win, j, nm)
    if lex.capitalised_nouns and toks[j].cap and toks[j].low.endswith("s"):
        found = win.genitive_owner(toks[j])
        if found is not None:
            return _genitive_here(found, toks[j]), j + 1
    if toks[j].low not in lex.possessor_links:
        return None, j
    e = j + 1
    while e < hi and e - j <= 4 and toks[e].word:
        nm = win.cover[e]
        if nm is not None and not nm.weak:
            return nm, _past(win, e, nm)
        if lex.capitalised_nouns and toks[e].cap and toks[e].low not in lex.determiners:
            return None, e + 1  # "der Anwältin": the owner is a common noun
        e += 1
    return None, j


def _past(win: Window, k: int, nm: NameMention) -> int:
    while k < len(win.tokens) and win.cover[k] is nm:
        k += 1
    return k


def find_nominal_source(win: Window, lo: int, hi: int) -> NominalSource | None:
    """The nearest speech-noun phrase in tokens ``[lo, hi)`` of one clause, if any.

    Scans from ``hi`` backwards, so before a quotation the noun closest to it wins.
    """
    toks, lex = win.tokens, win.lex
    if not lex.speech_nouns:
        return None
    for i in range(hi - 1, lo - 1, -1):
        tok = toks[i]
        own = win.cover[i]
        if not _is_speech_noun(tok, lex) or (
            own is not None and not own.weak and own.end != tok.end
        ):
            continue  # a speech noun inside a name ("Radio Rede Berlin") is not one
        s = i
        while (
            s - 1 >= lo
            and i - s < _MAX_PHRASE_WORDS
            and toks[s - 1].word
            and (toks[s - 1].low in lex.determiners or not toks[s - 1].cap)
            and toks[s - 1].low not in lex.object_prepositions
            and toks[s - 1].low not in lex.complementizers
            and toks[s - 1].low not in lex.conjunctions
            and toks[s - 1].low not in lex.auxiliaries
            and toks[s - 1].low not in lex.speech_verbs
        ):
            s -= 1
            if toks[s].low in lex.determiners:
                break
        before = _possessor_before(win, s, own)
        owner = None
        if before is not None:
            owner, s = before
        after_owner, e = _possessor_after(win, i + 1, hi)
        owner = owner or after_owner
        e = max(e, i + 1)
        text = join_tokens(toks[s:e])
        return NominalSource(toks[s].start, toks[e - 1].end, text, owner, tuple(toks[s:e]))
    return None
