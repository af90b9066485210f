"""Summarisation benchmark: textmill's methods against Lead-3 and sumy, same run.

Reads ``../shared/bench/summ/frank_{cnndm,xsum}.jsonl`` (CNN/DailyMail and XSum test
articles with reference summaries, one sentence per line) and reports ROUGE-1/2/Lsum F1
(rouge-score, Porter stemming) of 3-sentence extracts, plus milliseconds per document.

The ``sentences`` layer is built from the lines of each text, so the figures measure
the summariser, not the sentence splitter; every system (textmill, Lead-3, sumy) gets
the same sentences. textmill's time is the pipeline call (building the layer from the
lines is left out; the first three documents warm up the language data); sumy's time
includes building its document model from the same lines. Lead-3 is the first three
lines. sumy's LexRank and TextRank use a small regex tokenizer (NLTK's data cannot be
downloaded here), sumy's English stop words and its Snowball stemmer.

A second part times each textmill method on one long document: the first 100,000 words
of ``../shared/bench/corpus/promessi_sposi_it.txt`` (sentences from a simple regex
split, since only the summariser is timed; median of 3 runs). No peer runs there: sumy's
graph methods compare every pair of sentences.

Run: ``.venv/bin/python bench/bench_summ.py [--limit N] [--set cnndm] [-p key=value]``.
Writes ``bench/results/summ.json``. Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench" / "summ"
LONG_TEXT = ROOT.parent / "shared" / "bench" / "corpus" / "promessi_sposi_it.txt"
LONG_WORDS = 100_000
RESULTS = ROOT / "bench" / "results" / "summ.json"
SETS = ("cnndm", "xsum")
METHODS = ("news", "textrank", "lead")
SENTENCES = 3


class RegexTokenizer:
    """The tokenizer interface sumy expects, without NLTK data."""

    language = "english"
    _sentence = re.compile(r"[^\n]+")
    _word = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """One sentence per line (the benchmark texts are pre-split)."""
        return tuple(m.group().strip() for m in self._sentence.finditer(paragraph)
                     if m.group().strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Words of a sentence."""
        return tuple(self._word.findall(sentence))


