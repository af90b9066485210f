"""The ``pretty`` writer: a readable rich rendering of each document.

Shows the language, the sentences (headings marked), a table of quotes with
their speakers, boilerplate, the summary, any other layers and attributes,
and the errors of a failed document. Colours only on a terminal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

import textmill
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

__all__ = ["render_document", "write_pretty"]

MAX_SENTENCES = 60
MAX_CHARS = 160
_SHOWN_LAYERS = ("sentences", "quotes", "boilerplate", "summary")
_SHOWN_ATTRS = ("language", "summary")


def write_pretty(docs: Iterable[textmill.Document], stream: TextIO) -> None:
    """Render each document to ``stream`` (a terminal gets colours and its width)."""
    console = Console(file=stream, highlight=False, soft_wrap=False,
                      width=None if stream.isatty() else 100)
    for doc in docs:
        console.print(render_document(doc))
        console.print()


def render_document(doc: textmill.Document) -> RenderableType:
    """One document as a rich renderable."""
    parts: list[RenderableType] = [_header(doc)]
    if doc.errors:
        parts.append(_errors(doc))
    parts.extend(_sentences(doc))
    parts.extend(_quotes(doc))
    parts.extend(_boilerplate(doc))
    parts.extend(_summary(doc))
    parts.extend(_others(doc))
    title = Text(doc.id or "(no id)", style="bold")
    style = "red" if doc.errors else "cyan"
    return Panel(Group(*parts), title=title, title_align="left", border_style=style)


def _header(doc: textmill.Document) -> Text:
    language = doc.attrs.get("language")
    lang = doc.lang or "?"
    text = Text()
    text.append("language ", style="dim")
    text.append(lang, style="bold")
    if isinstance(language, dict) and isinstance(language.get("confidence"), (int, float)):
        text.append(f" ({language['confidence']:.2f})", style="dim")
    text.append("   characters ", style="dim")
    text.append(str(len(doc.text)))
    source = doc.meta.get("source")
    if source:
        text.append("   source ", style="dim")
        text.append(str(source))
    return text


def _errors(doc: textmill.Document) -> Table:
    table = Table(title="errors", title_justify="left", show_edge=False, style="red")
    table.add_column("step")
    table.add_column("type")
    table.add_column("message", overflow="fold")
    for error in doc.errors:
        step = error.get("step")
        table.add_row(Text(str(step) if step else "(reading)"), Text(str(error.get("type", ""))),
                      Text(str(error.get("message", ""))))
    return table


def _sentences(doc: textmill.Document) -> list[RenderableType]:
    spans = doc.layer("sentences")
    if not spans:
        return []
    boilerplate = doc.layer("boilerplate")
    out = Text()
    out.append(f"sentences ({len(spans)})\n", style="bold")
    for number, span in enumerate(spans[:MAX_SENTENCES], start=1):
        out.append(f"{number:>3}. ", style="dim")
        sentence = _clip(doc.span_text(span))
        kind = next((b.label or "boilerplate" for b in boilerplate
                     if b.start <= span.start and span.end <= b.end), None)
        if kind is not None:
            out.append(sentence, style="dim")
            out.append(f"  [{kind}]", style="dim")
        elif span.label == "heading":
            out.append(sentence, style="bold")
            out.append("  [heading]", style="dim")
        else:
            out.append(sentence)
        out.append("\n")
    if len(spans) > MAX_SENTENCES:
        out.append(f"     … {len(spans) - MAX_SENTENCES} more", style="dim")
    out.rstrip()
    return [out]


def _quotes(doc: textmill.Document) -> list[RenderableType]:
    spans = doc.layer("quotes")
    if not spans:
        return []
    table = Table(title=f"quotes ({len(spans)})", title_justify="left", show_lines=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("speaker", style="bold", ratio=1)
    table.add_column("quote", overflow="fold", ratio=3)
    table.add_column("cue", ratio=1)
    table.add_column("conf.", justify="right")
    for number, span in enumerate(spans, start=1):
        attrs = span.attrs or {}
        confidence = attrs.get("confidence")
        table.add_row(Text(str(number)), Text(str(attrs.get("speaker") or "?")),
                      Text(_clip(doc.span_text(span), 300)), Text(str(attrs.get("cue") or "")),
                      Text(f"{confidence:.2f}" if isinstance(confidence, (int, float)) else ""))
    return [table]


def _boilerplate(doc: textmill.Document) -> list[RenderableType]:
    spans = doc.layer("boilerplate")
    if not spans:
        return []
    table = Table(title=f"boilerplate ({len(spans)})", title_justify="left", show_edge=False)
    table.add_column("kind", style="dim")
    table.add_column("text", overflow="fold")
    for span in spans:
        table.add_row(Text(span.label or ""), Text(_clip(doc.span_text(span))))
    return [table]


def _summary(doc: textmill.Document) -> list[RenderableType]:
    summary = doc.attrs.get("summary")
    if summary is None and doc.layer("summary"):
        summary = " ".join(doc.layer_texts("summary"))
    if summary is None:
        return []
    body = summary if isinstance(summary, str) else _json(summary)
    return [Panel(Text(body), title="summary", title_align="left", border_style="green")]


def _others(doc: textmill.Document) -> list[RenderableType]:
    out = Text()
    for name, spans in doc.spans.items():
        if name not in _SHOWN_LAYERS:
            labels = sorted({s.label for s in spans if s.label})
            shown = f" ({', '.join(labels[:8])})" if labels else ""
            out.append(f"layer {name}: {len(spans)} spans{shown}\n", style="dim")
    for key, value in doc.attrs.items():
        if key not in _SHOWN_ATTRS:
            out.append(f"{key}: ", style="dim")
            out.append(_clip(_json(value)) + "\n")
    out.rstrip()
    return [out] if out.plain else []


def _clip(text: str, limit: int = MAX_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        return repr(value)
