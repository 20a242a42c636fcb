"""Load the compiled actor knowledge base (data/kb.tsv.gz) once, lazily.

File format (one record per line, tab-separated; built by training/build_actor_kb.py):
  E  id  name  country  sector  wikidata  kind  roles      ('-' = none)
  A  lang  key  tokens  mode  entity-id  priority          (lang '*' = every language)
     key = the alias's folded tokens, tokens = its own tokens (space-separated); mode: text.case_mode
  M  lang  modifier-type  word                             (former, of)
roles: CCC:SEC:from:to|...  with ISO dates and '-' for open ends.
"""
from __future__ import annotations

import datetime as _dt
import gzip
import hashlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from .text import fold

KB_PATH = Path(__file__).parent / "data" / "kb.tsv.gz"
LANG_FILES = ("states", "demonyms", "inflection", "titles", "translit")   # heron/lang/<code>/<name>.tsv
KIND_RANK = {"group": 0, "igo": 1, "person": 2, "state": 3, "capital": 4, "demonym": 5, "title": 6}


@dataclass(frozen=True)
class Entity:
    id: str
    name: str | None
    country: str | None
    sector: str | None
    wikidata: str | None
    kind: str
    roles: tuple[tuple[str, str | None, str, str], ...] = ()

    def at(self, date: str | None) -> tuple[str | None, str | None]:
        """(country, sector) on `date` (ISO, any precision; None = today)."""
        if not self.roles:
            return self.country, self.sector
        day = _pad(date)
        undated = None
        for c, s, lo, hi in self.roles:
            if lo == "-" and hi == "-":
                undated = undated or (c, s)
            elif (lo == "-" or lo <= day) and (hi == "-" or day <= hi):
                return c, s
        if undated:
            return undated
        # no role on that day: the nearest one in time
        near = min(self.roles, key=lambda r: _distance(day, r[2], r[3]))
        return near[0], near[1]


def _distance(day: str, lo: str, hi: str) -> int:
    d = _dt.date.fromisoformat(day)
    if lo != "-" and day < lo:
        return (_dt.date.fromisoformat(lo) - d).days
    if hi != "-" and day > hi:
        return (d - _dt.date.fromisoformat(hi)).days
    return 0


def _pad(date: str | None) -> str:
    if not date:
        return _dt.date.today().isoformat()
    date = date[:10]
    return date + {4: "-01-01", 7: "-01"}.get(len(date), "")


class Candidate(NamedTuple):
    eid: str
    mode: str                 # exact | cap | any
    exact: tuple[str, ...]    # the alias's own tokens (for exact matching)
    priority: int
    kind: str


@dataclass
class Lexicon:
    """Aliases of one language: folded tokens (space-joined) -> alias rows; candidates on demand."""
    table: dict[str, list] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    maxlen: int = 1
    former: frozenset[str] = frozenset()
    of: frozenset[str] = frozenset()
    nonname: frozenset[str] = frozenset()
    person: frozenset[str] = frozenset()     # 'homme', 'man': a person when an age goes with it
    age: frozenset[str] = frozenset()        # 'ans', 'old', 'jarige': the word that makes a number an age
    nonactor: frozenset[str] = frozenset()   # acronyms that are no actor when unknown (AFP, EFE)
    title_prepositions: frozenset[str] = frozenset()   # a title ending in one is followed by a place
    capitalised_nouns: bool = False          # every noun has a capital (German): names need more checks
    sources: frozenset[str] = frozenset()    # 'fuentes', 'sources': 'Fuentes del Ministerio' speak for it (@source)
    compound_heads: frozenset[str] = frozenset()   # 'verband': 'Bauernverband' is its actor (titles.tsv @compound)
    described: frozenset[str] = frozenset()  # 'touristen': 'den Touristen Louis Arnaud' is no name's part (@described)
    america: frozenset[str] = frozenset()    # 'latijns', 'latin': 'Latijns-Amerikaanse' is no American (@america)
    ranks: frozenset[str] = frozenset()      # 'deputy', 'vice': 'deputy police chief' is one official (@rank)
    officer_ranks: frozenset[str] = frozenset()   # 'general', 'colonel': 'el general Qassem Rezaei' is MIL (@officer)
    portfolio: frozenset[str] = frozenset()  # 'de', 'für': 'Minister für Infrastruktur' is one title (@portfolio)
    openers: frozenset[str] = frozenset()    # 'según', 'volgens': 'Según Netanyahu, ...' names no 'Según Netanyahu' (@opener)
    genitive: frozenset[str] = frozenset()   # 's': 'Ungarns Regierungschef' is Hungary's (@genitive)
    kinds: dict[str, str] = field(default_factory=dict)

    def candidates(self, key: str) -> list[Candidate] | None:
        cands = self.table.get(key)
        if cands is None or not cands or isinstance(cands[0], Candidate):
            return cands
        out: list[Candidate] = []
        seen = set()
        for line in cands:
            _, _, _, toks, mode, eid, prio = line.split("\t")
            if (eid, toks) not in seen:
                seen.add((eid, toks))
                out.append(Candidate(eid, mode, tuple(toks.split(" ")), int(prio), self.kinds[eid]))
        out.sort(key=lambda c: (-c.priority, KIND_RANK.get(c.kind, 9)))
        self.table[key] = out
        return out


