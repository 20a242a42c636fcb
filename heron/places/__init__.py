"""The place stage: find place names in text and resolve them to GeoNames.

    find(text, language, countries=None) -> [{start, end, text, geonames_id, name, country,
                                             admin1, lat, lon, precision}, ...]
    lookup(name, countries=None) -> {...} | None

`countries` are ISO3 codes the article is about; they tip ambiguous names ('Paris' stays
Paris, France unless the rest of the article points to Texas). The index is built from
GeoNames (CC BY 4.0) by training/build_gazetteer.py; see data/ATTRIBUTION.md.
"""
from __future__ import annotations

from typing import Any

from heron.places.gazetteer import Place, gazetteer
from heron.places.matcher import comma_containers, name_spans
from heron.places.ranking import resolve

__all__ = ["find", "lookup", "to_location"]


def to_location(place: Place) -> dict[str, Any]:
    return {"geonames_id": place.geonames_id, "name": place.name, "country": place.country,
            "admin1": place.admin1 or None, "lat": place.lat, "lon": place.lon,
            "precision": place.precision}


def find(text: str, language: str, countries: list[str] | None = None) -> list[dict[str, Any]]:
    """Place mentions in `text`, each resolved in the light of the others."""
    index = gazetteer()
    spans = name_spans(text, language, index)
    places = resolve([index.candidates(s.key) for s in spans], countries,
                     minor_places="in_context", keys=[s.key for s in spans],
                     containers=comma_containers(text, spans))
    return [{"start": s.start, "end": s.end, "text": s.text, **to_location(p)}
            for s, p in zip(spans, places) if p is not None]


def lookup(name: str, countries: list[str] | None = None) -> dict[str, Any] | None:
    """The most likely place called `name` (any language GeoNames knows), or None."""
    place = resolve([gazetteer().lookup_name(name)], countries)[0]
    return to_location(place) if place else None
