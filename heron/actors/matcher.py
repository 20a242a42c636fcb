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
    compound: bool = False          # found by its head, one word of a compound ('Infrastruktur|minister')
    body: Candidate | None = None   # what the compound's first part names ('Polizei|chef': the police)


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
        key, used, j = folded[i], [words[i]], i + 1
        while True:
            if key in table:
                cands = lex.candidates(key)
                for c in cands:
                    if _accepts(c, used):
                        best = Match(i, j, c)
                        break
            if key not in prefixes or len(used) >= lex.maxlen:
                break
            # 'Boko-Haram-Kämpfer', 'Al-Shabaab-Miliz': a name of several words joined by hyphens in a
            # compound is that name (the hyphen is skipped, not part of the key)
            k = j
            if j + 1 < n and words[j] == "-":
                with_hyphen = key + " " + folded[j]
                if with_hyphen not in prefixes and with_hyphen not in table:
                    k = j + 1       # ('EU-Kommission', 'Al-Kaida': names that hold the hyphen keep it)
            if k >= n:
                break
            key, j = key + " " + folded[k], k + 1
            used.append(words[k])
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
    """'Bauernverband', 'Landesregierung', 'boerenorganisatie', 'Infrastrukturminister', 'politiechef':
    a compound no dictionary lists is the actor its head names (the last part, one of the language's
    @compound heads in titles.tsv), and keeps what its first part names when the dictionary knows it."""
    word = folded[i]
    if not lex.compound_heads or not words[i].isalpha():
        return None
    for k in range(COMPOUND_STEM, len(word) - 2):
        head = word[k:]
        if head in lex.compound_heads and head in lex.table:
            cands = [c for c in lex.candidates(head) or () if c.kind == "title"]
            if cands:
                return Match(i, i + 1, cands[0], True, _body(word[:k], lex))
    return None


#: what a compound's first part may name for its head: a service ('Polizei|chef') or a state by its capital ('Kreml|sprecher')
BODY_KINDS = ("title", "state", "capital")


def _body(stem: str, lex: Lexicon) -> Candidate | None:
    """The first part of a compound as the dictionary knows it, with or without the linking 's' German and
    Dutch put after it: 'Polizei|chef', 'Generalstabs|chef', 'leger|leider', 'Kreml|sprecher'."""
    for key in (stem, stem[:-1] if stem.endswith("s") else None):
        if key and len(key) >= COMPOUND_STEM:
            cands = [c for c in lex.candidates(key) or () if c.kind in BODY_KINDS]
            if cands:
                return cands[0]
    return None


def fold_all(words: list[str]) -> list[str]:
    return [fold(w) for w in words]
