"""The built-in readers: plain text files, JSON Lines and JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import textmill
from textmill.io import InputSource, ReadOptions

__all__ = [
    "count_jsonl",
    "count_text",
    "read_json",
    "read_jsonl",
    "read_text",
    "sniff_json",
    "sniff_jsonl",
]

_CHUNK = 1 << 20
_HEAD_PADDING = b"\xef\xbb\xbf \t\r\n"
_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\n\r]*")  # whitespace as the JSON grammar defines it


def read_text(source: InputSource, options: ReadOptions) -> Iterator[textmill.Document]:
    """One document per file; empty, binary or non-UTF-8 files become error records."""
    with source.open() as stream:
        data = stream.read()
    yield textmill.io.decode_text(data, source)


def count_text(source: InputSource) -> int:
    """A text file is one document."""
    return 1


def read_jsonl(source: InputSource, options: ReadOptions) -> Iterator[textmill.Document]:
    """One document per non-blank line; a malformed line becomes an error record (file:line)."""
    with source.open() as stream:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield textmill.io.json_line_document(raw, source, number, options)


def sniff_jsonl(head: bytes) -> bool:
    """Standard input looks like JSONL when its first non-blank character is ``{``."""
    return head.lstrip(_HEAD_PADDING).startswith(b"{")


def count_jsonl(source: InputSource) -> int:
    """The number of lines of a JSONL file (a cheap estimate of its documents)."""
    lines = 0
    last = b"\n"
    with source.open() as stream:
        while chunk := stream.read(_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def read_json(source: InputSource, options: ReadOptions) -> Iterator[textmill.Document]:
    """A JSON array of records (one document each), or a single record object.

    Each record is read like a JSONL line (:func:`textmill.io.document_from_record`);
    a record without an id gets ``<source id>:<index>`` (index from 0), a single
    object gets the source id. The whole file is parsed in memory. An empty,
    binary or non-UTF-8 file, or invalid JSON (``file:line:column``), becomes one
    error record; a bad element becomes an error record naming the file, its line
    and its index, and the other elements are still read.
    """
    with source.open() as stream:
        decoded = textmill.io.decode_text(stream.read(), source)
    if decoded.errors:
        yield decoded
        return
    try:
        records, single = _parse(decoded.text, source)
    except _Unreadable as bad:
        yield bad.record
        return
    del decoded  # the records hold what is needed; let the text go
    if single:
        ((record, line),) = records
        yield textmill.io.document_from_record(record, source, line, options,
                                               default_id=source.id)
        return
    for index, (record, line) in enumerate(records):
        yield textmill.io.document_from_record(record, source, line, options, index=index)


def sniff_json(head: bytes) -> bool:
    """Standard input looks like a JSON array of records when it starts with ``[{`` or ``[]``."""
    rest = head.lstrip(_HEAD_PADDING)
    return rest.startswith(b"[") and rest[1:].lstrip(b" \t\r\n")[:1] in (b"{", b"]")


class _Unreadable(Exception):
    """The file holds no usable JSON; ``record`` is its one error record."""

    def __init__(self, record: textmill.Document) -> None:
        super().__init__(record.errors[0]["message"])
        self.record = record


def _parse(text: str, source: InputSource) -> tuple[list[tuple[Any, int]], bool]:
    """The records with their lines, and whether the file is one object (not an array).

    Raises :class:`_Unreadable` when the file holds no usable JSON.
    """
    meta: dict[str, Any] = {"source": source.name}
    start = _skip_whitespace(text, 0)
    if start == len(text):
        raise _Unreadable(textmill.io.error_document(
            source.id, "EmptyInput", f"{source.name}: no JSON value (only whitespace)", meta))
    line = text.count("\n", 0, start) + 1
    try:
        if text.startswith("[", start):
            return _array_elements(text, start), False
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Unreadable(textmill.io.error_document(
            source.id, "JSONDecodeError",
            f"{source.name}:{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}",
            {**meta, "line": exc.lineno})) from None
    except RecursionError:
        raise _Unreadable(textmill.io.error_document(
            source.id, "RecursionError", f"{source.name}: JSON nested too deeply to read",
            meta)) from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise _Unreadable(textmill.io.error_document(
            source.id, type(exc).__name__, f"{source.name}: cannot read JSON: {exc}",
            meta)) from None
    if not isinstance(value, dict):
        raise _Unreadable(textmill.io.error_document(
            source.id, "InvalidRecord",
            f"{source.name}:{line}: expected a JSON array of records or one record (an object), "
            f"got {type(value).__name__}", {**meta, "line": line}))
    return [(value, line)], True


def _array_elements(text: str, start: int) -> list[tuple[Any, int]]:
    """The elements of the JSON array at ``start`` (and nothing after it), with their lines.

    Each element is decoded by the standard library's decoder at its own offset,
    which gives its line for free. Malformed input raises the same
    :class:`json.JSONDecodeError` as :func:`json.loads`.
    """
    try:
        return _scan_array(text, start)
    except json.JSONDecodeError:
        # the standard library's own message and position for the first error (the
        # wording differs between Python versions, e.g. for a trailing comma in 3.13)
        json.loads(text)
        raise


def _scan_array(text: str, start: int) -> list[tuple[Any, int]]:
    elements: list[tuple[Any, int]] = []
    pos = _skip_whitespace(text, start + 1)
    if text.startswith("]", pos):
        end = pos + 1
    else:
        line, counted = 1, 0
        while True:
            value, end = _DECODER.raw_decode(text, pos)
            line += text.count("\n", counted, pos)
            counted = pos
            elements.append((value, line))
            pos = _skip_whitespace(text, end)
            if text.startswith(",", pos):
                pos = _skip_whitespace(text, pos + 1)
            elif text.startswith("]", pos):
                end = pos + 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    tail = _skip_whitespace(text, end)
    if tail != len(text):
        raise json.JSONDecodeError("Extra data", text, tail)
    return elements


def _skip_whitespace(text: str, pos: int) -> int:
    match = _WHITESPACE.match(text, pos)
    return pos if match is None else match.end()
