"""Sentence splitting benchmark: textmill's split_sentences against its peers, same run.

Accuracy: exact match of the sentence list on the pySBD "Golden Rules"
(``../shared/bench/sbd/golden_<lang>.json``; the 12 European languages are the
acceptance set, the others are reported too) and on pySBD's extra regression cases
(``extra_<lang>.json``), for

* ``textmill`` -- ``split_sentences`` rules for the case's language
* ``pysbd``    -- ``pysbd.Segmenter(language, clean=False)`` (English for languages it lacks)
* ``syntok``   -- ``syntok.segmenter.analyze`` (language-independent)
* ``spacy``    -- ``spacy.blank(lang)`` + the rule-based ``sentencizer`` (no model download)

Sentences are compared after stripping surrounding white space.

Throughput: characters per second splitting each novel in ``../shared/bench/corpus/``
(whole text per call) by every system in the same run; textmill is timed both as the bare
splitter (``split_offsets``) and as the pipeline step on a Document. The best of
``--repeats`` runs counts for textmill and spaCy, one run for the slow pysbd/syntok
(``--quick``: their first 200k characters only). Ratios compare textmill's bare splitter
with each peer measured in this run (the machine is shared, absolute figures are noisy).

Run: ``.venv/bin/python bench/bench_sbd.py [--quick] [--repeats 5]``.
Writes ``bench/results/sbd.json``. Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
SBD = SHARED / "sbd"
CORPUS = SHARED / "corpus"
RESULTS = ROOT / "bench" / "results" / "sbd.json"
EUROPEAN = ("bg", "da", "de", "el", "en", "es", "fr", "it", "nl", "pl", "ru", "sk")
PYSBD_LANGS = {"en", "hi", "mr", "zh", "es", "am", "ar", "hy", "bg", "ur", "ru", "pl", "fa",
               "nl", "da", "fr", "my", "el", "it", "ja", "de", "kk", "sk"}

Splitter = Callable[[str, str], list[str]]


def textmill_splitter() -> Splitter:
    from textmill.plugins.sentences import split_offsets

    def run(text: str, lang: str) -> list[str]:
        return [text[s:e] for s, e in split_offsets(text, lang)]
    return run


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd
    except ImportError:
        return None
    cache: dict[str, Any] = {}

    def run(text: str, lang: str) -> list[str]:
        code = lang if lang in PYSBD_LANGS else "en"
        if code not in cache:
            cache[code] = pysbd.Segmenter(language=code, clean=False)
        return [s.strip() for s in cache[code].segment(text) if s.strip()]
    return run


def syntok_splitter() -> Splitter | None:
    try:
        from syntok import segmenter
    except ImportError:
        return None

    def run(text: str, lang: str) -> list[str]:
        out = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                if sentence:
                    first, last = sentence[0], sentence[-1]
                    out.append(text[first.offset : last.offset + len(last.value)])
        return out
    return run


def spacy_splitter() -> Splitter | None:
    try:
        import spacy
    except ImportError:
        return None
    cache: dict[str, Any] = {}

    def run(text: str, lang: str) -> list[str]:
        if lang not in cache:
            try:
                nlp = spacy.blank(lang)
            except Exception:  # a language spaCy has no class for
                nlp = spacy.blank("xx")
            nlp.add_pipe("sentencizer")
            nlp.max_length = 10_000_000
            cache[lang] = nlp
        return [s.text.strip() for s in cache[lang](text).sents if s.text.strip()]
    return run


def accuracy(systems: dict[str, Splitter], prefix: str) -> dict[str, Any]:
    """Per-language exact-match accuracy of each system on ``<prefix>_<lang>.json``."""
    per_lang: dict[str, dict[str, Any]] = {}
    for path in sorted(SBD.glob(f"{prefix}_*.json")):
        lang = path.stem.split("_", 1)[1]
        cases = json.loads(path.read_text(encoding="utf-8"))
        row: dict[str, Any] = {"cases": len(cases)}
        for name, split in systems.items():
            good = 0
            for case in cases:
                try:
                    got = split(case["text"], lang)
                except Exception:  # a peer crashing on a case counts as wrong
                    got = None
                good += got == [s.strip() for s in case["expected"]]
            row[name] = good
        per_lang[lang] = row
    return per_lang


def totals(per_lang: dict[str, dict[str, Any]], names: list[str],
           langs: tuple[str, ...] | None = None) -> dict[str, Any]:
    rows = [r for lang, r in per_lang.items() if langs is None or lang in langs]
    n = sum(r["cases"] for r in rows)
    return {"cases": n, **{name: round(sum(r[name] for r in rows) / n, 4) if n else None
                           for name in names}}


def throughput(systems: dict[str, Splitter], repeats: int, quick: bool) -> dict[str, Any]:
    import textmill
    from textmill.plugins.sentences import split_offsets

    pipe = textmill.load({"version": 1, "steps": ["split_sentences"]})
    out: dict[str, Any] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = path.stem.rsplit("_", 1)[-1]
        row: dict[str, Any] = {"chars": len(text), "lang": lang}

        def timed(func: Callable[[], object], times: int) -> tuple[float, object]:
            best, result = float("inf"), None
            for _ in range(times):
                started = time.perf_counter()
                result = func()
                best = min(best, time.perf_counter() - started)
            return best, result

        seconds, spans = timed(lambda t=text, lang=lang: split_offsets(t, lang), repeats)
        row["textmill"] = {"chars_per_s": round(len(text) / seconds),
                           "sentences": len(spans)}  # type: ignore[arg-type]
        seconds, doc = timed(lambda t=text, lang=lang: pipe(textmill.Document(t, lang=lang)),
                             repeats)
        row["textmill_step"] = {"chars_per_s": round(len(text) / seconds),
                                "sentences": len(doc.layer("sentences"))}  # type: ignore[union-attr]
        for name, split in systems.items():
            if name == "textmill":
                continue
            sample = text[:200_000] if quick and name in ("pysbd", "syntok") else text
            times = repeats if name == "spacy" else 1
            seconds, sents = timed(lambda s=sample, sp=split, lang=lang: sp(s, lang), times)
            row[name] = {"chars_per_s": round(len(sample) / seconds),
                         "sentences": len(sents), "chars": len(sample)}  # type: ignore[arg-type]
        ours = row["textmill"]["chars_per_s"]
        row["ratios"] = {name: round(ours / row[name]["chars_per_s"], 1)
                         for name in systems if name != "textmill"}
        out[path.name] = row
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true",
                        help="time pysbd and syntok on the first 200k characters only")
    parser.add_argument("--repeats", type=int, default=5, help="best-of runs for fast systems")
    args = parser.parse_args(argv)
    if not SBD.is_dir() or not CORPUS.is_dir():
        print(f"skipped: {SHARED} is absent")
        return 0
    systems: dict[str, Splitter] = {"textmill": textmill_splitter()}
    missing = []
    for name, make in (("pysbd", pysbd_splitter), ("syntok", syntok_splitter),
                       ("spacy", spacy_splitter)):
        split = make()
        if split is None:
            missing.append(name)
        else:
            systems[name] = split
    names = list(systems)
    golden = accuracy(systems, "golden")
    extra = accuracy(systems, "extra")
    result: dict[str, Any] = {
        "python": platform.python_version(),
        "missing_peers": missing,
        "golden": {
            "per_language": golden,
            "european": totals(golden, names, EUROPEAN),
            "all": totals(golden, names),
        },
        "extra": {"per_language": extra, "all": totals(extra, names)},
        "throughput": throughput(systems, args.repeats, args.quick),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    report(result, names)
    return 0


def report(result: dict[str, Any], names: list[str]) -> None:
    golden = result["golden"]
    print("Golden Rules, exact match (cases right / cases)")
    print(f"{'lang':6}{'cases':>6}" + "".join(f"{n:>10}" for n in names))
    for lang, row in golden["per_language"].items():
        mark = "*" if lang in EUROPEAN else " "
        print(f"{lang + mark:6}{row['cases']:>6}" + "".join(f"{row[n]:>10}" for n in names))
    for label, tot in (("europe*", golden["european"]), ("all", golden["all"]),
                       ("extra", result["extra"]["all"])):
        print(f"{label:8}{tot['cases']:>4}" + "".join(f"{tot[n]:>10.1%}" for n in names))
    print("\nThroughput (chars/s; ratio = textmill / peer, same run)")
    for book, row in result["throughput"].items():
        print(f"{book} ({row['chars']:,} chars)")
        for name in ["textmill", "textmill_step", *[n for n in names if n != "textmill"]]:
            cell = row[name]
            ratio = row["ratios"].get(name)
            extra = f"  x{ratio}" if ratio else ""
            print(f"  {name:14}{cell['chars_per_s']:>14,}{extra}")
    if result["missing_peers"]:
        print(f"\nnot installed (skipped): {', '.join(result['missing_peers'])}")


if __name__ == "__main__":
    sys.exit(main())
