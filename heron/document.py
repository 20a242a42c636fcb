"""The data model that flows through every stage of the pipeline.

A `Document` enters with its text and metadata; each stage adds to it (sentences, actor
mentions, places, time expressions, events). Everything is a plain dataclass so that a
stage can be run and tested on its own and its output serialised with `to_dict`.
Offsets are character offsets into `Document.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Span:
    """A stretch of the article's text."""
    start: int
    end: int
    text: str


@dataclass
class Sentence(Span):
    index: int = 0


@dataclass
class ActorMention(Span):
    """A mention of a political actor, resolved to a country/sector/Wikidata entity.

    kind: state | capital | demonym | igo | group | person | title | pronoun
    """
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    kind: str = "state"

    def entity(self) -> dict[str, Any]:
        return party(self.text, self.start, self.end, self.country, self.sector, self.name, self.wikidata)


def party(text: str, start: int, end: int, country: str | None, sector: str | None, name: str | None = None,
          wikidata: str | None = None) -> dict[str, Any]:
    """The record of an event's actor or recipient: a mention's (ActorMention.entity), or one the coder
    infers for a span no mention stands on (the protesters' government, the people of a place hit)."""
    return {"text": text, "name": name, "country": country, "sector": sector, "wikidata": wikidata,
            "start": start, "end": end}


@dataclass
class PlaceMention(Span):
    """A place resolved to GeoNames. precision: city | admin2 | admin1 | country | continent."""
    geonames_id: int | None = None
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"

    def location(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "admin1": self.admin1, "geonames_id": self.geonames_id,
                "lat": self.lat, "lon": self.lon, "precision": self.precision,
                "start": self.start, "end": self.end}


@dataclass
class TimeMention(Span):
    """A time expression resolved against the publication date.

    value: ISO 8601 at its precision ('2025-04-17', '2025-04', '2025').
    """
    value: str | None = None
    precision: str | None = None  # day | month | year


@dataclass
class Dateline(Span):
    """A wire dateline at the head of an article ('KABUL, May 2 (Reuters) -')."""
    place: PlaceMention | None = None
    date: str | None = None


@dataclass
class Event:
    """One PLOVER event, with provenance back to the words that produced it."""
    event_id: str
    doc_id: str
    event_type: str
    mode: str | None
    contexts: list[str]
    quad_code: int
    intensity: float
    cameo: str
    actor: list[dict[str, Any]]
    recipient: list[dict[str, Any]]
    date: str | None
    date_precision: str | None
    date_source: str            # text | dateline | publication
    date_text: str | None
    modality: str               # asserted | negated | hypothetical | future
    location: dict[str, Any] | None
    sentence: str
    sentence_start: int
    trigger: dict[str, Any]     # {text, start, end, lemma}
    language: str
    publication_date: str | None
    confidence: float
    speaker: dict[str, Any] | None = None
    historical: bool = False
    source: str | None = None
    url: str | None = None
    coder_version: str = ""
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # shallow: the nested values are already plain dicts and lists (asdict deep-copies, 20x slower)
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Document:
    """An article and everything the pipeline has found in it."""
    id: str
    text: str
    language: str | None = None
    publication_date: str | None = None   # ISO 8601 at its precision
    source: str | None = None
    url: str | None = None
    title: str | None = None
    # filled in by the stages
    language_score: float | None = None
    dateline: Dateline | None = None
    analysis: Any = None                   # spaCy Doc over `text`
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)   # which pipeline/model coded it

    @property
    def base_date(self) -> str | None:
        """The date relative expressions resolve against: dateline date, else publication."""
        if self.dateline and self.dateline.date:
            return self.dateline.date
        return self.publication_date


class HeronInputError(Exception):
    """A user-facing problem with one input (bad file, empty text, unknown language).

    The CLI prints its message on one line and goes on with the rest of the batch.
    """
