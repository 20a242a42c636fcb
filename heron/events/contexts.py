"""PLOVER contexts of an event: the trigger's own contexts plus cue words in its sentence."""
from __future__ import annotations

import re
from functools import cache

from heron.events.clauses import SentenceView
from heron.events import lexicon
from heron.events.lexicon import Lexicon, Trigger

#: cues shorter than this match whole words only ('war' must not match 'warn')
MIN_STEM = 5


@cache
def _pattern(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """One regex for all of a language's cues: stems match word starts, short cues whole words."""
    by_stem = dict(lexicon.load(language).context_cues)
    alternatives = sorted(by_stem, key=len, reverse=True)
    parts = [re.escape(stem) + (r"\w*" if len(stem) >= MIN_STEM else "") for stem in alternatives]
    groups = "|".join(f"(?P<c{n}>{part})" for n, part in enumerate(parts))
    return re.compile(rf"(?<!\w)(?:{groups})(?!\w)"), {f"c{n}": by_stem[s] for n, s in enumerate(alternatives)}


def detect(view: SentenceView, trigs: list[Trigger], lex: Lexicon) -> list[str]:
    found: list[str] = []
    for trig in trigs:
        found += [c for c in trig.contexts if c not in found]
    if not lex.context_cues:
        return found
    pattern, contexts = _pattern(lex.language)
    for match in pattern.finditer(view.text.lower()):
        context = contexts[match.lastgroup]
        if context not in found:
            found.append(context)
    return found
