"""Same input and pipeline give byte-identical output in separate processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys
import textmill
root = sys.argv[1]
seed = open(root + "/seeds/it-kim-lavrov.txt", encoding="utf-8").read()
rows = [json.loads(l) for l in open(root + "/tests/data/langid_sample.jsonl", encoding="utf-8")]
texts = [seed] + [r["text"] for r in rows if r["length_class"] == "short"][:40]
for method in ("chain", "sampling"):
    pipe = textmill.load({"version": 1, "steps": [
        {"step": "detect_language", "params": {"mode": "blocks", "method": method,
                                               "min_confidence": 0.0}},
        "mark_boilerplate"]})
    for i, text in enumerate(texts):
        sys.stdout.write(pipe(text, id=f"{method}-{i}").to_json() + "\n")
"""


@pytest.mark.slow
def test_five_processes_give_identical_bytes() -> None:
    outputs = []
    for run in range(5):
        # A different hash seed per process: no result may depend on set/dict ordering.
        env = {"PYTHONHASHSEED": str(run * 7919 + 1), "PATH": "/usr/bin:/bin"}
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, check=True,
            env=env, timeout=300,
        )
        outputs.append(result.stdout)
    assert outputs[0].count(b"\n") == 2 * 41
    assert b'"lang":"it"' in outputs[0]
    assert all(out == outputs[0] for out in outputs[1:])
