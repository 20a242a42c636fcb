"""The classifier's veto: drop lexical events whose sentence the multilingual sentence
classifier (heron.events.classifier, USE-multilingual + a small head) reads as no political
event at all. Runs after coding, before merging; one batch of sentences per document."""
from __future__ import annotations

from heron.document import Document

#: P(NONE) at or above which a sentence's lexical events are dropped (bench/RESULTS.md)
THRESHOLD = 0.9


def veto(document: Document, threshold: float = THRESHOLD) -> Document:
    if not document.events:
        return document
    from heron.events import classifier
    sentences = sorted({e.sentence for e in document.events})
    none = {s: p.get("NONE", 0.0) for s, p in zip(sentences, classifier.predict(sentences))}
    document.meta["vetoed"] = [e.event_id for e in document.events if none[e.sentence] >= threshold]
    document.events = [e for e in document.events if none[e.sentence] < threshold]
    return document
