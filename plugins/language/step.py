"""The ``detect_language`` step (default backend, on langdetect's profiles)."""

from __future__ import annotations

from typing import ClassVar

import textmill
from textmill import Document, Param

from .identify import UNDETERMINED, Identifier

__all__ = ["DetectLanguage"]


class DetectLanguage(textmill.Step):
    """Detect the document's language (ISO 639-1 or ``und``), optionally per block."""

    name = "detect_language"
    description = "Detect the document's language (langdetect profiles); per-block in blocks mode."
    provides = ("lang", "attrs.language", "spans.languages")
    params: ClassVar[dict[str, Param]] = {
        "languages": Param(list[str] | None, None,
                           "candidate languages (ISO 639-1); null = all 55 langdetect knows"),
        "method": Param(str, "chain", "chain: exact character-trigram chain over langdetect's "
                        "profiles plus common words; sampling: langdetect's own seeded detector",
                        choices=("chain", "sampling")),
        "max_chars": Param(int, 1000, "analyse at most about this many characters "
                           "(longer texts: evenly spaced windows)", minimum=20),
        "min_chars": Param(int, 3, "fewer letters than this gives 'und'", minimum=1),
        "min_confidence": Param(float, 0.0, "a lower top probability gives 'und'",
                                minimum=0.0, maximum=1.0),
        "min_margin": Param(float, 1.12, "a smaller log-odds of the best candidate against "
                            "the runner-up gives 'und' (1.12: about 3 to 1)", minimum=0.0),
        "lexicon_weight": Param(float, 4.0, "weight of the per-language common-word lists "
                                "(chain method; 0 turns them off)", minimum=0.0),
        "suffix_weight": Param(float, 1.0, "weight of the per-language word endings for "
                               "words no list holds (chain method; 0 turns them off)",
                               minimum=0.0),
        "name_weight": Param(float, 0.5, "weight of capitalised words (mostly names) when "
                             "the text also has lower-case words (chain method)",
                             minimum=0.0, maximum=1.0),
        "mode": Param(str, "document", "document: doc.lang only; blocks: also a 'languages' "
                      "layer with one span per block", choices=("document", "blocks")),
        "block_unit": Param(str, "lines", "blocks are non-blank lines or blank-line "
                            "separated paragraphs", choices=("lines", "paragraphs")),
        "block_min_chars": Param(int, 3, "blocks with fewer letters are labelled 'und'",
                                 minimum=1),
        "block_max_chars": Param(int, 300, "analyse at most about this many characters of "
                                 "each block", minimum=20),
        "document_bias": Param(float, 1.0, "log-score added to the document's language when "
                               "judging a block (chain method; 0 = blocks judged alone)",
                               minimum=0.0),
        "seed": Param(int, 0, "random seed of the sampling method"),
    }

    def setup(self) -> None:
        o = self.options
        common = {
            "method": o["method"],
            "max_chars": o["max_chars"],
            "min_confidence": o["min_confidence"],
            "min_margin": o["min_margin"],
            "lexicon_weight": o["lexicon_weight"],
            "suffix_weight": o["suffix_weight"],
            "name_weight": o["name_weight"],
            "seed": o["seed"],
        }
        self.identifier = Identifier(o["languages"], min_chars=o["min_chars"], **common)
        self.block_identifier = Identifier(o["languages"], min_chars=o["block_min_chars"],
                                           **{**common, "max_chars": o["block_max_chars"]})
        self.blocks_mode = o["mode"] == "blocks"
        self.block_unit: str = o["block_unit"]
        self.document_bias: float = o["document_bias"]

    def process(self, doc: Document) -> None:
        guess = self.identifier.identify(doc.text)
        doc.lang = guess.lang
        doc.attrs["language"] = guess.as_attrs()
        if not self.blocks_mode:
            return
        bias = guess.lang if guess.lang != UNDETERMINED else None
        doc.set_layer("languages", [])
        for start, end in textmill.text_blocks(doc.text, self.block_unit):
            found = self.block_identifier.identify(
                doc.text[start:end], bias=bias, bias_weight=self.document_bias)
            doc.add_span("languages", start, end, label=found.lang,
                         attrs={"confidence": found.confidence})
