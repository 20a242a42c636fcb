"""Targets a story names once: an event with no recipient takes the target of the same actor's
earlier act.

    Azerbaijan accused Russia of extrajudicial killings. It also demanded punishment ...
                                                         -> REQUEST AZE -> RUS
    Colombia agreed with the US ... Colombia agreed to accept deportees
                                                         -> AGREE COL -> USA

First the same actor's last act of the same type (any type of target), else, for acts aimed at
someone (INHERITS), its last asserted act with a target by the same side: an opposition, a court
or a newspaper is not its government, unless what the government last acted on was its own
country. Runs after merging, on the events in text order.
"""
from __future__ import annotations

from heron.document import Document, Event
from heron.events.merge import countries, dates_agree, same_actor

#: acts aimed at someone that a story often tells without naming the target again
INHERITS = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "AID", "SANCTION"}

#: sectors that act for themselves, not for their country's government (titles.tsv sectors)
NOT_THE_STATE = {"OPP", "JUD", "REB", "PTY", "CVL", "LAB", "BUS", "MED", "JRN", "EDU", "REL", "CRM", "UNK", "REF"}


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
                      and same_actor(k, event) and dates_agree(k, event)), None)
    if same_type or event.event_type not in INHERITS:
        return same_type
    return next((k for k in reversed(earlier) if countries(k.actor) == countries(event.actor)
                 and (_same_body(k.actor, event.actor) or countries(k.recipient) <= countries(k.actor))
                 and k.recipient and not k.historical and k.modality in {"asserted", "future"}), None)


def fill(document: Document) -> Document:
    """The stage: recipients for events that name none, from the events told before them."""
    for n, event in enumerate(document.events):
        if not event.recipient:
            source = _earlier_target(event, document.events[:n])
            if source:
                event.recipient = [dict(r) for r in source.recipient]
    return document
