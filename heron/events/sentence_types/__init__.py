"""What kind of event a sentence tells, as the readable gold sets teach it.

For each PLOVER type, the probability that a careful coder codes an event of that type from a
sentence: one logistic regression per type over a TF-IDF bag of the sentence's words and word pairs
(with the language code as one more word), trained on every sentence of the readable gold sets
(training/sentence_types/train.py, CARD.md). The confidence model reads the probability of an event's
own type as a feature: the rules find an event by its trigger and its frame, this says whether the
sentence as a whole reads like one.

Why not the multilingual sentence classifier (heron.events.classifier): its encoder costs about 10 ms
a sentence on a laptop CPU, several times the whole rest of the pipeline per article, and as a feature
it scored no better leaving one set out (bench/RESULTS.md, session 19). Why hand-written: the TF-IDF
transform below is scikit-learn's (lower case, tokens of two or more word characters, unigrams and
bigrams, sublinear term frequency, smoothed idf, L2 norm), but scikit-learn is a training-only
dependency; at run time the model is a few arrays read with numpy.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "model.npz"
#: scikit-learn's default token pattern
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def text_of(sentence: str, language: str) -> str:
    """What the model reads: the language code, then the sentence (the same at training and run time)."""
    return f"{language or 'xx'} {sentence}"


def terms(text: str) -> Counter:
    """The words (two or more word characters, lower case) and adjacent word pairs of a text."""
    words = TOKEN.findall(text.lower())
    return Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:])])


@lru_cache(maxsize=1)
def model() -> dict:
    with np.load(MODEL_PATH, allow_pickle=False) as z:
        vocabulary = [str(t) for t in z["vocabulary"]]
        return {"index": {t: i for i, t in enumerate(vocabulary)}, "idf": z["idf"].astype(np.float32),
                "weights": z["weights"].astype(np.float32), "bias": z["bias"].astype(np.float32),
                "types": [str(t) for t in z["types"]]}


def vector(text: str, m: dict) -> tuple[np.ndarray, np.ndarray]:
    """The TF-IDF vector of a text, L2-normalised, as (term indices, values)."""
    index, idf = m["index"], m["idf"]
    found = [(index[t], 1.0 + math.log(c)) for t, c in terms(text).items() if t in index]
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.array([i for i, _ in found], dtype=np.int64)
    val = np.array([tf for _, tf in found], dtype=np.float32) * idf[idx]
    return idx, val / float(np.linalg.norm(val))


def probabilities(sentences: list[str], language: str, m: dict | None = None) -> list[dict[str, float]]:
    """Per sentence, the probability of each PLOVER type being coded from it. `m` is a model dict like
    model()'s (training passes one fitted without the set it rates)."""
    m = m or model()
    out = []
    for sentence in sentences:
        idx, val = vector(text_of(sentence, language), m)
        z = val @ m["weights"][idx] + m["bias"]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        out.append(dict(zip(m["types"], map(float, p))))
    return out
