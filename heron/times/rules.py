"""Resolution rules: one function per candidate kind, match -> (value, precision).

Why our own arithmetic rather than dateparser.parse for every candidate: the regex groups
already tell us day, month, year and offset, so resolving is a few integer operations,
while dateparser.parse costs ~0.3-1 ms a call and reports no precision for relative
phrases ("vorige maand" comes back as a full datetime). dateparser is used for its
month/weekday names (lexicon.py) and as the fallback in `resolve()` (finder.py).

A rule returns a Value, None (not a date after all: drop it, let shorter matches win)
or STOP (a vague or duration expression that must block the words it covers).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from heron.times import dates
from heron.times.dates import Base, Value
from heron.times.grammar import Grammar

STOP = ("", "stop")

#: a bare weekday ("vrijdag", "Friday") is the most recent one on or before the
#: publication day (wire copy says "said Friday" in Friday's paper), except the day
#: right after it ("Tuesday" in Monday's paper is tomorrow, not six days ago): that
#: exception gained 11 correct values on TempEval-3 and lost none.
WEEKDAY_BARE = 3


def _lower(s: str | None) -> str | None:
    return re.sub(r"\s+", " ", s.lower()).replace("’", "'") if s else s


def _offset(table: dict, word: str | None) -> int | None:
    return table.get(_lower(word)) if word else None


def _month(g: Grammar, m: re.Match, text: str) -> int | None:
    """The month number of group 'm'; None when the language capitalises month names and
    this one is not (English "may")."""
    if g.lex.data.get("month_case") == "capitalized" and not text[m.start("m")].isupper():
        return None
    n = _lower(m["m"]).rstrip(".")
    return g.lex.months_full.get(n) or g.lex.months_abbr.get(n)


def _prev_word(g: Grammar, text: str, start: int) -> str:
    m = g.prev_word.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _next_word(g: Grammar, text: str, end: int) -> str:
    m = g.next_word.match(text[end:end + 40])
    return m.group(1) if m else ""


_SENTENCE_END = re.compile(r"[.!?\n]\s")


def _future(g: Grammar, text: str, start: int, end: int) -> bool:
    """Does the sentence around [start, end) speak of the future ("will", "zal", "-rá")?"""
    lo = max(0, start - 150)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    nxt = _SENTENCE_END.search(text, end, end + 150)
    return g.future_rx.search(text, lo, nxt.start() if nxt else min(len(text), end + 150)) is not None


def day_month(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    month, day = _month(g, m, text), int(m["d"])
    if not month:
        return None
    if m["y"]:
        d = dates.valid_day(int(m["y"]), month, day)
        return dates.day_value(d) if d else None
    if base is None or not 1 <= day <= 31:
        return None
    # nearest year, no tense check: on TempEval-3 that beat both "not after the
    # publication date" and a sentence-level future cue (567 vs 529 / 543 correct)
    return dates.day_month_near(base, month, day)


month_day = day_month


def month_year(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    month = _month(g, m, text)
    return dates.month_value(int(m["y"]), month) if month else None


def numeric(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    day, month = (a, b) if g.lex.data.get("numeric_order", "DMY") == "DMY" else (b, a)
    if month > 12 >= day:                       # unambiguous the other way round
        day, month = month, day
    d = dates.valid_day(y, month, day)
    return dates.day_value(d) if d else None


def iso(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    d = dates.valid_day(int(m["y"]), int(m["b"]), int(m["a"]))
    return dates.day_value(d) if d else None


def month(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    mon = _month(g, m, text)
    if not mon or base is None:
        return None
    pre = _offset(g.lex["modifiers"], m["pre"])
    post = _offset(g.lex.data.get("post_modifiers", {}), m["post"])
    off = pre if pre is not None else post
    yoff = _offset(g.lex["modifiers"], m["ypre"])
    if yoff is None:
        yoff = _offset(g.lex.data.get("post_modifiers", {}), m["ypost"])
    if yoff is not None:                         # "June last year", "maart vorig jaar"
        return dates.month_value(base.year + yoff, mon)
    if off is None and not m["q"] and _lower(m["m"]) in g.lex.data.get("months_need_context", []):
        if _prev_word(g, text, m.start()) not in g.lex["context_words"]:
            return None
    if off is None and _future(g, text, m.start(), m.end()):
        off = 3
    direction = {None: 0, -1: -1, 0: 2, 1: 1, 3: 3}[off]
    return dates.month_near(base, mon, direction)


def weekday(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    if base is None or not base.month:
        return None
    wd = g.lex.weekdays.get(_lower(m["wd"]))
    pre = _offset(g.lex["modifiers"], m["pre"])
    post = _offset(g.lex.data.get("post_modifiers", {}), m["post"])
    off = pre if pre is not None else post
    # no tense check here: wire copy reports "said Friday that it will ...", and the
    # weekday dates the saying (a sentence-level future cue was wrong 30 times out of 40
    # on TempEval-3)
    direction = {None: WEEKDAY_BARE, -1: -1, 0: 2, 1: 1}[off]
    return dates.weekday_near(base, wd, direction)


def _shift(base: Base, u: str | None, off: int) -> Value | None:
    """The base date moved by `off` years, months or weeks (None for other units)."""
    if u == "year":
        return dates.year_value(base.year + off)
    if u == "month":
        return dates.shift_months(base, off)
    if u == "week":
        return dates.shift_weeks(base, off)
    return None


def unit(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    if base is None:
        return None
    units = g.lex["units"]
    u = units.get(_lower(m["u"] or m["u2"]))
    pre = _offset(g.lex["modifiers"], m["pre"])
    post = _offset(g.lex.data.get("post_modifiers", {}), m["post"] or m["post2"])
    off = pre if pre else (post if post is not None else pre)
    if off is None:
        return None
    return _shift(base, u, off)


def deictic(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    if base is None or not base.month:
        return None
    return dates.shift_days(base, g.lex["deictic"][_lower(m["x"])])


def ago(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    n_text = m["n"] or m["n2"]
    n = int(n_text) if n_text.isdigit() else g.lex["numbers"].get(_lower(n_text))
    u = g.lex["count_units"].get(_lower(m["u"] or m["u2"]))
    if n is None:
        return STOP                    # "several years ago": vague
    if base is None:
        return None
    sign = -1
    if u == "day":
        return dates.shift_days(base, sign * n)
    if u == "week":
        return dates.shift_days(base, sign * 7 * n) if base.day else dates.shift_weeks(base, sign * n)
    if u == "month":
        return dates.shift_months(base, sign * n)
    if u == "year":
        return dates.year_value(base.year + sign * n)
    return STOP


def year(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    """A bare four-digit number is a year only in a year-like context: after a context
    word ("in", "sinds") or qualifier, or not followed by a counted noun ("2000 mensen")."""
    y = int(m["y"])
    if base and not base.year - 300 <= y <= base.year + 30:
        return None
    if m["q"] or _prev_word(g, text, m.start()) in g.lex["context_words"]:
        return dates.year_value(y)
    nxt = _next_word(g, text, m.end())
    if nxt:
        if _lower(nxt) in g.lex["count_units"] or nxt.isdigit():
            return None
        reject = g.lex.data.get("year_next_word_rejects", "lower")
        if reject == "lower" and nxt[0].islower():
            return None
        if reject == "upper" and nxt[0].isupper():
            return None
    return dates.year_value(y)


def phrase(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    """A fixed relative phrase from times.json "phrases": [unit, offset] ("year-end")."""
    if base is None:
        return None
    u, off = g.lex["phrases"][_lower(m["x"])]
    if u in ("year", "month", "week"):
        return _shift(base, u, off)
    return dates.shift_days(base, off) if base.month else None


def holiday(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    """A holiday from times.json "holidays": [month, day] or [month, weekday, nth,
    first day] (Thanksgiving: the 4th Thursday from Nov 1). The nearest one to the
    publication date; "last"/"next" take the one before/after it."""
    if base is None or not base.month:
        return None
    rule = g.lex["holidays"][_lower(m["h"])]
    off = _offset(g.lex["modifiers"], m["pre"])
    anchor = base.date or date(base.year, base.month, 15)
    days = []
    for y in (base.year - 1, base.year, base.year + 1):
        if len(rule) == 2:
            d = dates.valid_day(y, *rule)
        else:
            mon, wd, nth, first = rule
            d0 = date(y, mon, first)
            d = d0 + timedelta(days=(wd - d0.isoweekday()) % 7 + 7 * (nth - 1))
        if d:
            days.append(d)
    if off == -1:
        days = [d for d in days if d < anchor]
    elif off == 1:
        days = [d for d in days if d > anchor]
    if not days:
        return None
    best = min(days, key=lambda d: abs((d - anchor).days))
    return dates.day_value(best) if base.day else dates.month_value(best.year, best.month)


def spelled_year(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    """A year in words: "nineteen ninety-six", "the year two thousand (and one)"."""
    sy = g.lex["spelled_years"]
    if m["k"]:
        y = sy["millennia"][_lower(m["k"])] + (sy["units"][_lower(m["ku"])] if m["ku"] else 0)
    else:
        rest = sy["teens"][_lower(m["t"])] if m["t"] else \
            sy["decades"][_lower(m["dec"])] + (sy["units"][_lower(m["u"])] if m["u"] else 0)
        y = sy["centuries"][_lower(m["c"])] * 100 + rest
    mon = _month(g, m, text) if m["m"] else None
    return dates.month_value(y, mon) if mon else dates.year_value(y)


class Anaphor(tuple):
    """A phrase dated from the text before it ("that year", "the following month"):
    (unit, offset); finder.py resolves it against the latest preceding expression."""


def anaphor(m: re.Match, g: Grammar, base: Base | None, text: str):
    unit, off = g.lex["anaphora"][_lower(m["x"])]
    return Anaphor((unit, off))


def resolve_anaphor(a: Anaphor, previous: Value | None, base: Base | None) -> Value | None:
    """Shift the latest preceding value (or, without one, the publication date) by the
    anaphor's unit and offset, at the unit's precision; None when the reference is
    coarser than the unit ("the next day" after "in 1998")."""
    unit, off = a
    rank = {"year": 0, "month": 1, "day": 2}
    if previous is not None and rank.get(previous[1], -1) >= rank[unit]:
        ref = dates.parse_base(previous[0])
    elif base is not None and rank[unit] <= (2 if base.day else 1 if base.month else 0):
        ref = base
    else:
        return None
    if unit == "year":
        return dates.year_value(ref.year + off)
    if unit == "month":
        return dates.shift_months(Base(ref.year, ref.month), off)
    return dates.shift_days(ref, off)


def stop(m: re.Match, g: Grammar, base: Base | None, text: str) -> Value | None:
    return STOP


RULES = {name: globals()[name] for name in
         ("day_month", "month_day", "month_year", "numeric", "iso", "month", "weekday",
          "unit", "deictic", "ago", "year", "stop", "phrase", "holiday", "spelled_year", "anaphor")}
