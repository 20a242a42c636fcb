"""Find place-name spans in running text: the longest gazetteer name over token n-grams.

Precision over recall: a span must start (and end) with a capitalised word, or a word in a
script without case; it must not be a stop word or common word of the language; it must be
in the language's script (or Latin); and a single name glued to other capitalised words
('Vladimir Putin', 'Mayor Jackson', 'Washington Post') is taken for a person or an
organisation, not a place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from heron.places.gazetteer import Gazetteer, gazetteer, stopwords
from heron.places.names import normalise_name, script_of, without_accents

TOKEN = re.compile(r"\w+|[^\w\s]")
MAX_TOKENS = 9                                  # 'Washington, D.C.' is 6 tokens
TITLES = set("""mayor president governor senator sen rep gov minister premier king queen prince
judge sheriff chief officer general dr mr mrs ms burgemeester minister-president president
bürgermeister präsident kanzler président ministre maire presidente ministro alcalde
saint st""".split())
CAPITALISED_NOUNS = {"de", "lb"}
ALWAYS_PLACES = {"US", "U.S.", "UK", "U.K.", "USA", "VS"}   # upper-case stop words
LANGUAGE_SCRIPTS = {"ru": {"CYRILLIC"}, "uk": {"CYRILLIC"}, "bg": {"CYRILLIC"},
                    "sr": {"CYRILLIC"}, "mk": {"CYRILLIC"}, "ar": {"ARABIC"}, "fa": {"ARABIC"},
                    "ur": {"ARABIC"}, "he": {"HEBREW"}, "el": {"GREEK"},
                    "zh": {"CJK"}, "ja": {"CJK", "HIRAGANA", "KATAKANA"}, "ko": {"HANGUL"},
                    "hi": {"DEVANAGARI"}, "th": {"THAI"}, "hy": {"ARMENIAN"}, "ka": {"GEORGIAN"}}


@dataclass
class NameSpan:
    start: int
    end: int
    text: str
    key: str


def _starts_capitalised(word: str) -> bool:
    first = word[0]
    return first.isupper() or (first.isalpha() and not first.islower())   # uncased scripts too


def _is_word(token: re.Match) -> bool:
    return token.group()[0].isalnum() or token.group()[0] == "_"


def name_spans(text: str, language: str, index: Gazetteer | None = None,
               glued: list[NameSpan] | None = None) -> list[NameSpan]:
    """Longest-match gazetteer names in `text`, after the precision filters. `glued`, if
    given, receives the names turned down only for being part of a longer proper name
    ('Georgia' in 'Georgia Bureau of Investigation'): not places, but hints of the region."""
    index = index or gazetteer()
    stop = stopwords(language)
    scripts = LANGUAGE_SCRIPTS.get(language, set()) | {"LATIN"}
    tokens = list(TOKEN.finditer(text))
    spans: list[NameSpan] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if not (_is_word(first) and _starts_capitalised(first.group())):
            i += 1
            continue
        match = _longest_name(text, tokens, i, index)
        if match is None:
            i += 1
            continue
        j, key = match
        span = NameSpan(first.start(), tokens[j].end(), text[first.start():tokens[j].end()], key)
        verdict = _acceptable(span, text, tokens, i, j, stop, scripts, language, index)
        if verdict is True:
            spans.append(span)
        elif verdict == "glued" and glued is not None:
            glued.append(span)
        i = j + 1
    return spans


def _longest_name(text: str, tokens: list[re.Match], i: int, index: Gazetteer):
    """The last token and the key of the longest name starting at token i. A name of several words
    the index lacks as written may be in it without the accents ('Port Sudán' -> 'port sudan'): one
    word alone ('Sudán') is a country's or a city's own spelling, left as it is."""
    start = tokens[i].start()
    last_j = min(len(tokens), i + MAX_TOKENS) - 1
    first = normalise_name(tokens[i].group())
    if not (index.extends(first) or index.extends(without_accents(first))):   # no longer name starts so
        last_j = i
    for j in range(last_j, i - 1, -1):
        last = tokens[j]
        if _is_word(last):
            if not _starts_capitalised(last.group()):
                continue
        elif not (last.group() == "." and j > i and _is_word(tokens[j - 1])):
            continue
        surface = text[start:last.end()]
        if "\n" in surface:
            continue
        key = normalise_name(surface)
        if index.findable(key):
            return j, key
        if j > i and index.findable(without_accents(key)):
            return j, without_accents(key)
    return None


def _acceptable(span: NameSpan, text: str, tokens, i: int, j: int, stop, scripts,
                language: str, index: Gazetteer) -> bool | str:
    """True, False, or 'glued' when the name is part of a longer proper name."""
    if _inside_hyphenated_word(text, span, index):    # 'Noord-Holland' is not 'Holland'
        return False
    if span.text in ALWAYS_PLACES:
        return True
    if span.key in stop or (span.text.isupper() and len(span.text) <= 4):   # 'ERV', 'IS'
        return False
    if script_of(span.text) not in scripts:
        return False
    if _glued_to_capitalised_words(span, text, tokens, i, j, stop, language):
        return "glued"
    return True


def _inside_hyphenated_word(text: str, span: NameSpan, index: Gazetteer) -> bool:
    """Part of a longer capitalised compound ('Noord-Holland', not 'Holland'). Compounds of
    places ('Fargo-Moorhead', 'Lebanon-Syria'), 'D-Iowa' and 'Atlanta-based' are fine."""
    before = re.search(r"(\w+)-$", text[max(0, span.start - 40):span.start])
    after = re.match(r"-(\w+)", text[span.end:span.end + 40])
    return any(m and len(m.group(1)) > 2 and _starts_capitalised(m.group(1))
               and not well_known_place(normalise_name(m.group(1)), index)
               for m in (before, after))


def well_known_place(key: str, index: Gazetteer) -> bool:
    return any(c.place.precision != "city" or c.place.population >= 30000
               for c in index.candidates(key) if not c.weak)


def _glued_to_capitalised_words(span, text, tokens, i, j, stop, language) -> bool:
    """'Vladimir Putin', 'Mayor Jackson', 'New York Times': part of a longer proper name.

    Not after the name in German, where every noun is capitalised ('in Köln Proteste')."""
    if j + 1 < len(tokens) and language not in CAPITALISED_NOUNS:
        after = tokens[j + 1]
        if (_is_word(after) and _starts_capitalised(after.group())
                and text[span.end:after.start()] == " "):
            return True
    if i > 0 and span.key.count(" ") == 0:
        before = tokens[i - 1]
        if (_is_word(before) and _starts_capitalised(before.group())
                and text[before.end():span.start] == " "
                and (normalise_name(before.group()) in TITLES
                     or normalise_name(before.group()) not in stop)
                and not before.group().isupper()):
            return True
    return False


def comma_containers(text: str, spans: list[NameSpan]) -> list[int | None]:
    """For each span, the index of the span right after it behind a comma ('Jackson, Tenn.')."""
    containers: list[int | None] = []
    for i, span in enumerate(spans):
        following = spans[i + 1] if i + 1 < len(spans) else None
        glued = following is not None and text[span.end:following.start].strip() == ","
        containers.append(i + 1 if glued else None)
    return containers


LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+(?:and|or|und|oder|en|et|ou|y)\s+|/|&)\s*")


def list_neighbours(text: str, spans: list[NameSpan]) -> list[list[int]]:
    """For each span, the spans right before and after it in a list ('Missouri, New York
    and Virginia'): joined by a comma, a conjunction or a slash and nothing else. Two names
    joined by a comma alone are no list ('Jackson, Tenn.')."""
    gaps = [text[a.end:b.start] for a, b in zip(spans, spans[1:])]
    joined = [bool(LIST_SEPARATOR.fullmatch(g)) for g in gaps]
    run_ok = [False] * len(joined)
    i = 0
    while i < len(joined):
        if not joined[i]:
            i += 1
            continue
        j = i
        while j < len(joined) and joined[j]:
            j += 1
        if j - i >= 2 or any(gaps[k].strip() != "," for k in range(i, j)):
            run_ok[i:j] = [True] * (j - i)
        i = j
    return [[j for j, ok in ((i - 1, i > 0 and run_ok[i - 1]),
                             (i + 1, i < len(run_ok) and run_ok[i])) if ok]
            for i in range(len(spans))]


COUNTIES_AFTER = re.compile(r"\s+(?:counties|parishes|boroughs)\b", re.IGNORECASE)
KIND_AFTER = re.compile(r"\s+(?:(?P<admin1>state)|(?P<region>province|region))\b(?!\s+[A-Z])")


def region_kinds(text: str, spans: list[NameSpan]) -> list[str | None]:
    """For each span, the kind of region the words after it say it is: 'admin2' in a list
    of names that ends in 'counties' ('Harvey, Harper and Kingman counties', 'Hitchcock and
    Hayes counties': each names a county, not the town of that name); 'admin1' before a
    lower-case 'state' ('a Washington state farm'); 'region' before 'province' or 'region'
    ('Helmand province'); else None."""
    neighbours = list_neighbours(text, spans)
    kinds: list[str | None] = [None] * len(spans)
    i = 0
    while i < len(spans):
        j = i
        while j + 1 in neighbours[j]:
            j += 1
        if j > i and COUNTIES_AFTER.match(text, spans[j].end):
            kinds[i:j + 1] = ["admin2"] * (j + 1 - i)
        i = j + 1
    for i, span in enumerate(spans):
        match = KIND_AFTER.match(text, span.end)
        if kinds[i] is None and match:
            kinds[i] = "admin1" if match.group("admin1") else "region"
    return kinds