class KnowledgeBase:
    def __init__(self, path: Path = KB_PATH) -> None:
        self._rows: dict[str, str] = {}
        self._kinds: dict[str, str] = {}
        self._entities: dict[str, Entity] = {}
        self._aliases: dict[str, list[str]] = {}
        self._mods: dict[tuple[str, str], set[str]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = f.read().split("\n")
        rows, aliases = self._rows, self._aliases
        for line in data:
            tag = line[:1]
            if tag == "A":
                lang = line[2:line.index("\t", 2)]
                lst = aliases.get(lang)
                if lst is None:
                    lst = aliases[lang] = []
                lst.append(line)
            elif tag == "E":
                rows[line[2:line.index("\t", 2)]] = line
            elif tag == "M":
                _, lang, kind, word = line.split("\t")
                self._mods.setdefault((lang, kind), set()).add(fold(word))
        self._lex: dict[str, Lexicon] = {}
        self._star: tuple[dict, set, int] | None = None

    def lexicon(self, lang: str) -> Lexicon:
        lex = self._lex.get(lang)
        if lex is None:
            lex = self._lex[lang] = self._build(lang)
        return lex

    def _build(self, lang: str) -> Lexicon:
        lex = Lexicon(former=frozenset(self._mods.get((lang, "former"), ())),
                      of=frozenset(self._mods.get((lang, "of"), ())),
                      nonname=frozenset(self._mods.get((lang, "nonname"), ())),
                      person=frozenset(self._mods.get((lang, "person"), ())),
                      age=frozenset(self._mods.get((lang, "age"), ())),
                      nonactor=frozenset(self._mods.get((lang, "nonactor"), ())),
                      title_prepositions=frozenset(self._mods.get((lang, "titleprep"), ())),
                      capitalised_nouns=bool(self._mods.get((lang, "capitalised"))),
                      sources=frozenset(self._mods.get((lang, "source"), ())),
                      compound_heads=frozenset(self._mods.get((lang, "compound"), ())),
                      described=frozenset(self._mods.get((lang, "described"), ())),
                      america=frozenset(self._mods.get((lang, "america"), ())),
                      ranks=frozenset(self._mods.get((lang, "rank"), ())),
                      officer_ranks=frozenset(self._mods.get((lang, "officer"), ())),
                      portfolio=frozenset(self._mods.get((lang, "portfolio"), ())),
                      openers=frozenset(self._mods.get((lang, "opener"), ())),
                      genitive=frozenset(self._mods.get((lang, "genitive"), ())), kinds=_Kinds(self._rows))
        # The every-language aliases ('*': names in all scripts, people) are indexed once and shared
        # by the languages' lexicons; a key's list is copied before a language adds to it.
        if self._star is None:
            self._star = self._index(self._aliases.get("*", ()), {}, set(), 1)
        star, star_prefixes, star_max = self._star
        lex.table, lex.prefixes, lex.maxlen = self._index(self._aliases.get(lang, ()), dict(star),
                                                          set(star_prefixes), star_max, star)
        return lex

    @staticmethod
    def _index(lines, table: dict, prefixes: set, maxlen: int, shared: dict | None = None):
        for line in lines:
            a = line.index("\t", 2) + 1
            b = line.index("\t", a)
            key = line[a:b]
            lst = table.get(key)
            if lst is None:
                table[key] = [line]
                if " " in key:
                    parts = key.split(" ")
                    maxlen = max(maxlen, len(parts))
                    for i in range(1, len(parts)):
                        prefixes.add(" ".join(parts[:i]))
            elif shared is not None and lst is shared.get(key):
                table[key] = lst + [line]
            else:
                lst.append(line)
        return table, prefixes, maxlen

    def entity(self, eid: str) -> Entity:
        e = self._entities.get(eid)
        if e is None:
            e = self._entities[eid] = _entity(self._rows[eid].split("\t")[1:])
        return e

    def entity_ids(self):
        return self._rows.keys()

    @cached_property
    def state_names(self) -> frozenset[str]:
        """The canonical names a state, or its capital acting for it, is coded with."""
        kinds = _Kinds(self._rows)
        return frozenset(self.entity(e).name for e in self._rows if kinds[e] in {"state", "capital"})


class _Kinds(dict):
    """eid -> kind, read off the raw entity line on first use."""
    def __init__(self, rows: dict[str, str]) -> None:
        super().__init__()
        self._rows = rows

    def __missing__(self, eid: str) -> str:
        k = self[eid] = self._rows[eid].split("\t")[6]
        return k


def _entity(r: list[str]) -> Entity:
    eid, name, country, sector, qid, kind, roles = (None if x == "-" else x for x in r[:7])
    rs = []
    for x in (roles or "").split("|"):
        if x:
            c, s, lo, hi = x.split(":")
            rs.append((c, None if s == "-" else s, lo, hi))
    return Entity(eid, name, country, sector, qid, kind, tuple(rs))


def source_stamp() -> str:
    """Hash of the hand-written data the KB is compiled from (recorded in the KB's first line)."""
    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parents[1]
    files = sorted((pkg / "actors" / "data").glob("*.tsv"))
    for lang in sorted(p.name for p in (pkg / "lang").iterdir() if p.is_dir()):
        files += [pkg / "lang" / lang / f"{n}.tsv" for n in LANG_FILES]
    for p in files:
        if p.exists():
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def compiled_stamp(path: Path = KB_PATH) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.readline().rsplit(" ", 1)[-1].strip()


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    return KnowledgeBase()
