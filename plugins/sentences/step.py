"""The ``split_sentences`` step: a ``sentences`` layer of stand-off spans."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import textmill
from textmill import Document, Param, Span

from .rules import rules_for
from .splitter import NEWLINE_MODES, split

__all__ = ["SplitSentences", "split_offsets"]


def split_offsets(text: str, language: str | None = None,
                  split_on_newlines: str = "headlines",
                  extra_abbreviations: str | None = None) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets of ``text`` (the step without a Document)."""
    rules = rules_for(language, extra_abbreviations)
    return [(s, e) for s, e, _ in split(text, rules, split_on_newlines)]


class SplitSentences(textmill.Step):
    """Split the text into sentences (rule-based, multilingual, offset-exact)."""

    name = "split_sentences"
    description = ("Split the text into sentences: a `sentences` layer; headline, title and "
                   "byline lines get label 'heading'.")
    uses = ("lang",)
    provides = ("spans.sentences",)
    params: ClassVar[Mapping[str, Param]] = {
        "language": Param(str | None, None,
                          "language code of the rules to use; default: the document's lang"),
        "split_on_newlines": Param(
            str, "headlines",
            "headlines: a line without final punctuation ends a sentence; always: every line "
            "break does; never: only blank lines do",
            choices=NEWLINE_MODES),
        "extra_abbreviations": Param(
            str | None, None,
            "path of a YAML file (same keys as the package data) or a .txt file with one "
            "abbreviation per line, merged over the language data"),
    }

    def setup(self) -> None:
        self.language: str | None = self.options["language"]
        self.newlines: str = self.options["split_on_newlines"]
        self.extra: str | None = self.options["extra_abbreviations"]
        if self.language is not None:
            rules_for(self.language, self.extra)  # load now: a bad file fails at setup

    def process(self, doc: Document) -> None:
        rules = rules_for(self.language or doc.lang, self.extra)
        spans = [Span(s, e, "heading" if heading else None)
                 for s, e, heading in split(doc.text, rules, self.newlines)]
        doc.set_layer("sentences", spans)
