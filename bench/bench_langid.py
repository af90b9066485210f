"""Language identification benchmark: textmill's detect_language against its peers, same run.

Reads ``../shared/bench/langid/lingua_testdata_sample.jsonl`` (lingua-py test data,
Leipzig corpora: 15 languages x 100 short 1-2 word texts, 100 sentences, 50 paragraphs)
and reports, per length class and per language, the accuracy of

* ``textmill``           -- ``detect_language`` (default backend, chain method), via a pipeline
* ``textmill/sampling``  -- ``detect_language`` with ``method: sampling`` (langdetect's detector)
* ``langdetect``         -- raw langdetect, a ``DetectorFactory`` holding the same 15 profiles,
                            seeded, ``detector.get_probabilities()`` called directly
* ``langdetect/all``     -- raw ``langdetect.detect_langs`` (global factory, all 55 profiles)
* ``textmill/lingua``    -- ``detect_language`` with ``backend: lingua``
* ``lingua``             -- raw lingua-py, same 15 languages, ``detect_language_of``

All systems get the 15 languages as candidates. For short texts it also reports how many
texts got an answer (not ``und``) and how many answers were right. Timing: milliseconds per
text; the systems take turns text by text and each text's fastest of ``--repeats``
passes counts; ratios compare systems measured in the same run (the machine is shared,
absolute figures are noisy).

Run: ``.venv/bin/python bench/bench_langid.py [--limit N] [--repeats 2] [--no-lingua]``.
Writes ``bench/results/langid.json``. Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from langid_systems import System, build_systems

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench" / "langid" / "lingua_testdata_sample.jsonl"
RESULTS = ROOT / "bench" / "results" / "langid.json"
CLASSES = ("short", "medium", "long")


def load(limit: int | None) -> list[dict[str, Any]]:
    """The benchmark records (``limit`` per language and class when given)."""
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    if not limit:
        return rows
    seen: dict[tuple[str, str], int] = {}
    out = []
    for row in rows:
        key = (row["lang"], row["length_class"])
        if seen.get(key, 0) < limit:
            seen[key] = seen.get(key, 0) + 1
            out.append(row)
    return out


def evaluate(systems: list[System], rows: list[dict[str, Any]], repeats: int) -> dict[str, Any]:
    """Accuracy and time per class for every system.

    Timing is interleaved text by text (the systems take turns on each text, in
    alternating order), and each text's time is the fastest of ``repeats`` passes, so
    load from other processes on a shared machine hits every system alike.
    """
    results: dict[str, Any] = {}
    warm = [r["text"] for cls in CLASSES for r in rows if r["length_class"] == cls][:: 25]
    for system in systems:  # load models, fill caches: steady-state timing
        for text in warm:
            system.detect(text)
    clock = time.perf_counter
    for cls in CLASSES:
        part = [r for r in rows if r["length_class"] == cls]
        texts = [r["text"] for r in part]
        gold = [r["lang"] for r in part]
        answers: dict[str, list[str]] = {s.name: [] for s in systems}
        fastest = {s.name: [float("inf")] * len(texts) for s in systems}
        for rep in range(repeats):
            for i, text in enumerate(texts):
                order = systems if (i + rep) % 2 == 0 else systems[::-1]
                for system in order:
                    start = clock()
                    answer = system.detect(text)
                    elapsed = clock() - start
                    times = fastest[system.name]
                    times[i] = min(times[i], elapsed)
                    if rep == 0:
                        answers[system.name].append(answer)
                    elif answers[system.name][i] != answer:
                        raise AssertionError(f"{system.name} changed its answer on {text!r}")
        for system in systems:
            got = answers[system.name]
            right = sum(a == g for a, g in zip(got, gold, strict=True))
            answered = sum(a not in ("und", None) for a in got)
            per_lang: dict[str, float] = {}
            for lang in sorted(set(gold)):
                idx = [i for i, g in enumerate(gold) if g == lang]
                per_lang[lang] = round(100 * sum(got[i] == lang for i in idx) / len(idx), 1)
            results.setdefault(system.name, {})[cls] = {
                "n": len(part),
                "accuracy": round(100 * right / len(part), 2),
                "answered": round(100 * answered / len(part), 2),
                "precision": round(100 * right / answered, 2) if answered else None,
                "ms_per_text": round(1000 * sum(fastest[system.name]) / len(part), 4),
                "per_language": per_lang,
                "halves": _halves(got, gold),
            }
    return results


def _halves(got: list[str], gold: list[str]) -> dict[str, Any]:
    """Answered % and right % of answers on the even-indexed texts (the half the default
    backend's weights and thresholds were tuned on) and on the odd-indexed ones (held out)."""
    out: dict[str, Any] = {}
    for name, start in (("even", 0), ("odd", 1)):
        pairs = list(zip(got[start::2], gold[start::2], strict=True))
        answered = [(a, g) for a, g in pairs if a not in ("und", None)]
        right = sum(a == g for a, g in answered)
        out[name] = {
            "answered": round(100 * len(answered) / len(pairs), 2) if pairs else None,
            "precision": round(100 * right / len(answered), 2) if answered else None,
        }
    return out


def ratios(results: dict[str, Any]) -> dict[str, Any]:
    """Time ratios between systems measured in this run (per class and overall)."""
    pairs = [
        ("textmill", "langdetect"), ("textmill/sampling", "langdetect"),
        ("textmill", "langdetect/all"), ("textmill/lingua", "lingua"),
    ]
    out: dict[str, Any] = {}
    for a, b in pairs:
        if a not in results or b not in results:
            continue
        per_class = {}
        total_a = total_b = 0.0
        for cls in CLASSES:
            ra, rb = results[a][cls], results[b][cls]
            per_class[cls] = round(ra["ms_per_text"] / rb["ms_per_text"], 3)
            total_a += ra["ms_per_text"] * ra["n"]
            total_b += rb["ms_per_text"] * rb["n"]
        out[f"{a} / {b}"] = {"per_class": per_class, "all": round(total_a / total_b, 3)}
    return out


def print_tables(results: dict[str, Any], time_ratios: dict[str, Any]) -> None:
    """Human-readable tables."""
    names = list(results)
    width = max(len(n) for n in names) + 2
    print("\nAccuracy % (short: answered % / right % of answers) and ms per text")
    print(f"{'system':<{width}}" + "".join(f"{c:>26}" for c in CLASSES))
    for name in names:
        cells = []
        for cls in CLASSES:
            r = results[name][cls]
            extra = (f" ({r['answered']:.1f}/{r['precision']:.1f})"
                     if cls == "short" and r["precision"] is not None else "")
            cells.append(f"{r['accuracy']:.2f}{extra} {r['ms_per_text']:.3f}ms")
        print(f"{name:<{width}}" + "".join(f"{c:>26}" for c in cells))
    print("\nShort texts by half (answered % / right % of answers): even = tuning half, "
          "odd = held out")
    for name in names:
        h = results[name]["short"]["halves"]
        print(f"  {name:<{width}} even {h['even']['answered']}/{h['even']['precision']}"
              f"   odd {h['odd']['answered']}/{h['odd']['precision']}")
    langs = sorted(results[names[0]]["short"]["per_language"])
    for cls in CLASSES:
        print(f"\nPer-language accuracy %, {cls}")
        print(f"{'system':<{width}}" + "".join(f"{lang:>6}" for lang in langs))
        for name in names:
            per = results[name][cls]["per_language"]
            print(f"{name:<{width}}" + "".join(f"{per[lang]:>6.1f}" for lang in langs))
    print("\nTime ratios (same run; < 1 means the first is faster)")
    for pair, r in time_ratios.items():
        cls = "  ".join(f"{c} {v:.3f}" for c, v in r["per_class"].items())
        print(f"  {pair:<32} all {r['all']:.3f}   {cls}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="texts per language and class")
    parser.add_argument("--repeats", type=int, default=2, help="timed passes per system")
    parser.add_argument("--no-lingua", action="store_true", help="skip the lingua systems")
    args = parser.parse_args(argv)
    if not DATA.is_file():
        print(f"skipped: {DATA} not found (benchmark data lives in ../shared/bench)")
        return 0
    rows = load(args.limit)
    langs = sorted({r["lang"] for r in rows})
    systems = build_systems(langs, lingua=not args.no_lingua)
    results = evaluate(systems, rows, max(1, args.repeats))
    time_ratios = ratios(results)
    print_tables(results, time_ratios)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "data": str(DATA.relative_to(ROOT.parent)),
        "texts": len(rows),
        "languages": langs,
        "repeats": args.repeats,
        "systems": {s.name: s.description for s in systems},
        "results": results,
        "time_ratios": time_ratios,
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
