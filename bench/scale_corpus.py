"""The benchmark corpus of the scale suite: >= 2,000 real news documents.

Built from the 500 news articles of ``../shared/bench/summ/`` (250 CNN/DailyMail
and 250 XSum test articles, one sentence per line, as distributed) plus the seed
article ``seeds/it-kim-lavrov.txt``: those 501 texts repeated ``copies`` times
(4 by default: 2,004 documents, ~8 MB), each copy with its own id
(``<id>#<copy>``). No text is altered, so every figure is measured on real news
text; the repetition only lengthens the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SUMM = ROOT.parent / "shared" / "bench" / "summ"
SEED = ROOT / "seeds" / "it-kim-lavrov.txt"
SETS = ("frank_cnndm.jsonl", "frank_xsum.jsonl")


def available() -> bool:
    """True when the shared benchmark data is present."""
    return all((SUMM / name).is_file() for name in SETS)


def base_articles() -> list[dict[str, Any]]:
    """The 501 distinct articles: ``{"id", "text", "meta": {"source"}}``."""
    articles: list[dict[str, Any]] = []
    for name in SETS:
        with (SUMM / name).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    articles.append({"id": row["id"], "text": row["text"],
                                     "meta": {"source": name.split(".")[0]}})
    articles.append({"id": "seed-it-kim-lavrov", "text": SEED.read_text(encoding="utf-8"),
                     "meta": {"source": "seed"}})
    return articles


def news_corpus(copies: int = 4) -> list[dict[str, Any]]:
    """``copies`` rounds of the base articles, ids made distinct per copy."""
    base = base_articles()
    return [{"id": f"{a['id']}#{k}", "text": a["text"], "meta": dict(a["meta"])}
            for k in range(copies) for a in base]


def text_bytes(records: list[dict[str, Any]]) -> int:
    """UTF-8 size of the texts (for MB/s)."""
    return sum(len(r["text"].encode("utf-8")) for r in records)
