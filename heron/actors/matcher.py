"""Longest-match dictionary lookup over token n-grams (no regex per entry)."""
from __future__ import annotations

from dataclasses import dataclass

from .kb import Candidate, Lexicon
from .text import fold, normalise


@dataclass
class Match:
    start: int                 # token index, inclusive
    end: int                   # token index, exclusive
    cand: Candidate


def _accepts(c: Candidate, toks: list[str]) -> bool:
    if c.mode == "any":
        return True
    if c.mode == "exact":
        return tuple(normalise(t) for t in toks) == c.exact
    # capitalised; a short all-caps token (EST, MAN) is an acronym, not this name
    return toks[0][:1].isupper() and not (len(toks) == 1 and toks[0].isupper() and len(toks[0]) <= 4)


def match(words: list[str], folded: list[str], lex: Lexicon) -> list[Match]:
    """Non-overlapping matches, longest first, left to right."""
    out: list[Match] = []
    i, n = 0, len(words)
    table, prefixes = lex.table, lex.prefixes
    while i < n:
        best = None
        key = ""
        for j in range(i + 1, min(n, i + lex.maxlen) + 1):
            key = folded[i] if j == i + 1 else key + " " + folded[j - 1]
            if key in table:
                cands = lex.candidates(key)
                for c in cands:
                    if _accepts(c, words[i:j]):
                        best = Match(i, j, c)
                        break
            if key not in prefixes:
                break
        best = best or _compound(i, words, folded, lex)
        if best:
            out.append(best)
            i = best.end
        else:
            i += 1
    return out


#: letters a compound keeps before its head ('Bauern|verband'; not 'ver|bond')
COMPOUND_STEM = 4


def _compound(i: int, words: list[str], folded: list[str], lex: Lexicon) -> Match | None:
    """'Bauernverband', 'Landesregierung', 'boerenorganisatie': a compound no dictionary lists is
    the actor its head names (the last part, one of the language's @compound heads in titles.tsv)."""
    word = folded[i]
    if not lex.compound_heads or not words[i].isalpha():
        return None
    for k in range(COMPOUND_STEM, len(word) - 2):
        head = word[k:]
        if head in lex.compound_heads and head in lex.table:
            cands = [c for c in lex.candidates(head) or () if c.kind == "title"]
            if cands:
                return Match(i, i + 1, cands[0])
    return None


def fold_all(words: list[str]) -> list[str]:
    return [fold(w) for w in words]
