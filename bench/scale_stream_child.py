"""Child process of the peak-memory benchmark: stream a JSONL file through a pipeline.

Usage: ``python bench/scale_stream_child.py PIPELINE.yaml INPUT.jsonl WORKERS``.
Reads the input line by line, writes every output record to ``/dev/null`` and
prints one JSON line with the count of documents, bytes read, seconds and its own
peak RSS (``VmHWM``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

import textmill


def read_jsonl(path: str, counter: dict[str, int]) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            counter["bytes"] += len(line)
            yield json.loads(line)


def main() -> None:
    pipeline_path, input_path, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pipe = textmill.load(pipeline_path)
    counter = {"bytes": 0, "docs": 0}
    started = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for doc in pipe.stream(read_jsonl(input_path, counter), workers=workers):
            sink.write(doc.to_json())
            sink.write("\n")
            counter["docs"] += 1
    seconds = time.perf_counter() - started
    print(json.dumps({**counter, "seconds": seconds, "vmhwm_kb": peak_rss_kb()}))


def peak_rss_kb() -> int:
    """This process's peak resident set size (VmHWM: reset at exec, unlike ru_maxrss)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


if __name__ == "__main__":
    main()
