"""Benchmark ``attribute_quotes``: span P/R/F1 and speaker accuracy, plus throughput.

Usage::

    python bench/bench_quotes.py [--split dev|test] [--out bench/results/quotes.json]

Parts:

* the project's own evaluation set ``tests/data/quotes_eval/*.jsonl`` (it, en, de, fr,
  es; direct and partial quotes, spans without marks, canonical speakers), and its
  held-out companions ``tests/data/quotes_eval/heldout*/`` (written blind to the rules);
* the German Wikinews quotation corpus in ``../shared/bench/quotes/`` when present
  (skipped cleanly otherwise): direct quotes only;
* throughput in MB/s (UTF-8) on one core, with pysbd sentence segmentation of the
  same text as the named peer (ratio reported) when pysbd is installed.

Matching rules (documented in the report):

* A predicted quote matches a gold quote when their overlap is at least half the
  longer of the two spans (one-to-one, greedy in text order). Wikinews gold spans
  include the „ “ marks, which are stripped (with padding spaces) before matching.
* Own set: the speaker is right when the normalised (case-folded, whitespace-collapsed)
  predicted speaker equals the gold canonical speaker; for group speakers the member
  sets must be equal. Gold ``null`` speakers expect ``null``.
* Wikinews: a span annotated twice (once for the speaker, once for the medium) is one
  quote, right when either attribution matches; quotes whose gold speaker is empty are
  left out of speaker accuracy; the
  speaker is right when the predicted ``speaker_span`` overlaps a gold speaker span, or
  the predicted canonical name and the gold mention share their last word (surname or
  role noun), compared case-folded.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import textmill.plugins.quotes as quotes_plugin
from textmill import Document
from textmill.plugin_host import compiled_modules
from textmill.plugins.quotes import AttributeQuotes

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "tests" / "data" / "quotes_eval"
SHARED = ROOT.parent / "shared" / "bench" / "quotes"
MARKS = "„“”\"«»‚‘’'‹› \n\t"

Span = tuple[int, int]


def run_step(records: Iterable[dict[str, Any]], **params: Any) -> list[list[dict[str, Any]]]:
    """Quotes predicted for each record (``attrs`` plus start/end)."""
    step = AttributeQuotes({**AttributeQuotes.spec().defaults(), **params})
    out = []
    for rec in records:
        doc = Document(rec["text"], id=rec.get("id", ""), lang=rec.get("lang"))
        step.process(doc)
        out.append(
            [{"start": s.start, "end": s.end, **(s.attrs or {})} for s in doc.layer("quotes")]
        )
    return out


def _overlap(a: Span, b: Span) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def match(gold: list[Span], pred: list[Span]) -> list[tuple[int, int]]:
    """One-to-one greedy matching of overlapping spans: pairs (gold index, pred index)."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and _overlap(g, p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    """Precision, recall and F1 rounded to 4 places."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _norm(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def own_speaker_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Own-set speaker rule: normalised equality (member sets for groups)."""
    if gold.get("speakers"):
        return {_norm(s) for s in gold["speakers"]} == {
            _norm(s) for s in pred.get("speakers") or [pred.get("speaker")]
        }
    return _norm(gold.get("speaker")) == _norm(pred.get("speaker"))


