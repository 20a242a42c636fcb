"""Per-language time vocabulary: heron/lang/<code>/times.json merged with dateparser's names.

Month and weekday names come from dateparser's locale data (it covers ~200 locales, with
abbreviations); times.json adds spelling variants and everything dateparser has no list
for in a form we can compile into regexes (relative words, units, qualifiers, stops).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from heron.document import HeronInputError

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
_MONTH_KEYS = ["january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"]
_WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True)
class Lexicon:
    language: str
    data: dict
    months_full: dict[str, int]      # name -> 1..12, usable on their own ("maart")
    months_abbr: dict[str, int]      # only next to a day or year number ("mrt", "Oct.")
    weekdays: dict[str, int]         # full names -> ISO weekday 1..7

    def __getitem__(self, key):
        return self.data[key]


def _split_full_abbr(names: list[str]) -> tuple[list[str], list[str]]:
    """Full names vs abbreviations: a name that is a prefix of another, or shorter than
    4 letters while a longer one exists, is an abbreviation."""
    low = sorted({n.lower() for n in names}, key=len, reverse=True)
    longest = len(low[0])
    full, abbr = [], []
    for n in low:
        is_prefix = any(o != n and o.startswith(n) for o in low)
        if is_prefix or (len(n) < 4 and len(n) < longest):
            abbr.append(n)
        else:
            full.append(n)
    return full, abbr


def _locale_names(language: str, keys: list[str]) -> list[list[str]]:
    from dateparser.languages.loader import default_loader
    info = default_loader.get_locale(language).info
    return [list(info.get(k, [])) for k in keys]


@cache
def lexicon(language: str) -> Lexicon:
    path = LANG_DIR / language / "times.json"
    if not path.exists():
        raise HeronInputError(f"no time-expression data for language {language!r}")
    data = json.loads(path.read_text(encoding="utf-8"))
    months_full: dict[str, int] = {}
    months_abbr: dict[str, int] = {}
    for i, names in enumerate(_locale_names(language, _MONTH_KEYS), start=1):
        full, abbr = _split_full_abbr(names + data.get("months", {}).get(str(i), []))
        months_full.update((n, i) for n in full)
        months_abbr.update((n, i) for n in abbr)
    weekdays: dict[str, int] = {}
    for i, names in enumerate(_locale_names(language, _WEEKDAY_KEYS), start=1):
        full, _ = _split_full_abbr(names + data.get("weekdays", {}).get(str(i), []))
        weekdays.update((n, i) for n in full)
    return Lexicon(language, data, months_full, months_abbr, weekdays)
