"""Statistical key-phrase extraction from one document, in the spirit of YAKE.

No corpus, no model: each candidate phrase is scored from features of its
words inside the document alone (Campos et al., "YAKE! Keyword extraction
from single documents using multiple local features", 2020):

* casing   - how often the word is capitalised mid-sentence or an acronym;
* position - words of early sentences matter more (headline, lead);
* frequency- normalised by the mean and spread of word frequencies;
* relatedness - words that appear next to many different words are
  function-like and score worse;
* spread   - words used in many different sentences are general.

A word's score S(w) is low for important words; a phrase scores
``prod S(w) / (tf(phrase) * (1 + sum S(w)))`` over its non-stopwords, and
lower is better. Phrases never cross punctuation, never start or end with a
stopword, and near-duplicates of a better phrase are dropped.
"""

from __future__ import annotations

import math
import re
import statistics
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

__all__ = ["Keyphrase", "Token", "extract_keyphrases", "split_sentences", "tokenize"]

_WORD = re.compile(r"\w+(?:-\w+)*")
_SENTENCE_END = re.compile(r"[.!?…。！？]+[\"'”»’)\]]*(?=\s)|\n\s*\n|\n")
_PHRASE_GAP = re.compile(r"[ \t\u00a0]+")  # only plain spaces may sit inside a phrase


@dataclass(frozen=True)
class Token:
    """A word of the text: its offsets, surface form and sentence."""

    start: int
    end: int
    text: str
    sentence: int
    chunk: int  # tokens of one chunk are separated by plain spaces only
    initial: bool = False  # first word of its sentence

    @property
    def key(self) -> str:
        """The case-folded form used for counting."""
        return self.text.casefold()


@dataclass
class Keyphrase:
    """A selected key phrase, its score (lower is better) and where it occurs."""

    key: str
    phrase: str
    score: float
    occurrences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How often the phrase occurs."""
        return len(self.occurrences)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A fallback sentence splitter (end punctuation and line breaks)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start:match.end()].strip():
            bounds.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def tokenize(text: str, sentences: Sequence[tuple[int, int]],
             skip: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Words of ``text`` with their sentence index, leaving out those inside ``skip``."""
    starts = [s for s, _ in sentences]
    skip_sorted = sorted(skip)
    skip_starts = [s for s, _ in skip_sorted]
    tokens: list[Token] = []
    chunk = 0
    previous_end = -1
    previous_sentence = -1
    for match in _WORD.finditer(text):
        start, end = match.span()
        if _inside(start, skip_sorted, skip_starts):
            previous_end = -1
            continue
        sentence = max(0, bisect_right(starts, start) - 1)
        gap = text[previous_end:start] if previous_end >= 0 else ""
        if previous_end < 0 or sentence != previous_sentence or not _PHRASE_GAP.fullmatch(gap):
            chunk += 1
        tokens.append(Token(start, end, match.group(), sentence, chunk,
                            initial=sentence != previous_sentence))
        previous_end, previous_sentence = end, sentence
    return tokens


