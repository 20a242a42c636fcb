"""When an event happened: the time expression that governs its trigger, at its precision.

The expression in the trigger's own clause wins (the nearest one with no other trigger in
between, else its first); else the nearest one in the sentence that is not in a relative clause
about something else; else the caller falls back to the publication (or dateline) date.
"""
from __future__ import annotations

from heron.document import TimeMention
from heron.events.clauses import SentenceView


def word_at(view: SentenceView, offset: int) -> int:
    """The index of the word covering a character offset."""
    return next((w.i for w in view.words if w.start <= offset < w.end), 0)


def time_for(view: SentenceView, group: list, times: list[TimeMention], lex) -> TimeMention | None:
    in_sentence = [t for t in times if view.start <= t.start < view.start + len(view.text)]
    if not in_sentence:
        return None
    for c in group:
        clause = view.clause_of(c.match.anchor)
        lo, hi = view.words[clause.first].start, view.words[clause.last].end
        own = [t for t in in_sentence if lo <= t.start < hi]
        if own:
            # 'suspenderá el acuerdo firmado con Corea del Norte en 2018': a date past another
            # trigger ('firmado') is that one's; the nearest date with no trigger in between governs
            anchor = c.match.anchor
            at = {id(t): word_at(view, t.start) for t in own}
            free = [t for t in own if not any(min(anchor, at[id(t)]) < k < max(anchor, at[id(t)])
                                              for k in view.trigger_anchors if k != anchor)]
            return min(free, key=lambda t: abs(at[id(t)] - anchor)) if free else own[0]
    anchor = view.words[group[0].match.anchor].start
    # not from a relative clause about something else ('de graandeal die ... vorig jaar hadden bemiddeld')
    relative = lex.cue_set("relative_pronouns")
    usable_times = [t for t in in_sentence if view.clause_of(word_at(view, t.start)).opener not in relative
                    or view.clause_of(word_at(view, t.start)) is view.clause_of(group[0].match.anchor)]
    return min(usable_times, key=lambda t: abs(t.start - anchor)) if usable_times else None


def historical(date: str | None, base: str | None) -> bool:
    """Background: dated at least two months before the publication month."""
    if not date or not base:
        return False
    d, b = date.split("-"), base.split("-")
    if int(d[0]) < int(b[0]) - 1:
        return True
    dm = int(d[0]) * 12 + (int(d[1]) if len(d) > 1 else 12)
    bm = int(b[0]) * 12 + (int(b[1]) if len(b) > 1 else 1)
    return bm - dm >= 2


def precision(iso: str | None) -> str | None:
    if not iso:
        return None
    return {1: "year", 2: "month", 3: "day"}[len(iso.split("-"))]
