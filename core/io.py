"""Input and output: readers, writers, input discovery and safe output files.

Formats are plugins. A plugin contributes :class:`Reader` and :class:`Writer`
objects through the ``textmill_register_readers`` and
``textmill_register_writers`` hooks (the built-in ``text``, ``jsonl``,
``json`` and ``pretty`` formats arrive the same way)::

    @textmill.hookimpl
    def textmill_register_readers():
        return [textmill.Reader("csv", (".csv",), read_csv, "one document per row")]

    def read_csv(source: textmill.io.InputSource, options: textmill.io.ReadOptions):
        with source.open() as stream:          # binary
            ...
            yield textmill.Document(text, id=f"{source.id}:{row}")

A reader never stops the run on bad input: it yields an error record instead
(see :func:`error_document`, :func:`decode_text`, :func:`json_line_document`).

Output files are never left truncated. :class:`JournalledOutput` appends each
finished record to ``PATH.partial`` (JSONL, flushed as it goes) and publishes
``PATH`` atomically (same-folder temporary file, fsync, ``os.replace``) only
when the run is complete; a later run with ``resume=True`` skips the
documents already in the journal.
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

from .document import Document
from .errors import TextmillError

__all__ = [
    "PARTIAL_SUFFIX",
    "AtomicFile",
    "FormatError",
    "FormatRegistry",
    "InputError",
    "InputSource",
    "JournalledOutput",
    "ReadOptions",
    "Reader",
    "Writer",
    "decode_text",
    "discover_inputs",
    "document_from_record",
    "error_document",
    "json_line_document",
    "read_inputs",
    "readers_of",
    "stdin_source",
    "write_jsonl",
    "writers_of",
]

PARTIAL_SUFFIX = ".partial"
STDIN = "-"
_SNIFF_BYTES = 8192
_FLUSH_SECONDS = 0.5
_RECORD_KEYS = ("meta", "lang", "spans", "attrs", "errors")


class InputError(TextmillError):
    """An input path or option cannot be used (a usage error, not a bad document)."""


class FormatError(TextmillError):
    """A format is unknown, ambiguous, or registered by more than one plugin."""


# -- the plugin-facing types ----------------------------------------------------------


@dataclass(frozen=True)
class ReadOptions:
    """How readers map input records to documents."""

    text_field: str = "text"
    id_field: str = "id"


@dataclass(frozen=True)
class InputSource:
    """One input: a file, or standard input.

    ``name`` is shown in messages (the path as given, or ``<stdin>``); ``id``
    is the default document id (the path relative to the input root, without
    suffix); ``open()`` returns a binary stream.
    """

    name: str
    id: str
    path: Path | None = None
    stream: BinaryIO | None = field(default=None, compare=False, repr=False)

    def open(self) -> BinaryIO:
        """A binary stream of the input (standard input is not closed on exit)."""
        if self.path is not None:
            return self.path.open("rb")
        if self.stream is None:
            raise InputError(f"input {self.name} has neither a path nor a stream")
        return _Unclosable(self.stream)  # type: ignore[return-value]


@dataclass(frozen=True)
class Reader:
    """An input format.

    ``read(source, options)`` yields documents (error records for unreadable
    input, never an exception for bad data); ``suffixes`` are the file
    suffixes it handles (``(".txt", ".md")``); ``sniff(head)`` optionally says
    whether the first bytes of standard input look like this format;
    ``count(source)`` optionally counts the documents in a file cheaply (for
    the progress bar's total).
    """

    format: str
    suffixes: tuple[str, ...]
    read: Callable[[InputSource, ReadOptions], Iterable[Document]]
    description: str = ""
    sniff: Callable[[bytes], bool] | None = None
    count: Callable[[InputSource], int] | None = None


@dataclass(frozen=True)
class Writer:
    """An output format: ``write(docs, stream)`` writes every document to a text stream."""

    format: str
    suffixes: tuple[str, ...]
    write: Callable[[Iterable[Document], TextIO], None]
    description: str = ""


class _Unclosable:
    """A stream proxy whose ``close`` (and ``with`` exit) leaves the stream open."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def __enter__(self) -> _Unclosable:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def close(self) -> None:
        return None


# -- building documents and error records ---------------------------------------------


def error_document(doc_id: str, error_type: str, message: str,
                   meta: dict[str, Any] | None = None) -> Document:
    """An error record for input that could not be read: empty text, ``step`` null."""
    return Document.unreadable(doc_id, error_type, message, meta)


def decode_text(data: bytes, source: InputSource) -> Document:
    """A plain-text document from a file's bytes, or an error record.

    Empty input, binary data (NUL bytes) and invalid UTF-8 become error
    records naming the file (and the byte, line and column of bad UTF-8). A
    UTF-8 byte-order mark is dropped; line endings are kept as they are.
    """
    meta = {"source": source.name}
    if not data:
        return error_document(source.id, "EmptyInput", f"{source.name}: the file is empty", meta)
    nul = data.find(b"\0")
    if nul >= 0:
        return error_document(source.id, "BinaryInput",
                              f"{source.name}: binary data (NUL byte at offset {nul}), "
                              "not a text file", meta)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return error_document(
            source.id, "UnicodeDecodeError",
            f"{source.name}:{line}:{column}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at "
            f"offset {exc.start}: {exc.reason}); convert the file to UTF-8", meta)
    return Document(text, id=source.id, meta=meta)


def document_from_record(record: Any, source: InputSource, line: int,
                         options: ReadOptions, *, index: int | None = None,
                         default_id: str | None = None) -> Document:
    """A document from one decoded JSON input record, or an error record.

    The text comes from ``options.text_field`` and the id from
    ``options.id_field`` (when absent: ``default_id``, else
    ``<source id>:<index>`` for element ``index`` of a JSON array, else
    ``<source id>:<line>``). ``meta``, ``lang``, ``spans`` and ``attrs`` are
    kept (so textmill output can be fed back in); other top-level fields are
    moved into ``meta``; ``errors`` of an earlier run are dropped. Error
    messages name the file and line (and the array element, from 0).
    """
    where = f"{source.name}:{line}"
    position: dict[str, Any] = {"source": source.name, "line": line}
    if index is not None:
        where = f"{where}: element {index}"
        position["index"] = index
    fallback_id = default_id or f"{source.id}:{line if index is None else index}"
    if not isinstance(record, dict):
        return error_document(fallback_id, "InvalidRecord",
                              f"{where}: expected a JSON object, got {type(record).__name__}",
                              position)
    raw_id = record.get(options.id_field)
    doc_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    text = record.get(options.text_field)
    if not isinstance(text, str):
        got = "no such field" if text is None else f"got {type(text).__name__}"
        return error_document(doc_id, "InvalidRecord",
                              f"{where}: field {options.text_field!r} must be a string "
                              f"({got}); use --text-field to name another field",
                              position)
    meta = record.get("meta")
    meta = dict(meta) if isinstance(meta, dict) else ({} if meta is None else {"meta": meta})
    for key, value in record.items():
        if key not in (options.text_field, options.id_field, *_RECORD_KEYS):
            meta.setdefault(key, value)
    data = {key: record[key] for key in ("lang", "spans", "attrs") if key in record}
    try:
        return Document.from_dict({**data, "id": doc_id, "text": text, "meta": meta})
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        # the text is good: keep it (and the meta) so nothing of the input is lost
        return Document(text, id=doc_id, meta={**meta, **position}, errors=[
            {"step": None, "type": "InvalidRecord",
             "message": f"{where}: {type(exc).__name__}: {exc}"}])


def json_line_document(raw: bytes, source: InputSource, line: int,
                       options: ReadOptions) -> Document:
    """A document from one JSONL line (bytes), or an error record naming file and line."""
    where = f"{source.name}:{line}"
    meta = {"source": source.name, "line": line}
    if line == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return error_document(f"{source.id}:{line}", "UnicodeDecodeError",
                              f"{where}:{exc.start + 1}: not valid UTF-8 ({exc.reason})", meta)
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return error_document(f"{source.id}:{line}", "JSONDecodeError",
                              f"{where}:{exc.colno}: malformed JSON line: {exc.msg}", meta)
    return document_from_record(record, source, line, options)


def write_jsonl(docs: Iterable[Document], stream: TextIO) -> None:
    """The canonical output: one :meth:`Document.to_json` record per line."""
    for doc in docs:
        stream.write(doc.to_json())
        stream.write("\n")


# -- format registries ------------------------------------------------------------------


class FormatRegistry:
    """Readers or writers contributed by plugins, by format name and by suffix."""

    def __init__(self, kind: str, entries: Sequence[tuple[str, Reader | Writer]]) -> None:
        self.kind = kind
        self._by_format: dict[str, list[tuple[str, Any]]] = {}
        for plugin, item in entries:
            self._by_format.setdefault(item.format, []).append((plugin, item))

    @property
    def formats(self) -> list[str]:
        """Every format name, sorted."""
        return sorted(self._by_format)

    def items(self) -> list[tuple[str, Any]]:
        """(plugin name, reader or writer) pairs, sorted by format."""
        return [entry for name in self.formats for entry in self._by_format[name]]

    def get(self, format_name: str) -> Any:
        """The reader/writer named ``format_name``; FormatError when unknown or contested."""
        providers = self._by_format.get(format_name)
        if not providers:
            known = ", ".join(self.formats) or "none"
            raise FormatError(f"unknown {self.kind} format {format_name!r} (known: {known})")
        if len(providers) > 1:
            plugins = ", ".join(repr(p) for p, _ in providers)
            raise FormatError(f"{self.kind} format {format_name!r} is registered by more than "
                              f"one plugin: {plugins}; block one with TEXTMILL_BLOCK_PLUGINS")
        return providers[0][1]

    def for_suffix(self, suffix: str) -> Any | None:
        """The reader/writer whose suffixes include ``suffix`` (case-insensitive), if any."""
        suffix = suffix.lower()
        names = [name for name, entries in self._by_format.items()
                 if any(suffix in (s.lower() for s in item.suffixes) for _, item in entries)]
        if not names:
            return None
        if len(names) > 1:
            raise FormatError(f"suffix {suffix!r} is claimed by {self.kind} formats "
                              f"{', '.join(sorted(names))}; choose one explicitly")
        return self.get(names[0])


def readers_of(host: Any) -> FormatRegistry:
    """The readers contributed through ``host`` (a :class:`textmill.PluginHost`)."""
    return FormatRegistry("input", _contributed(host, "textmill_register_readers", Reader))


def writers_of(host: Any) -> FormatRegistry:
    """The writers contributed through ``host`` (a :class:`textmill.PluginHost`)."""
    return FormatRegistry("output", _contributed(host, "textmill_register_writers", Writer))


def _contributed(host: Any, hook_name: str, kind: type[Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for info, item in host.contributions(hook_name):
        if isinstance(item, kind):
            out.append((info.name, item))
        else:
            host._fail_once(info, f"{hook_name}() returned {item!r}, "
                                  f"not a textmill.{kind.__name__}")
    return out


# -- discovering and reading inputs -------------------------------------------------------


def discover_inputs(paths: Sequence[str], *, glob: str | None = None,
                    exclude: Iterable[Path] = ()) -> list[InputSource]:
    """Turn command-line inputs into sources, in a deterministic order.

    A file is one source (id: its name without suffix). A folder is searched
    recursively for regular files, skipping hidden ones, sorted by relative
    path (ids: the relative path without suffix); ``glob`` filters them
    (matched against the relative path when it holds ``/``, else the file
    name). ``-`` is standard input. Raises :class:`InputError` for a missing
    path.
    """
    excluded = {p.resolve() for p in exclude}
    sources: list[InputSource] = []
    for raw in paths:
        if raw == STDIN:
            sources.append(InputSource("<stdin>", "stdin"))
            continue
        path = Path(raw)
        if path.is_dir():
            sources.extend(_folder_sources(path, glob, excluded))
        elif path.is_file():
            sources.append(InputSource(raw, path.stem, path))
        elif path.exists():
            raise InputError(f"{raw}: not a regular file or folder")
        else:
            raise InputError(f"{raw}: no such file or folder")
    return sources


def _folder_sources(root: Path, glob: str | None, excluded: set[Path]) -> list[InputSource]:
    found: list[tuple[str, Path]] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or name.endswith(PARTIAL_SUFFIX):
                continue
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            if glob is not None and not fnmatch.fnmatchcase(
                    relative if "/" in glob else name, glob):
                continue
            if path.resolve() in excluded or not path.is_file():
                continue
            found.append((relative, path))
    found.sort()
    return [InputSource(str(path), _strip_suffix(relative), path) for relative, path in found]


def _strip_suffix(relative: str) -> str:
    head, _, name = relative.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return f"{head}/{stem}" if head else stem


def stdin_source(stream: BinaryIO | None = None) -> tuple[InputSource, bytes]:
    """Standard input as a source, with its first bytes (for format sniffing) unconsumed."""
    raw: Any = stream if stream is not None else sys.stdin.buffer
    if not hasattr(raw, "peek"):
        raw = _PeekableStream(raw)
    head = bytes(raw.peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
    return InputSource("<stdin>", "stdin", None, raw), head


class _PeekableStream:
    """Adds ``peek`` to a binary stream that lacks it (keeps what was peeked)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._head = b""

    def peek(self, size: int = 1) -> bytes:
        if len(self._head) < size:
            self._head += self._stream.read(size - len(self._head)) or b""
        return self._head

    def read(self, size: int = -1) -> bytes:
        head, self._head = self._head, b""
        if size < 0:
            return head + self._stream.read()
        if len(head) >= size:
            self._head = head[size:]
            return head[:size]
        return head + (self._stream.read(size - len(head)) or b"")

    def readline(self, size: int = -1) -> bytes:
        if self._head:
            cut = self._head.find(b"\n")
            if cut >= 0:
                line, self._head = self._head[: cut + 1], self._head[cut + 1:]
                return line
            head, self._head = self._head, b""
            return head + self._stream.readline()
        return self._stream.readline(size)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self) -> None:
        return None


def read_inputs(sources: Iterable[tuple[InputSource, Reader]],
                options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """Every document of every source, in order; a reader that breaks becomes an error record.

    A reader that raises (an unreadable file, a bug) yields one error record
    for its source (with ``step`` null) and the run goes on.
    """
    for source, reader in sources:
        try:
            yield from reader.read(source, options)
        except OSError as exc:
            yield error_document(source.id, type(exc).__name__,
                                 f"{source.name}: cannot read: {exc.strerror or exc}",
                                 {"source": source.name})
        except Exception as exc:
            yield error_document(source.id, type(exc).__name__,
                                 f"{source.name}: reader {reader.format!r} failed: {exc}",
                                 {"source": source.name})


# -- safe output files --------------------------------------------------------------------


class AtomicFile:
    """A text file that appears at ``path`` complete or not at all.

    Writes go to a hidden temporary file in the same folder; :meth:`commit`
    flushes, fsyncs and renames it over ``path``; :meth:`discard` (or leaving
    a ``with`` block by an exception) deletes it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        folder = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        self.tmp = Path(tmp)
        os.chmod(fd, 0o666 & ~_umask())
        self.stream: TextIO = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        """Publish the file at ``path``."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self.tmp, self.path)
        _fsync_folder(self.path.parent)

    def discard(self) -> None:
        """Drop the temporary file; ``path`` is untouched."""
        if not self.stream.closed:
            self.stream.close()
        with contextlib.suppress(FileNotFoundError):
            self.tmp.unlink()

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is not None or not self.stream.closed:
            self.discard()


class JournalledOutput:
    """An output file written through a resumable journal.

    Each record is appended to ``PATH.partial`` (JSONL; flushed every
    half-second and at the end); :meth:`commit` turns the journal into
    ``PATH`` in the requested format, atomically, and removes the journal.
    The journal is never mistaken for output: it has its own name, and an
    interrupted write (a last line without its newline) is cut off when the
    journal is reopened with ``resume=True``. Without ``resume`` an old
    journal is discarded.
    """

    def __init__(self, path: str | Path, writer: Writer, *, resume: bool = False) -> None:
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + PARTIAL_SUFFIX)
        self.writer = writer
        self.done: Counter[str] = Counter()
        if resume:
            self._prepare_resume()
        else:
            self.partial.unlink(missing_ok=True)
        self._stream: TextIO = self.partial.open("a", encoding="utf-8", newline="\n",
                                                 buffering=1 << 20)
        self._flushed = time.monotonic()

    @property
    def resumed(self) -> int:
        """How many records the journal already held when the run started."""
        return sum(self.done.values())

    def _prepare_resume(self) -> None:
        if not self.partial.exists() and self.path.exists():
            self._seed_from_output()
        if self.partial.exists():
            self.done = _read_journal_ids(self.partial)

    def _seed_from_output(self) -> None:
        """Start the journal from a finished output file (jsonl or json)."""
        with AtomicFile(self.partial) as seed:
            if self.writer.write is write_jsonl:
                with self.path.open(encoding="utf-8", newline="") as src:
                    for line in src:
                        seed.stream.write(line)
            elif self.writer.format == "json":
                records = json.loads(self.path.read_text(encoding="utf-8"))
                write_jsonl((Document.from_dict(r) for r in records), seed.stream)
            else:
                raise InputError(f"cannot resume from {self.path}: its {self.writer.format} "
                                 f"format cannot be read back and no {self.partial.name} exists")
            seed.commit()

    def append(self, doc: Document) -> None:
        """Record a finished document."""
        self._stream.write(doc.to_json())
        self._stream.write("\n")
        now = time.monotonic()
        if now - self._flushed >= _FLUSH_SECONDS:
            self._stream.flush()
            self._flushed = now

    def close(self) -> None:
        """Flush and close the journal, keeping it for a later ``resume``."""
        if not self._stream.closed:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()

    def commit(self) -> None:
        """Write ``PATH`` from the journal atomically, then delete the journal."""
        self.close()
        if self.writer.write is write_jsonl:
            os.replace(self.partial, self.path)
            _fsync_folder(self.path.parent)
            return
        with AtomicFile(self.path) as out:
            self.writer.write(_journal_documents(self.partial), out.stream)
            out.commit()
        self.partial.unlink()


def _read_journal_ids(partial: Path) -> Counter[str]:
    """Ids in a journal; an unfinished or corrupt tail is cut off so it is redone."""
    done: Counter[str] = Counter()
    good = 0
    with partial.open("rb") as stream:
        for raw in stream:
            if not raw.endswith(b"\n"):
                break
            try:
                done[str(json.loads(raw)["id"])] += 1
            except (ValueError, KeyError, TypeError):
                break
            good += len(raw)
    if good < partial.stat().st_size:
        with partial.open("r+b") as stream:
            stream.truncate(good)
    return done


def _journal_documents(partial: Path) -> Iterator[Document]:
    with partial.open(encoding="utf-8") as stream:
        for line in stream:
            yield Document.from_json(line)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