def load_set(name: str, limit: int | None) -> list[dict[str, Any]]:
    """The records of one benchmark file."""
    with (DATA / f"frank_{name}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return rows[:limit] if limit else rows


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def reference_sentences(summary: str) -> list[str]:
    """The reference split into sentences (CNN/DM highlights are joined by ' . ')."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z`'\"0-9])", summary.strip())
    return [p for p in parts if p.strip()]


System = Callable[[dict[str, Any]], "list[str] | tuple[list[str], float]"]


def textmill_system(method: str, overrides: dict[str, Any]) -> System:
    """A function: record -> (chosen sentences, seconds in the pipeline call)."""
    import textmill

    params = {"method": method, "sentences": SENTENCES, **overrides}
    pipe = textmill.load({
        "version": 1, "name": f"bench-{method}", "assumes": ["spans.sentences"],
        "on_error": "fail",
        "steps": [{"step": "summarise", "params": params}],
    })

    def run(record: dict[str, Any]) -> tuple[list[str], float]:
        doc = textmill.Document(record["text"], id=record["id"], lang=record.get("lang"))
        for start, end in line_spans(record["text"]):
            doc.add_span("sentences", start, end)
        t0 = time.perf_counter()
        out = pipe(doc)
        elapsed = time.perf_counter() - t0
        return [out.span_text(s).strip() for s in out.layer("summary")], elapsed

    for record in load_set("cnndm", 3):   # warm up: language data, stem caches
        run(record)
    return run


def lead3(record: dict[str, Any]) -> list[str]:
    """The first three lines."""
    text = record["text"]
    return [text[s:e].strip() for s, e in line_spans(text)[:SENTENCES]]


def sumy_system(kind: str) -> Callable[[dict[str, Any]], list[str]]:
    """sumy's LexRank or TextRank over the same sentences."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = RegexTokenizer()
    cls = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(record: dict[str, Any]) -> list[str]:
        text = record["text"]
        sents = [Sentence(text[s:e].strip(), tokenizer) for s, e in line_spans(text)]
        document = ObjectDocumentModel([Paragraph(sents)])
        return [str(s) for s in summarizer(document, SENTENCES)]

    return run


def evaluate(system: System, rows: Sequence[dict[str, Any]],
             scorer: Any) -> dict[str, float]:
    """Mean ROUGE F1 (in %) and milliseconds per document."""
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
    elapsed = 0.0
    for row in rows:
        t0 = time.perf_counter()
        chosen = system(row)
        spent = time.perf_counter() - t0
        if isinstance(chosen, tuple):   # the system timed its own work (layer set-up excluded)
            chosen, spent = chosen
        elapsed += spent
        ref = "\n".join(reference_sentences(row["summary"]))
        scores = scorer.score(ref, "\n".join(chosen))
        for key in totals:
            totals[key] += scores[key].fmeasure
    n = max(len(rows), 1)
    out = {key: round(100 * value / n, 2) for key, value in totals.items()}
    out["ms_per_doc"] = round(1000 * elapsed / n, 3)
    return out


def long_document_timings(overrides: dict[str, Any]) -> dict[str, Any]:
    """Seconds to summarise the first 100,000 words of the Italian novel, per method."""
    import statistics

    import textmill

    raw = LONG_TEXT.read_text(encoding="utf-8")
    words = list(re.finditer(r"\S+", raw))
    text = raw[: words[min(LONG_WORDS, len(words)) - 1].end()]
    spans = [(m.start(), m.end()) for m in
             re.finditer(r"[^\s].*?(?:[.!?…]+[\"'”’»)]*(?=\s)|(?=\n)|$)", text)]
    out: dict[str, Any] = {"words": min(LONG_WORDS, len(words)), "sentences": len(spans)}
    for method in METHODS:
        pipe = textmill.load({
            "version": 1, "name": "bench-long", "assumes": ["spans.sentences"],
            "on_error": "fail",
            "steps": [{"step": "summarise", "params": {"method": method, **overrides}}],
        })
        times = []
        for _ in range(3):
            doc = textmill.Document(text, id="long", lang="it")
            for start, end in spans:
                doc.add_span("sentences", start, end)
            t0 = time.perf_counter()
            pipe(doc)
            times.append(time.perf_counter() - t0)
        out[f"textmill-{method}_seconds"] = round(statistics.median(times), 3)
    return out


def parse_overrides(items: Iterable[str]) -> dict[str, Any]:
    """``key=value`` pairs; values parsed as YAML scalars."""
    import yaml

    out: dict[str, Any] = {}
    for item in items:
        key, _, value = item.partition("=")
        out[key.strip()] = yaml.safe_load(value)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per set")
    parser.add_argument("--set", choices=SETS, action="append", help="only these sets")
    parser.add_argument("-p", "--param", action="append", default=[],
                        help="summarise parameter override for the textmill methods")
    parser.add_argument("--no-peers", action="store_true", help="textmill methods only")
    parser.add_argument("--no-write", action="store_true", help="do not write results")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (benchmark data lives beside the project)")
        return 0
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    overrides = parse_overrides(args.param)
    systems: dict[str, System] = {
        f"textmill-{m}": textmill_system(m, overrides) for m in METHODS
    }
    if not args.no_peers:
        systems.update({"lead-3": lead3, "sumy-lexrank": sumy_system("lexrank"),
                        "sumy-textrank": sumy_system("textrank")})
    results: dict[str, Any] = {"sentences": SENTENCES, "overrides": overrides, "sets": {}}
    for name in args.set or SETS:
        rows = load_set(name, args.limit)
        table = {label: evaluate(system, rows, scorer) for label, system in systems.items()}
        results["sets"][name] = {"documents": len(rows), "systems": table}
        print(f"\nfrank_{name}: {len(rows)} documents, {SENTENCES} sentences, ROUGE F1 %")
        print(f"{'system':16} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7} {'ms/doc':>8}")
        for label, row in table.items():
            print(f"{label:16} {row['rouge1']:6.2f} {row['rouge2']:6.2f} "
                  f"{row['rougeLsum']:7.2f} {row['ms_per_doc']:8.3f}")
        if "lead-3" in table:
            news, lead = table["textmill-news"], table["lead-3"]
            best = {k: max(table[p][k] for p in ("lead-3", "sumy-lexrank", "sumy-textrank"))
                    for k in ("rouge1", "rouge2", "rougeLsum")}
            verdict = {k: round(news[k] - lead[k], 2) for k in best}
            results["sets"][name]["news_minus_lead3"] = verdict
            results["sets"][name]["news_minus_best_peer"] = {
                k: round(news[k] - best[k], 2) for k in best}
            print(f"news - lead-3: {verdict}; news - best peer: "
                  f"{results['sets'][name]['news_minus_best_peer']}")
    if LONG_TEXT.is_file() and not args.set:
        long = long_document_timings(overrides)
        results["long_document"] = long
        print(f"\nlong document ({long['words']} words, {long['sentences']} sentences): " +
              ", ".join(f"{m} {long[f'textmill-{m}_seconds']:.3f} s" for m in METHODS))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
