"""Run every textmill benchmark: ``python bench/run_all.py [--quick] [--skip NAME ...]``.

Runs the scale suite (``bench/bench_scale.py``) and each per-area benchmark present
(``bench_langid.py``, ``bench_sbd.py``, ``bench_quotes.py``, ``bench_summ.py``), one
process each, in this order, with the same Python. ``--quick`` asks each for a
shorter run (its ``--quick`` flag when it has one, else a smaller ``--limit``).
Each script prints its own table and writes ``bench/results/<area>.json``; this
runner then prints a summary table (script, status, seconds) and writes
``bench/results/run_all.json``. A ``--quick`` run leaves the full results alone: what
the scripts wrote is moved to ``bench/results/quick/`` and the previous files are put
back. Benchmarks read ``../shared/bench`` and skip cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"

Option = tuple[str, str]
#: (script, options for a quick run when the script has no --quick flag)
SCRIPTS: tuple[tuple[str, tuple[Option, ...]], ...] = (
    ("bench_scale.py", ()),
    ("bench_langid.py", (("--limit", "40"), ("--repeats", "1"))),
    ("bench_sbd.py", ()),
    ("bench_quotes.py", ()),
    ("bench_summ.py", (("--limit", "60"),)),
)


def quick_args(script: Path, fallback: tuple[Option, ...]) -> list[str]:
    """``--quick`` when the script accepts it, else those of its short-run options it has."""
    source = script.read_text(encoding="utf-8")
    if '"--quick"' in source or "'--quick'" in source:
        return ["--quick"]
    return [part for flag, value in fallback if f'"{flag}"' in source for part in (flag, value)]


def keep_full_results(before: dict[Path, bytes]) -> Path:
    """Move what a quick run wrote to ``results/quick/``; put the previous files back."""
    quick = RESULTS / "quick"
    quick.mkdir(exist_ok=True)
    for path in RESULTS.glob("*.json"):
        data = path.read_bytes()
        if before.get(path) != data:
            (quick / path.name).write_bytes(data)
            if path in before:
                path.write_bytes(before[path])
            else:
                path.unlink()
    return quick


def run(script: Path, args: list[str]) -> dict[str, Any]:
    command = [sys.executable, str(script), *args]
    print(f"\n=== {script.name} {' '.join(args)}".rstrip(), flush=True)
    started = time.perf_counter()
    code = subprocess.call(command, cwd=ROOT)
    return {"script": script.name, "args": args, "exit_code": code,
            "seconds": round(time.perf_counter() - started, 1)}


def run_scripts(quick: bool, skip: list[str]) -> list[dict[str, Any]]:
    """Run each benchmark script present; their statuses and durations."""
    runs: list[dict[str, Any]] = []
    for name, fallback in SCRIPTS:
        script = BENCH / name
        if name in skip:
            runs.append({"script": name, "status": "skipped (--skip)"})
            continue
        if not script.is_file():
            runs.append({"script": name, "status": "not present"})
            continue
        result = run(script, quick_args(script, fallback) if quick else [])
        result["status"] = "ok" if result["exit_code"] == 0 else f"FAILED ({result['exit_code']})"
        runs.append(result)
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs")
    parser.add_argument("--skip", action="append", default=[],
                        help="skip a script (e.g. bench_summ.py); repeatable")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    before = {path: path.read_bytes() for path in RESULTS.glob("*.json")}
    try:
        runs = run_scripts(args.quick, args.skip)
    finally:
        folder = keep_full_results(before) if args.quick else RESULTS
    summary = {"quick": args.quick, "python": sys.version.split()[0], "runs": runs}
    scale = folder / "scale.json"
    if scale.is_file():
        summary["scale_targets"] = json.loads(scale.read_text(encoding="utf-8")).get("targets")
    (folder / "run_all.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print("\n=== summary")
    print(f"{'script':<18} {'status':<18} seconds")
    for r in runs:
        print(f"{r['script']:<18} {r['status']:<18} {r.get('seconds', '')}")
    for key, check in (summary.get("scale_targets") or {}).items():
        if check.get("value") is not None:
            mark = "ok" if check["met"] else "MISSED"
            print(f"  {key:<26} {check['value']:<10} {check['target']:<10} {mark}")
    print(f"wrote {folder / 'run_all.json'}")
    return 0 if all(r.get("exit_code", 0) == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
