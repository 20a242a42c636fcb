"""Within-document merging: one event, many mentions (CODING.md section 1).

Two events are the same when they have the same type, CAMEO code, mode, modality and actor
countries, their recipients agree (the same countries, or one mention names none), and
their dates agree (equal, or one of them only has the publication date), and the later one
is told as a mention of an act already told: a noun ('the lifting of the ban') or a speaker's
own words ('We will offer our best help'). A second verb of the same type between the same
parties is mostly a second act in wire copy ('arrested two staff ... several citizens were
detained'); merged, it was lost. The merged event keeps the text date, the named recipients
and every mention. Acts of one country by doers named otherwise in their own sentences ('the
president ... the members of parliament') are two (same_doer). (Targets a later act leaves unnamed:
heron.events.implied_recipients.)
"""
from __future__ import annotations

import re

from heron.actors import kb
from heron.document import Document, Event


def countries(side: list[dict]) -> frozenset[str]:
    return frozenset(x["country"] for x in side if x.get("country"))


def _key(e: Event) -> tuple:
    return (e.event_type, e.cameo, e.mode, e.modality, countries(e.actor))


def _words(side: list[dict]) -> set[str]:
    """The words naming the recipients below the level of a state ('Seoul' and 'South Korea'
    are one recipient, 'the president' and 'his son' two)."""
    states = kb.load().state_names
    return {w for x in side if x.get("name") not in states for w in re.findall(r"\w{3,}", x["text"].lower())}


def _same_target(a: Event, b: Event) -> bool:
    """The same recipients, or one mention names none ('China began exercises around Taiwan.
    ... called the exercises a punishment'). Recipients of the same country named by words
    that share nothing are different people or places, so different events (police arrested
    the president ... and arrested his son)."""
    ra, rb = countries(a.recipient), countries(b.recipient)
    if not ra or not rb:
        return True
    wa, wb = _words(a.recipient), _words(b.recipient)
    return ra == rb and (not wa or not wb or bool(wa & wb))


def _unknown(side: list[dict]) -> bool:
    """Actors that are all unnamed people or unknown organisations (sector UNK: 'Le FLNKS')."""
    return bool(side) and all(x.get("sector") == "UNK" and not x.get("name") for x in side)


def same_actor(a: Event, b: Event) -> bool:
    """An unknown actor is not a named one of its country: 'Macron a invité les élus à un dialogue.
    Le FLNKS a appelé au calme' are two requests."""
    named = lambda side: bool(side) and all(x.get("name") for x in side)   # noqa: E731
    return not (_unknown(a.actor) and named(b.actor) or _unknown(b.actor) and named(a.actor))


def same_doer(a: Event, b: Event) -> bool:
    """'Police fired tear gas ... The governor accused': doers of one country named in their own
    sentences by other names, or by office or group words that share nothing, are different doers, so
    different acts (as recipients: _same_target). An office word may be the person named before ('The
    prime minister has resigned'), and a pronoun's antecedent or a quote's speaker names the doer
    told before again: those stay one event."""
    if a.speaker or b.speaker:
        return True
    own_a, own_b = _named_in_sentence(a), _named_in_sentence(b)
    states = kb.load().state_names
    if not own_a or not own_b or any(x.get("name") in states for x in own_a + own_b):
        return True     # a state acts through any of its officials ('Libanon ... Premier Mikati')
    if _all_named(own_a) and _all_named(own_b):
        return bool({x["name"] for x in own_a} & {x["name"] for x in own_b})
    if any(x.get("name") for x in own_a + own_b):
        return True     # a name and an office or group word: maybe the holder named again
    wa, wb = _words(own_a), _words(own_b)
    return not wa or not wb or bool(wa & wb)


def _all_named(side: list[dict]) -> bool:
    return all(x.get("name") for x in side)


def _named_in_sentence(e: Event) -> list[dict]:
    """The actors whose words are in the event's own sentence."""
    end = e.sentence_start + len(e.sentence)
    return [x for x in e.actor if x.get("start") is not None and e.sentence_start <= x["start"] < end]


def dates_agree(a: Event, b: Event) -> bool:
    """Equal dates, or an undated mention of a current (not historical) event."""
    if a.date == b.date:
        return True
    if a.date_source == "text" and b.date_source == "text":
        return False
    dated = a if a.date_source == "text" else b
    return not dated.historical


def _absorb(keep: Event, other: Event) -> None:
    if keep.date_source != "text" and other.date_source == "text":
        keep.date, keep.date_precision, keep.date_source, keep.date_text, keep.historical = (
            other.date, other.date_precision, other.date_source, other.date_text, other.historical)
    keep.location = keep.location or other.location
    keep.recipient = keep.recipient or other.recipient
    keep.contexts += [c for c in other.contexts if c not in keep.contexts]
    keep.mentions += other.mentions
    keep.speaker = keep.speaker or other.speaker
    keep.confidence = round(min(0.98, max(keep.confidence, other.confidence) + 0.05), 2)


def _restates(e: Event, told: Event) -> bool:
    """A mention of the act told before: a noun trigger, the speaker's words, or the same words
    reported ('Japan praised South Korea ... Tokyo said it praised Seoul')."""
    return e.trigger.get("frame") == "noun" or e.speaker is not None or (
        bool(e.trigger.get("reported")) and e.trigger.get("lemma") == told.trigger.get("lemma"))


def merge(document: Document) -> Document:
    kept: list[Event] = []
    for event in document.events:
        twin = next((k for k in kept if _restates(event, k) and _key(k) == _key(event) and _same_target(k, event)
                     and same_actor(k, event) and same_doer(k, event) and dates_agree(k, event)), None)
        if twin:
            _absorb(twin, event)
        else:
            kept.append(event)
    document.events = kept
    return document
