"""The built-in readers: plain text files and JSON Lines."""

from __future__ import annotations

from collections.abc import Iterator

import textmill
from textmill.io import InputSource, ReadOptions

__all__ = ["count_jsonl", "read_jsonl", "read_text", "sniff_jsonl"]

_CHUNK = 1 << 20


def read_text(source: InputSource, options: ReadOptions) -> Iterator[textmill.Document]:
    """One document per file; empty, binary or non-UTF-8 files become error records."""
    with source.open() as stream:
        data = stream.read()
    yield textmill.io.decode_text(data, source)


def read_jsonl(source: InputSource, options: ReadOptions) -> Iterator[textmill.Document]:
    """One document per non-blank line; a malformed line becomes an error record (file:line)."""
    with source.open() as stream:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield textmill.io.json_line_document(raw, source, number, options)


def sniff_jsonl(head: bytes) -> bool:
    """Standard input looks like JSONL when its first non-blank character is ``{``."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def count_jsonl(source: InputSource) -> int:
    """The number of lines of a JSONL file (a cheap estimate of its documents)."""
    lines = 0
    last = b"\n"
    with source.open() as stream:
        while chunk := stream.read(_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")
