"""The recipient stage: whom each event is aimed at, chosen by a trained model.

The coder's rules pick a recipient from the trigger's frame and markers, and the
implied-recipients stage fills in a target the story named earlier. On articles the rules were
not written on, many events still had no recipient where the gold has one (bench/RESULTS.md).
This stage weighs NONE against the countries the sentence and the story before it name
(features.py) with a conditional logit trained on the readable gold sets
(training/recipient_model/train.py, CARD.md). It aims an event the rules left without a
recipient at the best one when it beats NONE by the model's margin, and replaces the rules'
recipient (or clears it) only when another choice beats it by a wider one. Runs after implied
recipients, on the events in text order; every event's features are computed before any
recipient changes, as in training.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from heron.document import ActorMention, Document, Event
from heron.events import accusations, group_record, lexicon
from heron.events.implied_recipients import parallel_actors, target_settled
from heron.events.merge import countries
from heron.events.recipient_model.features import NONE, Story, candidates
from heron.events.recipient_rules import LAWSUIT_CAMEO
from heron.events.story_country import home_country

MODEL_PATH = Path(__file__).resolve().parent / "weights.json"


@lru_cache(maxsize=1)
def model() -> dict:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def score(features: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in features.items())


def choice(cands: dict[str, dict[str, float]], rule: set[str], barred: set[str], joint: bool,
           weights: dict[str, float], margins: dict[str, float]) -> str | None:
    """The country to aim an event at, NONE to clear the rules' recipient, or None to keep it.

    An event the rules gave no recipient, or only the actor's own country, gets a candidate that
    beats NONE by a margin: `here` for a country the sentence names, `away` for one only the story
    before it names (a target carried over from earlier sentences is right less often; since session 23 with no
    story link required: its features weigh the link). A foreign recipient the rules chose yields only
    to a candidate (or NONE) that beats it by `replace`, never to a party the sentence marks as a
    third one ('in de strijd tegen IS'); named before the trigger (an object before a verb at the end)
    it yields the same way since session 23, but the party obliged in 'España afirmó que Rusia debe
    retirar sus tropas' is marked by its rule (group_record.OBLIGED) and never overruled (ruled()).
    `barred` countries are never brought in: the actor's own (scoring accepts it for a domestic
    act, but it says nothing), a complaint's forum, and a country that says its own piece beside
    the actor in a parallel clause ('Francia criticó la decisión, y Alemania la calificó de
    "inaceptable"': the sentence names it, but as the other's actor; barred()). A joint act (joint():
    several actor countries of a mutual act, or a group phrase) gets none: all its parties are actors
    (CODING 2)."""
    own_target = bool(rule) and rule <= barred       # 'Niamey a exigé une enquête' -> NER: no target named
    if joint:
        return None
    scores = {c: score(f, weights) for c, f in cands.items()
              if c not in barred}
    if rule and not own_target:
        if "replace" not in margins:
            return None
        scores = {c: s for c, s in scores.items() if not cands[c].get("third_party")}
        best = max(scores, key=scores.get)
        kept = max(score(cands[c], weights) for c in rule if c in cands)
        return best if best not in rule and scores[best] > kept + margins["replace"] else None
    kept = max([scores[NONE]] + [score(cands[c], weights) for c in rule if c in cands])
    best = max(scores, key=scores.get)
    if best == NONE:
        return None
    margin = margins["here"] if cands[best].get("here") else margins["away"]
    return best if scores[best] > kept + margin else None


def _entity(country: str, event: Event, earlier: list[Event], mentions: list[ActorMention]) -> dict:
    """The words that name the chosen country: in the event's sentence the mention nearest after
    the trigger (else before it), else the party of an earlier event, else its last mention."""
    s0, s1 = event.sentence_start, event.sentence_start + len(event.sentence)
    t = event.trigger.get("start", s0)
    here = [m for m in mentions if m.country == country and s0 <= m.start < s1]
    after = [m for m in here if m.start >= t]
    m = min(after, key=lambda m: m.start) if after else max(here, key=lambda m: m.start) if here else None
    if m is None:
        for k in reversed(earlier):
            for x in k.recipient + k.actor:
                if x.get("country") == country:
                    return dict(x)
        told = [m for m in mentions if m.country == country and m.start < s0]
        m = told[-1] if told else next(m for m in mentions if m.country == country)
    return group_record.entity(m)


def forums(event: Event) -> set[str]:
    """'saisir l'OMC': the international body a complaint is brought before is where, not whom
    (the coder's rule, recipient_rules.venue)."""
    return {"IGO", "UNO"} if event.cameo == LAWSUIT_CAMEO else set()


def ruled(event: Event) -> bool:
    """A recipient a documented rule of the coder decided, named in its entity's 'rule' (a protest
    with no named target faces the protesters' own government; a reaction that names an act by its
    type, or warns of its harm, is aimed at its doer: reactions.ANSWERED): the model does not overrule it.
    Protecting the unnamed people an arrest falls on, or troops at their own border, the same way
    lost events on the readable sets (bench/RESULTS.md, session 12). A denial told only by what is
    said ('benadrukte dat de VS "niet betrokken" waren') answers the accuser the coder found, or no
    one: the parties its sentence names are what is denied, not whom it answers. An appeal to a group
    named by no state ('riep de westerse bondgenoten op': implied_recipients.UNNAMED_ADDRESSEE) has
    its addressee; a state the story names elsewhere is not it. A step a party rules out for itself
    ('a exclu toute réouverture': implied_recipients.NO_TARGET) is aimed at no one."""
    return any(r.get("rule") for r in event.recipient) or event.trigger.get("lemma") == accusations.DENY.pattern \
        or target_settled(event)


def barred(event: Event, document: Document, story: Story) -> set[str]:
    """The countries choice() never brings in for this event: its actor's own, a complaint's forum,
    those acting beside it in a parallel clause (parallel_actors) and those at whose request it is done
    (requesters) or who back the actor in an apposition (described_actors), unless the rules chose one."""
    return countries(event.actor) | forums(event) | (
        (parallel_actors(event, document) | requesters(event, story) | described_actors(event, story))
        - countries(event.recipient)) | fronted_settings(event, story)


def fronted_settings(event: Event, story: Story) -> set[str]:
    """'Depuis Paris, le président du PDCI a dénoncé une « mascarade »', 'Desde Ginebra, la ONU pidió
    ...': a country the event's sentence names only as the place it opens with (Story.fronted_setting)
    is where the act is told from, not its target (the coder's rule: recipient_rules.fronted_setting).
    A meeting's place is its host (CODING 2), so a CONSULT keeps it."""
    if event.event_type == "CONSULT":
        return set()
    return _named_only_as(event, story, story.fronted_setting)


def requesters(event: Event, story: Story) -> set[str]:
    """'Gupta werd op verzoek van de Verenigde Staten in Praag gearresteerd', 'arrested at the request of
    the United States': a country the event's sentence names only after a phrase of request
    (Story.requested) asked for the act; it is not its target (the coder's rules read it the same way:
    argument_record.requested_by)."""
    return _named_only_as(event, story, story.requested)


def described_actors(event: Event, story: Story) -> set[str]:
    """'Les Houthis, soutenus par l'Iran, ont promis ...', 'The Houthis, backed by Iran, vowed revenge':
    a country the event's sentence names only as the agent in an apposition on the actor
    (Story.describes) says who the actor is; the act is not aimed at it."""
    heads = {a["end"] for a in event.actor if a.get("end") is not None}
    return _named_only_as(event, story, lambda m: story.describes(m, heads))


def _named_only_as(event: Event, story: Story, role) -> set[str]:
    """The countries the event's sentence names only in mentions for which `role` holds: a country
    also named otherwise there may still be the event's party."""
    if "start" not in event.trigger:
        return set()
    sentence = story.sentence_index(event.trigger["start"])
    in_role, other = set(), set()
    for m in story.mentions:
        if story.sentence_index(m.start) == sentence:
            (in_role if role(m) else other).add(m.country)
    return in_role - other


#: acts whose parties are all actors when several countries do them (CODING 2: meetings and talks,
#: mutual material cooperation); any act told with a symmetric trigger ('agreed', 'signed', 'clashed')
MUTUAL_TYPES = {"CONSULT", "COOPERATE"}


def joint(event: Event) -> bool:
    """An act of several actor countries done together, with no one else as its target: a mutual act
    (MUTUAL_TYPES, or a symmetric trigger frame: 'Rusland en Oekraïne wisselden gevangenen uit'), or one a
    group phrase does ('the two countries', 'both sides', 'beide landen': group_phrases.parties puts a
    mention of each party on the phrase's words). Several countries doing a one-sided act ('France and
    Germany condemned ...', 'México y Venezuela enviaron barcos con alimentos') still aim it at its
    object (CODING 3: one record, one or more actors, zero or more recipients)."""
    if len(countries(event.actor)) < 2:
        return False
    spans = [(a.get("start"), a.get("end")) for a in event.actor if a.get("country")]
    return event.event_type in MUTUAL_TYPES or event.trigger.get("frame") == "sym" \
        or event.trigger.get("lemma") in _with_partner(event.language) or len(set(spans)) < len(spans)


@lru_cache(maxsize=None)
def _with_partner(language: str) -> frozenset[str]:
    """The language's trigger patterns done with a partner: a symmetric frame, or a preposition of the
    partner among the recipient's (grammar.json comitative_markers: 'agree with', 'akkoord gaan met',
    'cut ties with'). Several actor countries of such an act with no partner named are each other's."""
    lex = lexicon.load(language)
    if lex is None:
        return frozenset()
    partner = lex.cue_set("comitative_markers")
    rows = [t for ts in lex.exact.values() for t in ts] + [t for _, t in lex.suffixes + lex.prefixes]
    return frozenset(t.pattern for t in rows if t.frame == "sym" or partner & set(t.preps))


def choose(document: Document) -> Document:
    """The stage."""
    if not document.events:
        return document
    m = model()
    story = Story(document, home_country(document), parse=m.get("syntax", False))
    decided = [None if ruled(e) else
               choice(candidates(story, e, document.events[:n]), countries(e.recipient), barred(e, document, story),
                      joint(e), m["weights"], m["margins"])
               for n, e in enumerate(document.events)]
    for n, (event, best) in enumerate(zip(document.events, decided)):
        if best == NONE:
            event.recipient = []
        elif best:
            event.recipient = [_entity(best, event, document.events[:n], story.mentions)]
    return document
