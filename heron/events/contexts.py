"""PLOVER contexts of an event: the trigger's own contexts plus cue words in its sentence."""
from __future__ import annotations

from heron.events.clauses import SentenceView
from heron.events.lexicon import Lexicon, Trigger

#: cues shorter than this match whole words only ('war' must not match 'warn')
MIN_STEM = 5


def detect(view: SentenceView, trigs: list[Trigger], lex: Lexicon) -> list[str]:
    found: list[str] = []
    for trig in trigs:
        found += [c for c in trig.contexts if c not in found]
    lowers = [w.lower for w in view.words]
    bigrams = [f"{a} {b}" for a, b in zip(lowers, lowers[1:])]
    for stem, context in lex.context_cues:
        if context in found:
            continue
        pool = bigrams if " " in stem else lowers
        if any(w == stem or (len(stem) >= MIN_STEM and w.startswith(stem)) for w in pool):
            found.append(context)
    return found