def _inside(position: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    index = bisect_right(starts, position) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _is_word(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _stop_flags(tokens: Sequence[Token], stopwords: Collection[str],
                names_by_case: bool) -> list[bool]:
    """Which tokens act as stopwords.

    With ``names_by_case`` a stopword capitalised mid-sentence next to another
    capitalised word is part of a name (``Un`` in "Kim Jong Un"), and an
    all-capitals one is an acronym (``US``); neither is a stopword there.
    """
    flags = [t.key in stopwords for t in tokens]
    if not names_by_case:
        return flags
    for i, token in enumerate(tokens):
        if not flags[i] or token.initial or not token.text[:1].isupper():
            continue
        if len(token.text) > 1 and token.text.isupper():
            flags[i] = False
            continue
        neighbours = [tokens[j] for j in (i - 1, i + 1)
                      if 0 <= j < len(tokens) and tokens[j].chunk == token.chunk]
        if any(n.text[:1].isupper() and n.key not in stopwords for n in neighbours):
            flags[i] = False
    return flags


@dataclass
class _TermStats:
    tf: int = 0
    upper: int = 0
    acronym: int = 0
    sentences: list[int] = field(default_factory=list)
    left: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)


def _term_scores(tokens: Sequence[Token], stopwords: Collection[str],
                 window: int) -> dict[str, float]:
    stats: dict[str, _TermStats] = defaultdict(_TermStats)
    by_sentence: dict[int, list[Token]] = defaultdict(list)
    for token in tokens:
        by_sentence[token.sentence].append(token)
    for sentence_tokens in by_sentence.values():
        for i, token in enumerate(sentence_tokens):
            st = stats[token.key]
            st.tf += 1
            st.sentences.append(token.sentence)
            if len(token.text) > 1 and token.text.isupper():
                st.acronym += 1
            elif i > 0 and token.text[:1].isupper():
                st.upper += 1
            for other in sentence_tokens[max(0, i - window):i]:
                st.left[other.key] += 1
            for other in sentence_tokens[i + 1:i + 1 + window]:
                st.right[other.key] += 1
    content = [st.tf for key, st in stats.items() if key not in stopwords and _is_word(key)]
    content = content or [st.tf for key, st in stats.items() if _is_word(key)]
    if not content:
        return {}
    mean_tf = statistics.fmean(content)
    std_tf = statistics.pstdev(content)
    max_tf = max(content)
    n_sentences = max(1, len(by_sentence))
    scores: dict[str, float] = {}
    for key, st in stats.items():
        if not _is_word(key):
            continue
        casing = max(st.upper, st.acronym) / (1.0 + math.log(st.tf))
        position = math.log(math.log(3.0 + statistics.median(st.sentences)))
        frequency = st.tf / (mean_tf + std_tf)
        left = len(st.left) / sum(st.left.values()) if st.left else 0.0
        right = len(st.right) / sum(st.right.values()) if st.right else 0.0
        relatedness = 1.0 + (left + right) * st.tf / max_tf
        spread = len(set(st.sentences)) / n_sentences
        scores[key] = (relatedness * position) / (
            casing + frequency / relatedness + spread / relatedness)
    return scores


def extract_keyphrases(text: str, sentences: Sequence[tuple[int, int]] | None = None, *,
                       stopwords: Collection[str] = frozenset(), top: int = 10,
                       max_words: int = 3, min_chars: int = 3, window: int = 2,
                       dedup: float = 0.8, names_by_case: bool = True,
                       skip: Sequence[tuple[int, int]] = ()) -> list[Keyphrase]:
    """The ``top`` key phrases of ``text``, best first.

    ``sentences`` are (start, end) offsets (found here when None);
    ``stopwords`` are case-folded words that may not start or end a phrase;
    one-word phrases need ``min_chars`` characters; ``window`` is the
    co-occurrence window for relatedness; a phrase whose similarity (0-1) to
    a better one exceeds ``dedup`` is dropped; ``names_by_case`` lets
    capitalisation mark names (turn it off for languages that capitalise all
    nouns, such as German); text inside ``skip`` spans is ignored. A phrase
    of several words must occur twice unless it is a name. The result is
    deterministic.
    """
    if sentences is None:
        sentences = split_sentences(text)
    tokens = tokenize(text, sentences, skip)
    stop = {w.casefold() for w in stopwords}
    scores = _term_scores(tokens, stop, window)
    if not scores:
        return []
    is_stop = _stop_flags(tokens, stop, names_by_case)
    occurrences: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    content_words: dict[tuple[str, ...], set[str]] = defaultdict(set)
    names: set[tuple[str, ...]] = set()  # capitalised multi-word phrases
    for i in range(len(tokens)):
        for n in range(1, max_words + 1):
            gram = tokens[i:i + n]
            if len(gram) < n or gram[-1].chunk != gram[0].chunk:
                break
            stops = is_stop[i:i + n]
            keys = tuple(t.key for t in gram)
            if stops[0] or stops[-1]:
                continue
            if not all(_is_word(k) for k in keys):
                continue
            if n == 1 and len(keys[0]) < min_chars:
                continue
            occurrences[keys].append((gram[0].start, gram[-1].end))
            content = [t for t, stop_word in zip(gram, stops, strict=True) if not stop_word]
            content_words[keys].update(t.key for t in content)
            if n > 1 and names_by_case and all(t.text[:1].isupper() for t in content):
                names.add(keys)
            surfaces[keys][text[gram[0].start:gram[-1].end]] += 1
    ranked: list[tuple[float, str, tuple[str, ...]]] = []
    for keys, where in occurrences.items():
        product, total = 1.0, 0.0
        for key in sorted(content_words[keys]):
            if key in scores:
                product *= scores[key]
                total += scores[key]
        if len(keys) > 1 and len(where) < 2 and keys not in names:
            continue  # a one-off multi-word phrase is noise unless it is a name
        score = product / (len(where) * (1.0 + total))
        ranked.append((score, " ".join(keys), keys))
    ranked.sort()
    chosen: list[Keyphrase] = []
    for score, joined, keys in ranked:
        if len(chosen) >= top:
            break
        if any(_redundant(keys, joined, c, dedup) for c in chosen):
            continue
        surface = min(surfaces[keys].items(), key=lambda item: (-item[1], item[0]))[0]
        chosen.append(Keyphrase(joined, surface, score, sorted(occurrences[keys])))
    return chosen


def _redundant(keys: tuple[str, ...], joined: str, better: Keyphrase, dedup: float) -> bool:
    """True when a phrase repeats a better one: one inside the other, or too similar."""
    other = tuple(better.key.split(" "))
    if _contains(other, keys) or _contains(keys, other):
        return True
    return dedup < 1.0 and SequenceMatcher(None, joined, better.key).ratio() > dedup


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    size = len(inner)
    return any(outer[i:i + size] == inner for i in range(len(outer) - size + 1))

