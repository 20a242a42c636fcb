"""Realistic Event and Document objects for the store and export tests (no pipeline needed)."""
from __future__ import annotations

from heron.document import ActorMention, Document, Event, PlaceMention

TEXT = ("Rusland zal de Taliban-autoriteiten in Afghanistan helpen in de strijd tegen de "
        "Afghaanse tak van Daesh, aldus de speciale vertegenwoordiger van Moskou. "
        "Vorige maand kwamen betogers in Kazan bijeen.")


def span(words: str) -> tuple[int, int, str]:
    start = TEXT.index(words)
    return start, start + len(words), words


def trigger(words: str, lemma: str | None = None) -> dict:
    start, end, text = span(words)
    return {"text": text, "start": start, "end": end, "lemma": lemma or words}


SENTENCE_2 = TEXT.index("Vorige maand")


def russia() -> dict:
    return ActorMention(*span("Rusland"), name="Russia", country="RUS",
                        sector="GOV", wikidata="Q159").entity()


def taliban() -> dict:
    return ActorMention(*span("Taliban-autoriteiten"), name="Taliban",
                        country="AFG", sector="GOV", wikidata="Q42418").entity()


def kazan() -> dict:
    return PlaceMention(*span("Kazan"), geonames_id=551487, name="Kazan", country="RUS",
                        admin1="Tatarstan", lat=55.79, lon=49.12, precision="city").location()


def make_event(doc_id: str = "seed", n: int = 1, **changes) -> Event:
    fields = dict(
        event_id=f"{doc_id}-e{n}", doc_id=doc_id, event_type="AGREE", mode=None,
        contexts=["terrorism", "military"], quad_code=1, intensity=2.5, cameo="057",
        actor=[russia()], recipient=[taliban()], date="2025-05", date_precision="month",
        date_source="publication", date_text=None, modality="asserted", location=None,
        sentence=TEXT[:SENTENCE_2 - 1], sentence_start=0,
        trigger=trigger("helpen"),
        language="nl", publication_date="2025-05", confidence=0.87,
        speaker=ActorMention(*span("de speciale vertegenwoordiger van Moskou"),
                             name="Russia", country="RUS", sector="GOV",
                             wikidata="Q159").entity(),
        historical=False, source="article.txt", url=None, coder_version="0.1.0",
        mentions=[])
    fields.update(changes)
    return Event(**fields)


def protest_event(doc_id: str = "seed", n: int = 2) -> Event:
    return make_event(doc_id, n, event_type="PROTEST", mode="demo", contexts=[],
                      quad_code=4, intensity=-5.0, cameo="141",
                      actor=[ActorMention(*span("betogers"), country="RUS",
                                          sector="CVL", kind="group").entity()],
                      recipient=[], date="2025-04", date_source="text",
                      date_text="Vorige maand", location=kazan(),
                      sentence=TEXT[SENTENCE_2:], sentence_start=SENTENCE_2,
                      trigger=trigger("kwamen", "bijeenkomen"),
                      speaker=None, confidence=0.6,
                      mentions=[{"sentence": TEXT[SENTENCE_2:],
                                 "trigger": trigger("kwamen", "bijeenkomen")},
                                {"sentence": "Ze protesteerden.", "text": "protesteerden",
                                 "start": 200, "end": 213}])


def make_document(doc_id: str, events: list[Event]) -> Document:
    return Document(id=doc_id, text=TEXT, language="nl", publication_date="2025-05",
                    source="article.txt", title="Rusland helpt Taliban", events=events)
