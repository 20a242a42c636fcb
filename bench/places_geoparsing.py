"""Score heron.places on LGL and GeoVirus (English geoparsing gold).

    python bench/places_geoparsing.py [--data /work/shared/data/geo/geoparsing] [--split]

Two measurements per corpus:
1. Resolution given the gold toponym spans (how Mordecai3, CamCoder and others report
   accuracy@161km): heron.places.resolve_spans() on the gold spans, each ranked with the
   other gold toponyms of the document as context (nationality words annotated as toponyms,
   as LGL does, resolve to their country on this path only). Reported: accuracy within 161 km, country
   accuracy (LGL, which has gold countries), mean and median error in km, and how many gold
   names the index has no candidate for (counted as misses). When the chosen GeoNames id is
   the gold id the error is 0 km (the gold coordinate is that entry's); the raw coordinate
   distance is reported too.
2. Spans: recall of find()'s own spans against the gold spans (exact and overlapping), and the
   share of find()'s spans that overlap a gold span.
"""
from __future__ import annotations

import argparse
import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from heron import places
from heron.places.gazetteer import gazetteer


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    country: str | None = None      # ISO3
    title: str | None = None        # Wikipedia title (GeoVirus)


@dataclass
class Article:
    text: str
    toponyms: list[Toponym]


def country_codes_by_geonames_id() -> dict[int, str]:
    """ISO3 of each country's GeoNames id (countries are the index's first rows)."""
    index, codes, row = gazetteer(), {}, 0
    while (place := index.place(row)).precision == "country":
        codes[place.geonames_id] = place.country
        row += 1
    return codes


def read_lgl(path: Path) -> list[Article]:
    codes = country_codes_by_geonames_id()
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = []
        for t in article.iter("toponym"):
            gaz = t.find("gaztag")
            if gaz is None or gaz.findtext("lat") is None:
                toponyms.append(Toponym(int(t.findtext("start")), int(t.findtext("end")),
                                        t.findtext("phrase"), None, None))
                continue
            country = gaz.find("country")
            toponyms.append(Toponym(
                int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase"),
                float(gaz.findtext("lat")), float(gaz.findtext("lon")),
                int(gaz.get("geonameid")),
                codes.get(int(country.get("geonameid"))) if country is not None else None))
        articles.append(Article(article.findtext("text"), toponyms))
    return articles


