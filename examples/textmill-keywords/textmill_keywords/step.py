"""The ``keywords`` step: key phrases of each document, as spans and a ranked list."""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

import textmill
from textmill import Document, Param

from .extract import extract_keyphrases, split_sentences

DATA_PACKAGE = "textmill_keywords"
STOPWORDS_FOLDER = "data/stopwords"


class LanguageRules(NamedTuple):
    """What the step knows about a language (from ``data/stopwords/<lang>.yaml``)."""

    stopwords: frozenset[str]
    names_by_case: bool


class Keywords(textmill.Step):
    """Key phrases of the document (YAKE-style statistics, per-language stopwords)."""

    name = "keywords"
    uses = ("lang", "spans.sentences", "spans.boilerplate")
    provides = ("spans.keywords", "attrs.keywords")
    params: ClassVar[dict[str, Param]] = {
        "top": Param(int, 10, "how many key phrases to keep", minimum=1, maximum=1000),
        "max_words": Param(int, 3, "longest phrase, in words", minimum=1, maximum=8),
        "min_chars": Param(int, 3, "shortest one-word phrase, in characters", minimum=1),
        "language": Param(str | None, None,
                          "stopword language (ISO 639-1); default: the document's lang"),
        "extra_stopwords": Param(list[str], [], "more words that may not start or end a phrase"),
        "window": Param(int, 2, "co-occurrence window for word relatedness",
                        minimum=1, maximum=10),
        "dedup": Param(float, 0.8, "drop a phrase this similar (0-1) to a better one; "
                                   "1 keeps near-duplicates", minimum=0.0, maximum=1.0),
        "skip_boilerplate": Param(bool, True, "ignore text under the boilerplate layer"),
    }

    def setup(self) -> None:
        self.extra = frozenset(w.casefold() for w in self.options["extra_stopwords"])
        self._languages: dict[str, LanguageRules] = {}

    def rules(self, lang: str | None) -> LanguageRules:
        """Stopwords and casing rule for ``lang`` (the ``xx`` fallback when it has no file)."""
        code = (self.options["language"] or lang or "xx").lower()
        if code not in self._languages:
            data = textmill.langdata.load_language_data(DATA_PACKAGE, STOPWORDS_FOLDER, code)
            words = frozenset(str(w).casefold() for w in data.get("stopwords", []))
            self._languages[code] = LanguageRules(words | self.extra,
                                                  bool(data.get("names_by_case", True)))
        return self._languages[code]

    def process(self, doc: Document) -> None:
        sentences = [(s.start, s.end) for s in doc.layer("sentences")]
        skip = ([(s.start, s.end) for s in doc.layer("boilerplate")]
                if self.options["skip_boilerplate"] else [])
        rules = self.rules(doc.lang)
        phrases = extract_keyphrases(
            doc.text,
            sentences or split_sentences(doc.text),
            stopwords=rules.stopwords,
            names_by_case=rules.names_by_case,
            top=self.options["top"],
            max_words=self.options["max_words"],
            min_chars=self.options["min_chars"],
            window=self.options["window"],
            dedup=self.options["dedup"],
            skip=skip,
        )
        spans: list[textmill.Span] = []
        ranked: list[dict[str, Any]] = []
        for rank, phrase in enumerate(phrases, start=1):
            score = float(f"{phrase.score:.6g}")
            ranked.append({"phrase": phrase.phrase, "key": phrase.key, "score": score,
                           "count": phrase.count, "rank": rank})
            spans += [textmill.Span(start, end, phrase.key, {"rank": rank})
                      for start, end in phrase.occurrences]
        spans.sort(key=lambda s: (s.start, s.end, s.label or ""))
        doc.set_layer("keywords", spans)
        doc.attrs["keywords"] = ranked
