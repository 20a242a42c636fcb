"""The place index built by training/build_gazetteer.py: names -> GeoNames places.

Loaded once, lazily: the files stay as lists of UTF-8 lines (places.tsv, plain, and the
sorted names.tsv.gz), names are found by binary search and rows are parsed only when a name
is looked up, so loading is little more than reading one file and decompressing another.
demonyms.tsv (nationality word -> ISO3) is read only when resolve_spans() asks for it.
"""
from __future__ import annotations

import gzip
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from heron.places.names import normalise_name

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. admin1_key is GeoNames' 'CC.code' (e.g. 'US.TX'); admin2_key is
    'CC.code.admin2 name' ('US.KY.Laurel County'), '' when unknown. precision is one of
    city | admin2 | admin1 | country | continent; admin2 regions have no GeoNames id."""
    row: int
    geonames_id: int | None
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    precision: str          # city | admin2 | admin1 | country | continent
    population: int
    feature_code: str
    admin1_key: str
    admin2_key: str = ""

    @property
    def minor(self) -> bool:
        """A small place (below 15,000 inhabitants, no administrative seat)."""
        return self.precision == "city" and self.population < 15000 and self.feature_code == "PPL"


@dataclass(frozen=True)
class Candidate:
    place: Place
    primary: bool           # matched the place's own name, not one of its alternate names
    weak: bool = False      # an alternate name of a small place not spelled like its name
                            # (GeoNames' former or nearby names of hamlets): given spans only


class Gazetteer:
    def __init__(self, data: Path = DATA):
        if (data / "places.tsv").exists():
            self._rows = (data / "places.tsv").read_bytes().rstrip(b"\n").split(b"\n")[1:]
        else:
            with gzip.open(data / "places.tsv.gz", "rb") as handle:
                self._rows = handle.read().rstrip(b"\n").split(b"\n")[1:]
        with gzip.open(data / "names.tsv.gz", "rb") as handle:
            self._names = handle.read().rstrip(b"\n").split(b"\n")   # sorted 'key\trefs'
        self._places: dict[int, Place] = {}
        self._candidates: dict[str, list[Candidate]] = {}
        self._data = data
        self._demonyms: dict[str, str] | None = None
        self._countries: dict[str, int] = {}

    def _refs(self, key: str) -> str | None:
        prefix = key.encode("utf-8") + b"\t"
        i = bisect_left(self._names, prefix)
        if i < len(self._names) and self._names[i].startswith(prefix):
            return self._names[i][len(prefix):].decode("utf-8")
        return None

    def extends(self, key: str) -> bool:
        """Whether some longer name starts with `key` ('new' -> 'new york')."""
        prefix = key.encode("utf-8")
        i = bisect_left(self._names, prefix)
        for line in self._names[i:i + 2]:
            if line.startswith(prefix) and line[len(prefix):len(prefix) + 1] != b"\t":
                return True
        return False

    def __contains__(self, key: str) -> bool:
        return self._refs(key) is not None

    def findable(self, key: str) -> bool:
        """Whether running text may take `key` for a place: some place has it as more than a
        weak alternate name."""
        refs = self._refs(key)
        return refs is not None and any(not r.endswith("~") for r in refs.split(","))

    def place(self, row: int) -> Place:
        place = self._places.get(row)
        if place is None:
            f = self._rows[row].decode("utf-8").split("\t")
            place = Place(row, int(f[0]) if f[0] else None, f[1], f[2], f[3], float(f[4]),
                          float(f[5]), f[6], int(f[7]), f[8], f[9], f[10] if len(f) > 10 else "")
            self._places[row] = place
        return place

    def candidates(self, key: str) -> list[Candidate]:
        """Places named `key` (already normalised). Do not modify the list returned."""
        found = self._candidates.get(key)
        if found is None:
            refs = self._refs(key)
            found = [Candidate(self.place(int(ref.rstrip("*~"))), ref.endswith("*"),
                               ref.endswith("~"))
                     for ref in refs.split(",")] if refs else []
            if len(self._candidates) > 50000:
                self._candidates.clear()
            self._candidates[key] = found
        return found

    def lookup_name(self, name: str) -> list[Candidate]:
        return self.candidates(normalise_name(name))

    def demonym(self, key: str) -> Place | None:
        """The country a nationality word (normalised: 'russian', 'palestinians') names."""
        if self._demonyms is None:
            self._demonyms = {}
            path = self._data / "demonyms.tsv"
            if path.exists():
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line and not line.startswith("#"):
                        word, iso3 = line.split("\t")
                        self._demonyms[word] = iso3
            self._countries = {}
            row = 0
            while row < len(self._rows) and (place := self.place(row)).precision == "country":
                self._countries[place.country] = row
                row += 1
        iso3 = self._demonyms.get(key)
        row = self._countries.get(iso3) if iso3 else None
        return self.place(row) if row is not None else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """Keys never taken as a place in running text in `language` (English's if unknown)."""
    path = DATA / "stopwords" / f"{language}.txt"
    if not path.exists():
        path = DATA / "stopwords" / "en.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def reporting_hubs() -> frozenset[int]:
    """GeoNames ids of the cities whose datelines are regional news bureaus (data/reporting_hubs.tsv:
    'NAIROBI (Reuters) -' over a story from Somalia)."""
    lines = (DATA / "reporting_hubs.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(int(line.split("\t")[0]) for line in lines if line and not line.startswith("#"))
