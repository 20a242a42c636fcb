"""Scoring predicted events against gold events.

A predicted event matches a gold one when its type is among the gold's accepted types and
its actors' and recipients' countries meet the gold ones (share a country; an empty gold
recipient list accepts no recipient or the gold actors themselves). Optional gold events
are neither missed nor false when predicted. A predicted event that matches a gold
`not_event` counts as an error.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from heron.document import Event
from heron.evaluation import gold as gold_files
from heron.pipeline import Pipeline


def _countries(side: list[dict]) -> set[str]:
    return {x["country"] for x in side if x.get("country")}


def matches(pred: Event, g: dict) -> bool:
    if pred.event_type not in g.get("event_type", []):
        return False
    actors, recipients = _countries(pred.actor), _countries(pred.recipient)
    gold_actors = set(g.get("actor") or [])
    if gold_actors and not actors & gold_actors:
        return False
    return recipient_accepted(recipients, g)


def recipient_accepted(recipients: set[str], g: dict) -> bool:
    """Recipient countries meet a gold event's: share a gold recipient, or, when the gold names
    none, are none or only the gold actors themselves."""
    gold_recipients, gold_actors = set(g.get("recipient") or []), set(g.get("actor") or [])
    if gold_recipients:
        return bool(recipients & gold_recipients)
    return recipients <= gold_actors


def date_correct(pred: Event, g: dict) -> bool:
    return pred.date in [g.get("date")] + list(g.get("date_alternatives", []))


def place_correct(pred: Event, g: dict) -> bool:
    loc = pred.location
    if g.get("location") is None:
        return loc is None
    if loc is None or loc.get("country") != g["location"]:
        return False
    return "location_geonames_id" not in g or loc.get("geonames_id") == g["location_geonames_id"]


@dataclass
class Outcome:
    """What happened to each gold and predicted event of one document."""
    name: str
    matched: list[tuple[dict, Event]] = field(default_factory=list)   # required gold, prediction
    optional: list[tuple[dict, Event]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    false: list[Event] = field(default_factory=list)
    not_event_errors: list[tuple[dict, Event]] = field(default_factory=list)


def _words(text: str) -> set[str]:
    return {w.strip(".,;:“”\"'()").lower() for w in text.split()} - {""}


def evidence_overlap(pred: Event, g: dict) -> float:
    """How much of the gold evidence is in the prediction's sentences (0..1)."""
    evidence = _words(g.get("evidence", ""))
    if not evidence:
        return 0.0
    return len(evidence & _words(pred.sentence)) / len(evidence)


def score_document(name: str, events: list[Event], gold: list[dict], not_events: list[dict]) -> Outcome:
    out = Outcome(name)
    unused = list(events)
    # required first; among matching predictions the one from the evidence sentence, then the right date
    for g in sorted(gold, key=lambda g: not g.get("required", True)):
        cands = [e for e in unused if matches(e, g)]
        if not cands:
            if g.get("required", True):
                out.missed.append(g)
            continue
        best = max(cands, key=lambda e: (evidence_overlap(e, g) >= 0.5, date_correct(e, g), place_correct(e, g),
                                         e.confidence))
        unused.remove(best)
        (out.matched if g.get("required", True) else out.optional).append((g, best))
    for e in unused:
        bad = next((n for n in not_events if e.event_type in n.get("event_type", [])
                    and (not n.get("recipient") or _countries(e.recipient) & set(n["recipient"]))
                    and (not n.get("evidence") or evidence_overlap(e, n) >= 0.5)), None)
        if bad:
            out.not_event_errors.append((bad, e))
        out.false.append(e)
    return out


@dataclass
class Result:
    outcomes: list[Outcome]

    def _sum(self, attr: str) -> int:
        return sum(len(getattr(o, attr)) for o in self.outcomes)

    @property
    def true_positives(self) -> int:
        return self._sum("matched")

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self._sum("false")
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self._sum("missed")
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def date_accuracy(self) -> float | None:
        dated = [(g, e) for o in self.outcomes for g, e in o.matched if g.get("date")]
        return sum(date_correct(e, g) for g, e in dated) / len(dated) if dated else None

    def place_accuracy(self) -> float | None:
        placed = [(g, e) for o in self.outcomes for g, e in o.matched if "location" in g]
        return sum(place_correct(e, g) for g, e in placed) / len(placed) if placed else None

    def per_type(self) -> dict[str, tuple[int, int, int]]:
        """type -> (true positives, false positives, missed)."""
        tp, fp, fn = Counter(), Counter(), Counter()
        for o in self.outcomes:
            for _, e in o.matched:
                tp[e.event_type] += 1
            for e in o.false:
                fp[e.event_type] += 1
            for g in o.missed:
                fn[g["event_type"][0]] += 1
        return {t: (tp[t], fp[t], fn[t]) for t in sorted(set(tp) | set(fp) | set(fn))}

    def not_event_errors(self) -> int:
        return self._sum("not_event_errors")


def evaluate_dir(folder: Path, pipeline: Pipeline | None = None) -> Result:
    pipeline = pipeline or Pipeline()
    outcomes = []
    for gd in gold_files.load(folder):
        document = pipeline(gd.document)
        outcomes.append(score_document(gd.name, document.events, gd.events, gd.not_events))
    return Result(outcomes)
