"""The confidence stage: how likely each event is to be right, learned from the readable gold sets.

The coder's rules give each event a rough confidence from how directly its trigger and arguments
were found. This stage replaces it with the probability that the event is right, as a logistic
regression over what the rules found (features.py) estimates it: trained on the events the
pipeline codes in the readable gold sets, labelled by the scorer (training/confidence_model/train.py,
CARD.md). The pipeline leaves out events under the model's threshold, chosen end to end leaving one
set out; `heron code --min-confidence` sets another (0 keeps every event). The rules' confidence
is one of the features, so it runs last, after the recipient model and partners. A model trained
with the structural features (structure.py, `parsed` in weights.json) parses the event sentences.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from heron.document import Document
from heron.events.confidence_model.features import Story, features
from heron.events.story_country import home_country

MODEL_PATH = Path(__file__).resolve().parent / "weights.json"
INTERCEPT = "(intercept)"


@lru_cache(maxsize=1)
def model() -> dict:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def threshold() -> float:
    """The confidence under which the pipeline leaves an event out by default."""
    return model()["threshold"]


def probability(f: dict[str, float], weights: dict[str, float]) -> float:
    z = weights.get(INTERCEPT, 0.0) + sum(weights.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def rate(document: Document) -> Document:
    """Set each event's confidence to the model's probability that it is right."""
    if not document.events:
        return document
    weights = model()["weights"]
    story = Story(document, home_country(document), parsed=model().get("parsed", False))
    rated = [(e, round(probability(features(e, story), weights), 2)) for e in document.events]
    for event, p in rated:      # every event's features first, from the rules' confidence
        event.confidence = p
    return document