def read_geovirus(path: Path) -> list[Article]:
    """GeoVirus offsets are one past the characters (start 170 for 'Pandi' at 169): shifted."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = [Toponym(int(loc.findtext("start")) - 1, int(loc.findtext("end")) - 1,
                            loc.findtext("name"), float(loc.findtext("lat")),
                            float(loc.findtext("lon")),
                            title=unquote(loc.findtext("page").rsplit("/", 1)[-1]).replace("_", " "))
                    for loc in article.iter("location")]
        articles.append(Article(article.findtext("text"), toponyms))
    return articles


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def same_id(place, toponym: Toponym) -> bool:
    """The chosen place is the gold GeoNames entry. Both must have an id: GeoVirus gives none,
    and neither do admin2 regions and hand-listed regions (an earlier version counted
    None == None as a match, which scored those as exact on GeoVirus)."""
    return place.geonames_id is not None and place.geonames_id == toponym.geonames_id


def score_resolution(articles: list[Article], errors_to=None) -> dict:
    errors, raw_errors, missing, countries_right, countries_total = [], [], 0, 0, 0
    title_or_161 = 0
    for number, article in enumerate(articles):
        gold = [t for t in article.toponyms if t.lat is not None]
        chosen = places.resolve_places(article.text, [(t.start, t.end) for t in gold])
        for toponym, place in zip(gold, chosen):
            if errors_to is not None:
                error = (math.inf if place is None else 0.0 if same_id(place, toponym)
                         else km(place.lat, place.lon, toponym.lat, toponym.lon))
                if error > 161:
                    errors_to.write(f"{number}\t{toponym.text}\t{toponym.lat},{toponym.lon}\t"
                                    + (f"{place.name}|{place.admin1}|{place.country}|"
                                       f"{place.precision}\t{error:.0f}\n" if place else "-\t-\n"))
            if toponym.country:
                countries_total += 1
                countries_right += bool(place and place.country == toponym.country)
            if place is None:
                missing += 1
                errors.append(math.inf)
                raw_errors.append(math.inf)
                continue
            raw = km(place.lat, place.lon, toponym.lat, toponym.lon)
            title_or_161 += raw <= 161 or (toponym.title is not None and place.name in (
                toponym.title, toponym.title.split(",")[0]))
            raw_errors.append(raw)
            errors.append(0.0 if same_id(place, toponym) else raw)
    finite = [e for e in errors if e != math.inf]
    return {
        "toponyms": len(errors),
        "acc161": sum(e <= 161 for e in errors) / len(errors),
        "acc161_raw_coordinates": sum(e <= 161 for e in raw_errors) / len(raw_errors),
        "acc161_with_candidates": sum(e <= 161 for e in errors) / max(1, len(errors) - missing),
        "acc161_or_title_match": (title_or_161 / len(errors)
                                  if any(t.title for a in articles for t in a.toponyms) else None),
        "country_accuracy": countries_right / countries_total if countries_total else None,
        "mean_km_resolved": statistics.mean(finite),
        "median_km_resolved": statistics.median(finite),
        "no_candidate": missing,
    }


def score_spans(articles: list[Article]) -> dict:
    gold_total = exact = overlapping = found_total = found_on_gold = 0
    started = time.perf_counter()
    for article in articles:
        found = places.find(article.text, "en")
        gold = [(t.start, t.end) for t in article.toponyms]
        found_spans = [(f["start"], f["end"]) for f in found]
        gold_total += len(gold)
        found_total += len(found_spans)
        exact += len(set(gold) & set(found_spans))
        overlapping += sum(any(s < fe and fs < e for fs, fe in found_spans) for s, e in gold)
        found_on_gold += sum(any(s < fe and fs < e for s, e in gold) for fs, fe in found_spans)
    seconds = time.perf_counter() - started
    return {"gold_spans": gold_total, "found_spans": found_total,
            "recall_exact": exact / gold_total, "recall_overlap": overlapping / gold_total,
            "found_on_gold_span": found_on_gold / found_total if found_total else 0.0,
            "ms_per_article": 1000 * seconds / len(articles)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/geo/geoparsing"))
    parser.add_argument("--split", action="store_true",
                        help="also score LGL's even-numbered articles (the half used to set "
                             "weights) and odd-numbered ones (held out) separately")
    parser.add_argument("--errors", type=Path, help="write resolution errors (> 161 km) here")
    parser.add_argument("--no-spans", action="store_true", help="skip the find() span scores")
    args = parser.parse_args()
    lgl = read_lgl(args.data / "LGL" / "lgl.xml")
    corpora = {"LGL": lgl, "GeoVirus": read_geovirus(args.data / "GeoVirus" / "GeoVirus.xml")}
    if args.split:
        corpora["LGL-even (tuning half)"] = lgl[0::2]
        corpora["LGL-odd (held out)"] = lgl[1::2]
    errors_to = open(args.errors, "w", encoding="utf-8") if args.errors else None
    for name, articles in corpora.items():
        print(f"== {name}: {len(articles)} articles")
        if errors_to:
            errors_to.write(f"== {name}\n")
        scores = score_resolution(articles, errors_to)
        if not args.no_spans and not name.startswith("LGL-"):
            scores.update(score_spans(articles))
        for key, value in scores.items():
            print(f"  {key:24s} {value:.3f}" if isinstance(value, float) else f"  {key:24s} {value}")


if __name__ == "__main__":
    main()
