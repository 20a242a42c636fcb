"""Build Heron's actor knowledge base: heron/actors/data/kb.tsv.gz.

Reproducible: `python training/build_actor_kb.py [--data /work/shared/data]`.

Inputs
  open data (not shipped):  GeoNames countryInfo.tsv, country_translations.json, cities15000.txt
                            (CC BY 4.0); CLDR territory names via babel; pycountry names;
                            NGEC countries.csv (English nationality words) and PLOVER_agents.txt
                            (MIT); PETRARCH2 Phoenix.Countries/International.actors.txt (MIT)
  hand data (shipped):      heron/actors/data/{organisations,people,state_wikidata}.tsv,
                            heron/lang/<code>/{states,demonyms,inflection,titles,translit}.tsv
Output: one gzip TSV with entity lines (E), alias lines (A) and modifier lines (M); see kb.py.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from heron.actors.kb import source_stamp  # noqa: E402
from heron.actors.text import alias_tokens, case_mode, fold  # noqa: E402

LANGS = ("nl", "en", "de", "fr", "es")
PKG = ROOT / "heron"
DATA_OUT = PKG / "actors" / "data" / "kb.tsv.gz"
PLOVER_SECTORS = set("GOV MIL COP JUD LEG PTY REB SPY UAF CVL BUS JRN MED REL EDU LAB REF OPP ELI CRM PRE UNK".split())
# CAMEO sector codes that PLOVER names differently
CAMEO_SECTOR = {"MED": "JRN", "HLH": "MED", "HRI": "CVL", "AGR": "CVL", "DEV": "CVL", "ENV": "CVL",
                "INS": "REB", "IRC": None, "MOD": None, "RAD": None}
CYRILLIC = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "UZB", "TKM", "BGR", "SRB", "MKD", "MNG"}
# capitals that are not where the government sits (the seat is added in lang/*/states.tsv)
NOT_SEATS = {"NLD"}
# capital names that are too ambiguous to read as a government
AMBIGUOUS_CAPITALS = {"Victoria", "Kingston", "Hamilton", "Male", "Praia", "Nassau", "Georgetown",
                      "Saint John's", "St. John's", "Road Town", "Avarua", "Saint Helier", "Stanley",
                      "Saint Peter Port", "The Valley", "Plymouth", "Douglas", "Philipsburg",
                      "Kingstown", "Castries", "Basseterre", "Roseau", "Victoria"}
# state names in other languages that collide with common words here (beyond the lexicon check)
# NGEC agent nouns too generic to mark an actor on their own (places, things, ordinary people)
AGENT_STOP = set("""group governance industry land kingdom state region province town village prison school
religion rebellion revolt uprising insurgency insurgence neighborhood neighbourhood member mother girl woman
women victim passenger settlement television newspaper magazine website publication gazette tabloid islamic
jewish hebrew naval native ordinary naturalized capital capital city city child children business blog
chamber college carrier boss actor artist athlete aerospace airline airway ambulance country people man men
infant kindergarten kindergarden preschool schoolhouse monastery infirmary sanatorium sanitarium sanatarium
tanker supertanker warship warplane frigate humvee hmmwv jetliner jumbojet suspect singer rapper hunter hiker
historian producer polity telecom oiler monger phalanx traveler traveller tourist tourer sightseer onlooker
manafacture media member victim""".split())
# short names of dependent territories that usually mean something else (an English county, a first name)
TERRITORY_CLASH = {"norfolk", "man", "jersey", "guernsey", "aland", "reunion", "christmas", "georgia"}
COMMON = {"man", "chad", "niger", "guinea", "jersey", "turkey", "jordan", "georgia", "china", "mali"}
# state names in other scripts that are common words of their own language (no word lists for these here)
# (the Latin 'georgia' of COMMON has its twins here: the US state is spelt the same in these scripts);
# compared by folded key, so vowel-marked spellings (عُمان) go too
NONLATIN_CLASH = {
    "Того",         # Togo; ru/bg 'that' (genitive), capitalised at every sentence start
    "대한",          # Korea (short); ko '(에) 대한' 'about', a separate word in almost every sentence
    "수단",          # Sudan; ko 'means, method'
    "오만",          # Oman; ko 'arrogance', 'fifty thousand'
    "타이",          # Thailand (old); ko 'tie' (a drawn match, a necktie)
    "مالي", "مالى",  # Mali; ar 'financial'
    "مالی",         # Mali; fa/ur 'financial'
    "عمان",         # Oman; ar/fa, without vowel marks also Amman, the capital of Jordan
    "هند",          # India (fa/ur); ar the woman's name Hind
    "माली",         # Mali; hi 'gardener'
    "中非",          # Central African Republic; zh 'China-Africa' (中非合作)
    "蒙古",          # Mongolia; zh also in 内蒙古 'Inner Mongolia', 蒙古族 'Mongols' (蒙古国 stays)
    "海地",          # Haiti; zh inside 沿海地区 'coastal areas' (no word boundaries in Chinese)
    "조지아", "ジョージア", "Γεωργία", "ג'ורג'יה", "ג׳ורג׳יה", "جورجيا", "جورجیا", "جارجيا", "جارجیا",
    "Йордан", "Јордан", "ירדן",   # Jordan; as in COMMON: a first name (bg, sr/mk Yordan; he Yarden), the river
    "جمهوري", "جمهوریه",        # '(the) Republic': sd/ps 'Congo (Republic)', a qualifier in brackets
}
# scripts whose names are not capitalised although Unicode gives their letters a case
UNCAPITALISED = ("GEORGIAN",)


def read_tsv(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def letter_scripts(s: str) -> set[str]:
    """Scripts of the letters of `s` ('LATIN', 'CYRILLIC', 'CJK' ...); modifier letters (ʼ ʻ) left out."""
    return {unicodedata.name(c, "?").split(" ")[0] for c in s if c.isalpha() and unicodedata.category(c) != "Lm"}


def alphabetic(t: str) -> bool:
    """All letters, vowel signs and other combining marks counted as letters (हिन्दी is alphabetic)."""
    return bool(t) and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in t)


def short_for_script(name: str) -> bool:
    """Too short to be safe: under 3 letters (and vowel signs), or under 2 where a letter is a syllable
    or a word (CJK, Hangul)."""
    letters = [c for c in name if alphabetic(c)]
    wide = all(unicodedata.east_asian_width(c) in "WF" for c in letters)
    return len(letters) < (2 if wide else 3)


def split_aliases(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


class KB:
    def __init__(self) -> None:
        self.entities: dict[str, list[str]] = {}
        self.aliases: dict[tuple[str, str, str], int] = {}   # (lang, alias, id) -> priority

    def entity(self, eid, name, country, sector, qid, kind, roles=""):
        self.entities[eid] = [eid, name or "-", country or "-", sector or "-", qid or "-", kind, roles or "-"]

    def alias(self, lang, alias, eid, prio=1):
        alias = " ".join(alias.split())
        if not alias or not alias_tokens(alias):
            return
        key = (lang, alias, eid)
        self.aliases[key] = max(prio, self.aliases.get(key, 0))

    def write(self, path: Path, stamp: str) -> None:
        rows = [f"# Heron actor KB, built by training/build_actor_kb.py; sources {stamp}"]
        rows += ["E\t" + "\t".join(v) for v in self.entities.values()]
        for (lang, a, e), p in sorted(self.aliases.items()):
            toks = alias_tokens(a)
            key = " ".join(fold(t) for t in toks)
            rows.append(f"A\t{lang}\t{key}\t{' '.join(toks)}\t{case_mode(a)}\t{e}\t{p}")
        rows += getattr(self, "extra_rows", [])
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
            f.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------- states and capitals
def load_countries(data: Path):
    rows = {}
    for r in read_tsv(data / "geo/gazetteer/countryInfo.tsv"):
        iso2, iso3, name, capital, gid = r[0], r[1], r[4], r[5], r[16]
        if iso2 == "XK":
            iso3 = "KOS"
        rows[iso2] = {"iso3": iso3, "name": name, "capital": capital, "gid": gid}
    return rows


def common_words():
    """Lowercase words of the five languages (simplemma lexicons): foreign names equal to one are dropped."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    except ImportError:  # pragma: no cover
        return set(COMMON)
    f = DefaultDictionaryFactory()
    words = set(COMMON)
    for lang in LANGS:
        d = f.get_dictionary(lang)
        for k in d.keys():
            k = k.decode() if isinstance(k, bytes) else k
            if k[:1].islower():
                words.add(k)
    return words


