"""What a user would otherwise write: langdetect + pysbd + sumy LexRank per document.

Per document: detect the language with langdetect (seeded, as its docs advise for
reproducible results), split sentences with pysbd in that language (English when
pysbd lacks it; one Segmenter per language, reused), and pick three sentences with
sumy's LexRank (Snowball stemmer and stop words of that language, English when sumy
lacks it), the document model built from pysbd's sentences with a small regex word
tokenizer (NLTK's tokenizer data cannot be downloaded here).
"""

from __future__ import annotations

import re
from typing import Any

SUMY_LANGUAGES = {"en": "english", "it": "italian", "de": "german", "fr": "french",
                  "es": "spanish", "pt": "portuguese", "nl": "dutch", "ru": "russian",
                  "cs": "czech", "sk": "slovak", "pl": "polish"}


class WordTokenizer:
    """The tokenizer interface sumy's Sentence needs."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._word = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._word.findall(sentence))


class PeerScript:
    """langdetect -> pysbd -> sumy LexRank, set up once, called per document."""

    def __init__(self) -> None:
        from langdetect import DetectorFactory

        DetectorFactory.seed = 0
        self._segmenters: dict[str, Any] = {}
        self._summarisers: dict[str, Any] = {}

    def _segmenter(self, lang: str) -> Any:
        import pysbd

        if lang not in self._segmenters:
            try:
                self._segmenters[lang] = pysbd.Segmenter(language=lang, clean=False)
            except ValueError:
                self._segmenters[lang] = self._segmenter("en")
        return self._segmenters[lang]

    def _summariser(self, language: str) -> Any:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        if language not in self._summarisers:
            summariser = LexRankSummarizer(Stemmer(language))
            summariser.stop_words = get_stop_words(language)
            self._summarisers[language] = summariser
        return self._summarisers[language]

    def __call__(self, text: str) -> dict[str, Any]:
        from langdetect import detect
        from langdetect.lang_detect_exception import LangDetectException
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        try:
            lang = detect(text)
        except LangDetectException:
            lang = "und"
        sentences = [s.strip() for s in self._segmenter(lang).segment(text) if s.strip()]
        language = SUMY_LANGUAGES.get(lang, "english")
        tokenizer = WordTokenizer(language)
        document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
        summary = [str(s) for s in self._summariser(language)(document, 3)]
        return {"lang": lang, "sentences": sentences, "summary": summary}
