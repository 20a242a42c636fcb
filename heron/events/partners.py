"""Material cooperation needs a partner (CODING 2): an AID or COOPERATE event with no recipient
and a single actor country is no event.

The coder keeps such events, so that the stages after it (implied recipients, the recipient
model) can find the partner a story names elsewhere ('Francia envió un contingente de bomberos'
in a story on the floods in Valencia); this stage then drops the ones still without one.
"""
from __future__ import annotations

from heron import ontology
from heron.document import Document, Event
from heron.events.merge import countries


def partnerless(event: Event) -> bool:
    return ontology.event_type(event.event_type).needs_recipient and not event.recipient \
        and len(countries(event.actor)) < 2


def require(document: Document) -> Document:
    """The stage."""
    document.events = [e for e in document.events if not partnerless(e)]
    return document
