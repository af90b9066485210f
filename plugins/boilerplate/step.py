"""The ``mark_boilerplate`` step: lines and blocks that are not the article."""

from __future__ import annotations

import re
from typing import ClassVar

import textmill
from textmill import Document, Param, langdata

from .rules import ADDRESS, Rule, RuleSet, load_rule_data

__all__ = ["MarkBoilerplate"]

_WORD = re.compile(r"[^\W\d_]{2,}")
KINDS = ("interface", "credit", "note", "byline", "foreign")

Piece = tuple[int, int, str, str]  # start, end, kind, rule


class MarkBoilerplate(textmill.Step):
    """Mark interface lines, credits, editorial notes, bylines and foreign blocks."""

    name = "mark_boilerplate"
    description = ("Add a 'boilerplate' layer (label = interface, credit, note, byline, "
                   "foreign) over text that is not the article.")
    requires = ("lang",)
    uses = ("spans.languages",)
    provides = ("spans.boilerplate",)
    params: ClassVar[dict[str, Param]] = {
        "interface": Param(bool, True, "mark interface lines (relative times, 'read the "
                           "original', ...)"),
        "credits": Param(bool, True, "mark source credits such as (AGI/AFP)"),
        "notes": Param(bool, True, "mark editorial and AI notes (to the end of their line)"),
        "bylines": Param(bool, True, "mark byline lines ('By Jane Doe', 'di Mario Rossi')"),
        "foreign": Param(bool, True, "mark blocks of the 'languages' layer whose language "
                         "differs from the document's"),
        "foreign_min_confidence": Param(float, 0.9, "least block confidence for 'foreign'",
                                        minimum=0.0, maximum=1.0),
        "foreign_min_words": Param(int, 5, "least words for a 'foreign' block (language "
                                   "guesses on short headings are unreliable)", minimum=1),
        "max_residue_words": Param(int, 2, "a line is boilerplate when, besides rule matches "
                                   "and addresses, at most this many words remain", minimum=0),
        "rule_languages": Param(list[str] | None, None, "languages whose rule files are used "
                                "(null = every shipped file: interface text is often in "
                                "another language than the article)"),
        "extra_rules": Param(str | None, None, "path to a YAML file with more rules "
                             "(same keys as the shipped data files)"),
    }

    def setup(self) -> None:
        o = self.options
        kinds = {"interface"} if o["interface"] else set()
        kinds |= {"credit"} if o["credits"] else set()
        kinds |= {"note"} if o["notes"] else set()
        kinds |= {"byline"} if o["bylines"] else set()
        extra = langdata.load_user_file(o["extra_rules"]) if o["extra_rules"] else None
        self.rules = RuleSet(load_rule_data(o["rule_languages"], extra), kinds)
        self.foreign: bool = o["foreign"]
        self.foreign_min_confidence: float = o["foreign_min_confidence"]
        self.foreign_min_words: int = o["foreign_min_words"]
        self.max_residue_words: int = o["max_residue_words"]

    def process(self, doc: Document) -> None:
        text = doc.text
        pieces: list[Piece] = []
        for start, end in textmill.text_blocks(text):
            pieces.extend(self._line(text, start, end))
        if self.foreign:
            pieces.extend(self._foreign(doc, pieces))
        doc.set_layer("boilerplate", [])
        for start, end, kind, rule in sorted(pieces):
            doc.add_span("boilerplate", start, end, label=kind, attrs={"rule": rule})

    def _line(self, text: str, start: int, end: int) -> list[Piece]:
        line = text[start:end]
        if self.rules.bylines is not None and self.rules.bylines.fullmatch(line):
            return [(start, end, "byline", "byline")]
        matches = self._matches(line)
        if not matches:
            return []
        if self._residue_words(line, matches) <= self.max_residue_words:
            return self._partition(line, start, matches)
        # Inside a content line only a note running to the line's end is marked.
        return [
            (start + s, end, kind, rule.name)
            for s, _e, kind, rule in matches
            if rule.to_line_end and _at_sentence_start(line, s)
        ][:1]

    def _matches(self, line: str) -> list[tuple[int, int, str, Rule]]:
        found: list[tuple[int, int, str, Rule]] = []
        for rule in self.rules.rules:
            for m in rule.pattern.finditer(line):
                if m.end() > m.start():
                    stop = len(line) if rule.to_line_end else m.end()
                    found.append((m.start(), stop, rule.kind, rule))
        found.sort(key=lambda item: (item[0], -item[1]))
        kept: list[tuple[int, int, str, Rule]] = []
        for item in found:
            if kept and item[0] < kept[-1][1]:
                continue  # overlaps an earlier, longer match
            kept.append(item)
        return kept

    @staticmethod
    def _residue_words(line: str, matches: list[tuple[int, int, str, Rule]]) -> int:
        chars = list(line)
        for s, e, _kind, _rule in matches:
            chars[s:e] = " " * (e - s)
        rest = ADDRESS.sub(" ", "".join(chars))
        return len(_WORD.findall(rest))

    @staticmethod
    def _partition(line: str, start: int,
                   matches: list[tuple[int, int, str, Rule]]) -> list[Piece]:
        """Split the whole line among its matches: each piece runs to the next match."""
        out: list[Piece] = []
        for i, (s, _e, kind, rule) in enumerate(matches):
            begin = 0 if i == 0 else s
            stop = matches[i + 1][0] if i + 1 < len(matches) else len(line)
            while stop > begin and line[stop - 1].isspace():
                stop -= 1
            if out and out[-1][2] == kind:
                out[-1] = (out[-1][0], start + stop, kind, out[-1][3])
            else:
                out.append((start + begin, start + stop, kind, rule.name))
        return out

    def _foreign(self, doc: Document, marked: list[Piece]) -> list[Piece]:
        out: list[Piece] = []
        for span in doc.layer("languages"):
            label = span.label
            if label in (None, "und", doc.lang):
                continue
            confidence = float((span.attrs or {}).get("confidence", 0.0))
            if confidence < self.foreign_min_confidence:
                continue
            if any(s < span.end and span.start < e for s, e, _k, _r in marked):
                continue
            if len(_WORD.findall(doc.span_text(span))) < self.foreign_min_words:
                continue
            out.append((span.start, span.end, "foreign", f"language:{label}"))
        return out


def _at_sentence_start(line: str, pos: int) -> bool:
    before = line[:pos].rstrip()
    return not before or before[-1] in ".!?:;)»\"”"
