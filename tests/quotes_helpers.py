"""Helpers for the quotation tests: run ``attribute_quotes`` on one text."""

from __future__ import annotations

from typing import Any

from textmill import Document
from textmill.plugins.quotes import AttributeQuotes


def run(text: str, lang: str | None = "en", **params: Any) -> list[tuple[str, dict[str, Any]]]:
    """(quoted text, attrs) of every span the step puts in the ``quotes`` layer."""
    options = {**AttributeQuotes.spec().defaults(), **params}
    doc = Document(text, id="t", lang=lang)
    AttributeQuotes(options).process(doc)
    return [(doc.span_text(s), s.attrs) for s in doc.layer("quotes")]


def speakers(text: str, lang: str = "en", **params: Any) -> list[tuple[str, str | None]]:
    """(quoted text, speaker) of every direct or partial quotation."""
    return [(q, a["speaker"]) for q, a in run(text, lang, **params) if a["kind"] != "indirect"]
