"""Find quotation-mark spans in a text in one linear pass.

Handles straight and typographic marks, guillemets in both directions, French
spacing, nesting (only the outermost quotation is reported), apostrophes inside
words, stray marks, and quotations that continue over paragraphs by re-opening
the mark. An unclosed quotation never runs past the end of its paragraph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import MarkPair

__all__ = ["Segment", "scan_quotes"]

_OPEN_CONTEXT = "([{<—–-/‒"
_CLOSE_CONTEXT = ".,;:!?)]}>…—–-/‒"
_FINAL = ".!?…:"
_APOSTROPHES = frozenset("'’‘")
_SPACED_OPENERS = frozenset("«‹")


@dataclass
class Segment:
    """One stretch of quoted text between marks.

    ``start``/``end`` cover the quoted words (marks and inner padding spaces
    excluded); ``open_at`` is the opening mark's offset and ``close_at`` the
    offset just after the closing mark (the paragraph end when unclosed).
    Segments of a quotation that re-opens in the following paragraph share
    ``group``.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    closed: bool
    group: int
    reopened: bool
    mark: str


@dataclass
class _Open:
    char: str
    pos: int
    closers: frozenset[str]
    symmetric: bool
    apostrophe_like: bool
    group: int
    reopened: bool


@dataclass(frozen=True)
class _MarkTables:
    """What the scanner needs to know of a language's marks (built once per mark set)."""

    openers: dict[str, list[MarkPair]]
    closer_chars: frozenset[str]
    pattern: re.Pattern[str] | None  # any mark or a line break; None without marks


@functools.lru_cache(maxsize=64)
def _mark_tables(marks: tuple[MarkPair, ...]) -> _MarkTables:
    openers: dict[str, list[MarkPair]] = {}
    for pair in marks:
        openers.setdefault(pair.open, []).append(pair)
    chars = {p.open for p in marks} | {p.close for p in marks}
    pattern = re.compile("[" + re.escape("".join(sorted(chars))) + "\n]") if chars else None
    return _MarkTables(openers, frozenset(p.close for p in marks), pattern)


class _Scanner:
    def __init__(self, text: str, tables: _MarkTables, max_chars: int) -> None:
        self.text = text
        self.max_chars = max_chars
        self.openers = tables.openers
        self.closer_chars = tables.closer_chars
        self.stack: list[_Open] = []
        self.out: list[Segment] = []
        self.next_group = 0
        self.pending_group: tuple[int, str, int] | None = None  # (group, opener, line start)

    # -- helpers ------------------------------------------------------------
    def _char(self, i: int) -> str:
        return self.text[i] if 0 <= i < len(self.text) else "\n"

    def _emit(self, entry: _Open, inner_end: int, close_at: int, closed: bool) -> None:
        text = self.text
        start, end = entry.pos + 1, inner_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            self.out.append(
                Segment(
                    start, end, entry.pos, close_at, closed, entry.group, entry.reopened, entry.char
                )
            )

    # -- events ---------------------------------------------------------------
    def mark(self, i: int, c: str) -> None:
        prev, nxt = self._char(i - 1), self._char(i + 1)
        if c in _APOSTROPHES and prev.isalnum() and nxt.isalnum():
            return  # apostrophe inside a word: l'Ucraina, shouldn't
        if c == "'" and (prev == "'" or nxt == "'"):
            return  # '' is wiki markup or a typing error, not a quotation mark
        for depth in range(len(self.stack) - 1, -1, -1):
            entry = self.stack[depth]
            if c in entry.closers and self._can_close(entry, prev, nxt):
                del self.stack[depth:]  # anything opened inside and left open was stray
                if not self.stack:
                    self._emit(entry, i, i + 1, True)
                return
        self._try_open(i, c, prev, nxt)

    @staticmethod
    def _can_close(entry: _Open, prev: str, nxt: str) -> bool:
        if entry.symmetric or entry.apostrophe_like:
            # "…" and '…' close after text and are not followed by a letter
            return not prev.isspace() and not nxt.isalnum()
        return True

    def _try_open(self, i: int, c: str, prev: str, nxt: str) -> None:
        pairs = self.openers.get(c)
        if not pairs:
            return
        if not (prev.isspace() or prev in _OPEN_CONTEXT or prev in self.openers):
            return
        if nxt == "\n" or (nxt.isspace() and c not in _SPACED_OPENERS):
            return
        symmetric = any(p.symmetric for p in pairs)
        apostrophe_like = any(p.apostrophe_like for p in pairs)
        if symmetric and self.stack and self.stack[-1].char == c:
            self.stack.pop()  # a second opener of the same kind: the first one was stray
        group, reopened = self.next_group, False
        if not self.stack and self.pending_group is not None:
            pgroup, pchar, line_start = self.pending_group
            if pchar == c and self.text[line_start:i].strip() == "":
                group, reopened = pgroup, True
        if not self.stack:
            self.pending_group = None
            if not reopened:
                self.next_group += 1
        self.stack.append(
            _Open(
                c, i, frozenset(p.close for p in pairs), symmetric, apostrophe_like, group, reopened
            )
        )

    def newline(self, i: int) -> None:
        if not self.stack:
            return
        text = self.text
        j = i + 1
        blank = False
        while j < len(text) and text[j].isspace():
            if text[j] == "\n":
                blank = True
            j += 1
        k = i - 1
        while k >= 0 and text[k] in " \t\r":
            k -= 1
        last = text[k] if k >= 0 else "\n"
        bottom = self.stack[0]
        ends_sentence = last in _FINAL or last in self.closer_chars
        reopens = j < len(text) and text[j] == bottom.char
        too_long = i - bottom.pos > self.max_chars
        if reopens and (blank or ends_sentence):
            self._emit(bottom, k + 1, k + 1, False)
            self.stack.clear()
            self.pending_group = (bottom.group, bottom.char, i + 1)
        elif blank or ends_sentence or too_long or j >= len(text):
            self._emit(bottom, k + 1, k + 1, False)
            self.stack.clear()

    def finish(self) -> list[Segment]:
        if self.stack:
            end = len(self.text)
            self._emit(self.stack[0], end, end, False)
            self.stack.clear()
        return self.out


def scan_quotes(text: str, marks: Sequence[MarkPair], max_chars: int = 4000) -> list[Segment]:
    """All top-level quotation segments of ``text``, in order."""
    tables = _mark_tables(tuple(marks))
    if tables.pattern is None:
        return []
    scanner = _Scanner(text, tables, max_chars)
    for match in tables.pattern.finditer(text):
        c = match.group()
        if c == "\n":
            scanner.newline(match.start())
        else:
            scanner.mark(match.start(), c)
    return scanner.finish()
