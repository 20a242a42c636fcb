"""Candidates for a given toponym span that the index does not know under its exact name.

Used by resolve_spans() only (spans someone else marked as toponyms); find() takes only
names the index has. In order, the first that yields candidates wins:

1. the span cut before its final full stop: 'Calif' of 'Calif.', 'U.S' of 'U.S.';
2. a nationality or inhabitant word made from a place name: 'South Ossetian' -> South
   Ossetia, 'Minnesotans' -> Minnesota, 'New Londoners' -> New London, 'European' -> Europe;
3. a feature the index lacks named after a place it has ('Boston Harbor', 'Port of Los
   Angeles', 'Jackson Township', 'Santa Clara Valley', 'East Cambridgeshire'): that place
   stands for it, but only inside an admin1 region the rest of the document points to.
   Rivers, lakes, mountains and parks are left out: they lie far from their namesake towns
   (or are named after people) as often as not.
"""
from __future__ import annotations

import re

from heron.places.gazetteer import Candidate, Gazetteer
from heron.places.names import normalise_name

# inhabitant-word endings -> what the place name ends with instead
DEMONYM_ENDINGS = [("ians", "ia"), ("ian", "ia"), ("ans", "a"), ("ans", ""), ("an", "a"),
                   ("an", "as"), ("an", ""), ("ns", ""), ("n", ""), ("ers", ""), ("er", ""),
                   ("ites", ""), ("ite", "")]
# words that make a feature of a place: 'X Township', 'Port of X', 'X Harbor'
FEATURE_SUFFIX = re.compile(
    r"^(?P<rest>.+?)\s+(?:township|twp\.?|harbor|harbour|valley|metro(?:politan)? area|area|"
    r"region|borough|airport|international airport|county|co\.|parish|district)$")
FEATURE_PREFIX = re.compile(
    r"^(?:port of|city of|town of|village of|township of|county of|county|greater|downtown|"
    r"north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|"
    r"southwest|north-east|north-west|south-east|south-west|central|upper|lower)\s+(?P<rest>.+)$")
TOWNSHIP = re.compile(r"\btownship\b|\btwp\b")
ADMINISTRATIVE = re.compile(r"\s(?:county|co\.|parish|district|borough)$|^county\s")


def fallback_candidates(index: Gazetteer, text: str, start: int, end: int,
                        demonyms: bool = True) -> tuple[list[Candidate], str | None]:
    """(candidates, how sure): None when they are what the span names; 'feature' when they
    are namesakes of a feature: a big city stands for it ('Boston Harbor'), a town counts
    only inside an admin1 region that the rest of the document points to; 'township' when
    they are namesakes of a township, which are named after people as often as after a town:
    only inside such a region ('Jackson Township' is not Jackson, Mississippi unless the
    article is about Mississippi)."""
    key = normalise_name(text[start:end])
    if not key:
        return [], None
    if text[end:end + 1] == "." and not key.endswith("."):
        found = index.candidates(key + ".")
        if found:
            return found, None
    found = _inhabitants(index, key) if demonyms else []
    if found:
        return found, None
    found = _feature_of_place(index, key)
    return found, ("township" if TOWNSHIP.search(key) else "feature") if found else None


def _inhabitants(index: Gazetteer, key: str) -> list[Candidate]:
    """'south ossetian' -> South Ossetia; only regions, countries, continents and towns whose
    name is their own (not an alternate name), so that 'Texan' finds Texas, not a namesake."""
    for ending, replacement in DEMONYM_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            stem = key[:len(key) - len(ending)] + replacement
            found = [c for c in index.candidates(stem) if c.primary]
            if found:
                return found
    return []


def _feature_of_place(index: Gazetteer, key: str) -> list[Candidate]:
    for pattern in (FEATURE_SUFFIX, FEATURE_PREFIX):
        match = pattern.match(key)
        if not match:
            continue
        rest = match.group("rest")
        found = index.candidates(rest)
        if ADMINISTRATIVE.search(key):      # 'Bronx County' -> the region, not a town
            found = [c for c in found if c.place.precision in ("admin1", "admin2")]
        if found:
            return found
        deeper = _feature_of_place(index, rest)
        if deeper:
            return deeper
    return []
