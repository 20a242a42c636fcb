"""Choose one place for each name in a document.

A candidate's score is a prior (kind of place, population, capital or seat, whether the
name is the place's own name) plus context: the countries the caller says the article is
about, the countries and admin1 regions that the document's other names resolve to, and a
'local news' prior for the country and region most of them lie in. Two passes: the first
resolves every name on its prior, the second rescoring each against the others' winners.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from heron.places.gazetteer import Candidate, Place

COUNTRY_BASE = 6.0       # + half the log of its population: Norfolk Island is no USA
ADMIN1_BASE = 7.0
FEATURE_BONUS = {"PPLC": 2.0, "PPLG": 1.0, "PPLA": 0.7, "PPLA2": 0.2}
PRIMARY_NAME = 0.7
GIVEN_COUNTRY = 2.0
MENTIONED_COUNTRY = 1.5
MENTIONED_ADMIN1 = 2.5
DOMINANT = 1.0
CONTAINER = 3.0          # 'Jackson, Tenn.': the name right after a comma contains this one


def prior(candidate: Candidate) -> float:
    place = candidate.place
    if place.precision == "country":
        score = COUNTRY_BASE + 0.5 * math.log10(max(place.population, 1000))
    elif place.precision == "admin1":
        score = ADMIN1_BASE
    else:
        score = math.log10(max(place.population, 1000)) + FEATURE_BONUS.get(place.feature_code, 0)
    return score + (PRIMARY_NAME if candidate.primary else 0.0)


@dataclass
class Context:
    given: frozenset[str]
    countries: Counter
    admin1: Counter

    def score(self, candidate: Candidate) -> float:
        place = candidate.place
        score = prior(candidate)
        if place.country in self.given:
            score += GIVEN_COUNTRY
        if self.countries[place.country]:
            score += MENTIONED_COUNTRY
            if _dominant(self.countries, place.country):
                score += DOMINANT
        if place.precision != "country" and self.admin1[place.admin1_key]:
            score += MENTIONED_ADMIN1
            if _dominant(self.admin1, place.admin1_key):
                score += DOMINANT
        return score


def _dominant(counts: Counter, key: str) -> bool:
    total = sum(counts.values())
    return total >= 2 and counts[key] * 2 >= total


def _without_seat_regions(candidates: list[Candidate]) -> list[Candidate]:
    """'New York', 'Kabul', 'Utrecht': a big city named like its own region means the city."""
    big_city_regions = {c.place.admin1_key for c in candidates
                        if c.place.precision == "city" and c.place.population >= 100000}
    return [c for c in candidates
            if not (c.place.precision == "admin1" and c.place.admin1_key in big_city_regions)]


def _votes(place: Place | None) -> tuple[str | None, str | None]:
    if place is None:
        return None, None
    return place.country, place.admin1_key if place.precision != "country" else None


def resolve(candidate_lists: list[list[Candidate]], countries: list[str] | None = None,
            minor_places: str = "always", keys: list[str] | None = None,
            containers: list[int | None] | None = None) -> list[Place | None]:
    """One place (or None) per list of candidates, in the same order.

    minor_places: 'always' lets small places (< 15,000 inhabitants) compete on their low
    prior; 'in_context' admits them only inside an admin1 region the other names point to.
    keys: the normalised names; names alike do not vote for each other.
    containers: for each name, the index of the name that follows it after a comma
    ('Jackson, Tenn.'), whose place should contain it.
    """
    given = frozenset(countries or [])
    lists = [_without_seat_regions(c) for c in candidate_lists]
    keys = keys or [str(i) for i in range(len(lists))]
    empty = Context(given, Counter(), Counter())
    first = [_best(c, empty, minor_places) for c in lists]
    all_countries, all_admin1 = Counter(), Counter()
    by_key: dict[str, tuple[Counter, Counter]] = {}
    for place, key in zip(first, keys):
        country, admin1 = _votes(place)
        own_countries, own_admin1 = by_key.setdefault(key, (Counter(), Counter()))
        if country:
            all_countries[country] += 1
            own_countries[country] += 1
        if admin1:
            all_admin1[admin1] += 1
            own_admin1[admin1] += 1
    contained = {c for c in (containers or []) if c is not None}
    chosen = []
    for i, candidates in enumerate(lists):
        if i in contained:       # 'Watertown, New York': the second name is the state
            candidates = [c for c in candidates if c.place.precision != "city"] or candidates
        own_countries, own_admin1 = by_key[keys[i]]
        context = Context(given, all_countries - own_countries, all_admin1 - own_admin1)
        container = first[containers[i]] if containers and containers[i] is not None else None
        chosen.append(_best(candidates, context, minor_places, container))
    return chosen


def _best(candidates: list[Candidate], context: Context, minor_places: str,
          container: Place | None = None) -> Place | None:
    eligible = [c for c in candidates
                if not c.place.minor or minor_places == "always"
                or context.admin1[c.place.admin1_key] > 0 or _inside(c.place, container)]
    if not eligible:
        return None

    def score(candidate: Candidate) -> float:
        return context.score(candidate) + (CONTAINER if _inside(candidate.place, container) else 0)

    return max(eligible, key=lambda c: (score(c), c.place.population)).place


def _inside(place: Place, container: Place | None) -> bool:
    if container is None or container.row == place.row or place.precision == "country":
        return False
    if container.precision == "country":
        return place.country == container.country
    return container.precision == "admin1" and place.admin1_key == container.admin1_key
