"""Material cooperation needs a partner (CODING 2): an AID or COOPERATE event with no recipient
and a single actor country is no event, and neither is a promise of aid ('destinará 100 millones a
vivienda' is a budget line, not an AGREE).

The coder keeps such events, so that the stages after it (implied recipients, the recipient
model) can find the partner a story names elsewhere ('Francia envió un contingente de bomberos'
in a story on the floods in Valencia); this stage then drops the ones still without one.
"""
from __future__ import annotations

from heron import ontology
from heron.document import Document, Event
from heron.events.candidates import FUTURE_AGREE_CAMEO
from heron.events.merge import countries

#: the CAMEO code of promised aid (AGREE from a future AID). A planned joint act ('ein gemeinsames
#: Manöver mit philippinischen Einheiten ist geplant') keeps a promise of cooperation without a
#: recipient: its partners are often named as co-actors the coder does not always find.
PROMISED_AID = FUTURE_AGREE_CAMEO["AID"]


def partnerless(event: Event) -> bool:
    material = ontology.event_type(event.event_type).needs_recipient or \
        (event.event_type == "AGREE" and event.cameo == PROMISED_AID)
    return material and not event.recipient and len(countries(event.actor)) < 2


def require(document: Document) -> Document:
    """The stage."""
    document.events = [e for e in document.events if not partnerless(e)]
    return document
