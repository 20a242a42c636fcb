"""Reading two-column CoNLL files (``token tag`` per line, blank line between sentences):
shared by bench/actors_eval.py and bench/devsets/build.py for the ConfliBERT CAMEO spans."""
from __future__ import annotations

from pathlib import Path


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, tag = line.rsplit(" ", 1)
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents
