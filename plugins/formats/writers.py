"""The built-in JSON writer (JSONL is :func:`textmill.io.write_jsonl`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

import textmill

__all__ = ["write_json"]


def write_json(docs: Iterable[textmill.Document], stream: TextIO) -> None:
    """A JSON array of records, one record per line, streamed."""
    stream.write("[")
    separator = "\n"
    for doc in docs:
        stream.write(separator)
        stream.write(doc.to_json())
        separator = ",\n"
    stream.write("\n]\n")
