"""Wire datelines at the head of an article: 'KABUL, May 2 (Reuters) -', 'Den Haag, 4 juni -',
'MADRID, 23 may (EFE).-', 'PODGORICA (Monténégro), 29 oct. 2025 (AFP) -' (the town's region or
country in brackets). A dateline refines the publication date (CODING.md section 4)
and is the place of statements reported under it (section 6).

The shape of a dateline is the same in every language we code (place, comma, a date,
an optional agency in brackets, a dash), so one pattern serves; the date words are read
by heron.times with the article's language data.
"""
from __future__ import annotations

import re

from heron import ontology, places, times
from heron.document import Dateline, Document, PlaceMention

DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_][^\W\d_'’-]*){0,3})"
    r"(?:\s*\((?P<region>[^\W\d_][^()\n\d]{1,30})\))?\s*,\s*"
    r"(?P<date>[^()\n]{3,30}?)\s*(?:\((?P<agency>[^)\n]{1,30})\))?\s*[.]?\s*[-–—]+\s*")

#: a head line of its own with the date after a dash (Spanish desks): 'Bruselas - 11 jun 2025',
#: 'Madrid / Pekín - 5 sep 2025' (the first place is the dateline's); the line holds only the date after
#: the dash, starting with its day, so a first sentence ('BERLIN - Merz trat am Freitag zurück.') is no date
DATED_LINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_][^\W\d_'’-]*){0,3})(?:\s*/\s*[^\n/]{2,40}?)?"
    r"\s+[-–—]\s+(?P<date>\d[^\n]{2,28}?)[ \t]*(?=\n|$)")

#: a head with no date: 'KOPENHAGEN (ANP/AFP) -', 'PARIS (AFP) -'
UNDATED_HEAD = re.compile(r"^\s*[^\W\d_a-z][^\W\d_a-z .'’-]*(?:[ .'’-][^\W\d_a-z][^\W\d_a-z'’-]*){0,3}\s*"
                          r"(?:,[^()\n]{3,30}?)?\s*\([^)\n]{1,30}\)\s*[.]?\s*[-–—]+\s*")
#: a head's place: up to four words, each starting with a letter
HEAD_PLACE = r"(?P<place>[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_][^\W\d_'’-]*){0,3})"
#: an undated head whose place the gazetteer can read: 'Addis Abeba (AFP) -', 'BOEDAPEST (NOS) -',
#: 'Istanbul/Jerusalem (dpa-AFX) –' (the first place); each word of the place capitalised
UNDATED_PLACE = re.compile(r"^\s*" + HEAD_PLACE + r"(?:/[^()\n]{2,40}?)?\s*\((?P<agency>[^)\n]{1,30})\)\s*[.]?\s*[-–—]+\s*")

#: a head with neither date nor agency, its place in capitals: 'MOSKOU - ', 'BRUSSEL – ' (Dutch and
#: German desks); the capitals tell it from a first sentence that opens with a name ('Merz - ...')
CAPITALS_HEAD = re.compile(r"^\s*" + HEAD_PLACE + r"\s+[-–—]+\s+(?=\S)")


def _capitals_head(text: str) -> re.Match | None:
    match = CAPITALS_HEAD.match(text[:80])
    place = match.group("place") if match else ""
    return match if len(place) >= 3 and place.isupper() else None


def head_end(document: Document) -> int:
    """Where the wire head ends (0 without one): the dateline, or an undated 'PLACE (AGENCY) -'."""
    if document.dateline:
        return document.dateline.end
    match = UNDATED_HEAD.match(document.text[:120]) or _capitals_head(document.text)
    return match.end() if match else 0


def find(document: Document) -> Document:
    if not document.language:
        return document
    dateline = _dated(document) or _undated(document)
    if dateline:
        document.dateline = dateline
    return document


def _undated(document: Document) -> Dateline | None:
    """'Addis Abeba (AFP) -': a wire head without a date still says where statements reported under it
    were made (CODING 6); it has no date to refine the publication date with."""
    match = UNDATED_PLACE.match(document.text[:120]) or _capitals_head(document.text)
    if not match or not all(w[:1].isupper() for w in re.split(r"[ '’-]", match.group("place")) if w):
        return None
    place = _place(match)
    return Dateline(match.start(), match.end(), match.group(0).strip(), place, None) if place else None


def _dated(document: Document) -> Dateline | None:
    """'KABUL, May 2 (Reuters) -': the place and the date it gives."""
    head = document.text[:120]
    match = DATELINE.match(head) or DATED_LINE.match(head)
    if not match:
        return None
    found = times.find(match.group("date"), document.publication_date, document.language)
    if not found:
        return None
    date = _refine(found[0]["value"], document.publication_date)
    return Dateline(match.start(), match.end(), match.group(0).strip(), _place(match), date)


def _place(match: re.Match) -> PlaceMention | None:
    """The dateline's place, looked up in the gazetteer ('KABUL' -> Kabul, AFG); a town the gazetteer
    lacks is placed by the region or country bracketed after it ('PAIPORTA (Valencia), 4 nov (EFE).-')."""
    group = "place"
    name = match.group(group).strip()
    place = places.lookup(name)
    if not place and match.groupdict().get("region"):
        group = "region"
        name = match.group(group).strip()
        place = places.lookup(name)
    if not place:
        return None
    start = match.start(group)
    return PlaceMention(start, start + len(name), name, **{
        k: place[k] for k in ("geonames_id", "name", "admin1", "lat", "lon", "precision")},
        country=ontology.sovereign(place["country"]))


def _refine(dateline_value: str, publication: str | None) -> str:
    """Day and month from the dateline, the year from the known date when the dateline has none."""
    if publication and len(dateline_value.split("-")) >= 2:
        year = publication.split("-")[0]
        return year + dateline_value[4:]
    return dateline_value
