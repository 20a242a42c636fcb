"""Choose one place for each name in a document.

A candidate's score is a prior (kind of place, population, capital or seat, whether the
name is the place's own name) plus context: the countries the caller says the article is
about, and the countries, admin1 regions and admin2 regions (US counties...) that the
document's other names point to. The other names vote softly: each name spreads one vote
over its candidates in proportion to exp(score), so 'Lamar County' (four states) gives
Texas a part of a vote and 'Texas' a whole one, and a region that many names share
('local news': Paris, Lamar County and Hopkins County all have a Texas reading) wins over
the famous namesake. The votes are counted from the priors, then recounted ROUNDS times
from the scores they lead to; the last count picks each name's best candidate.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from heron.places.gazetteer import Candidate, Place

COUNTRY_BASE = 6.0       # + half the log of its population: Norfolk Island is no USA
CONTINENT_BASE = 6.0     # + half the log of its population
ADMIN1_BASE = 7.0        # + ADMIN1_POPULATION per tenfold population above a million
ADMIN1_POPULATION = 0.5
ADMIN2_OFFSET = -0.5     # admin2: log10(population of its places) + this
FEATURE_BONUS = {"PPLC": 2.0, "PPLG": 1.0, "PPLA": 0.7, "PPLA2": 0.2}
PRIMARY_NAME = 0.7
GIVEN_COUNTRY = 2.0
MENTIONED_COUNTRY = 1.5
MENTIONED_ADMIN1 = 2.5
MENTIONED_ADMIN2 = 3.0
DOMINANT = 1.0
CONTAINER = 3.0          # 'Jackson, Tenn.': the name right after a comma contains this one
LISTED_WITH_REGIONS = 2.0   # 'Missouri, New York and Virginia': a region among regions
TEMPERATURE = 1.0        # of the soft votes: exp(score / TEMPERATURE)
SUPPORT_POWER = 1.0      # < 1: a part of a vote already counts for much
ROUNDS = 2            # times the votes are recounted from the last round's scores
HINT = 0.5               # weight of the vote of a name inside a longer proper name
BIG_CITY = 100000        # a feature named after a city this big is near it ('Boston Harbor')
IN_CONTEXT = 0.5         # a small place needs this much of a vote for its admin1 in find()

REGIONAL = ("city", "admin2", "admin1")
KIND_PRECISIONS = {"admin2": ("admin2",), "admin1": ("admin1",), "region": ("admin1", "admin2")}


def prior(candidate: Candidate) -> float:
    place = candidate.place
    if place.precision == "country":
        score = COUNTRY_BASE + 0.5 * math.log10(max(place.population, 1000))
    elif place.precision == "continent":
        score = CONTINENT_BASE + 0.5 * math.log10(max(place.population, 1000))
    elif place.precision == "admin1":
        score = ADMIN1_BASE + ADMIN1_POPULATION * (math.log10(max(place.population, 1000)) - 6)
    elif place.precision == "admin2":
        score = math.log10(max(place.population, 1000)) + ADMIN2_OFFSET
    else:
        score = math.log10(max(place.population, 1000)) + FEATURE_BONUS.get(place.feature_code, 0)
    return score + (PRIMARY_NAME if candidate.primary else 0.0)


@dataclass
class Votes:
    """Soft votes of a document's names for countries, admin1 and admin2 regions."""
    countries: defaultdict = field(default_factory=lambda: defaultdict(float))
    admin1: defaultdict = field(default_factory=lambda: defaultdict(float))
    admin2: defaultdict = field(default_factory=lambda: defaultdict(float))

    def add(self, distribution: list[tuple[Place, float]], weight: float = 1.0) -> None:
        for place, p in distribution:
            if place.country and place.precision != "continent":
                self.countries[place.country] += weight * p
            if place.precision in REGIONAL:
                self.admin1[place.admin1_key] += weight * p
            if place.admin2_key:
                self.admin2[place.admin2_key] += weight * p

    def minus(self, other: "Votes") -> "Votes":
        out = Votes()
        for mine, theirs, result in ((self.countries, other.countries, out.countries),
                                     (self.admin1, other.admin1, out.admin1),
                                     (self.admin2, other.admin2, out.admin2)):
            for key, value in mine.items():
                rest = value - theirs.get(key, 0.0)
                if rest > 1e-9:
                    result[key] = rest
        return out


@dataclass
class Context:
    given: frozenset[str]
    votes: Votes

    def __post_init__(self) -> None:
        self._totals = (sum(self.votes.countries.values()), sum(self.votes.admin1.values()))

    def score(self, candidate: Candidate) -> float:
        place = candidate.place
        votes = self.votes
        score = prior(candidate)
        if place.country in self.given:
            score += GIVEN_COUNTRY
        if place.precision == "continent":
            return score
        country = votes.countries.get(place.country, 0.0)
        score += MENTIONED_COUNTRY * _support(country) + DOMINANT * _dominance(
            country, self._totals[0])
        if place.precision in REGIONAL:
            admin1 = votes.admin1.get(place.admin1_key, 0.0)
            score += MENTIONED_ADMIN1 * _support(admin1) + DOMINANT * _dominance(
                admin1, self._totals[1])
        if place.admin2_key:      # a town in a county named in the text, or that county
            score += MENTIONED_ADMIN2 * _support(votes.admin2.get(place.admin2_key, 0.0))
        return score


def _support(mass: float) -> float:
    """How much a region's share of votes counts: rises steeply, saturates at one vote."""
    return min(1.0, mass) ** SUPPORT_POWER


def _dominance(mass: float, total: float) -> float:
    """1 when a region has at least half of two or more votes, scaled down below that."""
    if total < 1.0:
        return 0.0
    return min(1.0, 2 * mass / total) * min(1.0, total / 2)


def _without_seat_regions(candidates: list[Candidate]) -> list[Candidate]:
    """'New York', 'Kabul', 'Utrecht': a big city named like its own region means the city;
    'Parma', 'Lancaster': a town named like the admin2 region it lies in means the town."""
    big_city_regions = {c.place.admin1_key for c in candidates
                        if c.place.precision == "city" and c.place.population >= 100000}
    town_regions = {c.place.admin2_key for c in candidates
                    if c.place.precision == "city" and c.place.admin2_key}
    return [c for c in candidates
            if not (c.place.precision == "admin1" and c.place.admin1_key in big_city_regions)
            and not (c.place.precision == "admin2" and c.place.admin2_key in town_regions)]


def _distribution(candidates: list[Candidate], context: Context) -> list[tuple[Place, float]]:
    if not candidates:
        return []
    scores = [context.score(c) for c in candidates]
    top = max(scores)
    weights = [math.exp((s - top) / TEMPERATURE) for s in scores]
    total = sum(weights)
    best: dict[int, tuple[Place, float]] = {}
    for c, w in zip(candidates, weights):          # one place may come under two names
        place, p = best.get(c.place.row, (c.place, 0.0))
        best[c.place.row] = (place, p + w / total)
    return list(best.values())


def resolve(candidate_lists: list[list[Candidate]], countries: list[str] | None = None,
            minor_places: str = "always", keys: list[str] | None = None,
            containers: list[int | None] | None = None,
            neighbours: list[list[int]] | None = None,
            guesses: list[str | None] | None = None,
            kinds: list[str | None] | None = None,
            hints: list[tuple[str, list[Candidate]]] | None = None) -> list[Place | None]:
    """One place (or None) per list of candidates, in the same order.

    minor_places: 'always' lets small places (< 15,000 inhabitants) and admin2 regions named
    without their 'County' compete on their low prior; 'in_context' admits them only inside
    an admin1 region the other names point to.
    keys: the normalised names; names alike do not vote for each other.
    containers: for each name, the index of the name that follows it after a comma
    ('Jackson, Tenn.'), whose place should contain it.
    neighbours: for each name, the names next to it in a list ('Missouri, New York and
    Virginia'); when one of them reads as an admin1 region, so should this name if it can.
    guesses: for each name, None, or 'feature' / 'township' when its candidates are only
    namesakes of what it names ('Boston Harbor' -> the places called Boston, 'Jackson
    Township' -> those called Jackson); such a name does not vote, and takes a town (below
    BIG_CITY for a feature, any for a township) only inside an admin1 region the other
    names point to.
    kinds: for each name, the kind of region the text says it is, or None: 'admin2' ('Harvey,
    Harper and Kingman counties': its admin2 readings, bare names included, are then its only
    ones), 'admin1' ('Washington state'), 'region' ('Helmand province': admin1 or admin2).
    hints: (key, candidates) of names that are no place themselves but hint at the region
    ('Georgia' in 'Georgia Bureau of Investigation'): their readings as a country, an admin1
    region or a county vote with weight HINT; they get no place.
    """
    given = frozenset(countries or [])
    keys = keys or [str(i) for i in range(len(candidate_lists))]
    contained = {c for c in (containers or []) if c is not None}
    # 'Watertown, New York': the name after the comma is a region, even one named like its
    # big city; elsewhere 'New York' is the city (see _without_seat_regions)
    # ('Hutchinson, Kingman' in a list of towns: no county called Kingman contains Hutchinson)
    kinds = kinds or [None] * len(candidate_lists)
    counties = [kind == "admin2" for kind in kinds]
    candidate_lists = _apart_from_cities_named_city(candidate_lists, keys)
    candidate_lists = [([c for c in candidates if c.place.precision in KIND_PRECISIONS[kind]]
                        or candidates) if kind else candidates
                       for candidates, kind in zip(candidate_lists, kinds)]
    lists = [([c for c in candidates if _container_reading(c)] or candidates)
             if i in contained and not counties[i] else _without_seat_regions(candidates)
             for i, candidates in enumerate(candidate_lists)]
    base = Context(given, Votes())
    voting = [[] if guesses and guesses[i] else candidates for i, candidates in enumerate(lists)]
    weights = [1.0] * len(voting)
    for key, candidates in hints or []:
        regional = [c for c in candidates if _container_reading(c)]
        if regional:
            voting.append(regional)
            keys = keys + [key]
            weights.append(HINT)
    # names alike with the same candidates share one distribution and vote with their count
    signatures = [(key, tuple(c.place.row for c in candidates))
                  for key, candidates in zip(keys, voting)]
    groups: dict[tuple, list[int]] = {}
    for i, signature in enumerate(signatures):
        groups.setdefault(signature, []).append(i)
    group_weights = {sig: sum(weights[i] for i in members) for sig, members in groups.items()}
    distributions = {sig: _distribution(voting[members[0]], base)        # round 0: priors
                     for sig, members in groups.items()}
    for _ in range(ROUNDS):
        contexts = _contexts(base, group_weights, distributions)
        distributions = {sig: _distribution(voting[members[0]], contexts[sig[0]])
                         for sig, members in groups.items()}
    contexts = _contexts(base, group_weights, distributions)
    leaders = [max(d, key=lambda x: x[1])[0] if (d := distributions[sig]) else None
               for sig in signatures]
    chosen: list[Place | None] = []
    for i, candidates in enumerate(lists):
        container = leaders[containers[i]] if containers and containers[i] is not None else None
        listed = bool(neighbours) and any(
            leaders[j] is not None and leaders[j].precision == "admin1" for j in neighbours[i])
        if listed:                # 'Missouri, New York and Virginia': the state after all
            candidates = candidate_lists[i]
            if any(c.place.precision == "admin1" for c in candidates):
                container = None  # 'Georgia, Oklahoma, Pennsylvania': no Oklahoma, Pa.
        chosen.append(_best(candidates, contexts[keys[i]],
                            guesses[i] if guesses and guesses[i] else
                            "always" if counties[i] else minor_places,
                            container, listed))
    return chosen


def _contexts(base: Context, weights: dict[tuple, float],
              distributions: dict[tuple, list]) -> dict[str, Context]:
    """Each name's context: every other name's votes, its namesakes' left out."""
    total, by_key = Votes(), {}
    for signature, weight in weights.items():
        total.add(distributions[signature], weight)
        by_key.setdefault(signature[0], Votes()).add(distributions[signature], weight)
    return {key: Context(base.given, total.minus(own)) for key, own in by_key.items()}


def _best(candidates: list[Candidate], context: Context, minor_places: str,
          container: Place | None = None, listed: bool = False) -> Place | None:
    if minor_places == "in_context":
        candidates = [c for c in candidates if not _bare_admin2(c)]
    eligible = [c for c in candidates
                if (minor_places == "always"
                    or minor_places == "in_context" and not _needs_context(c)
                    or minor_places == "feature" and _self_evident(c)
                    or minor_places == "township" and _self_evident(c)
                    and c.place.precision != "city")
                or context.votes.admin1.get(c.place.admin1_key, 0.0) >= IN_CONTEXT
                or _inside(c.place, container)]
    if not eligible:
        return None

    def score(candidate: Candidate) -> float:
        return (context.score(candidate)
                + (CONTAINER if _inside(candidate.place, container) else 0)
                + (LISTED_WITH_REGIONS if listed and candidate.place.precision == "admin1" else 0))

    return max(eligible, key=lambda c: (score(c), c.place.population)).place


ADMIN2_WORDS = frozenset("""county parish borough district province prefecture department
departement provincia municipality shire""".split())


def _apart_from_cities_named_city(candidate_lists: list[list[Candidate]],
                                  keys: list[str]) -> list[list[Candidate]]:
    """A text that says 'Mexico City' (or 'Kansas City', 'New York City') and also 'Mexico'
    means by the bare name something else than that city: the country, the state. The bare
    name's readings as the city named '... City' elsewhere in the text are dropped (unless
    nothing else is left)."""
    rows_of = {}
    for key, candidates in zip(keys, candidate_lists):
        if key.endswith(" city"):
            rows_of.setdefault(key, set()).update(c.place.row for c in candidates
                                                  if c.place.precision == "city")
    if not rows_of:
        return candidate_lists
    out = []
    for key, candidates in zip(keys, candidate_lists):
        cities = rows_of.get(key + " city")
        if cities:
            candidates = [c for c in candidates if c.place.row not in cities] or candidates
        out.append(candidates)
    return out


def _self_evident(candidate: Candidate) -> bool:
    """A namesake that a feature's name points to without any context: a big city ('Port of
    Los Angeles', 'Boston Harbor'), a region under its own name ('Bronx County' -> the
    Bronx); not a small town ('Jackson Township') nor a county by its bare name."""
    place = candidate.place
    if place.precision == "city":
        return place.population >= BIG_CITY
    return not _bare_admin2(candidate)


def _container_reading(candidate: Candidate) -> bool:
    """A reading of a name after a comma as the region around the name before it: a
    country, an admin1 region, or a county named with its region word ('Lamar County')."""
    place = candidate.place
    return place.precision in ("country", "admin1") or (
        place.precision == "admin2" and candidate.primary and not _needs_context(candidate))


def _bare_admin2(candidate: Candidate) -> bool:
    """'Jones' for Jones County: in running text nearly always a person, never taken."""
    return candidate.place.precision == "admin2" and not candidate.primary


def _needs_context(candidate: Candidate) -> bool:
    """Small places, and admin2 regions whose own name says nothing of a region ('Holroyd',
    'Essex'), are taken in running text only where the rest of the article points to their
    admin1 region; 'Laurel County' is taken anywhere."""
    place = candidate.place
    if place.precision == "admin2":
        return not (ADMIN2_WORDS & set(place.name.casefold().split()))
    return place.minor


def _inside(place: Place, container: Place | None) -> bool:
    if container is None or container.row == place.row or place.precision in ("country",
                                                                               "continent"):
        return False
    if container.precision == "country":
        return place.country == container.country
    if container.precision == "admin2":
        return place.admin2_key == container.admin2_key and place.precision == "city"
    return container.precision == "admin1" and place.admin1_key == container.admin1_key