def split_name(n: str) -> tuple[list[str], list[str]]:
    """(forms of the name, forms of its part in brackets): 'Congo (Kinshasa)' -> [Congo], [Kinshasa]."""
    m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", n)
    main, bracket = ([m.group(1)], [m.group(2)]) if m else ([n], [])

    def forms(xs):
        res = []
        for x in xs:
            res.append(x)
            if " - " in x:
                res.append(x.replace(" - ", "-"))
        return [x.strip() for x in res if x.strip()]
    return forms(main), forms(bracket)


def sovereign(data: Path) -> set[str]:
    """ISO3 codes of states (NGEC countries.csv), as opposed to dependent territories."""
    with open(data / "events/ngec/NGEC/assets/countries.csv", encoding="utf-8") as f:
        out = {("KOS" if r["CCA3"] == "XKX" else r["CCA3"]) for r in csv.DictReader(f)}
    return {c for c in out if len(c) == 3} | {"PSE", "TWN", "KOS", "VAT"}


def build_states(kb: KB, data: Path, qids: dict, words: set):
    from babel import Locale, localedata
    import pycountry

    countries = load_countries(data)
    trans = json.loads((data / "geo/gazetteer/country_translations.json").read_text())
    own: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))    # lang -> alias -> iso3
    foreign: dict[str, set] = defaultdict(set)
    brackets: list[tuple[str, str, str]] = []     # (lang, bracketed part, iso3), added below

    def add(lang, name, iso3):
        main, bracket = split_name(name)
        for n in main:
            (own[lang][n] if lang in LANGS else foreign[n]).add(iso3)
        brackets.extend((lang, n, iso3) for n in bracket)
    for iso2, c in countries.items():
        iso3 = c["iso3"]
        kb.entity(iso3, c["name"], iso3, None, qids.get(iso3), "state")
        own["en"][c["name"]].add(iso3)
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc:
            for attr in ("name", "common_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    own["en"][v].add(iso3)
        for lang, name in trans.get(c["gid"], {}).items():
            add(lang, name, iso3)
    for loc in localedata.locale_identifiers():
        if "_" in loc:
            continue
        try:
            terr = Locale.parse(loc).territories
        except Exception:
            continue
        for iso2, name in terr.items():
            if iso2 in countries:
                add(loc, name, countries[iso2]["iso3"])
    # The part in brackets is a name ('Congo (Kinshasa)', 'Myanmar (Burma)') unless it is
    # - another state's own name, the sovereign of a territory ('Виргинские о-ва (США)', 'Saint-Martin
    #   (Francie)'): not a name of the territory, nor a reason to find the sovereign's name ambiguous;
    # - a qualifier: one word found in another state's name or bracket too, or words found in those of
    #   three others ('Congo (Republik)', 'Man (Île de)', 'Corée (République de)', 'Гонконг (САР)'):
    #   'Republik' is not the Congo.
    main = {lang: {n: set(isos) for n, isos in names.items()} for lang, names in [("*", foreign), *own.items()]}
    users: dict[str, set] = defaultdict(set)      # folded word -> states with a name or bracket that has it
    for n, isos in [*foreign.items(), *(x for names in own.values() for x in names.items()),
                    *((n, {iso3}) for _, n, iso3 in brackets)]:
        for t in alias_tokens(n):
            users[fold(t)] |= isos
    for lang, n, iso3 in brackets:
        words_ = [t for t in (fold(t) for t in alias_tokens(n)) if alphabetic(t)]
        if main.get(lang if lang in LANGS else "*", {}).get(n, set()) - {iso3} \
                or all(len(users[t] - {iso3}) >= (1 if len(words_) == 1 else 3) for t in words_):
            continue
        (own[lang][n] if lang in LANGS else foreign[n]).add(iso3)
    states = sovereign(data)
    for lang in LANGS:
        for alias, isos in own[lang].items():
            if not (isos <= states) and fold(alias) in TERRITORY_CLASH:
                continue
            if len(isos) == 1 and is_latin(alias):
                kb.alias(lang, alias, next(iter(isos)), 2)
    taken = {fold(a) for lang in LANGS for a in own[lang]}
    # Names in other scripts: one key may come from several spellings (Ρωσία, ΡΩΣΊΑ), so they are
    # unambiguous when their folded tokens name one state (territories count, as above).
    keyed: dict[str, set] = defaultdict(set)
    clash = {" ".join(fold(t) for t in alias_tokens(a)) for a in NONLATIN_CLASH}
    for alias, isos in foreign.items():
        if letter_scripts(alias) - {"LATIN"}:
            keyed[" ".join(fold(t) for t in alias_tokens(alias))] |= isos
    for alias, isos in foreign.items():
        if not isos <= states:
            continue    # names of territories in other languages: too little gain, too many clashes
        toks = [fold(t) for t in alias_tokens(alias)]
        if all(t in words or not alphabetic(t) for t in toks) or "" in toks:
            continue
        if letter_scripts(alias) <= {"LATIN"}:     # Latin script (Breton Arcʼhantina too)
            if len(isos) != 1 or len(alias) < 4 or not alias[0].isupper() or fold(alias) in taken:
                continue
        else:
            # Cyrillic, Arabic, CJK, Greek, Hebrew, Devanagari ... (they cannot collide with a word of the
            # five languages): one state only, not too short, capitalised where the script has case,
            # not a common word of its own language (hand list)
            letters = [c for c in alias if c.isalpha()]
            if (len(keyed[" ".join(toks)]) != 1 or short_for_script(alias) or " ".join(toks) in clash
                    or (letters[0].islower() and not unicodedata.name(letters[0]).startswith(UNCAPITALISED))):
                continue
        kb.alias("*", alias, next(iter(isos)), 1)
    return countries


def build_capitals(kb: KB, data: Path, countries, qids):
    capitals = {}                                   # iso2 -> (geonameid, name, pop, names)
    users: dict[str, list[tuple[str, int]]] = defaultdict(list)   # name -> [(geonameid, pop)]
    with open(data / "geo/gazetteer/cities15000.txt", encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            names = {r[1], r[2], *[a for a in r[3].split(",") if a]}
            pop = int(r[14] or 0)
            for n in names:
                users[n].append((r[0], pop))
            cc = r[8]
            if cc in countries and r[7] == "PPLC":
                capitals[cc] = (r[0], r[1], pop, names)
    state_names = {fold(a) for (lang, a, e) in kb.aliases if kb.entities[e][5] == "state"}
    for cc, (gid, name, pop, names) in capitals.items():
        iso3 = countries[cc]["iso3"]
        if iso3 in NOT_SEATS or name in AMBIGUOUS_CAPITALS:
            continue
        eid = "CAP:" + iso3
        kb.entity(eid, countries[cc]["name"], iso3, None, qids.get(iso3), "capital")
        for n in names:
            if n in AMBIGUOUS_CAPITALS or fold(n) in state_names:
                continue
            if not (is_latin(n) and n[:1].isupper() and len(n) >= 4 and not n.isupper()):
                continue
            # another city uses this name and is not tiny next to the capital
            if any(g != gid and p * 5 > pop for g, p in users[n]):
                continue
            kb.alias("*", n, eid, 1)


# ---------------------------------------------------------------- hand data
def build_hand_states(kb: KB, countries, qids):
    names = {c["iso3"]: c["name"] for c in countries.values()}
    for lang in LANGS:
        for iso3, kind, aliases in read_tsv(PKG / "lang" / lang / "states.tsv"):
            eid = iso3 if kind == "state" else "CAP:" + iso3
            if eid not in kb.entities:
                kb.entity(eid, names.get(iso3, iso3), iso3, None, qids.get(iso3), kind)
            for a in split_aliases(aliases):
                kb.alias(lang, a, eid, 3)


def inflect(base: str, rules: list[tuple[str, list[str]]]) -> list[str]:
    for ending, repl in rules:
        if ending == "*" or base.endswith(ending):
            stem = base if ending == "*" else base[: len(base) - len(ending)]
            return [stem + r for r in repl] or [base]
    return [base]


def build_demonyms(kb: KB, data: Path, countries, qids):
    names = {c["iso3"]: c["name"] for c in countries.values()}
    seen_en = set()
    for lang in LANGS:
        rules = [(r[0], r[1].split("|") if len(r) > 1 else [""]) for r in read_tsv(PKG / "lang" / lang / "inflection.tsv")]
        for row in read_tsv(PKG / "lang" / lang / "demonyms.tsv"):
            iso3, adjs, nouns = row[0], row[1], row[2] if len(row) > 2 else ""
            eid = "DEM:" + iso3
            kb.entity(eid, names.get(iso3, iso3), iso3, None, qids.get(iso3), "demonym")
            for base in split_aliases(adjs):
                for form in inflect(base, rules):
                    kb.alias(lang, form, eid, 2)
            for n in split_aliases(nouns):
                kb.alias(lang, n, eid, 2)
            if lang == "en":
                seen_en.add(iso3)
    # NGEC English nationality words for the states not hand-checked
    country_names = {fold(c["name"]) for c in countries.values()}
    with open(data / "events/ngec/NGEC/assets/countries.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso3 = "KOS" if r["CCA3"] == "XKX" else r["CCA3"]
            if len(iso3) != 3 or iso3 in seen_en or iso3 in ("EUR", "UNO") or iso3 not in names:
                continue
            eid = "DEM:" + iso3
            kb.entity(eid, names[iso3], iso3, None, qids.get(iso3), "demonym")
            for w in r["Nationality"].split(","):
                w = w.strip()
                if not w or fold(w) in country_names or re.search(r"Island|Republic|Territor|\bof\b", w):
                    break   # the rest of the row lists dependencies, not demonyms
                if case_mode(w) == "cap":
                    kb.alias("en", w, eid, 1)


# Words derived from place names that the open data does not list (why hand-written: no source
# here has them; the rules are regular enough to generate):
#   de city adjectives 'Moskauer Gericht', 'Pekinger Führung' (capital + er, never inflected)
#   nl city adjectives 'de Moskouse rechtbank', 'Berlijnse regering' (capital + se)
#   de/nl regions of a state 'Südlibanon', 'Ostukraine', 'Zuid-Libanon', 'Oost-Oekraïne' (the state)
#   de genitives of state and capital names 'Japans', 'Kenias', 'Moskaus' (name + the language's
#   @genitive ending in heron/lang/<code>/titles.tsv)
CITY_ADJECTIVE = {"de": "{}er", "nl": "{}se"}
REGION_PREFIXES = {"de": ("Süd{}", "Nord{}", "Ost{}", "West{}", "Zentral{}"),
                   "nl": ("Zuid-{}", "Noord-{}", "Oost-{}", "West-{}", "Centraal-{}")}


def genitive_endings(lang: str) -> list[str]:
    """The endings of a name's genitive in `lang` (titles.tsv @genitive: de 's')."""
    return [w for r in read_tsv(PKG / "lang" / lang / "titles.tsv") if r[0] == "@genitive"
            for w in split_aliases(r[1])]


def _known_genitive(name: str, ending: str, lang: str) -> bool:
    """A capital's genitive that the language writes ('Moskaus', 'Washingtons'): the lemmatiser's word
    list has it. Checked because the shared aliases hold every language's spelling of the capital."""
    import simplemma
    return not name.endswith(("s", "x", "z", "ß")) and simplemma.is_known(name + ending, lang=lang)


def build_derived(kb: KB) -> None:
    GENITIVE = {lang: genitive_endings(lang) for lang in LANGS}
    by_entity: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for lang, alias, eid in kb.aliases:
        by_entity[eid].add((lang, alias))
    for eid, aliases in list(by_entity.items()):
        kind = kb.entities[eid][5]
        for lang, alias in aliases:
            if not (is_latin(alias) and alias[:1].isupper() and " " not in alias and len(alias) >= 4
                    and not alias.isupper()):
                continue
            if kind == "capital" and lang in ("*", "de", "nl"):
                demonym = "DEM:" + kb.entities[eid][2]
                for target, pattern in CITY_ADJECTIVE.items():
                    if lang in ("*", target) and demonym in kb.entities:
                        # no common-word check: these forms are words ('Moskauer'), which is the point
                        kb.alias(target, pattern.format(alias), demonym, 1)
            for target, endings in GENITIVE.items():
                for ending in endings:
                    if kind == "state" and lang == target and not alias.endswith(("s", "x", "z", "ß")):
                        kb.alias(target, alias + ending, eid, 1)   # 'eine Entscheidung Japans'
                    if kind == "capital" and lang in ("*", target) and _known_genitive(alias, ending, target):
                        kb.alias(target, alias + ending, eid, 1)   # 'Pekings Führung', 'Moskaus Krieg'
            if kind == "state" and lang in REGION_PREFIXES:
                stem = alias if lang == "nl" else alias[:1].lower() + alias[1:]
                for pattern in REGION_PREFIXES[lang]:
                    kb.alias(lang, pattern.format(stem), eid, 1)


def drop_territory_clashes(kb: KB, states: set[str]) -> None:
    """A dependent territory's name that is also a nationality word goes ('British' is not VGB)."""
    dem = {(lang, fold(a)) for (lang, a, e) in kb.aliases if e.startswith("DEM:")}
    for key in [k for k in kb.aliases if kb.entities[k[2]][5] == "state" and k[2] not in states
                and ((k[0], fold(k[1])) in dem or (k[0] == "*" and any((l, fold(k[1])) in dem for l in LANGS)))]:
        del kb.aliases[key]


def build_organisations(kb: KB):
    for row in read_tsv(PKG / "actors/data/organisations.tsv"):
        if row[0].startswith("="):
            eid, name, country, sector, qid, kind = row[:6]
            roles = row[6] if len(row) > 6 else ""
            kb.entity(eid[1:], name, country, None if sector == "-" else sector, None if qid == "-" else qid, kind, roles)
        else:
            eid, lang, aliases = row
            for a in split_aliases(aliases):
                kb.alias(lang, a, eid, 4)


def build_titles(kb: KB, data: Path):
    rows = []
    for lang in LANGS:
        for r in read_tsv(PKG / "lang" / lang / "titles.tsv"):
            if r[0].startswith("@"):
                for w in split_aliases(r[1]):
                    rows.append(f"M\t{lang}\t{r[0][1:]}\t{w}")
                continue
            # optional third column: a country code the noun always has ('aid groups' = NGO)
            terms, sector, country = r[0], r[1], (r[2] if len(r) > 2 and r[2] else None)
            eid = "SEC:" + sector + (":" + country if country else "")
            kb.entity(eid, None, country, None if sector == "-" else sector, None, "title")
            for t in split_aliases(terms):
                kb.alias(lang, t.lower() if case_mode(t) != "exact" else t, eid, 3)
    # NGEC PLOVER agents (English), single and two-word nouns, with naive plurals
    hand = {a for (lang, a, e) in kb.aliases if lang == "en"}
    for line in (data / "events/ngec/NGEC/assets/PLOVER_agents.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Z][A-Z'_-]*)\s*\[~([A-Z]{3})", line)
        if not m or "!" in line or "{" in line:
            continue
        term, sec = m.group(1).strip("_").replace("_", " ").lower(), m.group(2)
        if sec not in PLOVER_SECTORS or len(term.split()) > 2 or len(term) < 4 or term in hand \
                or term in AGENT_STOP or term.rstrip("s") in AGENT_STOP or term[:-3] + "y" in AGENT_STOP:
            continue
        eid = "SEC:" + sec
        kb.entity(eid, None, None, sec, None, "title")
        kb.alias("en", term, eid, 1)
        if not term.endswith("s"):
            kb.alias("en", term[:-1] + "ies" if term.endswith("y") and term[-2] not in "aeiou" else term + "s", eid, 1)
    return rows


# ---------------------------------------------------------------- people
def yymmdd(s: str) -> str:
    if len(s) == 8:
        return f"{s[:4]}-{s[4:6]}-{s[6:8]}"
    yy = int(s[:2])
    return f"{19 if yy > 30 else 20}{s[:2]}-{s[2:4]}-{s[4:6]}"


def parse_code(code: str):
    """PETRARCH code -> (country, sector)."""
    if code.startswith("IGO"):
        country = "UNO" if code[3:6] == "UNO" else "EUR" if code[3:6] == "EUR" else "IGO"
        return country, None
    if code.startswith("NGO"):
        return "NGO", None
    country, sec = code[:3], code[3:6] or None
    if sec:
        sec = CAMEO_SECTOR.get(sec, sec)
        if sec not in PLOVER_SECTORS:
            sec = None
    return country, sec


# dates are yymmdd or yyyymmdd: 'LEIPZIG_ +DRESDEN_ [DDR 491007-901003] [DEU >19901003]' (with the
# second role unread, Dresden was East German in a 2025 story)
ROLE_RE = re.compile(r"\[([A-Z]{3,})\s*([<>]?(?:\d{8}|\d{6})(?:-(?:\d{8}|\d{6}))?)?\]")


def parse_roles(text: str) -> list[tuple[str, str, str, str]]:
    roles = []
    for code, span in ROLE_RE.findall(text):
        country, sec = parse_code(code)
        lo = hi = "-"
        if span.startswith(">"):
            lo = yymmdd(span[1:])
        elif span.startswith("<"):
            hi = yymmdd(span[1:])
        elif "-" in span:
            a, b = span.split("-")
            lo, hi = yymmdd(a), yymmdd(b)
        elif span:
            lo = yymmdd(span)    # one date: the role begins then
        roles.append((country, sec or "-", lo, hi))
    return roles


def petrarch_people(data: Path):
    """(name, aliases, roles) for persons with a role that reaches past 1990."""
    d = data / "dictionaries/petrarch2/petrarch2/data/dictionaries"
    for fn in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        cur = None
        for line in (d / fn).read_text(encoding="utf-8", errors="replace").splitlines():
            body = line.split("#")[0]
            if not body.strip():
                continue
            if body[0] not in " \t+[":
                if cur:
                    yield cur
                name = body.split("[")[0].strip()
                cur = [name, [], parse_roles(body)]
            elif body.lstrip().startswith("+") and cur:
                cur[1].append(body.strip()[1:].split("[")[0].strip())
            elif cur:
                cur[2] += parse_roles(body)
        if cur:
            yield cur


def pretty(name: str) -> str:
    name = name.strip("_ ").replace("_", " ")
    name = re.sub(r"\s*\(.*?\)", "", name)
    out = []
    for w in name.split():
        w = "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        if w.lower() in ("al", "bin", "ibn", "el", "de", "van", "von", "der", "da", "la", "le", "di", "du", "del", "ben", "abu"):
            w = w.lower()
        out.append(w)
    return " ".join(out)


def translit_rules():
    rules = {}
    for lang in LANGS:
        rules[lang] = [(re.compile(r[0]), r[1]) for r in read_tsv(PKG / "lang" / lang / "translit.tsv") if len(r) == 2]
    return rules


def variants(name: str, rules) -> set[str]:
    out = set()
    words = []
    for w in name.split():
        low = w.lower()
        for rx, rep in rules:
            low = rx.sub(rep, low)
        words.append(low[:1].upper() + low[1:] if w[:1].isupper() else low)
    out.add(" ".join(words))
    return out


def build_people(kb: KB, data: Path, words: set):
    TITLE_WORDS = {"president", "minister", "prime", "premier", "leader", "king", "chief", "general",
                   "secretary", "ambassador", "chairman", "commander", "mr", "mr.", "dr", "sheikh"}
    state_aliases = {fold(a) for (lang, a, e) in kb.aliases if not e.startswith("P:")}
    rules = translit_rules()
    people = []
    for name, aliases, roles in petrarch_people(data):
        if not roles or not any(r[3] == "-" or r[3] >= "1990" for r in roles if r[2] != "-" or r[3] != "-"):
            continue
        if all(r[2] == "-" and r[3] == "-" for r in roles):
            continue    # an organisation or a country, not a person with dated roles
        names = {pretty(name)} | {pretty(a) for a in aliases}
        names = {n for n in names if n and not (set(n.lower().split()) & TITLE_WORDS) and len(n.split()) <= 4}
        if not names:
            continue
        people.append((pretty(name), None, roles, names))
    for r in read_tsv(PKG / "actors/data/people.tsv"):
        name, qid, roles, extra = r[0], r[1], r[2], r[3] if len(r) > 3 else ""
        roles = [tuple(x.split(":")) for x in roles.split("|")]
        people.append((name, None if qid == "-" else qid, roles, {name, *split_aliases(extra)}))
    # surnames shared by several people are not used alone
    single = defaultdict(set)
    for i, (name, qid, roles, names) in enumerate(people):
        for n in names:
            if len(n.split()) == 1:
                single[fold(n)].add(name)
    hand_names = {fold(p[0]) for p in people if p[1] is not None}
    for i, (name, qid, roles, names) in enumerate(people):
        eid = f"P:{i}"
        cur = max(roles, key=lambda r: (r[2] != "-" or r[3] != "-", r[3] if r[3] != "-" else "9999"))
        kb.entity(eid, name, cur[0], None if cur[1] == "-" else cur[1], qid, "person",
                  "|".join(":".join(r) for r in roles))
        countries = {r[0] for r in roles}
        hand = i >= len(people) - sum(1 for _ in read_tsv(PKG / "actors/data/people.tsv"))
        for n in names:
            one = len(n.split()) == 1
            if one and not hand and (len(single[fold(n)]) > 1 or fold(n) in words or fold(n) in state_aliases
                                     or len(n) < 4):
                continue
            if not one and fold(n) in state_aliases:
                continue
            prio = 3 if hand else 1
            kb.alias("*", n, eid, prio)
            if countries & CYRILLIC:
                for lang in LANGS:
                    for v in variants(n, rules[lang]):
                        if v != n:
                            kb.alias(lang, v, eid, prio)
    return len(people)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="/work/shared/data", type=Path)
    ap.add_argument("--out", default=DATA_OUT, type=Path)
    args = ap.parse_args()
    qids, names = {}, {}
    for r in read_tsv(PKG / "actors/data/state_wikidata.tsv"):
        qids[r[0]] = r[1]
        if len(r) > 2:
            names[r[0]] = r[2]
    words = common_words()
    kb = KB()
    countries = build_states(kb, args.data, qids, words)
    build_capitals(kb, args.data, countries, qids)
    build_hand_states(kb, countries, qids)
    build_demonyms(kb, args.data, countries, qids)
    build_derived(kb)
    drop_territory_clashes(kb, sovereign(args.data))
    build_organisations(kb)
    kb.extra_rows = build_titles(kb, args.data)
    n_people = build_people(kb, args.data, words)
    for row in kb.entities.values():      # canonical names where GeoNames' differ
        if row[5] in ("state", "capital", "demonym") and row[2] in names:
            row[1] = names[row[2]]
    kb.write(args.out, source_stamp())
    print(f"{len(kb.entities)} entities ({n_people} people), {len(kb.aliases)} aliases -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
