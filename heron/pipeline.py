"""The stage sequence of DESIGN.md, each stage a function Document -> Document.

    language -> analysis -> dateline -> actors -> places -> times -> events -> proposals -> merge
    -> implied recipients -> recipient model -> partners -> confidence -> modality and confidence filter

Stages share the Document and nothing else; the resources they use (pipelines,
lexicons, gazetteer, knowledge base) are loaded once, on first use, and cached.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from heron import actors, datelines, ontology, places, times
from heron.document import Document, HeronInputError, PlaceMention, TimeMention
from heron.events import coder, confidence_model, implied_recipients, lexicon, merge, partners, proposals, \
    recipient_model
from heron.nlp import analysis, language

Stage = Callable[[Document], Document]
ASSERTED = ("asserted", "future")
#: every modality the coder gives ("--unasserted" output, and the training recipes that see every event)
EVERY_MODALITY = ASSERTED + ("negated", "hypothetical")


def identify_language(document: Document) -> Document:
    if not document.text or not document.text.strip():
        raise HeronInputError("empty text")
    if not document.language:
        document.language, document.language_score = language.identify(document.text)
    return document


_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?;:]")


def _in_water_name(start: int, end: int, document: Document) -> bool:
    """A country word inside the name of a sea or gulf: the next word is a water word
    ('South China Sea', 'Zuid-Chinese Zee', 'Japanische Meer') or one is at most two short words
    before it ('Sea of Japan', 'mar de Japón', 'mer du Japon', 'Golf von Mexiko'). Straits are not
    listed: warships sent into 'the Taiwan Strait' are aimed at Taiwan."""
    lex = lexicon.load(document.language)
    water = lex.cue_set("water_bodies") if lex else frozenset()
    if not water:
        return False
    # (within the sentence: 'fired a missile into the sea. Japan protested' names Japan)
    after = _WORDS.findall(_SENTENCE_END.split(document.text[end:end + 20])[0].lower())[:1]
    before = _WORDS.findall(_SENTENCE_END.split(document.text[max(0, start - 30):start])[-1].lower())[-3:]
    if after and after[0] in water:
        return True
    for k in range(1, len(before) + 1):
        if before[-k] in water:
            return all(len(w) <= 3 for w in before[len(before) - k + 1:])
    return False


def find_actors(document: Document) -> Document:
    found = actors.find(document.text, document.language, document.base_date)
    # 'JERUSALÉN, 14 abr (EFE).-', 'KOPENHAGEN (ANP/AFP) -' name where the story was filed, not an actor
    head = datelines.head_end(document)
    found = [a for a in found if a.start >= head]
    # 'the South China Sea', 'la mer du Japon', 'el golfo de México' name waters, not states
    found = [a for a in found if not (a.kind in {"state", "demonym"} and _in_water_name(a.start, a.end, document))]
    found = [a for a in found if not _place_named_as_person(a, document, found)]
    for a in found:
        # 'Pro-Palestinian protesters' in London: the side a crowd takes, not its country ('Pro-Russische
        # hackers' and 'pro-Russian separatists' do act for their side)
        if a.kind == "title" and a.sector == "OPP" and _STANCE_PREFIX.search(document.text[max(0, a.start - 6):a.start]):
            a.country = None
    for a in found:      # 'Hongkong' acts as China (CODING 3: countries are independent states)
        a.country = ontology.sovereign(a.country)
    named = {a.country for a in found if a.kind != "capital" and a.country}
    for a in found:      # 'Brüssel' in a story on the EU is the EU (ontology/seats.tsv), and in one
        # that names neither ('Bruselas anunció aranceles'); in a story on Belgium alone it is Belgium
        seat_of = ontology.seated(a.country) if a.kind == "capital" else None
        if seat_of and (seat_of in named or a.country not in named):
            a.country = seat_of
    document.actors = found
    return document


_STANCE_PREFIX = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)


def _place_named_as_person(mention, document: Document, found=()) -> bool:
    """'Mardi à New York, M. Araghchi ...', 'nach Puerto Ayacucho': a name no dictionary places (a
    person with no country or office) right after a locative preposition that the gazetteer knows
    is a place, not a person acting ('Pedro Sánchez' is a town too, but not after 'en'). 'La fiscalía
    de Nueva York', 'le parquet de New York', 'die Staatsanwaltschaft von New York', 'het OM van New
    York': after an office and a genitive marker, a name that is a region or a city of some size is
    the office's seat (actor_countries.placed_office gives the office its country), not a person; so is the last
    word of a place's name ('naar Bandar Abbas', _last_word_of_place), and a judicial district's name
    ('the Southern District of New York', 'la Fiscalía del Distrito Sur de Nueva York', 'le parquet du
    district Est de New York': _district_name)."""
    if mention.kind == "person" and _last_word_of_place(mention, document):
        return True
    if mention.kind != "person" or mention.country or mention.sector:
        return False
    lex = lexicon.load(document.language or "")
    before = document.text[max(0, mention.start - 12):mention.start].split()
    if not (lex and before):
        return False
    if _district_name(mention, before[-1].lower(), lex):
        return True
    if before[-1].lower() in lex.cue_set("locative_markers"):
        return bool(places.lookup(mention.text))
    return before[-1].lower() in lex.cue_set("genitive_markers") and _after_office(mention, document, found, lex) \
        and places.well_known(mention.text)


def _district_name(mention, word_before: str, lex) -> bool:
    """'Southern District', 'Distrito Sur', 'district Est de New York': a name made of the words that
    name a judicial district or its part (grammar.json district_words), after which only its seat may
    follow behind a genitive marker, is no person; a district word in the name or right before it."""
    words = mention.text.lower().split()
    genitive = next((k for k, w in enumerate(words) if w in lex.cue_set("genitive_markers")), len(words))
    district, seat = words[:genitive], " ".join(mention.text.split()[genitive + 1:])
    return bool(district) and all(w in lex.cue_set("district_words") for w in district) \
        and (len(words) > 1 or word_before in lex.cue_set("district_words")) \
        and (not seat or places.well_known(seat))


def _last_word_of_place(mention, document: Document) -> bool:
    """'bij Bandar Abbas', 'naar Bandar Abbas': a one-word name the dictionary knows as a person's
    ('Abbas') after a capitalised word with which it names a region or a city of some size is the
    end of that place's name, not the person."""
    if " " in mention.text:
        return False
    before = document.text[max(0, mention.start - 30):mention.start]
    words = before.split()
    # the word before must not open a sentence ('... zei hij. Abbas ...' has no place in it)
    return bool(len(words) >= 2 and before.endswith(" ") and words[-1][:1].isupper() and words[-1].isalpha()
                and words[-2][-1:] not in ".!?:" and places.well_known(words[-1] + " " + mention.text))


def _after_office(mention, document: Document, found, lex) -> bool:
    """An office (a title or an organisation) ends right before the word before `mention`, or before
    the district it serves ('prosecutors in the Southern District of', 'het OM van het zuidelijke
    district van': grammar.json district_words, with its articles and its marker)."""
    window = max(0, mention.start - 80)
    words = list(re.finditer(r"\S+", document.text[window:mention.start]))[:-1]   # the marker
    if words and words[-1].group().lower() in lex.cue_set("district_words"):
        markers = lex.cue_set("genitive_markers") | lex.cue_set("locative_markers")
        # ('del', 'du', 'des' are articles and markers: the marker ends the walk back)
        passed = (lex.cue_set("district_words") | lex.cue_set("articles") | lex.cue_set("skip_words")) - markers
        while words and words[-1].group().lower() in passed:
            words.pop()
        if not words or words[-1].group().lower() not in markers:
            return False
        words.pop()
    end = window + words[-1].end() if words else None
    return any(a.kind in {"title", "group"} and a.end == end for a in found)


def find_places(document: Document) -> Document:
    countries = sorted({a.country for a in document.actors if a.country and len(a.country) == 3
                        and a.country not in ontology.NON_STATE_CODES})
    named = [(a.start, a.end) for a in document.actors if a.kind not in {"state", "capital"}]
    document.places = [PlaceMention(**dict(p, country=ontology.sovereign(p["country"])))
                       for p in places.find(document.text, document.language, countries)
                       # 'Hamas' is a group, 'Kerem Shalom' a name: not places
                       if not any(s < p["end"] and p["start"] < e for s, e in named)]
    # 'en mer du Japon' is at sea, not in Japan
    document.places = [p for p in document.places
                       if not (p.precision == "country" and _in_water_name(p.start, p.end, document))]
    return document


def find_times(document: Document) -> Document:
    try:
        found = times.find(document.text, document.base_date, document.language)
    except HeronInputError as err:      # no time words for this language: events get the publication date
        document.meta["times"] = str(err)
        found = []
    if document.dateline:   # the dateline's own date is not an event's date
        found = [t for t in found if t["start"] >= document.dateline.end]
    document.times = [TimeMention(**t) for t in found]
    return document


STAGES: tuple[Stage, ...] = (identify_language, analysis.analyze, datelines.find, find_actors,
                             find_places, find_times, coder.code, proposals.propose, merge.merge,
                             implied_recipients.fill, recipient_model.choose, partners.require, confidence_model.rate)


class Pipeline:
    """Runs the stages over documents. `modalities` are the ones kept in the output:
    negated and hypothetical statements are not events unless asked for (flagged). Asserted events
    whose confidence is under `min_confidence` are left out too (default: the confidence model's
    threshold; 0 keeps every event); the document's meta counts them. Negated and hypothetical
    statements, when asked for, are all kept: the confidence model is trained on asserted events
    only (a statement that did not happen never matches a gold event), so its rating of them says
    nothing about whether they were said."""

    def __init__(self, stages: Iterable[Stage] = STAGES, modalities: Iterable[str] = ASSERTED,
                 min_confidence: float | None = None):
        self.stages = tuple(stages)
        self.modalities = frozenset(modalities)
        self.min_confidence = confidence_model.threshold() if min_confidence is None else min_confidence

    def __call__(self, document: Document) -> Document:
        for stage in self.stages:
            document = stage(document)
        shown = [e for e in document.events if e.modality in self.modalities]
        document.events = [e for e in shown if e.confidence >= self.min_confidence or e.modality not in ASSERTED]
        if len(document.events) < len(shown):
            document.meta["below_min_confidence"] = len(shown) - len(document.events)
        return document

    def pipe(self, items: Iterable[Document | HeronInputError]) -> Iterator[Document | HeronInputError]:
        """Code each document; a failure becomes a HeronInputError value and the batch goes on."""
        for item in items:
            if isinstance(item, HeronInputError):
                yield item
                continue
            try:
                yield self(item)
            except HeronInputError as err:
                # 'news.jsonl:a17' for a record, 'article.txt' for a file
                where = item.source if item.source and Path(item.source).stem == item.id else \
                    f"{item.source}:{item.id}" if item.source else item.id
                yield HeronInputError(f"{where}: {err}")
