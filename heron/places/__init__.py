"""The place stage: find place names in text and resolve them to GeoNames.

    find(text, language, countries=None) -> [{start, end, text, geonames_id, name, country,
                                             admin1, lat, lon, precision}, ...]
    resolve_spans(text, spans, countries=None, demonyms=True) -> [{...} | None, ...]
    lookup(name, countries=None) -> {...} | None

precision is city | admin2 | admin1 | country | continent (admin2: a US county or parish,
an English county, an Italian province...; admin2 regions and continents have no country
or GeoNames id where GeoNames gives none: country None for continents, geonames_id None for
admin2). Regions that are no administrative unit come from a short hand list in the index
builder, without a GeoNames id: supranational ones, seas and gulfs as 'continent' ('Middle
East', 'Balkans', 'Red Sea', 'European Union'), regions inside one country as 'admin1' of it
('Darfur', 'South Ossetia', 'Kashmir', 'Midwest'). `countries` are ISO3 codes the article is
about; they tip ambiguous names ('Paris' stays Paris, France unless the rest of the article
points to Texas).

find() never takes a nationality word for a place ('Russian troops' is an actor, not a
location), nor a union of states ('European Union', 'EU': an actor in running text), nor a
hamlet's odd alternate names ('Jones', 'Mundy': GeoNames lists former and nearby names of
small places). resolve_spans() is for spans someone else (a tagger, an annotator) has
already marked as toponyms; there 'Russian' or 'Palestinians' resolve to their country
unless demonyms=False, inhabitant words made from place names too ('Minnesotans', 'South
Ossetian'), and a span the index lacks falls back on what it is named after (see
fallbacks.py: 'Calif' of 'Calif.', 'Boston Harbor', 'Jackson Township' in an article about
Pennsylvania). The index is built from GeoNames (CC BY 4.0) by training/build_gazetteer.py;
see data/ATTRIBUTION.md.
"""
from __future__ import annotations

import re
from typing import Any

from heron.places.fallbacks import fallback_candidates
from heron.places.gazetteer import Candidate, Place, gazetteer, stopwords
from heron.places.matcher import (NameSpan, comma_containers, region_kinds, list_neighbours, name_spans,
                                  well_known_place)
from heron.places.names import normalise_name
from heron.places.ranking import resolve

__all__ = ["find", "lookup", "resolve_spans", "to_location", "well_known"]


def to_location(place: Place) -> dict[str, Any]:
    return {"geonames_id": place.geonames_id, "name": place.name,
            "country": place.country or None, "admin1": place.admin1 or None,
            "lat": place.lat, "lon": place.lon, "precision": place.precision}


def find(text: str, language: str, countries: list[str] | None = None) -> list[dict[str, Any]]:
    """Place mentions in `text`, each resolved in the light of the others."""
    index = gazetteer()
    glued: list[NameSpan] = []
    spans = name_spans(text, language, index, glued)
    places = resolve([[c for c in index.candidates(s.key)
                       if not c.weak and c.place.feature_code != "ZN"]
                      for s in spans], countries,
                     minor_places="in_context", keys=[s.key for s in spans],
                     containers=comma_containers(text, spans),
                     neighbours=list_neighbours(text, spans), kinds=region_kinds(text, spans),
                     hints=_hints(text, spans, index, language, [], glued))
    return [{"start": s.start, "end": s.end, "text": s.text, **to_location(p)}
            for s, p in zip(spans, places) if p is not None]


def resolve_spans(text: str, spans: list[tuple[int, int]], countries: list[str] | None = None,
                  demonyms: bool = True) -> list[dict[str, Any] | None]:
    """Resolve given toponym spans (start, end offsets into `text`), each in the light of
    the others; None where the index knows no such place. With demonyms, a nationality word
    ('Russian', 'Palestinians', 'Sri Lankan') stands for its country, and an inhabitant word
    ('Minnesotans') for its place. Country and admin1 names elsewhere in the text, even inside
    a longer proper name ('Georgia Bureau of Investigation'), count as weak context."""
    places = resolve_places(text, spans, countries, demonyms)
    return [to_location(p) if p else None for p in places]


def resolve_places(text: str, spans: list[tuple[int, int]], countries: list[str] | None = None,
                   demonyms: bool = True) -> list[Place | None]:
    """resolve_spans() returning the index's Place records."""
    index = gazetteer()
    names = [NameSpan(start, end, text[start:end], normalise_name(text[start:end]))
             for start, end in spans]
    candidate_lists, guesses = [], []
    for name in names:
        candidates = index.candidates(name.key)
        country = index.demonym(name.key) if demonyms else None
        if country is not None and all(c.place.row != country.row for c in candidates):
            candidates = candidates + [Candidate(country, True)]
        guess = None
        if not candidates:
            candidates, guess = fallback_candidates(index, text, name.start, name.end,
                                                    demonyms)
        candidate_lists.append(candidates)
        guesses.append(guess)
    return resolve(candidate_lists, countries, keys=[n.key for n in names],
                   containers=comma_containers(text, names),
                   neighbours=list_neighbours(text, names), guesses=guesses,
                   kinds=region_kinds(text, names), hints=_hints(text, names, index))


STREET_WORDS = re.compile(r"\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|"
                          r"Ln|Way|Pike|Highway|Hwy|Place|Pl|Court|Ct|Square|Park|Hall|"
                          r"Building|Center|Centre|Bridge|Terrace|Trail|Parkway|Pkwy)\b")


def _hints(text: str, names: list[NameSpan], index, language: str = "en",
           found: list[NameSpan] | None = None,
           glued: list[NameSpan] | None = None) -> list[tuple[str, list[Candidate]]]:
    """Names outside the given spans that hint at the region: a country or admin1 region
    under its own name, found as find() would find it (`found`) or at the head of a longer
    proper name (`glued`: 'Georgia Bureau of Investigation', 'Ohio State University'; not
    'Washington Street' or 'George Washington'). Both are looked for when not given."""
    if found is None or glued is None:
        glued = []
        found = name_spans(text, language, index, glued)
    stop = stopwords(language)
    heads = []
    for span in glued:
        before = re.search(r"(\w+)\.?\s+$", text[max(0, span.start - 30):span.start])
        if not STREET_WORDS.match(text, span.end) and not (
                before and before.group(1)[0].isupper()
                and normalise_name(before.group(1)) not in stop):
            heads.append(span)
    taken = [(n.start, n.end) for n in names]
    hints = []
    for span in found + heads:
        if any(span.start < end and start < span.end for start, end in taken):
            continue
        regional = [c for c in index.candidates(span.key)
                    if c.primary and c.place.precision in ("country", "admin1")]
        if regional:
            hints.append((span.key, regional))
    return hints


def lookup(name: str, countries: list[str] | None = None) -> dict[str, Any] | None:
    """The most likely place called `name` (any language GeoNames knows), or None."""
    place = resolve([gazetteer().lookup_name(name)], countries)[0]
    return to_location(place) if place else None


def well_known(name: str) -> bool:
    """A region, or a city of some size, is called `name` ('New York', 'Los Ángeles'; not 'Juan García',
    a hamlet's name that is a person's too)."""
    return well_known_place(normalise_name(name), gazetteer())
