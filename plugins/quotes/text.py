"""Small text utilities: word tokens, capitalisation, sentence boundaries."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable
from typing import NamedTuple

from .lexicon import Lexicon

__all__ = [
    "TOKEN_PATTERN",
    "UPPER",
    "Boundaries",
    "DocTokens",
    "Token",
    "elided_compound_hyphen",
    "is_capitalised",
    "is_number",
    "join_tokens",
    "relative_after_comma",
    "tokenize",
    "word_at",
]

UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
# possessive: a word gives back no letter and no hyphenated part (none could match otherwise:
# a hyphen is no word character), so the engine keeps no backtracking points; a number keeps
# its decimal or thousands separators ("7,5", "1,000", "3.200"): no comma of a clause
_TOKEN_RE = re.compile(r"\w++(?:[-‐]\w++)*+(?:(?<=\d)[,.]\d++)*+|[^\w\s]")
TOKEN_PATTERN = _TOKEN_RE  # one token (the first of a span: see tokenize)
_TOKEN_SPLIT = re.compile(f"({_TOKEN_RE.pattern})")  # the tokens kept between the gaps
_APOSTROPHE = re.compile("['’]")
_ELISION_RE = re.compile(r"(?i)^(?:l|d|dell|dall|nell|sull|all|un|qu|j|s|c|n|m|t)['’]")
_SPACE = re.compile(r"\s")
# ``[.!?…]+[\"”»“’'«]*\s+|\n\s*`` written to open with one character class (the regex
# engine then skips ahead to the next candidate instead of trying every position)
_SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)\s*|(?<!\n)[.!?…]*[\"”»“’'«]*\s+)")
# a period glued to the capitalised word after it, as scraped text loses paragraph breaks
_GLUED_PERIOD = re.compile(r"\.(?=[^\W\d_])")  # (the letters before it are checked after)


_LOWER_HYPHEN_CAPITAL = re.compile(rf"[\-‐](?<=[a-z][\-‐])(?=[{UPPER}])")  # "al-Gaddafi"


class Token(NamedTuple):
    """A word or punctuation token with its offsets in the document."""

    start: int
    end: int
    text: str
    low: str
    word: bool
    cap: bool


class DocTokens:
    """All tokens of a document, tokenised once; windows are slices of it."""

    def __init__(
        self, text: str, limit: int | None = None, glued_particles: tuple[str, ...] = ()
    ) -> None:
        """Tokenise ``text`` (only up to the first space after ``limit`` when given: nothing
        past it is ever looked at); a word opened by one of ``glued_particles`` and a hyphen
        before a capital (``al-Gaddafi``) counts as capitalised."""
        end = len(text)
        if limit is not None and limit < end:
            space = _SPACE.search(text, limit)
            end = space.start() if space else end
        self.tokens, self.starts = _tokens_and_starts(text, 0, end)
        if glued_particles:
            for at in _glued_particle_starts(text, end, glued_particles):
                i = bisect.bisect_left(self.starts, at)
                if i < len(self.tokens) and self.tokens[i].start == at:
                    self.tokens[i] = self.tokens[i]._replace(cap=True)

    def slice(self, lo: int, hi: int) -> list[Token]:
        """The tokens lying inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi, i)
        while j > i and self.tokens[j - 1].end > hi:
            j -= 1
        return self.tokens[i:j]


def _glued_particle_starts(text: str, end: int, particles: tuple[str, ...]) -> list[int]:
    """Where the words opened by a glued particle start in ``text[:end]``: a hyphen between
    a lower-case letter and a capital is found first (a scan for one character), then the
    word before it is checked (:func:`glued_particle_start`)."""
    starts: list[int] = []
    if not any(f"{p}-" in text or f"{p}‐" in text for p in particles):
        return starts  # (most texts: a few substring searches, no scan)
    for m in _LOWER_HYPHEN_CAPITAL.finditer(text, 0, end):
        at = glued_particle_start(text, m.start(), particles)
        if at is not None:
            starts.append(at)
    return starts


def glued_particle_start(text: str, hyphen: int, particles: tuple[str, ...]) -> int | None:
    """The start of the lower-case particle of ``particles`` that the hyphen at ``hyphen``
    glues to the word after it, with nothing glued before it (``al-`` of ``al-Gaddafi``),
    else None."""
    at = hyphen
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    if text[at:hyphen] in particles and (
        at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-‐_")
    ):
        return at
    return None


def elided_compound_hyphen(toks: list[Token], i: int, hi: int, lex: Lexicon) -> bool:
    """``toks[i]`` (before ``hi``) is the hyphen of an elided compound part, glued to the word
    before it and followed by a conjunction (``Reise-`` in ``Reise- und Sicherheitshinweise``)."""
    return (
        0 < i < hi - 1
        and toks[i].text in "-‐"
        and toks[i - 1].word
        and toks[i - 1].end == toks[i].start
        and toks[i + 1].low in lex.conjunctions
    )


