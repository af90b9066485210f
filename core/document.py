"""The document model: immutable text with stand-off span layers.

A :class:`Document` holds its ``text`` unchanged for its whole life. Steps
annotate it by adding :class:`Span` objects (character offsets into ``text``)
to named layers, by setting ``lang``, and by setting document-level ``attrs``.

The JSON record produced by :meth:`Document.to_dict` is textmill's public
output format; it only ever changes additively::

    {"id": "...", "text": "...", "meta": {...}, "lang": "it",
     "spans": {"sentences": [{"start": 0, "end": 52, "step": "split_sentences"}]},
     "attrs": {"summary": "..."}}

A document that failed carries an ``errors`` list as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["Document", "Span", "SpanError"]


class SpanError(ValueError):
    """A span's offsets do not fit the document's text."""


class Span:
    """A stand-off annotation: ``text[start:end]`` of the document it belongs to.

    ``step`` records which pipeline step produced the span (its provenance);
    the runner fills it in, so step code never has to.
    """

    __slots__ = ("attrs", "end", "label", "start", "step")

    def __init__(
        self,
        start: int,
        end: int,
        label: str | None = None,
        attrs: dict[str, Any] | None = None,
        step: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.attrs = attrs
        self.step = step

    def to_dict(self) -> dict[str, Any]:
        """The span as a JSON-ready dict; empty optional fields are omitted."""
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.label is not None:
            out["label"] = self.label
        if self.attrs:
            out["attrs"] = self.attrs
        if self.step is not None:
            out["step"] = self.step
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Build a span from :meth:`to_dict` output."""
        return cls(
            int(data["start"]),
            int(data["end"]),
            data.get("label"),
            dict(data["attrs"]) if data.get("attrs") else None,
            data.get("step"),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (
            self.start == other.start
            and self.end == other.end
            and self.label == other.label
            and (self.attrs or None) == (other.attrs or None)
            and self.step == other.step
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.label, self.step))

    def __repr__(self) -> str:
        extra = f", label={self.label!r}" if self.label is not None else ""
        if self.attrs:
            extra += f", attrs={self.attrs!r}"
        return f"Span({self.start}, {self.end}{extra})"


class Document:
    """One text and everything the pipeline found in it.

    ``text`` is read-only. ``spans`` maps layer names to lists of spans;
    ``attrs`` holds document-level results (``attrs["summary"]``, ...).
    """

    __slots__ = ("_failure", "_step", "_text", "attrs", "errors", "id", "lang", "meta", "spans")

    def __init__(
        self,
        text: str,
        id: str = "",
        meta: dict[str, Any] | None = None,
        lang: str | None = None,
        spans: dict[str, list[Span]] | None = None,
        attrs: dict[str, Any] | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        if not isinstance(text, str):
            raise TypeError(f"document {id!r}: text must be str, not {type(text).__name__}")
        self._text = text
        self.id = id
        self.meta: dict[str, Any] = meta if meta is not None else {}
        self.lang = lang
        self.spans: dict[str, list[Span]] = spans if spans is not None else {}
        self.attrs: dict[str, Any] = attrs if attrs is not None else {}
        self.errors: list[dict[str, Any]] = errors if errors is not None else []
        self._step: str | None = None  # the running step's id, for span provenance
        self._failure: BaseException | None = None  # the exception behind errors[-1]

    @classmethod
    def unreadable(cls, doc_id: str, error_type: str, message: str,
                   meta: dict[str, Any] | None = None) -> Document:
        """A failed document for input that could not be read: empty text, ``step`` null."""
        return cls("", id=doc_id, meta=meta or {},
                   errors=[{"step": None, "type": error_type, "message": message}])

    @property
    def text(self) -> str:
        """The original text; no step may change it."""
        return self._text

    @property
    def failed(self) -> bool:
        """True when a step failed on this document."""
        return bool(self.errors)

    # -- layers -----------------------------------------------------------
    def layer(self, name: str) -> list[Span]:
        """The spans of layer ``name`` (an empty list when absent)."""
        return self.spans.get(name, [])

    def has_layer(self, name: str) -> bool:
        """True when layer ``name`` exists (even if empty)."""
        return name in self.spans

    def add_span(
        self,
        layer: str,
        start: int,
        end: int,
        label: str | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> Span:
        """Append a span to ``layer`` after checking its offsets; return it."""
        if not (0 <= start <= end <= len(self._text)):
            raise SpanError(
                f"document {self.id!r}: span ({start}, {end}) in layer {layer!r} is outside "
                f"the text (length {len(self._text)})"
            )
        span = Span(start, end, label, attrs, self._step)
        self.spans.setdefault(layer, []).append(span)
        return span

    def set_layer(self, layer: str, spans: list[Span]) -> None:
        """Replace ``layer`` with ``spans`` (offsets checked, provenance filled)."""
        size = len(self._text)
        for span in spans:
            if not (0 <= span.start <= span.end <= size):
                raise SpanError(
                    f"document {self.id!r}: span ({span.start}, {span.end}) in layer "
                    f"{layer!r} is outside the text (length {size})"
                )
            if span.step is None:
                span.step = self._step
        self.spans[layer] = spans

    def span_text(self, span: Span) -> str:
        """The text a span covers."""
        return self._text[span.start : span.end]

    def layer_texts(self, layer: str) -> Iterator[str]:
        """The texts of every span in ``layer``, in order."""
        text = self._text
        for span in self.spans.get(layer, ()):
            yield text[span.start : span.end]

    # -- serialisation ------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The public JSON record of this document."""
        out: dict[str, Any] = {
            "id": self.id,
            "text": self._text,
            "meta": self.meta,
            "lang": self.lang,
            "spans": {name: [s.to_dict() for s in spans] for name, spans in self.spans.items()},
            "attrs": self.attrs,
        }
        if self.errors:
            out["errors"] = self.errors
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (or a plain input record)."""
        text = data.get("text")
        if not isinstance(text, str):
            raise ValueError(f"record {data.get('id')!r}: 'text' must be a string")
        spans = {
            str(name): [Span.from_dict(s) for s in items]
            for name, items in (data.get("spans") or {}).items()
        }
        size = len(text)
        for name, items in spans.items():
            for index, span in enumerate(items):
                if not (0 <= span.start <= span.end <= size):
                    raise SpanError(
                        f"record {data.get('id')!r}: span {index} ({span.start}, {span.end}) "
                        f"in layer {name!r} is outside the text (length {size})"
                    )
        return cls(
            text,
            id=str(data.get("id", "")),
            meta=dict(data.get("meta") or {}),
            lang=data.get("lang"),
            spans=spans,
            attrs=dict(data.get("attrs") or {}),
            errors=list(data.get("errors") or []),
        )

    def to_json(self) -> str:
        """One line of JSON (the JSONL record), keys in a fixed order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str) -> Document:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(line))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        preview = self._text[:40].replace("\n", " ")
        layers = ", ".join(f"{k}={len(v)}" for k, v in self.spans.items())
        return f"Document(id={self.id!r}, lang={self.lang!r}, text={preview!r}..., spans[{layers}])"