def evaluate_own(show_errors: bool = False, folder: Path | None = None) -> dict[str, Any]:
    """Per-language figures on the project's own evaluation set (or the held-out one)."""
    records = [
        json.loads(line)
        for path in sorted((folder or OWN).glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    preds = run_step(records)
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rec, pred in zip(records, preds, strict=False):
        s = stats[rec["lang"]]
        gold = [q for q in rec["quotes"] if q.get("kind", "direct") in ("direct", "partial")]
        pred = [q for q in pred if q["kind"] in ("direct", "partial")]
        pairs = match(
            [(q["start"], q["end"]) for q in gold], [(q["start"], q["end"]) for q in pred]
        )
        s["gold"] += len(gold)
        s["pred"] += len(pred)
        s["tp"] += len(pairs)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for gi, pi in pairs:
            ok = own_speaker_ok(gold[gi], pred[pi])
            s["speaker_ok"] += ok
            if show_errors and not ok:
                print(
                    f"SPK {rec['id']}: {rec['text'][gold[gi]['start'] : gold[gi]['end']][:50]!r} "
                    f"gold={gold[gi].get('speaker')!r} pred={pred[pi].get('speaker')!r}"
                )
        if show_errors:
            for gi, q in enumerate(gold):
                if gi not in matched_g:
                    print(f"FN  {rec['id']}: {rec['text'][q['start'] : q['end']][:60]!r}")
            for pi, q in enumerate(pred):
                if pi not in matched_p:
                    print(f"FP  {rec['id']}: {rec['text'][q['start'] : q['end']][:60]!r}")
    out: dict[str, Any] = {}
    for lang in sorted(stats):
        s = stats[lang]
        out[lang] = {
            **prf(s["tp"], s["gold"], s["pred"]),
            "gold_quotes": s["gold"],
            "speaker_accuracy": round(s["speaker_ok"] / s["tp"], 4) if s["tp"] else 0.0,
        }
    return out


_SURNAME = re.compile(r"[\w-]+")


def wikinews_speaker_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Wikinews speaker rule: span overlap or shared last word (see module docstring)."""
    span = pred.get("speaker_span")
    if span and any(span[0] < e and s < span[1] for s, e in gold["speaker_spans"]):
        return True
    words_p = _SURNAME.findall(_norm(pred.get("speaker")))
    for name in [gold["speaker"], *gold.get("alternatives", [])]:
        words_g = _SURNAME.findall(_norm(name))
        if words_p and words_g and (words_p[-1] in words_g or words_g[-1] in words_p):
            return True
    return False


def evaluate_wikinews(split: str, show_errors: bool = False) -> dict[str, Any] | None:
    """Direct-quote F1 and speaker accuracy on one split of the German Wikinews corpus."""
    path = SHARED / f"de_wikinews_{split}.jsonl"
    if not path.is_file():
        return None
    records = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    preds = run_step(records, indirect=True)  # indirect spans only feed the information line
    tp = n_gold = n_pred = spk_ok = spk_n = 0
    for rec, pred in zip(records, preds, strict=False):
        text = rec["text"]
        gold, gspans = [], []
        for q in rec["quotes"]:
            if q["type"] != "Direct":
                continue
            s, e = q["quote_spans"][0][0], q["quote_spans"][-1][1]
            while s < e and text[s] in MARKS:
                s += 1
            while e > s and text[e - 1] in MARKS:
                e -= 1
            if (s, e) in gspans:  # one quote annotated twice (speaker and medium): count it once
                other = gold[gspans.index((s, e))]
                other["speaker_spans"] = other["speaker_spans"] + q["speaker_spans"]
                other["alternatives"] = [*other.get("alternatives", []), q["speaker"]]
                continue
            gold.append(dict(q))
            gspans.append((s, e))
        pred = [q for q in pred if q["kind"] in ("direct", "partial")]
        pairs = match(gspans, [(q["start"], q["end"]) for q in pred])
        tp += len(pairs)
        n_gold += len(gold)
        n_pred += len(pred)
        for gi, pi in pairs:
            if gold[gi]["speaker"].strip() or any(
                a.strip() for a in gold[gi].get("alternatives", [])
            ):
                spk_n += 1
                ok = wikinews_speaker_ok(gold[gi], pred[pi])
                spk_ok += ok
                if show_errors and not ok:
                    print(
                        f"SPK {text[gspans[gi][0] : gspans[gi][1]][:40]!r} "
                        f"gold={gold[gi]['speaker']!r} "
                        f"pred={pred[pi].get('speaker')!r} cue={pred[pi].get('cue')!r}"
                    )
        if show_errors:
            mg, mp = {g for g, _ in pairs}, {p for _, p in pairs}
            for gi, (s, e) in enumerate(gspans):
                if gi not in mg:
                    print(f"FN  {text[max(0, s - 60) : s]!r} [[{text[s:e][:50]}]]")
            for pi, q in enumerate(pred):
                if pi not in mp:
                    print(
                        f"FP  {text[max(0, q['start'] - 60) : q['start']]!r} "
                        f"[[{text[q['start'] : q['end']][:50]}]] "
                        f"spk={q.get('speaker')!r}"
                    )
    result = {
        **prf(tp, n_gold, n_pred),
        "gold_direct_quotes": n_gold,
        "predicted": n_pred,
        "speaker_accuracy": round(spk_ok / spk_n, 4) if spk_n else 0.0,
        "speaker_scored": spk_n,
    }
    # for information: reported speech (gold Indirect) against kind "indirect", same overlap rule
    itp = ig = ip = 0
    for rec, pred in zip(records, preds, strict=False):
        gold_i = sorted(
            {
                (q["quote_spans"][0][0], q["quote_spans"][-1][1])
                for q in rec["quotes"]
                if q["type"] == "Indirect"
            }
        )
        pred_i = [(q["start"], q["end"]) for q in pred if q["kind"] == "indirect"]
        itp += len(match(gold_i, pred_i))
        ig += len(gold_i)
        ip += len(pred_i)
    result["indirect_for_information"] = {**prf(itp, ig, ip), "gold": ig, "predicted": ip}
    return result


def throughput() -> dict[str, Any]:
    """MB/s of the step on news text (Wikinews when present, else the own set)."""
    texts = []
    for split in ("train", "dev", "test"):
        path = SHARED / f"de_wikinews_{split}.jsonl"
        if path.is_file():
            texts += [
                json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
            ]
    corpus = "Wikinews de"
    if not texts:
        corpus = "own evaluation set x20"
        texts = [
            json.loads(line)["text"]
            for path in sorted(OWN.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ] * 20
    records = [{"text": t, "lang": "de" if corpus == "Wikinews de" else None} for t in texts]
    size = sum(len(t.encode("utf-8")) for t in texts)
    run_step(records[:20])  # warm-up: data files, regexes
    cpu, wall = [], []
    for _ in range(3):  # best of three; CPU time, since the machine may be shared
        t0, c0 = time.perf_counter(), time.process_time()
        run_step(records)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    elapsed = min(cpu)
    out: dict[str, Any] = {
        "corpus": corpus,
        "bytes": size,
        "cpu_seconds": round(elapsed, 3),
        "wall_seconds": round(min(wall), 3),
        "mb_per_s": round(size / 1e6 / elapsed, 3),
        # the step's modules running compiled (TEXTMILL_COMPILE=1 builds; README, "Speed")
        "compiled": list(compiled_modules(quotes_plugin)),
    }
    try:
        import pysbd
    except ImportError:
        return out
    seg = pysbd.Segmenter(language="de", clean=False)
    sample = texts[:200]
    sample_size = sum(len(t.encode("utf-8")) for t in sample)
    c0 = time.process_time()
    for t in sample:
        seg.segment(t)
    peer = sample_size / 1e6 / (time.process_time() - c0)
    out["peer"] = {
        "name": "pysbd 0.3 sentence segmentation (same texts)",
        "mb_per_s": round(peer, 3),
        "ratio_textmill_to_peer": round(out["mb_per_s"] / peer, 2),
    }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test", "train"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "quotes.json"))
    parser.add_argument("--errors", action="store_true", help="print every error")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true", help="print the throughput only")
    args = parser.parse_args(argv)
    if args.speed_only:
        print(json.dumps(throughput(), indent=2))
        return 0
    result: dict[str, Any] = {
        "python": platform.python_version(),
        "own_set": evaluate_own(args.errors),
    }
    for folder in sorted(OWN.glob("heldout*")):  # heldout, heldout2, … (each written blind)
        result[f"{folder.name}_set"] = evaluate_own(args.errors, folder)
    wiki = evaluate_wikinews(args.split, args.errors)
    result[f"wikinews_de_{args.split}"] = wiki if wiki is not None else "skipped: ../shared absent"
    if not args.no_speed:
        result["throughput"] = throughput()
    out = Path(args.out)
    previous: dict[str, Any] = {}
    if out.is_file():
        try:
            previous = json.loads(out.read_text(encoding="utf-8"))
        except ValueError:
            previous = {}
    previous.update(result)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(previous, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
