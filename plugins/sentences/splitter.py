"""Rule-based sentence boundary detection over the untouched text.

One ``finditer`` over a compiled event pattern finds every place a sentence
could end (final marks with their closing quotes, line breaks, list bullets,
list markers); each event is then judged with cheap set look-ups against the
language's data. Quotations and bracketed asides are found with one more
pattern, list-marker sequences with another. No pattern can backtrack more
than linearly: every repetition is over disjoint character sets and match
starts are anchored at the beginning of a run.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .rules import Rules

__all__ = ["NEWLINE_MODES", "Sentence", "split"]

NEWLINE_MODES = ("headlines", "always", "never")

Sentence = tuple[int, int, bool]  # start, end, is_heading

_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_ROMAN = re.compile(r"[IVXLCDM]+")
_NUMBER = re.compile(r"[-+±$€£¥]?\d[\d.,]*")
_WORD_LOOKBACK = 64
_GLUED_PERIOD = re.compile(r"(?<=\w)\.(?=[^\W\d_])")  # "Papst.Der": no space after it


def split(text: str, rules: Rules, newlines: str = "headlines") -> list[Sentence]:
    """Sentence spans of ``text``: ``(start, end, is_heading)``, trimmed, in order."""
    if newlines not in NEWLINE_MODES:
        raise ValueError(f"split_on_newlines must be one of {NEWLINE_MODES}, got {newlines!r}")
    cuts = _boundaries(text, rules, newlines)
    return _spans(text, cuts, rules)


# -- boundaries ----------------------------------------------------------------


class _Regions:
    """Quotations and asides: boundaries strictly inside one are suppressed."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str, rules: Rules) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        if rules.regions is not None:
            for m in rules.regions.finditer(text):
                self.starts.append(m.start())
                self.ends.append(m.end())

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos - 1) - 1
        return i >= 0 and pos < self.ends[i]


def _list_markers(text: str, rules: Rules) -> tuple[set[int], list[int]]:
    """Markers of numbered/lettered lists (``1.``, ``2)``, ``b.``) in sequences.

    Returns the positions of the marker values (no sentence ends right after
    them) and the cut positions before each item (before its bullet, if any).
    """
    values: set[int] = set()
    cuts: list[int] = []
    previous: tuple[int, int, int] | None = None  # (value, cut position, value position)
    value_re = rules.marker_value
    for m in rules.markers.finditer(text):
        sep = m.start()
        lo = sep - 5 if sep > 5 else 0
        v = value_re.search(text, lo, sep)
        if v is None or (v.start() == lo and lo > 0):
            continue
        raw = v.group(1)
        value = int(raw) if raw.isdigit() else ord(raw) - 96
        value_pos = v.start()
        cut = value_pos
        k = cut - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 0 and text[k] in rules.bullets:
            cut = k
        if previous is not None and value == previous[0] + 1 and not _blank_line(
                text, previous[1], cut):
            if previous[2] not in values and _opens_list(text, previous[1], rules):
                values.add(previous[2])
                cuts.append(previous[1])
            if previous[2] in values:
                values.add(value_pos)
                cuts.append(cut)
        previous = (value, cut, value_pos)
    return values, cuts


def _blank_line(text: str, start: int, end: int) -> bool:
    nl = text.find("\n", start, end)
    while nl != -1:
        nxt = text.find("\n", nl + 1, end)
        if nxt == -1:
            return False
        if not text[nl + 1 : nxt].strip():
            return True
        nl = nxt
    return False


