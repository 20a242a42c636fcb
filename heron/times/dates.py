"""Calendar arithmetic at a precision: the base (publication) date and resolved values.

A `Base` is the publication date as far as it is known (year; year+month; year+month+day).
Results are (value, precision) tuples with value ISO 8601 at that precision.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

Value = tuple[str, str]          # ('2025-04', 'month')

#: a past-tense day-month may lie this many days after the base (the base is an estimate)
DAY_SLACK = 7

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class Base:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day else None


@lru_cache(maxsize=4096)
def parse_base(publication_date: str | None) -> Base | None:
    """'2025', '2025-05', '2025-05-17' (a time part is ignored) -> Base; None if unusable."""
    if not publication_date:
        return None
    m = _ISO.match(publication_date.strip())
    if not m:
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    try:
        if d:
            date(y, mo, d)
        if mo and not 1 <= mo <= 12:
            return None
    except ValueError:
        return Base(y, mo)
    return Base(y, mo, d)


def day_value(d: date) -> Value:
    return d.isoformat(), "day"


def month_value(year: int, month: int) -> Value:
    return f"{year:04d}-{month:02d}", "month"


def year_value(year: int) -> Value:
    return f"{year:04d}", "year"


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def coarse(base: Base) -> Value:
    """The base itself at month precision (or year when the month is unknown)."""
    return month_value(base.year, base.month) if base.month else year_value(base.year)


def shift_days(base: Base, days: int) -> Value:
    """Base +/- days; at month precision when the base day is unknown."""
    if base.day:
        return day_value(base.date + timedelta(days=days))
    if base.month:
        # unknown day: take mid-month, report the month only
        return month_value(*_ym(date(base.year, base.month, 15) + timedelta(days=days))) \
            if abs(days) > 20 else month_value(base.year, base.month)
    return year_value(base.year)


def shift_weeks(base: Base, weeks: int) -> Value:
    """A week is reported at month precision: the month of its Thursday (the ISO rule for
    which month/year a week belongs to)."""
    if base.day:
        d = base.date + timedelta(days=7 * weeks)
        return month_value(*_ym(d + timedelta(days=4 - d.isoweekday())))
    return shift_days(base, 7 * weeks)


def shift_months(base: Base, months: int) -> Value:
    if not base.month:
        return year_value(base.year + (months // 12 if abs(months) >= 12 else 0))
    return month_value(*add_months(base.year, base.month, months))


def weekday_near(base: Base, weekday: int, direction: int) -> Value:
    """The given ISO weekday relative to the base day.

    direction -1: strictly before, 0: on or before, 1: strictly after, 2: on or after,
    3: on or before, except the day after the base ("Tuesday" in Monday's paper).
    Month precision when the base day is unknown.
    """
    if not base.day:
        return coarse(base)
    d = base.date
    delta = weekday - d.isoweekday()
    if direction == 3:
        direction = 1 if delta % 7 == 1 else 0
    if direction in (-1, 0):
        back = (-delta) % 7
        if back == 0 and direction == -1:
            back = 7
        return day_value(d - timedelta(days=back))
    ahead = delta % 7
    if ahead == 0 and direction == 1:
        ahead = 7
    return day_value(d + timedelta(days=ahead))


def month_near(base: Base, month: int, direction: int) -> Value:
    """A named month relative to the base month.

    direction -1: strictly before, 0: not after (default for a bare month name),
    1: strictly after, 2: same year as the base, 3: not before (future tense).
    """
    bm = base.month or 12
    y = base.year
    if direction == 0:
        y = y if month <= bm else y - 1
    elif direction == -1:
        y = y if month < bm else y - 1
    elif direction == 1:
        y = y if month > bm else y + 1
    elif direction == 3:
        y = y if month >= bm else y + 1
    return month_value(y, month)


def day_month_near(base: Base, month: int, day: int, direction: int = 0) -> Value | None:
    """A day and month without a year.

    direction 0: the year that puts it nearest the base date; -1: the latest one not after
    the base (allowing a few days' slack); 1: the first one not before it.
    """
    anchor = base.date or date(base.year, base.month or 7, 15)
    best = None
    for y in (base.year - 1, base.year, base.year + 1):
        d = valid_day(y, month, day)
        if d is None:
            continue
        gap = (d - anchor).days
        if direction == -1 and gap > DAY_SLACK or direction == 1 and gap < -DAY_SLACK:
            continue
        if best is None or abs(gap) < abs((best - anchor).days):
            best = d
    return day_value(best) if best else None


def _ym(d: date) -> tuple[int, int]:
    return d.year, d.month
