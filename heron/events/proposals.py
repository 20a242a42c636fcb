"""Events the lexicons miss, proposed by the multilingual sentence classifier.

A sentence with no lexical event but at least two actors from different countries, which the
classifier (heron.events.classifier) reads as one PLOVER type with probability >= THRESHOLD,
gets one event of that type: the first actor is the actor, the first actor of another country
after it the recipient. Such an event's trigger is the whole sentence with lemma "classifier"
and its confidence the classifier's probability, so a user can tell it apart from lexical ones.
Measured by bench/classifier_proposals.py: at 0.9 it adds events on held-out French and on
ConfliBERT and changes no other set (bench/RESULTS.md), so it is in the default pipeline.
"""
from __future__ import annotations

import re

from heron.document import Document
from heron.events import lexicon, record, timing

THRESHOLD = 0.9


def _not_asserted(text: str, cues: frozenset[str]) -> bool:
    """A question, or a sentence with a word of negation, condition or mere possibility
    (grammar.json): the classifier reads its topic, not whether anything happened ('Israel has not
    yet decided whether to retaliate against Iran' was proposed as a rejection)."""
    return text.rstrip().endswith("?") or bool(set(re.findall(r"[\w']+", text.lower())) & cues)


def propose(document: Document, threshold: float = THRESHOLD) -> Document:
    covered = {e.sentence_start for e in document.events}
    candidates = []
    lex = lexicon.load(document.language) if document.language else None
    cues = lex.cue_set("negation") | lex.cue_set("hypothetical") | lex.cue_set("conditional_openers") \
        if lex else frozenset()
    for sent in document.sentences:
        if sent.start in covered or _not_asserted(sent.text, cues):
            continue
        actors = [a for a in document.actors if sent.start <= a.start < sent.end and a.country]
        if len({a.country for a in actors}) < 2:
            continue
        candidates.append((sent, actors))
    if not candidates:
        return document
    from heron.events import classifier
    for (sent, actors), probs in zip(candidates, classifier.predict([s.text for s, _ in candidates])):
        label, p = max(probs.items(), key=lambda x: x[1])
        if label == "NONE" or p < threshold:
            continue
        actor = actors[0]
        recipient = next(a for a in actors if a.country != actor.country)
        # no trigger to anchor a time to: the sentence's first time expression, if it has one
        time = next((t for t in document.times if sent.start <= t.start < sent.end and t.value), None)
        date = time.value if time else document.base_date
        document.events.append(record.new_event(
            document, label, None, None, f"{sent.start}|proposed",
            contexts=[], actor=[actor.entity()], recipient=[recipient.entity()],
            date=date, date_precision=timing.precision(date),
            date_source="text" if time else "dateline" if document.dateline and document.dateline.date else "publication",
            date_text=time.text if time else None,
            modality="asserted", location=None, sentence=sent.text, sentence_start=sent.start,
            trigger={"text": sent.text, "start": sent.start, "end": sent.end, "lemma": "classifier"},
            confidence=round(p, 2), speaker=None, historical=timing.historical(date, document.base_date),
            mentions=[]))
    return document
