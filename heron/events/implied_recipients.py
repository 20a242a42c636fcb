"""Targets a story names once: an event with no recipient takes the target of the same actor's
earlier act.

    Azerbaijan accused Russia of extrajudicial killings. It also demanded punishment ...
                                                         -> REQUEST AZE -> RUS
    Colombia agreed with the US ... Colombia agreed to accept deportees
                                                         -> AGREE COL -> USA

First the same actor's last act of the same type (any type of target; by the same doer, not
another body of its country named in other words: merge.same_doer), else, for acts aimed at
someone (INHERITS), its last asserted act with a target by the same side: an opposition, a court
or a newspaper is not its government, unless what the government last acted on was its own
country. Runs after merging, on the events in text order.
"""
from __future__ import annotations

import re

from heron.document import Document, Event
from heron.events import lexicon
from heron.events.merge import countries, dates_agree, same_actor, same_doer

#: acts aimed at someone that a story often tells without naming the target again
INHERITS = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "AID", "SANCTION"}

#: the trigger's mark of an act aimed at a group no state's name stands for ('riep de westerse
#: bondgenoten op', 'urged Western allies', 'pidió a la comunidad internacional'; the coder reads it
#: from grammar.json unnamed_addressees): its addressee is named, so no target is brought in for it
UNNAMED_ADDRESSEE = "unnamed_addressee"

#: the trigger's mark of an act aimed at no one: a party ruling out a step of its own ('ruled out
#: any retreat', 'a exclu toute réouverture') or refusing to resign (the coder reads it with
#: reactions.rules_out_step): no target is brought in for it either
NO_TARGET = "no_target"


def target_settled(event: Event) -> bool:
    """The coder marked the event as aimed at an unnamed group or at no one (UNNAMED_ADDRESSEE,
    NO_TARGET): no stage after it brings in a target."""
    return bool(event.trigger.get(UNNAMED_ADDRESSEE) or event.trigger.get(NO_TARGET))

#: sectors that act for themselves, not for their country's government (titles.tsv sectors)
NOT_THE_STATE = {"OPP", "JUD", "REB", "PTY", "CVL", "LAB", "BUS", "MED", "JRN", "EDU", "REL", "CRM", "UNK", "REF"}


#: what parties say of one act side by side ('France criticised the decision and Germany called it
#: unacceptable', 'Washington backed the plan, while China rejected it'): a party that says its own
#: piece in a parallel clause is beside the other, not its target
PARALLEL_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "AGREE"}
_WORD_OR_SEMICOLON = re.compile(r"[^\W\d_]+|;", re.UNICODE)


def bodies(side: list[dict]) -> set[str]:
    """The kinds of body of a side: the state, or a sector that acts for itself (an opposition)."""
    return {x.get("sector") if x.get("sector") in NOT_THE_STATE else "state" for x in side}


def _same_body(a: list[dict], b: list[dict]) -> bool:
    """The same kind of body of a country: 'Moscow' and 'Lavrov' are both the state, 'the Russian
    opposition' or 'a Panamanian court' another than the government."""
    return bool(bodies(a) & bodies(b))


def _earlier_target(event: Event, earlier: list[Event]) -> Event | None:
    same_type = next((k for k in reversed(earlier) if k.event_type == event.event_type
                      and countries(k.actor) == countries(event.actor) and k.recipient
                      and same_actor(k, event) and same_doer(k, event) and dates_agree(k, event)), None)
    if same_type or event.event_type not in INHERITS:
        return same_type
    return next((k for k in reversed(earlier) if countries(k.actor) == countries(event.actor)
                 and (_same_body(k.actor, event.actor) or countries(k.recipient) <= countries(k.actor))
                 and k.recipient and not k.historical and k.modality in {"asserted", "future"}), None)


def _named_actors(event: Event) -> list[dict]:
    """The event's actors its own sentence names (not a subject carried over from before)."""
    s0, s1 = event.sentence_start, event.sentence_start + len(event.sentence)
    return [a for a in event.actor if a.get("start") is not None and s0 <= a["start"] < s1]


def _span(event: Event) -> tuple[int, int]:
    """Where an event's own words stand in the text: its trigger and the actors its sentence names."""
    named = _named_actors(event)
    return (min([event.trigger.get("start", event.sentence_start)] + [a["start"] for a in named]),
            max([event.trigger.get("end", event.sentence_start)] + [a["end"] for a in named]))


