"""find(): all time expressions in a text, resolved against the publication date.

Candidates come from the compiled per-language regexes (grammar.py), each is resolved by
its rule (rules.py); overlaps are settled longest-first, and stop matches (durations such
as "20 jaar", vague ones such as "de afgelopen jaren") block what they cover. Anaphors
("that year", "the following month") are then dated from the latest preceding expression.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from heron.times.dates import parse_base
from heron.times.grammar import grammar
from heron.times.rules import RULES, STOP, Anaphor, resolve_anaphor


def find(text: str, publication_date: str | None, language: str) -> list[dict]:
    """Time expressions in `text` as dicts: start, end, text, value, precision.

    Sorted by start and non-overlapping (the longest match wins). Relative expressions
    need `publication_date` (ISO at its precision); without it only absolute ones are found.
    """
    g = grammar(language)
    base = parse_base(publication_date)
    low = text.lower()
    if len(low) != len(text):       # a few characters grow when lower-cased ('İ')
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found = []
    for group, windows in _windows(low, g.anchors, g.anchor_rx).items():
        for kind, rx in g.patterns[group]:
            rule = RULES[kind]
            for ws, we in windows:
                for m in rx.finditer(low, ws, we):
                    value = rule(m, g, base, text)
                    if value is not None:
                        found.append((m.start(), m.end(), value))
    found.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int, tuple]] = []
    for start, end, value in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, value))
    taken.sort()
    previous = None                 # the latest resolved value: what an anaphor refers to
    for i, (s, e, v) in enumerate(taken):
        if isinstance(v, Anaphor):
            v = resolve_anaphor(v, previous, base)
            taken[i] = (s, e, v if v is not None else STOP)
        if v is not None and v is not STOP:
            previous = v
    return [{"start": s, "end": e, "text": text[s:e], "value": v[0], "precision": v[1]}
            for s, e, v in taken if v is not STOP]


BEFORE, AFTER = 45, 35      # chars a match can reach before / after its anchor word


def _windows(text: str, anchors: dict[str, tuple[str, ...]],
             anchor_rx: re.Pattern) -> dict[str, list[list[int]]]:
    """Per anchor group, merged stretches of (lower-cased) text around its anchor words,
    cut at whitespace."""
    n = len(text)
    out: dict[str, list[list[int]]] = {}
    for m in anchor_rx.finditer(text):
        groups = anchors.get(m.group(), ("year",))
        ws, we = max(0, m.start() - BEFORE), min(n, m.end() + AFTER)
        for group in groups:
            spans = out.setdefault(group, [])
            if spans and ws <= spans[-1][1]:
                spans[-1][1] = we
            else:
                spans.append([ws, we])
    for spans in out.values():
        for span in spans:
            ws, we = span
            while ws > 0 and not text[ws - 1].isspace():
                ws -= 1
            while we < n and not text[we].isspace():
                we += 1
            span[0], span[1] = ws, we
    return out


def resolve(expression_text: str, publication_date: str | None,
            language: str) -> tuple[str, str] | None:
    """(value, precision) of one time expression, or None.

    Our own rules first (they must cover the whole expression); otherwise dateparser,
    with the publication date as RELATIVE_BASE, for forms our grammar does not know.
    """
    text = expression_text.strip()
    hits = find(text, publication_date, language)
    if len(hits) == 1 and hits[0]["end"] - hits[0]["start"] >= len(text) - 3:
        return hits[0]["value"], hits[0]["precision"]
    return _dateparser_resolve(text, publication_date, language)


_PERIOD = {"day": "day", "time": "day", "week": "month", "month": "month", "year": "year"}


@lru_cache(maxsize=2048)
def _dateparser_resolve(text: str, publication_date: str | None,
                        language: str) -> tuple[str, str] | None:
    from dateparser.date import DateDataParser

    base = parse_base(publication_date)
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if base:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month or 7, base.day or 15)
    data = DateDataParser(languages=[language], settings=settings).get_date_data(text)
    if not data or data.date_obj is None:
        return None
    precision = _PERIOD.get(data.period, "day")
    if base and precision == "day" and not base.day and not any(c.isdigit() for c in text):
        precision = "month"           # relative day with an unknown publication day
    d = data.date_obj
    value = {"day": d.strftime("%Y-%m-%d"), "month": d.strftime("%Y-%m"), "year": d.strftime("%Y")}
    return value[precision], precision
