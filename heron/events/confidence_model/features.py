"""What the confidence model knows about a coded event.

An event is described by how it was found (the trigger's frame, whether it was reported, the
rules' own confidence, how many mentions were merged into it), what it says (type, mode,
modality, whether it is background), how its parties were found (the kind of mention that names
the actor and the recipient, before or after the trigger, in the sentence or carried over from
earlier ones, a pronoun or a name, the story's own country or a foreign one) and how it sits in
the story (the sentence's place, other events of the same sentence, an earlier event with the same
type and parties), and whether the sentence as a whole reads like an event of its type
(heron.events.sentence_types). All features are language-independent except the event type per language. The
trigger's lemma is not one: it names the vocabulary of the readable sets, and without it the model
scored as well on sets it was not trained on (bench/RESULTS.md, session 16).
"""
from __future__ import annotations

import bisect
from collections import Counter

from heron.document import Document, Event
from heron.events import lexicon, sentence_types
from heron.events.confidence_model import structure
from heron.events.merge import countries
from heron.events.recipient_model.features import bucket

BIAS = "bias"


class Story:
    """What every event of one document shares: sentence starts, mention kinds, home country, what
    type of event each event sentence reads like. `type_model` is the sentence-type model to ask
    (training passes one that has not seen the document's set; default: the shipped one); `parsed`
    parses the event sentences for the structural features (structure.py)."""

    def __init__(self, document: Document, home: str | None, type_model: dict | None = None,
                 parsed: bool = False):
        self.language = document.language or "xx"
        self.sentence_starts = [s.start for s in document.sentences]
        self.kinds = {(m.start, m.end): m.kind for m in document.actors}
        self.home = home
        self.signatures = Counter(_signature(e) for e in document.events)
        seen: Counter = Counter()
        self.rank = {}      # event id -> how many events with its type and parties came before it
        for e in document.events:
            self.rank[e.event_id] = seen[_signature(e)]
            seen[_signature(e)] += 1
        self.per_sentence = Counter(e.sentence_start for e in document.events)
        sentences = {e.sentence_start: e.sentence for e in document.events}
        self.sentence_types = dict(zip(sentences, sentence_types.probabilities(list(sentences.values()),
                                                                                self.language, type_model)))
        self.parses = structure.parse(list(sentences.values()), self.language) if parsed else {}
        self.lexicon = lexicon.load(self.language) if parsed else None

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)


def _signature(event: Event) -> tuple:
    return event.event_type, frozenset(countries(event.actor)), frozenset(countries(event.recipient))


def _party(f: dict[str, float], side: str, entities: list[dict], event: Event, story: Story) -> None:
    """How the actor (or recipient) was found: the kind of its first mention, where it stands."""
    if not entities:
        f[f"{side}:none"] = 1.0
        return
    first = entities[0]
    f[f"{side}:count={min(len(entities), 3)}"] = 1.0
    f[f"{side}:kind={story.kinds.get((first.get('start'), first.get('end')), 'other')}"] = 1.0
    f[f"{side}:sector={first.get('sector')}"] = 1.0
    if not first.get("country"):
        f[f"{side}:no_country"] = 1.0
    text, name = first.get("text") or "", first.get("name") or ""
    if text[:1].islower():
        f[f"{side}:lower_case_text"] = 1.0      # a pronoun, a title or a demonym adjective
    if text and name and text.lower() != name.lower():
        f[f"{side}:text_not_name"] = 1.0
    start = first.get("start")
    s0, s1 = event.sentence_start, event.sentence_start + len(event.sentence)
    if start is None:
        f[f"{side}:no_span"] = 1.0
    elif not s0 <= start < s1:
        f[f"{side}:outside_sentence"] = 1.0
    else:
        trig = event.trigger.get("start", s0)
        words = event.sentence[min(start, trig) - s0:max(start, trig) - s0].count(" ")
        f[f"{side}:{'before' if start < trig else 'after'}={bucket(words, (1, 3, 6, 12))}"] = 1.0
    here = countries(entities)
    if story.home and story.home in here:
        f[f"{side}:home"] = 1.0


def features(event: Event, story: Story) -> dict[str, float]:
    """The features of one event (binary unless named otherwise)."""
    lang, etype = story.language, event.event_type
    trigger = event.trigger or {}
    f: dict[str, float] = {BIAS: 1.0, f"type={etype}": 1.0, f"type={etype}:{lang}": 1.0, f"lang={lang}": 1.0,
                           f"mode={etype}:{event.mode}": 1.0, f"frame={trigger.get('frame')}": 1.0,
                           f"frame={trigger.get('frame')}:{etype}": 1.0,
                           f"modality={event.modality}": 1.0, f"date_source={event.date_source}": 1.0,
                           f"date_precision={event.date_precision}": 1.0,
                           f"rule_confidence={bucket(event.confidence, (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85))}": 1.0,
                           f"mentions={min(len(event.mentions), 3)}": 1.0}
    if trigger.get("reported"):
        f["reported"] = 1.0
    if event.historical:
        f["historical"] = 1.0
    if event.speaker:
        f["speaker"] = 1.0
    if event.location is None:
        f["no_location"] = 1.0
    if len((trigger.get("text") or "").split()) > 1:
        f["multiword_trigger"] = 1.0
    _party(f, "actor", event.actor, event, story)
    _party(f, "recipient", event.recipient, event, story)
    actors, recipients = countries(event.actor), countries(event.recipient)
    if actors and recipients and actors & recipients:
        f["domestic"] = 1.0
    if len(actors) > 1:
        f["joint"] = 1.0
    index = story.sentence_index(event.sentence_start)
    f[f"sentence={bucket(index, (1, 2, 4, 8))}"] = 1.0
    f[f"events_in_sentence={min(story.per_sentence[event.sentence_start], 4)}"] = 1.0
    f[f"same_signature={min(story.signatures[_signature(event)], 3)}"] = 1.0
    if story.rank.get(event.event_id):
        f["same_signature_before"] = 1.0
    f[f"sentence_words={bucket(event.sentence.count(' '), (10, 20, 30, 45))}"] = 1.0
    told = story.sentence_types.get(event.sentence_start, {}).get(etype, 0.0)
    f[f"sentence_type={bucket(told, (0.05, 0.1, 0.2, 0.35, 0.5, 0.7))}"] = 1.0
    structure.features(f, event, story.parses.get(event.sentence), lang, story.lexicon)
    return f
