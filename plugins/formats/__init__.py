"""Built-in textmill plugin: the input and output formats of ``textmill run``.

Readers: ``text`` (``.txt``, ``.md``: one document per file), ``jsonl``
(``.jsonl``, ``.ndjson``: one document per line) and ``json`` (``.json``: an
array of records, one document each, or a single record object; parsed whole
in memory, so large inputs belong in JSONL). Writers: ``jsonl`` (the public
record format), ``json`` (an array of records, which the ``json`` reader reads
back) and ``pretty`` (a rich terminal rendering). They are registered through
the same hooks a third party uses.
"""

from __future__ import annotations

import textmill

from .pretty import write_pretty
from .readers import (
    count_jsonl,
    count_text,
    read_json,
    read_jsonl,
    read_text,
    sniff_json,
    sniff_jsonl,
)
from .writers import write_json

__all__ = ["textmill_register_readers", "textmill_register_writers"]


@textmill.hookimpl
def textmill_register_readers() -> list[textmill.Reader]:
    """The built-in input formats."""
    return [
        textmill.Reader("text", (".txt", ".md"), read_text,
                        "plain UTF-8 text, one document per file (id: path without suffix)",
                        count=count_text),
        textmill.Reader("jsonl", (".jsonl", ".ndjson"), read_jsonl,
                        "one JSON object per line with 'id', 'text' and optional 'meta'",
                        sniff=sniff_jsonl, count=count_jsonl),
        textmill.Reader("json", (".json",), read_json,
                        "a JSON array of records like JSONL lines (or one record object), as "
                        "the json writer produces; read whole into memory, so use JSONL for "
                        "large inputs", sniff=sniff_json),
    ]


@textmill.hookimpl
def textmill_register_writers() -> list[textmill.Writer]:
    """The built-in output formats."""
    return [
        textmill.Writer("jsonl", (".jsonl", ".ndjson"), textmill.io.write_jsonl,
                        "one JSON record per line (the public record format)"),
        textmill.Writer("json", (".json",), write_json, "a JSON array of records"),
        textmill.Writer("pretty", (), write_pretty,
                        "a readable rendering: language, sentences, quotes, summary"),
    ]
