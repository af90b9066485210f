"""A digest of everything ``attribute_quotes`` outputs on the project's evaluation texts.

Usage::

    python bench/quotes_digest.py [--out digest.json] [--against other.json] [--compiled]

Runs the step on every document of ``tests/data/quotes_eval`` (the own set and the
held-out sets) and of the German Wikinews splits in ``../shared/bench/quotes`` when
present, once for direct quotes and once with indirect speech, and prints one JSON
object: the number of documents, a SHA-256 digest of all the spans and attributes, and
the step's modules that run compiled. Two installs of the same commit (the pure-Python
one and the compiled build, ``TEXTMILL_COMPILE=1``) must give the same digest;
``.ci/run`` checks that they do: ``--against`` compares with a digest written before by
``--out`` (exit 1 when they differ), and ``--compiled`` fails unless the step runs compiled.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import textmill.plugins.quotes as quotes_plugin
from textmill.plugin_host import compiled_modules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_quotes import OWN, SHARED, run_step


def documents() -> list[dict[str, Any]]:
    """The evaluation documents, in a fixed order."""
    paths = sorted(OWN.glob("*.jsonl")) + sorted(OWN.glob("heldout*/*.jsonl"))
    paths += sorted(SHARED.glob("de_wikinews_*.jsonl")) if SHARED.is_dir() else []
    records = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records.append({"text": record["text"], "lang": record.get("lang", "de")})
    return records


def digest() -> dict[str, Any]:
    """The document count, the digest of the step's outputs and the compiled modules."""
    records = documents()
    sha = hashlib.sha256()
    for indirect in (False, True):
        for found in run_step(records, indirect=indirect):
            sha.update(json.dumps(found, ensure_ascii=False, sort_keys=True).encode("utf-8"))
            sha.update(b"\n")
    return {
        "documents": len(records),
        "digest": sha.hexdigest(),
        "compiled": list(compiled_modules(quotes_plugin)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="also write the result to this JSON file")
    parser.add_argument("--against", type=Path, help="a result to compare the digest with")
    parser.add_argument("--compiled", action="store_true", help="require a compiled step")
    args = parser.parse_args()
    result = digest()
    print(json.dumps(result, sort_keys=True))
    if args.out:
        args.out.write_text(json.dumps(result, sort_keys=True) + "\n", encoding="utf-8")
    if args.compiled and not result["compiled"]:
        sys.exit("quotes_digest: the quotes step runs as pure Python, not compiled")
    if args.against:
        other = json.loads(args.against.read_text(encoding="utf-8"))
        if (other["documents"], other["digest"]) != (result["documents"], result["digest"]):
            sys.exit(f"quotes_digest: outputs differ from {args.against}: {other}")
        print(f"quotes_digest: same output as {args.against} on {result['documents']} documents")

if __name__ == "__main__":
    main()
