"""``detect_language`` with ``backend: lingua``: the same step contract on lingua-py.

lingua is imported only when a pipeline uses this backend, and each distinct
detector (candidate languages, accuracy mode) is built once per process.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

import textmill
from textmill import Document, Param

__all__ = ["LinguaDetectLanguage", "detector_for"]

UNDETERMINED = "und"
_TOP = 3
_INSTALL_HINT = (
    "the lingua backend of detect_language needs the lingua-language-detector package: "
    "install textmill[lingua] (pip install 'textmill[lingua]')"
)


def _lingua() -> Any:
    try:
        import lingua
    except ImportError as exc:
        raise RuntimeError(_INSTALL_HINT) from exc
    return lingua


@functools.lru_cache(maxsize=8)
def detector_for(languages: tuple[str, ...] | None, low_accuracy: bool) -> Any:
    """A lingua detector for ISO 639-1 ``languages`` (all when None); cached per process."""
    lingua = _lingua()
    if languages is None:
        builder = lingua.LanguageDetectorBuilder.from_all_languages()
    else:
        codes = []
        for code in languages:
            try:
                codes.append(lingua.IsoCode639_1.from_str(code.lower()))
            except ValueError:
                raise ValueError(f"lingua does not know the language {code!r}") from None
        if len(codes) < 2:
            raise ValueError(f"need at least two candidate languages, got {list(languages)}")
        builder = lingua.LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


@functools.lru_cache(maxsize=128)
def _code(language: Any) -> str:
    return str(language.iso_code_639_1.name.lower())


def _sample(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    half = max_chars // 2
    head = text[:half].rsplit(" ", 1)[0]
    tail = text[-half:].split(" ", 1)[-1]
    return f"{head}\n{tail}"


class LinguaDetectLanguage(textmill.Step):
    """Detect the document's language with lingua (``backend: lingua``)."""

    name = "detect_language"
    backend = "lingua"
    description = "Detect the document's language with lingua-py; per-block in blocks mode."
    provides = ("lang", "attrs.language", "spans.languages")
    params: ClassVar[dict[str, Param]] = {
        "languages": Param(list[str] | None, None,
                           "candidate languages (ISO 639-1); null = all lingua knows"),
        "max_chars": Param(int, 1000, "analyse at most about this many characters "
                           "(longer texts: beginning and end)", minimum=20),
        "min_chars": Param(int, 1, "fewer letters than this gives 'und'", minimum=1),
        "min_confidence": Param(float, 0.0, "a lower top confidence gives 'und'",
                                minimum=0.0, maximum=1.0),
        "low_accuracy": Param(bool, False, "lingua's low-accuracy mode (smaller, faster)"),
        "mode": Param(str, "document", "document: doc.lang only; blocks: also a 'languages' "
                      "layer with one span per block", choices=("document", "blocks")),
        "block_unit": Param(str, "lines", "blocks are non-blank lines or blank-line "
                            "separated paragraphs", choices=("lines", "paragraphs")),
    }

    def setup(self) -> None:
        o = self.options
        languages = tuple(o["languages"]) if o["languages"] is not None else None
        self.detector = detector_for(languages, o["low_accuracy"])
        self.max_chars: int = o["max_chars"]
        self.min_chars: int = o["min_chars"]
        self.min_confidence: float = o["min_confidence"]
        self.blocks_mode = o["mode"] == "blocks"
        self.block_unit: str = o["block_unit"]

    def identify(self, text: str) -> dict[str, Any]:
        """The ``attrs.language`` record for ``text``."""
        sample = _sample(text, self.max_chars)
        if sum(1 for ch in sample if ch.isalpha()) < self.min_chars:
            return {"lang": UNDETERMINED, "confidence": 0.0, "candidates": []}
        values = self.detector.compute_language_confidence_values(sample)
        ranked: list[tuple[str, float]] = []
        for value in values[:_TOP]:  # sorted, most likely first
            confidence = round(value.value, 4)
            if confidence <= 0:
                break
            ranked.append((_code(value.language), confidence))
        if not ranked:
            return {"lang": UNDETERMINED, "confidence": 0.0, "candidates": []}
        lang, confidence = ranked[0]
        if confidence < self.min_confidence:
            lang = UNDETERMINED
        return {"lang": lang, "confidence": confidence,
                "candidates": [[code, p] for code, p in ranked]}

    def process(self, doc: Document) -> None:
        found = self.identify(doc.text)
        doc.lang = found["lang"]
        doc.attrs["language"] = found
        if not self.blocks_mode:
            return
        doc.set_layer("languages", [])
        for start, end in textmill.text_blocks(doc.text, self.block_unit):
            block = self.identify(doc.text[start:end])
            doc.add_span("languages", start, end, label=block["lang"],
                         attrs={"confidence": block["confidence"]})
