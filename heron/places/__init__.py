"""The place stage: find place names in text and resolve them to GeoNames.

    find(text, language, countries=None) -> [{start, end, text, geonames_id, name, country,
                                             admin1, lat, lon, precision}, ...]
    resolve_spans(text, spans, countries=None, demonyms=True) -> [{...} | None, ...]
    lookup(name, countries=None) -> {...} | None

precision is city | admin2 | admin1 | country | continent (admin2: a US county or parish,
an English county, an Italian province...; admin2 regions and continents have no country
or GeoNames id where GeoNames gives none: country None for continents, geonames_id None for
admin2). `countries` are ISO3 codes the article is about; they tip ambiguous names ('Paris'
stays Paris, France unless the rest of the article points to Texas).

find() never takes a nationality word for a place ('Russian troops' is an actor, not a
location). resolve_spans() is for spans someone else (a tagger, an annotator) has already
marked as toponyms; there 'Russian' or 'Palestinians' resolve to their country unless
demonyms=False. The index is built from GeoNames (CC BY 4.0) by
training/build_gazetteer.py; see data/ATTRIBUTION.md.
"""
from __future__ import annotations

from typing import Any

from heron.places.gazetteer import Candidate, Place, gazetteer
from heron.places.matcher import NameSpan, comma_containers, list_neighbours, name_spans
from heron.places.names import normalise_name
from heron.places.ranking import resolve

__all__ = ["find", "lookup", "resolve_spans", "to_location"]


def to_location(place: Place) -> dict[str, Any]:
    return {"geonames_id": place.geonames_id, "name": place.name,
            "country": place.country or None, "admin1": place.admin1 or None,
            "lat": place.lat, "lon": place.lon, "precision": place.precision}


def find(text: str, language: str, countries: list[str] | None = None) -> list[dict[str, Any]]:
    """Place mentions in `text`, each resolved in the light of the others."""
    index = gazetteer()
    spans = name_spans(text, language, index)
    places = resolve([index.candidates(s.key) for s in spans], countries,
                     minor_places="in_context", keys=[s.key for s in spans],
                     containers=comma_containers(text, spans),
                     neighbours=list_neighbours(text, spans))
    return [{"start": s.start, "end": s.end, "text": s.text, **to_location(p)}
            for s, p in zip(spans, places) if p is not None]


def resolve_spans(text: str, spans: list[tuple[int, int]], countries: list[str] | None = None,
                  demonyms: bool = True) -> list[dict[str, Any] | None]:
    """Resolve given toponym spans (start, end offsets into `text`), each in the light of
    the others; None where the index knows no such place. With demonyms, a nationality word
    ('Russian', 'Palestinians', 'Sri Lankan') stands for its country."""
    places = resolve_places(text, spans, countries, demonyms)
    return [to_location(p) if p else None for p in places]


def resolve_places(text: str, spans: list[tuple[int, int]], countries: list[str] | None = None,
                   demonyms: bool = True) -> list[Place | None]:
    """resolve_spans() returning the index's Place records."""
    index = gazetteer()
    names = [NameSpan(start, end, text[start:end], normalise_name(text[start:end]))
             for start, end in spans]
    candidate_lists = []
    for name in names:
        candidates = index.candidates(name.key)
        country = index.demonym(name.key) if demonyms else None
        if country is not None and all(c.place.row != country.row for c in candidates):
            candidates = candidates + [Candidate(country, True)]
        candidate_lists.append(candidates)
    return resolve(candidate_lists, countries, keys=[n.key for n in names],
                   containers=comma_containers(text, names),
                   neighbours=list_neighbours(text, names))


def lookup(name: str, countries: list[str] | None = None) -> dict[str, Any] | None:
    """The most likely place called `name` (any language GeoNames knows), or None."""
    place = resolve([gazetteer().lookup_name(name)], countries)[0]
    return to_location(place) if place else None
