"""The ``attribute_quotes`` step: find quotations and who said them."""

from __future__ import annotations

from typing import Any, ClassVar

import textmill
from textmill import Document, Param

from .attribute import Attributor, QuoteOptions, attribute_segments
from .incise import split_incises
from .indirect import find_indirect
from .lexicon import load_lexicon
from .marks import scan_quotes
from .names import build_index
from .text import Boundaries, DocTokens

__all__ = ["AttributeQuotes"]


class AttributeQuotes(textmill.Step):
    """Find direct and partial quotations and attribute them to speakers."""

    name = "attribute_quotes"
    description = (
        "Find quotations (all common quotation-mark styles) and attribute them to "
        "speakers, resolving surnames, roles and pronouns across the document."
    )
    uses = ("lang", "spans.sentences", "spans.boilerplate")
    provides = ("spans.quotes",)
    params: ClassVar[dict[str, Param]] = {
        "language": Param(str | None, None, "language code overriding doc.lang"),
        "skip_boilerplate": Param(bool, True, "ignore text under the boilerplate layer"),
        "keep_unattributed": Param(
            bool, True, "keep long sentence-like quotations with no speaker (speaker null)"
        ),
        "min_unattributed_words": Param(
            int, 6, "fewest words for an unattributed quotation", minimum=1
        ),
        "min_partial_words": Param(
            int,
            3,
            "fewest words for a lower-case quoted phrase with no cue (0: never keep one)",
            minimum=0,
        ),
        "follow_on_chars": Param(
            int,
            1500,
            "an unattributed quotation this close after a speaker's quote is theirs",
            minimum=0,
        ),
        "guess_speakers": Param(
            bool,
            True,
            "give a kept quotation with no cue the nearby speaker "
            "(low confidence, resolved_by: nearby) instead of null",
        ),
        "indirect": Param(
            bool, False, "also mark reported speech (X said that …) as kind indirect"
        ),
        "max_quote_chars": Param(
            int,
            4000,
            "an unclosed quotation is cut at the next line break after this many characters",
            minimum=1,
        ),
    }

    def setup(self) -> None:
        """Read the options once."""
        opts = self.options
        self.language: str | None = opts.get("language")
        self.skip_boilerplate: bool = bool(opts.get("skip_boilerplate", True))
        self.max_quote_chars: int = int(opts.get("max_quote_chars", 4000))
        self.indirect: bool = bool(opts.get("indirect", False))
        self.quote_options = QuoteOptions(
            keep_unattributed=bool(opts.get("keep_unattributed", True)),
            min_unattributed_words=int(opts.get("min_unattributed_words", 6)),
            follow_on_chars=int(opts.get("follow_on_chars", 1500)),
            min_partial_words=int(opts.get("min_partial_words", 3)),
            guess_speakers=bool(opts.get("guess_speakers", True)),
        )

    def process(self, doc: Document) -> None:
        """Add the ``quotes`` layer to ``doc``."""
        for span in annotate(
            doc.text,
            self.language or doc.lang,
            self._skip(doc),
            self._sentences(doc),
            self.quote_options,
            self.max_quote_chars,
            self.indirect,
        ):
            doc.add_span(
                "quotes", span["start"], span["end"], label=span["kind"], attrs=span["attrs"]
            )
        doc.spans.setdefault("quotes", [])

    def _skip(self, doc: Document) -> list[tuple[int, int]]:
        if not self.skip_boilerplate:
            return []
        return sorted((s.start, s.end) for s in doc.layer("boilerplate"))

    @staticmethod
    def _sentences(doc: Document) -> list[tuple[int, int]] | None:
        if not doc.has_layer("sentences"):
            return None
        return [(s.start, s.end) for s in doc.layer("sentences")]


def annotate(
    text: str,
    lang: str | None,
    skip: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    options: QuoteOptions | None = None,
    max_quote_chars: int = 4000,
    indirect: bool = False,
) -> list[dict[str, Any]]:
    """The quotations of ``text`` as plain dicts (``start``, ``end``, ``kind``, ``attrs``)."""
    lex = load_lexicon(lang)
    skip = skip or []
    segs = [
        s
        for s in scan_quotes(text, lex.marks, max_quote_chars)
        if not _overlaps(s.open_at, s.close_at, skip)
    ]
    segs = split_incises(text, segs, lex)  # «… —explica—, …»: two segments and their cue
    if not segs and not (indirect and lex.complementizers):
        return []
    bounds = Boundaries.from_spans(sentences, text) if sentences else Boundaries.split(text, lex)
    # names and words after the last quotation's attribution window are never needed
    limit = None if indirect else (segs[-1].close_at + 400 if segs else 0)
    doc_tokens = DocTokens(text, limit, lex.glued_name_particles)
    index = build_index(
        text, lex, skip, doc_tokens, limit=limit, quoted=[(s.start, s.end) for s in segs]
    )
    out = []
    options = options or QuoteOptions()
    worker = Attributor(text, lex, bounds, index, options, doc_tokens)
    for att in attribute_segments(worker, segs):
        seg, res = att.segment, att.resolved
        attrs: dict[str, Any] = {
            "speaker": res.speaker,
            "speaker_span": [att.mention.start, att.mention.end]
            if att.mention is not None and att.mention.kind != "implicit"
            else (list(res.antecedent) if res.antecedent else None),
            "cue": att.cue.text if att.cue is not None else None,
            "kind": att.kind,
            "confidence": round(att.confidence, 2),
            "quote_id": att.quote_id,
            "resolved_by": att.how,
        }
        if len(res.speakers) > 1:
            attrs["speakers"] = list(res.speakers)
        if att.source:
            attrs["source"] = att.source
        if not seg.closed:
            attrs["unclosed"] = True
        out.append({"start": seg.start, "end": seg.end, "kind": att.kind, "attrs": attrs})
    if indirect:
        for ind in find_indirect(text, lex, doc_tokens, bounds, index, worker.resolver, skip):
            res = ind.resolved
            span = (
                [ind.mention.start, ind.mention.end]
                if ind.mention and ind.mention.kind != "implicit"
                else (list(res.antecedent) if res.antecedent else None)
            )
            attrs = {
                "speaker": res.speaker,
                "speaker_span": span,
                "cue": ind.cue.text,
                "kind": "indirect",
                "confidence": 0.6 if res.speaker else 0.3,
                "resolved_by": res.resolved_by,
            }
            if len(res.speakers) > 1:
                attrs["speakers"] = list(res.speakers)
            out.append({"start": ind.start, "end": ind.end, "kind": "indirect", "attrs": attrs})
        out.sort(key=lambda q: (q["start"], q["end"]))
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