def relative_after_comma(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """``toks[i]`` is a relative pronoun right after a comma (``Demonstranten, die …``)."""
    return 0 < i < len(toks) and toks[i - 1].text == "," and toks[i].low in lex.relative_pronouns


def slash_joined(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is a slash joining two capitalised words with no space (``CDU/CSU``)."""
    return (
        0 < i < len(toks) - 1
        and toks[i].text == "/"
        and toks[i - 1].cap
        and toks[i + 1].cap
        and toks[i - 1].end == toks[i].start
        and toks[i].end == toks[i + 1].start
    )


def join_tokens(tokens: Iterable[Token]) -> str:
    """The tokens as written: a space only where the text had one (``Quai d'Orsay``)."""
    out: list[str] = []
    prev_end = -1
    for tok in tokens:
        if out and tok.start > prev_end:
            out.append(" ")
        out.append(tok.text)
        prev_end = tok.end
    return "".join(out)


def is_capitalised(word: str) -> bool:
    """True when the word starts with an upper-case letter."""
    return bool(word) and word[0].isupper()


def is_number(word: str) -> bool:
    """True for a number token, separators included (``60``, ``2.000``, ``7,5``)."""
    return word[:1].isdigit() and word.replace(".", "").replace(",", "").isdigit()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with document offsets; elided articles split off (``l'``).

    A loop over the matches, for the short spans of a clause; a whole document is
    tokenised with list operations instead (:func:`_tokens_and_starts`, the same tokens:
    faster past a few hundred characters, slower below)."""
    out: list[Token] = []
    append = out.append
    make = tuple.__new__  # skip the named tuple's own __new__
    prev_end = -1
    prev_word = False
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        w = m.group()
        c = w[0]
        if c.isalnum() or c == "_":
            if (
                e + 1 < end
                and text[e] in "'’"
                and len(w) <= 4
                and text[e + 1].isalpha()
                and _ELISION_RE.match(w + "'")
            ):
                e += 1
                w += "'"
            append(make(Token, (s, e, w, w.casefold(), True, c.isupper())))
            prev_end, prev_word = e, True
        elif prev_end > s:
            continue  # the apostrophe of an elided article already taken
        elif prev_word and prev_end == s and c in "'’":
            continue
        else:
            append(make(Token, (s, e, w, w, False, False)))
            prev_end, prev_word = e, False
    return out


def _tokens_and_starts(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """The tokens of ``text[start:end]`` (as :func:`tokenize` gives them) and their starts.

    The hot loop of the step, written as whole-list operations: one regex split gives the
    tokens and the gaps between them, their offsets are running sums of the lengths, and
    the flags come from the tokens' first characters. Apostrophes are fixed up after."""
    piece = text[start:end]
    parts = _TOKEN_SPLIT.split(piece)  # gap, token, gap, token, …, gap
    edges = list(itertools.accumulate(map(len, parts), initial=start))
    starts = edges[1:-1:2]
    words = parts[1::2]
    firsts = "".join(map(operator.itemgetter(0), words))
    # a token is a word when its first character is a word character (``\w``: alphanumeric
    # or the underscore), else a punctuation mark of one character
    is_word = list(map(str.isalnum, firsts.replace("_", "a")))
    cap = list(map(operator.and_, is_word, map(str.isupper, firsts)))
    low = list(map(str.casefold, words))
    marks = "".join(itertools.compress(words, map(operator.not_, is_word)))
    if marks.casefold() != marks:  # (a mark that case-folds, such as "Ⓐ", stays as written)
        low = [folded if word else w for w, folded, word in zip(words, low, is_word, strict=True)]
    tokens = list(
        map(
            tuple.__new__,
            itertools.repeat(Token),
            zip(starts, edges[2::2], words, low, is_word, cap, strict=True),
        )
    )
    if "'" in piece or "’" in piece:
        tokens = _join_apostrophes(text, start, end, tokens, starts)
        if len(tokens) < len(starts):
            starts = [t.start for t in tokens]
    return tokens, starts


def _join_apostrophes(
    text: str, start: int, end: int, tokens: list[Token], starts: list[int]
) -> list[Token]:
    """Drop an apostrophe right after a word (``Peter's``: ``Peter``, ``s``); an elided article
    before a letter takes it (``l'``, ``dell'``, always written ``'``)."""
    drop = set()
    for m in _APOSTROPHE.finditer(text, start, end):
        at = m.start()
        j = bisect.bisect_left(starts, at)  # an apostrophe is a token of its own
        prev = tokens[j - 1] if j else None
        if prev is None or not prev.word or prev.end != at:
            continue
        drop.add(j)
        if at + 1 < end and len(prev.text) <= 4 and text[at + 1].isalpha():
            elided = prev.text + "'"
            if _ELISION_RE.match(elided):
                tokens[j - 1] = prev._replace(end=at + 1, text=elided, low=elided.casefold())
    return [tok for k, tok in enumerate(tokens) if k not in drop] if drop else tokens


def _word_start(text: str, pos: int) -> int:
    """The start of the letters ending at ``pos`` (``pos`` itself after none)."""
    space = text.rfind(" ", max(0, pos - 40), pos)  # (a bounded look-back)
    if space >= 0 and text[space + 1 : pos].isalpha():
        return space + 1  # the usual word, after a space: no loop over its letters
    k = pos
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k


def word_at(text: str, pos: int, end: int) -> str:
    """The letters of the word at ``pos`` (past any spaces, not past ``end``), case-folded;
    "" when none."""
    while pos < end and text[pos].isspace():
        pos += 1
    stop = pos
    while stop < end and text[stop].isalpha():
        stop += 1
    return text[pos:stop].casefold()


def _short_number_before(text: str, pos: int) -> bool:
    """A number of one or two digits, standing alone, ends at ``pos``."""
    k = pos
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    return 0 < pos - k <= 2 and (k == 0 or not text[k - 1].isalnum())


class Boundaries:
    """Sentence boundaries of a document: from a ``sentences`` layer or a light splitter."""

    def __init__(self, starts: Iterable[int]) -> None:
        self.starts = sorted(set(starts))

    @classmethod
    def from_spans(cls, spans: Iterable[tuple[int, int]], text: str) -> Boundaries:
        """Boundaries at every sentence start and end, plus every line break."""
        points: list[int] = [0]
        for s, e in spans:
            points.append(s)
            points.append(e)
        points.extend(m.end() for m in re.finditer("\n", text))
        return cls(points)

    @classmethod
    def split(cls, text: str, lexicon: Lexicon) -> Boundaries:
        """A light splitter: ``.!?…`` + space before a capital or a mark, and line breaks."""
        points = [0]
        abbreviations = lexicon.sentence_abbreviations
        for m in _SENTENCE_END_RE.finditer(text):
            s, e = m.start(), m.end()
            if "\n" in text[s:e]:
                points.append(e)  # a line break always ends a sentence ("… mit 62.«\n\n")
                continue
            if e < len(text) and text[e].islower():
                continue
            if text[s] == ".":
                k = _word_start(text, s)
                word = text[k:s].casefold()
                if word in abbreviations or (
                    len(word) == 1
                    and text[k:s].isupper()
                    and word_at(text, e, len(text)) not in lexicon.determiners
                ):  # ("la muestra B. El organismo recordó": a letter, then an article)
                    continue
                if lexicon.ordinal_period and _short_number_before(text, s) and text[s + 1] == " ":
                    continue  # "am 14. Dezember": an ordinal, not a sentence end ("mit 62.«" is)
            points.append(e)
        points.extend(_glued_ends(text, abbreviations))
        points.sort()
        return cls(points)

    def before(self, pos: int) -> int:
        """The last boundary at or before ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 else 0

    def after(self, pos: int, limit: int) -> int:
        """The first boundary after ``pos`` (at most ``limit``)."""
        i = bisect.bisect_right(self.starts, pos)
        return min(self.starts[i], limit) if i < len(self.starts) else limit


def _glued_ends(text: str, abbreviations: frozenset[str]) -> list[int]:
    """Sentence ends with no space after the period (``sagte der Papst.Der ältere Bruder``):
    a word of two letters or more, ending in a lower-case letter and no abbreviation, then a
    capitalised word; not in addresses (``Jane.Doe@example.com``, ``www.x.Awesome.com``)."""
    ends = []
    for m in _GLUED_PERIOD.finditer(text):
        pos = m.start()
        if pos < 2 or not text[pos - 1].isalpha() or not text[pos - 2].isalpha():
            continue  # (a word of two letters at least ends there)
        left = text[max(0, pos - 40) : pos].split()
        right = text[pos + 1 : pos + 41].split(None, 1)
        if not left or not right:
            continue
        before, after = left[-1], right[0]
        word = _trailing_letters(before)  # (two letters at least: see the test above)
        second = after[1:2]
        if (
            len(before) + len(after) >= 40  # (no words: a long run with no space)
            or not word[-1].islower()
            or word.casefold() in abbreviations
            or any(c in before for c in "@/:.")
            or any(c in after for c in "@/")
            or not after[0].isupper()
            or second == "."  # "Ph.D.": an initial
            or (second.isalpha() and not second.islower())  # "world.USA": an acronym
        ):
            continue
        dot = after.find(".")
        if 0 <= dot < len(after) - 1 and after[dot + 1].isalnum():
            continue  # "testurl.Awesome.com"
        ends.append(pos + 1)
    return ends


def _trailing_letters(word: str) -> str:
    """The letters that end ``word``."""
    k = len(word)
    while k > 0 and word[k - 1].isalpha():
        k -= 1
    return word[k:]
