"""Scale benchmark: throughput, framework overhead, memory, and the script users would write.

Measured in one run (ratios are what count: the machine is shared and noisy):

1. ``news`` pipeline (``pipelines/news.yaml``) docs/s and MB/s on the news corpus
   (see ``bench/scale_corpus.py``: the 500 articles of ``../shared/bench/summ/`` and
   the seed, repeated 4 times with distinct ids = 2,004 documents), with 1 worker
   (in-process) and with 2 worker processes (start-up included); output records
   serialised as JSONL in both; passes alternated (``--news-repeats``, 2), best kept.
2. Overhead: the news pipeline's own step objects called in a plain Python loop versus
   the same steps through ``Pipeline.stream`` (fresh documents each pass; chunks of 10
   documents timed alternately N times, best of each chunk summed; CPU time compared,
   wall time recorded too).
3. Overhead: a pipeline of five do-nothing steps, JSONL lines in and JSONL lines out,
   versus a plain ``json.loads``/``json.dumps`` loop over the same lines (same dump
   options as textmill's writer: ``ensure_ascii=False``, compact separators; CPU time
   compared as in 2).
4. Peak RSS of a child process streaming a generated JSONL file of >= 1 GiB (news
   articles repeated with distinct ids; deleted afterwards) through the do-nothing
   pipeline, with 1 worker and 2 workers: the child's own peak (``VmHWM``) and the
   largest sum of the RSS of the child and its workers (sampled from ``/proc``).
5. The script users would otherwise write (``bench/scale_peer.py``: langdetect +
   pysbd + sumy LexRank per document) on the same corpus, versus the news pipeline's
   serial run (CPU time per document compared, wall time recorded too).

Run: ``.venv/bin/python bench/bench_scale.py [--quick] [--only SECTION ...]``.
``--quick`` uses 501 documents, smaller subsets and a 256 MiB stream. Writes
``bench/results/scale.json``. Skips cleanly (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_corpus
import textmill

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results" / "scale.json"
NEWS = ROOT / "pipelines" / "news.yaml"
SECTIONS = ("news", "overhead", "noop", "memory", "peer")
GIB = 1 << 30

TARGETS = {
    "pipeline_overhead_pct": ("<", 3.0),
    "noop_vs_json_loop": (">=", 0.5),
    "two_workers_speedup": (">=", 1.8),
    "peak_rss_mb_1gb_stream": ("<", 250.0),
    "news_vs_peer_speedup": (">=", 5.0),
}


def noop_pipeline_file(folder: Path) -> Path:
    """A pipeline file of the five do-nothing steps."""
    path = folder / "noop.yaml"
    plugin = BENCH / "scale_noop_plugin.py"
    path.write_text(f"version: 1\nname: noop\nplugins: [{json.dumps(str(plugin))}]\n"
                    "steps: [noop1, noop2, noop3, noop4, noop5]\n", encoding="utf-8")
    return path


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def best_alternating(first: Callable[[], Any], second: Callable[[], Any],
                     repeats: int) -> dict[str, float]:
    """Best wall and CPU seconds of each, runs alternated (a b, b a, a b, ...).

    CPU time (``time.process_time``) is the figure compared: both run in this
    process, and on a shared machine wall time also counts the other tenants.
    """
    times: dict[str, list[float]] = {"a_wall": [], "a_cpu": [], "b_wall": [], "b_cpu": []}

    def one(name: str, fn: Callable[[], Any]) -> None:
        cpu, wall = time.process_time(), time.perf_counter()
        fn()
        times[f"{name}_wall"].append(time.perf_counter() - wall)
        times[f"{name}_cpu"].append(time.process_time() - cpu)

    for i in range(repeats):
        order = (("b", second), ("a", first)) if i % 2 else (("a", first), ("b", second))
        for name, fn in order:
            one(name, fn)
    return {key: min(values) for key, values in times.items()}


# -- 1. news throughput -------------------------------------------------------
def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench_news(pipe: textmill.Pipeline, corpus: list[dict[str, Any]],
               repeats: int) -> dict[str, Any]:
    """1 worker (in-process) and 2 worker processes, alternated ``repeats`` times; best kept.

    Each pass streams the whole corpus and serialises every output record; the
    2-worker passes include starting the workers. The best pass of each is kept
    (the other tenants of a shared machine slow some passes down).
    """
    size = scale_corpus.text_bytes(corpus)
    out: dict[str, Any] = {"documents": len(corpus), "megabytes": round(size / 1e6, 3),
                           "repeats": repeats, "passes": []}
    list(pipe.stream(corpus[:5]))  # warm up language data in this process
    outputs: dict[int, list[str]] = {}
    order = [w for i in range(repeats) for w in ((1, 2) if i % 2 == 0 else (2, 1))]
    for workers in order:
        lines: list[str] = []
        before = _cpu_seconds()
        seconds = timed(lambda w=workers, acc=lines: acc.extend(
            d.to_json() for d in pipe.stream(corpus, workers=w)))
        outputs.setdefault(workers, lines)
        cpu = _cpu_seconds() - before
        run = {"workers": workers, "seconds": round(seconds, 3),
               "docs_per_s": round(len(corpus) / seconds, 2),
               "mb_per_s": round(size / 1e6 / seconds, 3), "cpu_seconds": round(cpu, 3),
               "cpus_used": round(cpu / seconds, 2),
               "load_average": [round(x, 2) for x in os.getloadavg()]}
        out["passes"].append(run)
        key = f"workers_{workers}"
        if key not in out or run["seconds"] < out[key]["seconds"]:
            out[key] = run
        print(f"  news, {workers} worker(s): {len(corpus) / seconds:.1f} docs/s, "
              f"{cpu / seconds:.2f} CPUs used, load {os.getloadavg()[0]:.1f}", flush=True)
    out["identical_output"] = outputs[1] == outputs[2]
    out["failed_documents"] = sum('"errors":' in line for line in outputs[1])
    out["two_workers_speedup"] = round(
        out["workers_1"]["seconds"] / out["workers_2"]["seconds"], 3)
    return out


# -- 2. pipeline vs the same steps in a loop ----------------------------------------
def bench_overhead(pipe: textmill.Pipeline, corpus: list[dict[str, Any]],
                   repeats: int, chunk: int = 10) -> dict[str, Any]:
    """Chunks of ``chunk`` documents timed ``repeats`` times both ways; best per chunk, summed.

    Short alternated runs with the best of each kept filter out the bursts of load
    from other processes that a single long run would absorb.
    """
    steps = pipe.steps

    def plain_loop(records: list[dict[str, Any]]) -> None:
        for record in records:
            doc = textmill.Document(record["text"], id=record["id"], meta=record["meta"])
            for step in steps:
                doc._step = step.id  # provenance, as the runner records it
                step.runner.process(doc)

    def through_pipeline(records: list[dict[str, Any]]) -> None:
        for _doc in pipe.stream(records):
            pass

    plain_loop(corpus[:chunk])  # warm up
    totals = {"a_cpu": 0.0, "b_cpu": 0.0, "a_wall": 0.0, "b_wall": 0.0}
    for i in range(0, len(corpus), chunk):
        part = corpus[i:i + chunk]
        best = best_alternating(lambda p=part: plain_loop(p),
                                lambda p=part: through_pipeline(p), repeats)
        for key in totals:
            totals[key] += best[key]
    t = totals
    print(f"  overhead: loop {t['a_cpu']:.2f}s, pipeline {t['b_cpu']:.2f}s (CPU)", flush=True)
    return {"documents": len(corpus), "chunk": chunk, "repeats": repeats,
            "plain_loop_cpu_s": round(t["a_cpu"], 4), "pipeline_cpu_s": round(t["b_cpu"], 4),
            "plain_loop_wall_s": round(t["a_wall"], 4), "pipeline_wall_s": round(t["b_wall"], 4),
            "pipeline_overhead_pct": round((t["b_cpu"] / t["a_cpu"] - 1) * 100, 2),
            "pipeline_overhead_pct_wall": round((t["b_wall"] / t["a_wall"] - 1) * 100, 2)}


# -- 3. do-nothing pipeline vs the json loop -------------------------------------
def bench_noop(noop: textmill.Pipeline, lines: list[str], repeats: int) -> dict[str, Any]:
    def json_loop() -> None:
        dumps, loads = json.dumps, json.loads
        for line in lines:
            dumps(loads(line), ensure_ascii=False, separators=(",", ":"))

    def noop_pipeline() -> None:
        loads = json.loads
        for doc in noop.stream(loads(line) for line in lines):
            doc.to_json()

    t = best_alternating(json_loop, noop_pipeline, repeats)
    n = len(lines)
    print(f"  do-nothing: json loop {n / t['a_cpu']:.0f} docs/s, "
          f"pipeline {n / t['b_cpu']:.0f} docs/s (CPU)", flush=True)
    return {"documents": n, "repeats": repeats,
            "json_loop_docs_per_s": round(n / t["a_cpu"], 1),
            "noop_pipeline_docs_per_s": round(n / t["b_cpu"], 1),
            "noop_vs_json_loop": round(t["a_cpu"] / t["b_cpu"], 3),
            "noop_vs_json_loop_wall": round(t["a_wall"] / t["b_wall"], 3)}


# -- 4. peak memory on a big stream ---------------------------------------------
def write_big_jsonl(path: Path, articles: list[dict[str, Any]], size: int) -> tuple[int, int]:
    written = count = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size:
            for article in articles:
                line = json.dumps({"id": f"big-{count}", "text": article["text"],
                                   "meta": article["meta"]}, ensure_ascii=False) + "\n"
                fh.write(line)
                written += len(line.encode("utf-8"))
                count += 1
                if written >= size:
                    break
    return written, count


def _tree_rss_kb(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def stream_child(pipeline: Path, data: Path, workers: int) -> dict[str, Any]:
    """Run the streaming child: its own peak RSS, and the peak RSS of its process tree.

    The child reports its ``VmHWM`` (``ru_maxrss`` is not used: Linux carries it over
    from the forking parent across exec). The tree figure sums the RSS of the child
    and its worker processes, sampled every 50 ms.
    """
    proc = subprocess.Popen([sys.executable, str(BENCH / "scale_stream_child.py"),
                             str(pipeline), str(data), str(workers)],
                            stdout=subprocess.PIPE, cwd=ROOT)
    tree_peak = 0
    while proc.poll() is None:
        tree_peak = max(tree_peak, _tree_rss_kb(proc.pid))
        time.sleep(0.05)
    report = json.loads(proc.stdout.read() if proc.stdout else b"{}")
    if proc.returncode:
        raise RuntimeError(f"streaming child failed with {proc.returncode}")
    return {"workers": workers, "documents": report["docs"],
            "mb_per_s": round(report["bytes"] / 1e6 / report["seconds"], 2),
            "child_peak_rss_mb": round(report["vmhwm_kb"] / 1024, 1),
            "tree_peak_rss_mb": round(tree_peak / 1024, 1)}


def bench_memory(noop_file: Path, size: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="textmill-bench-") as tmp:
        data = Path(tmp) / "big.jsonl"
        written, count = write_big_jsonl(data, scale_corpus.base_articles(), size)
        print(f"  generated {written / GIB:.2f} GiB, {count} documents", flush=True)
        runs = [stream_child(noop_file, data, workers) for workers in (1, 2)]
    for run in runs:
        print(f"  stream, {run['workers']} worker(s): peak RSS {run['child_peak_rss_mb']} MB "
              f"(tree {run['tree_peak_rss_mb']} MB), {run['mb_per_s']} MB/s", flush=True)
    return {"file_bytes": written, "documents": count, "runs": runs,
            "peak_rss_mb_1gb_stream": max(max(r["child_peak_rss_mb"], r["tree_peak_rss_mb"])
                                          for r in runs)}


# -- 5. the script users would otherwise write -------------------------------------
def bench_peer(corpus: list[dict[str, Any]], news: dict[str, float] | None,
               pipe: textmill.Pipeline | None) -> dict[str, Any]:
    """The peer script over ``corpus``, against the news pipeline's serial run.

    Both run in this process, one after the other; CPU time is compared (the load
    from other processes changes between the two runs), wall time recorded too.
    ``news`` holds the serial news run's ``seconds`` and ``cpu_seconds`` on the same
    corpus when section 1 ran; otherwise the pipeline is timed here.
    """
    from scale_peer import PeerScript

    peer = PeerScript()
    peer(corpus[0]["text"])  # set-up and warm-up outside the timing
    cpu, wall = time.process_time(), time.perf_counter()
    for record in corpus:
        json.dumps(peer(record["text"]), ensure_ascii=False)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    n = len(corpus)
    out: dict[str, Any] = {"documents": n, "peer_cpu_ms_per_doc": round(cpu / n * 1000, 2),
                           "peer_wall_ms_per_doc": round(wall / n * 1000, 2)}
    if news is None and pipe is not None:
        list(pipe.stream(corpus[:5]))
        news_cpu, news_wall = time.process_time(), time.perf_counter()
        for doc in pipe.stream(corpus):
            doc.to_json()
        news = {"cpu_seconds": time.process_time() - news_cpu,
                "seconds": time.perf_counter() - news_wall}
    if news is not None:
        out["news_cpu_ms_per_doc"] = round(news["cpu_seconds"] / n * 1000, 2)
        out["news_wall_ms_per_doc"] = round(news["seconds"] / n * 1000, 2)
        out["news_vs_peer_speedup"] = round(cpu / news["cpu_seconds"], 3)
        out["news_vs_peer_speedup_wall"] = round(wall / news["seconds"], 3)
    print(f"  peer script: {out['peer_cpu_ms_per_doc']} ms/doc (CPU)", flush=True)
    return out


def check_targets(figures: dict[str, Any]) -> dict[str, Any]:
    checks: dict[str, Any] = {}
    for key, (op, limit) in TARGETS.items():
        value = figures.get(key)
        if value is None:
            checks[key] = {"value": None, "target": f"{op} {limit}", "met": None}
            continue
        met = value < limit if op == "<" else value >= limit
        checks[key] = {"value": value, "target": f"{op} {limit}", "met": met}
    return checks


def load_news() -> tuple[textmill.Pipeline | None, str]:
    if not NEWS.is_file():
        return None, f"{NEWS.relative_to(ROOT)} not found"
    try:
        return textmill.load(NEWS), ""
    except textmill.TextmillError as exc:
        return None, f"news pipeline does not load: {exc}"


def print_table(results: dict[str, Any]) -> None:
    rows: list[tuple[str, str, str]] = []
    sec = results["sections"]
    if "news" in sec and "workers_1" in sec["news"]:
        news = sec["news"]
        for w in (1, 2):
            r = news[f"workers_{w}"]
            rows.append((f"news pipeline, {w} worker(s), {news['documents']} docs",
                         f"{r['docs_per_s']} docs/s, {r['mb_per_s']} MB/s", ""))
    for key, check in results["targets"].items():
        if check["value"] is None:
            continue
        mark = "ok" if check["met"] else "MISSED"
        rows.append((key, str(check["value"]), f"{check['target']} {mark}"))
    if "memory" in sec and "runs" in sec["memory"]:
        for run in sec["memory"]["runs"]:
            gib = sec["memory"]["file_bytes"] / GIB
            rows.append((f"{gib:.2f} GiB stream, {run['workers']} worker(s)",
                         f"process {run['child_peak_rss_mb']} MB, "
                         f"with workers {run['tree_peak_rss_mb']} MB",
                         f"{run['mb_per_s']} MB/s"))
    width = max(len(r[0]) for r in rows) if rows else 10
    print()
    print(f"{'measure':<{width}}  {'value':<44}  target")
    print(f"{'-' * width}  {'-' * 44}  ------")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<44}  {target}")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="shorter run, smaller inputs")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only these")
    parser.add_argument("--out", default=str(RESULTS))
    parser.add_argument("--news-repeats", type=int, default=2,
                        help="alternated passes of 1 and 2 workers (best kept)")
    parser.add_argument("--news-copies", type=int, default=12,
                        help="rounds of the 501 articles for the 1-vs-2-workers section; "
                             "a longer run amortises the workers' one-second start-up")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not scale_corpus.available():
        print(f"skipped: benchmark data not found in {scale_corpus.SUMM}")
        return 0
    sections = args.only or list(SECTIONS)
    corpus = scale_corpus.news_corpus(1 if args.quick else 4)
    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "quick": args.quick, "corpus": scale_corpus.__doc__.split("\n\n")[1].replace("\n", " "),
        "sections": {}, "skipped": {}}
    pipe, why = load_news()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        noop_file = noop_pipeline_file(Path(tmp))
        noop = textmill.load(noop_file)
        news_serial: dict[str, float] | None = None
        for section in sections:
            print(f"[{section}]", flush=True)
            if section in ("news", "overhead") and pipe is None:
                results["skipped"][section] = why
                print(f"  skipped: {why}")
                continue
            if section == "news" and pipe is not None:
                sub = (corpus[:200] if args.quick
                       else scale_corpus.news_corpus(args.news_copies))
                out = bench_news(pipe, sub, 1 if args.quick else args.news_repeats)
                if len(sub) == len(corpus):
                    news_serial = out["workers_1"]
                figures["two_workers_speedup"] = out["two_workers_speedup"]
            elif section == "overhead" and pipe is not None:
                out = bench_overhead(pipe, corpus[:40 if args.quick else 120],
                                     3 if args.quick else 5)
                figures["pipeline_overhead_pct"] = out["pipeline_overhead_pct"]
            elif section == "noop":
                lines = [json.dumps(r, ensure_ascii=False) for r in corpus]
                out = bench_noop(noop, lines, 5 if args.quick else 15)
                figures["noop_vs_json_loop"] = out["noop_vs_json_loop"]
            elif section == "memory":
                out = bench_memory(noop_file, GIB // 4 if args.quick else GIB)
                figures["peak_rss_mb_1gb_stream"] = out["peak_rss_mb_1gb_stream"]
            else:
                sub = corpus[:200] if args.quick else corpus
                out = bench_peer(sub, news_serial if len(sub) == len(corpus) else None, pipe)
                if "news_vs_peer_speedup" in out:
                    figures["news_vs_peer_speedup"] = out["news_vs_peer_speedup"]
            out["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
            results["sections"][section] = out
    results["targets"] = check_targets(figures)
    out_path = Path(args.out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print(f"\nwrote {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
