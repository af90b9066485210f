"""Helpers for the summarise tests: build the layers the upstream steps would add."""

from __future__ import annotations

import re

import textmill

_SENTENCE = re.compile(r"\S.*?(?:[.!?…]+[\"'”’»)]*(?=\s|$)|$)", re.DOTALL)
_LINE = re.compile(r"[^\n]+")
_TERMINAL = ".!?…\"'”’»)"


def add_sentences(doc: textmill.Document, *, label_headings: bool = True) -> None:
    """A simple splitter: lines, then final punctuation followed by space.

    A line without final punctuation becomes one sentence labelled ``heading``
    (the convention of ``split_sentences``) when ``label_headings`` is true.
    """
    for line in _LINE.finditer(doc.text):
        body = line.group()
        if not body.strip():
            continue
        heading = body.rstrip()[-1] not in _TERMINAL
        for match in _SENTENCE.finditer(body):
            start, end = line.start() + match.start(), line.start() + match.end()
            text = doc.text[start:end].rstrip()
            end = start + len(text)
            if end > start:
                doc.add_span("sentences", start, end,
                             label="heading" if heading and label_headings else None)


def mark_lines(doc: textmill.Document, prefixes: list[str], kind: str = "interface") -> None:
    """Mark the lines starting with any of ``prefixes`` as boilerplate."""
    for line in _LINE.finditer(doc.text):
        if any(line.group().startswith(p) for p in prefixes):
            doc.add_span("boilerplate", line.start(), line.end(), label=kind)


def summarise(doc: textmill.Document, **params: object) -> textmill.Document:
    """Run the ``summarise`` step through a real pipeline on a prepared document."""
    pipe = textmill.load({
        "version": 1, "name": "test-summarise", "on_error": "fail",
        "assumes": ["spans.sentences", "spans.boilerplate", "lang"],
        "steps": [{"step": "summarise", "params": dict(params)}],
    })
    return pipe(doc)