def _opens_list(text: str, pos: int, rules: Rules) -> bool:
    """The first marker of a list stands at a line start or after ``:`` or a final mark."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    return k < 0 or text[k] == "\n" or text[k] == ":" or text[k] in rules.terminals


def _boundaries(text: str, rules: Rules, newlines: str) -> list[int]:
    regions = _Regions(text, rules)
    marker_values, cuts = _list_markers(text, rules)
    size = len(text)
    sentence_start = 0
    last_term_end = -1
    closers = rules.closers
    if rules.bullet_re is not None:
        for b in rules.bullet_re.finditer(text):
            if b.start() > 0 and not (regions.starts and regions.inside(b.start())):
                cuts.append(b.start())
    bullets = sorted(cuts)  # bullets and list items start sentences
    glued = _glued_cuts(text, rules, regions)
    cuts.extend(glued)
    next_bullet = 0
    for m in rules.events.finditer(text):
        kind = m.lastgroup
        start, end = m.start(), m.end()
        while next_bullet < len(bullets) and bullets[next_bullet] <= start:
            sentence_start = max(sentence_start, bullets[next_bullet])
            next_bullet += 1
        if kind == "term":
            last_term_end = end
            if regions.starts and regions.inside(end):
                continue
            opened = glued[bisect_right(glued, start) - 1] if glued and glued[0] < start else 0
            cut = _judge_term(
                text, m.group(), start, end, max(sentence_start, opened), marker_values, rules
            )
            if cut >= 0:
                cuts.append(cut)
                sentence_start = cut
        elif kind == "nl":
            if newlines == "never" and m.group().count("\n") < 2:
                continue
            if m.group().count("\n") >= 2 or newlines == "always":
                cuts.append(start)
                sentence_start = end
                continue
            # headlines: a line with no final punctuation ends a sentence
            k = start - 1
            while k >= 0 and text[k] in " \t\r":
                k -= 1
            if k < 0 or last_term_end == k + 1 or text[k] in rules.continuation_marks:
                continue
            if text[k] in closers and last_term_end > k - 8 and last_term_end > sentence_start:
                continue
            if end < size and text[end].islower():
                continue  # wrapped prose: the sentence goes on
            cuts.append(start)
            sentence_start = end
    return cuts


def _glued_cuts(text: str, rules: Rules, regions: _Regions) -> list[int]:
    """Sentence ends with no space after the period, as scraped text loses paragraph breaks
    (``sagte der Papst.Der ältere Bruder``, ``Hello world.Today is Tuesday.Mr. Smith``):
    a period between a word of two letters or more that ends in a lower-case letter (or a
    number that is no ordinal or list item) and a capitalised word. Abbreviations
    (``St.Gallen``, ``z.B.Bernd``, ``Ph.D.``), addresses and the names in them
    (``Jane.Doe@example.com``, ``www.testurl.Awesome.com``) and acronyms (``world.USA``)
    are left alone."""
    cuts = []
    for m in _GLUED_PERIOD.finditer(text):
        pos = m.start()
        left_words = text[max(0, pos - _WORD_LOOKBACK) : pos].split()
        right_words = text[pos + 1 : pos + 1 + _WORD_LOOKBACK].split(None, 1)
        if not left_words or not right_words:
            continue
        left, right = left_words[-1].lstrip(rules.openers), right_words[0]
        if len(left) + len(right) >= _WORD_LOOKBACK:
            continue  # no words: a long run of characters with no space
        if not _glued_sentence_end(left, rules) or not _glued_sentence_start(right):
            continue
        if regions.starts and regions.inside(pos + 1):
            continue
        cuts.append(pos + 1)
    return cuts


def _glued_sentence_end(left: str, rules: Rules) -> bool:
    """``left`` (the characters before a glued period, back to a space) ends a sentence."""
    if not left or any(c in left for c in "@/:.") or left.casefold().startswith("www"):
        return False
    if left[-1].isdigit():  # "bought 1,000.That", not "die 3.Liga" or "1.Helado, 2.Carne"
        return _is_number(left) and (len(left) > 3 or not left.isdigit())
    word = left
    for k in range(len(left) - 1, -1, -1):
        if not left[k].isalpha():
            word = left[k + 1 :]
            break
    lower = word.lower()
    return (
        len(word) >= 2
        and word[-1].islower()
        and lower not in rules.abbreviations
        and lower not in rules.titles
        and lower not in rules.ending_abbreviations
    )


def _glued_sentence_start(right: str) -> bool:
    """``right`` (the characters after a glued period, up to a space) opens a sentence: a
    capitalised word (``Today``, ``Mr.``, ``I``), no address (``Awesome.com``, ``Doe@…``)."""
    if "@" in right or "/" in right:
        return False
    dot = right.find(".")
    if dot >= 0 and dot + 1 < len(right) and right[dot + 1].isalnum():
        return False
    if len(right) > 1 and right[1] == ".":
        return False  # "Ph.D.": an initial
    return right[0].isupper() and (
        len(right) == 1 or not right[1].isalpha() or right[1].islower()
    )


def _judge_term(text: str, cluster: str, start: int, end: int, sentence_start: int,
                marker_values: set[int], rules: Rules) -> int:
    """Where a sentence ends at this cluster of final marks: a cut position, or -1."""
    nxt = rules.next_token.match(text, end)
    assert nxt is not None  # the pattern can match the empty string
    word = nxt.group("word")
    if not word and nxt.end() >= len(text):
        return end  # end of text
    opener = nxt.group("open")
    first = word[:1]
    if first:
        nature = "lower" if first.islower() else "digit" if first.isdigit() else "upper"
    else:
        follow = text[nxt.end()] if nxt.end() < len(text) else ""
        nature = "ellipsis" if follow in (".", "…") and not opener else "other"
    closers = rules.closers
    lead_closed = cluster[0] in closers
    trail_closed = cluster[-1] in closers

    # ! ? and other unambiguous marks
    if not rules.strong_terminals.isdisjoint(cluster):
        return -1 if nature == "lower" else end

    dots = cluster.count(".")
    if "…" in cluster or dots >= 3:
        return _judge_ellipsis(text, cluster, start, end, nature, rules)
    if nature == "lower" and (trail_closed or lead_closed):
        return -1  # '"This is great." she said' / '(... engineer.) at the'
    if lead_closed or dots == 2:
        return -1 if nature == "lower" else end  # '... "quoted".', 'Nov.. Grazie'

    # a single period attached to a word: abbreviation, number or sentence end?
    token, token_start = _token_before(text, start, rules)
    if token_start < sentence_start:  # "Tuesday.Hr. Smith": the word after a glued end
        token, token_start = text[sentence_start:start], sentence_start
    if not token:
        return end
    if token_start in marker_values:
        return -1
    lower = token.lower()
    if _at_sentence_start(text, sentence_start, token_start, rules) and _is_marker_like(token):
        return -1  # "1. The first item", "a. ..."
    if lower in rules.titles:
        return -1 if nature != "other" else end
    if lower in rules.number_abbreviations and nature == "digit":
        return -1
    if _is_number(token):
        if trail_closed:
            return -1 if nature == "lower" else end  # "auch mit 62.« Sein …": no ordinal
        if rules.ordinal_period and (_is_small_number(token) or _ROMAN.fullmatch(token)):
            return _judge_abbreviation(text, word, nature, False, start, sentence_start, rules,
                                       end)
        return -1 if nature == "lower" else end  # "la 3. edizione"
    if rules.ordinal_period and _ROMAN.fullmatch(token) and len(token) > 1:
        return _judge_abbreviation(text, word, nature, False, start, sentence_start, rules, end)
    if _is_abbreviation(token, lower, rules):
        if opener[:1] == "(":
            return -1  # "Inc. (“Company A”)": an aside after an abbreviation
        ending = lower in rules.ending_abbreviations
        return _judge_abbreviation(text, word, nature, ending, start, sentence_start, rules, end)
    return end


def _judge_abbreviation(text: str, word: str, nature: str, ending: bool, start: int,
                        sentence_start: int, rules: Rules, end: int) -> int:
    if nature in ("lower", "digit", "other"):
        return -1
    if nature == "ellipsis" or word in rules.sentence_starters:
        return end
    if ending and text.count(" ", max(sentence_start, start - 48), start) >= 3:
        return end  # "... at 6 P.M. Mr. Smith", not "At 5 a.m. Mr. Smith"
    return -1


def _judge_ellipsis(text: str, cluster: str, start: int, end: int, nature: str,
                    rules: Rules) -> int:
    core = cluster.strip(rules.closers)
    after_core = cluster[len(cluster.lstrip(rules.closers)) + len(core):]
    if start > 0 and text[start - 1] in "[(" and after_core[:1] in "])":
        return -1  # "[...]" marks an omission
    if " " in core:
        attached = start > 0 and not text[start - 1].isspace()
        if nature not in ("upper", "ellipsis"):
            return -1
        if attached and cluster.startswith(". ."):
            return start + 1  # "compounds. . . . The": the ellipsis opens the next one
        return end if core.count(".") >= 4 else -1
    return -1 if nature == "lower" else end


def _token_before(text: str, start: int, rules: Rules) -> tuple[str, int]:
    """The word a period is attached to, without opening marks or an elided article."""
    lo = start - _WORD_LOOKBACK if start > _WORD_LOOKBACK else 0
    chunk = text[lo:start]
    if not chunk or chunk[-1].isspace():
        return "", start
    parts = chunk.rsplit(None, 1)
    token = parts[-1]
    token_start = start - len(token)
    stripped = token.lstrip(rules.openers)
    if "'" in stripped or "’" in stripped:
        elided = re.split(r"['’]", stripped)[-1]
        if elided:
            stripped = elided
    return stripped, start - len(stripped) if stripped else token_start


def _at_sentence_start(text: str, sentence_start: int, token_start: int, rules: Rules) -> bool:
    """Only bullets, opening marks and spaces stand between the sentence start and the token."""
    if token_start < sentence_start or token_start - sentence_start > 8:
        return False
    gap = text[sentence_start:token_start]
    return not gap.strip().strip(rules.bullets + rules.openers)


def _is_marker_like(token: str) -> bool:
    return (token.isdigit() and len(token) <= 3) or (len(token) == 1 and token.isalpha())


def _is_number(token: str) -> bool:
    return _NUMBER.fullmatch(token) is not None


def _is_small_number(token: str) -> bool:
    return token.isdigit() and len(token) <= 3


def _is_abbreviation(token: str, lower: str, rules: Rules) -> bool:
    if lower in rules.abbreviations or lower in rules.ending_abbreviations:
        return True
    if len(token) == 1:
        return token.isalpha()  # an initial: "Sarah J. Miller"
    if "." not in token or "@" in token or "/" in token:
        return False
    if _ACRONYM.fullmatch(token):
        return True  # U.S, a.m, т.г
    if any(ch.isdigit() for ch in token):
        return False
    last = lower.rsplit(".", 1)[-1]
    return last not in rules.top_level_domains and not lower.startswith("www.")


# -- spans -----------------------------------------------------------------------


def _spans(text: str, cuts: list[int], rules: Rules) -> list[Sentence]:
    size = len(text)
    points = sorted(set(cuts))
    out: list[Sentence] = []
    prev = 0
    for cut in [*points, size]:
        if cut <= prev:
            continue
        seg = text[prev:cut]
        body = seg.lstrip()
        if body:
            s = prev + len(seg) - len(body)
            e = s + len(body.rstrip())
            out.append((s, e, _is_heading(text, s, e, rules)))
        prev = cut
    return out


def _is_heading(text: str, s: int, e: int, rules: Rules) -> bool:
    """A whole line with no final punctuation, ended by a line break or the text's end."""
    k = e - 1
    closers = rules.closers
    while k > s and text[k] in closers:
        k -= 1
    if text[k] in rules.terminals or text[k] in rules.continuation_marks:
        return False
    if text.find("\n", s, e) != -1:
        return False
    before = s - 1
    while before >= 0 and text[before] != "\n" and text[before].isspace():
        before -= 1
    if before >= 0 and text[before] != "\n":
        return False  # something else precedes it on its line
    after = e
    size = len(text)
    while after < size and text[after] != "\n" and text[after].isspace():
        after += 1
    if after < size:
        return text[after] == "\n"
    return before >= 0  # the text's last line, after a line break