def _joined(first: Event, then: Event, text: str, lex) -> bool:
    """The clause of `then` follows the one of `first`, joined by a coordinator or a semicolon
    ('y Alemania la calificó', 'and Germany called it', 'während Polen sie kritisierte', 'terwijl
    China het verwierp', '; l'Iran, lui, l'a saluée') or by a bare comma before its subject
    ('die Entscheidung, Deutschland nannte sie'); a relative or complement clause has none of
    these between ('la décision que l'Allemagne a soutenue', 'the decision, which Germany backed')."""
    gap = text[_span(first)[1]:_span(then)[0]].lower()
    joiners = lex.cue_set("coordinators") | lex.cue_set("contrast_coordinators") \
        | lex.cue_set("contrast_subordinators") | {";"}
    if set(_WORD_OR_SEMICOLON.findall(gap)) & joiners:
        return True
    _, comma, after = gap.rpartition(",")
    return bool(comma) and all(w in lex.cue_set("articles") for w in after.split())


def parallel(event: Event, other: Event, document: Document, lex) -> bool:
    """`other` is another party's statement beside this one: both statements (PARALLEL_TYPES) in
    one sentence, each with its subject named there, in clauses joined side by side (_joined), by
    different countries, and `other` not aimed at this event's actor ('Pakistan accused India, and
    India rejected it' is an exchange)."""
    theirs = countries(other.actor)
    if other is event or other.sentence_start != event.sentence_start or not theirs \
            or not _named_actors(event) or not _named_actors(other) \
            or {event.event_type, other.event_type} - PARALLEL_TYPES \
            or theirs & countries(event.actor) or countries(other.recipient) & countries(event.actor):
        return False
    first, then = sorted((event, other), key=lambda e: _span(e)[0])
    return _joined(first, then, document.text, lex)


def parallel_actors(event: Event, document: Document) -> set[str]:
    """The countries that act beside this event in its sentence (parallel), named nowhere else in
    it: 'Francia criticó la decisión, y Alemania la calificó de "inaceptable"', 'Frankreich
    kritisierte die Entscheidung, Deutschland nannte sie inakzeptabel', 'Frankrijk bekritiseerde
    het besluit en Duitsland noemde het onaanvaardbaar', 'La France a critiqué la décision et
    l'Allemagne l'a jugée inacceptable'. Both answer a third party's act; neither is the other's
    target. Not one the sentence names again as this event's object ('criticó la decisión de
    Alemania, y Alemania ...')."""
    lex = lexicon.load(document.language) if document.language and event.event_type in PARALLEL_TYPES else None
    if lex is None:
        return set()
    s0, s1 = event.sentence_start, event.sentence_start + len(event.sentence)
    beside: dict[str, set[int]] = {}
    for other in document.events:
        if parallel(event, other, document, lex):
            for a in other.actor:
                beside.setdefault(a.get("country"), set()).add(a.get("start"))
    named = {c: {m.start for m in document.actors if m.country == c and s0 <= m.start < s1} for c in beside}
    return {c for c, starts in beside.items() if named[c] <= starts}


def _among_themselves(event: Event) -> bool:
    """'Im Anschluss sprachen Putin und Kim miteinander', 'Macron and Scholz held talks': an act of
    parties together (a symmetric trigger) whose actors are two or more countries has all its parties;
    the host or target of an earlier act of theirs is none of this one (CODING 2, CONSULT)."""
    return event.trigger.get("frame") == "sym" and len(countries(event.actor)) >= 2


def fill(document: Document) -> Document:
    """The stage: recipients for events that name none, from the events told before them; not a
    country that acts beside the event in its sentence (parallel_actors), and none for an act aimed
    at a group named by no state (UNNAMED_ADDRESSEE) or at no one (NO_TARGET)."""
    for n, event in enumerate(document.events):
        if not event.recipient and not target_settled(event) and not _among_themselves(event):
            source = _earlier_target(event, document.events[:n])
            if source and not countries(source.recipient) & parallel_actors(event, document):
                event.recipient = [dict(r) for r in source.recipient]
    return document
