"""Person-name candidates without NER: a stand-in until a trained tagger replaces `candidates`.

A candidate is a run of 2+ capitalised words (name particles such as al-, bin, van, von, de
may sit inside) that no dictionary mention covers. At the start of a sentence the first word
is an ordinary capitalised word unless an apposition follows ("Zamir Kabulov, een ...").
A run of 1+ capitalised words right after a title is a candidate too ("minister Lavrov").
"""
from __future__ import annotations

from typing import Callable

from .mention import Tokens

# not 'zu': German writes 'Zugang zu Instagram' far more often than 'Karl-Theodor zu Guttenberg'
PARTICLES = {"al", "el", "bin", "ibn", "ben", "abu", "van", "von", "der", "den", "de", "da", "del", "di", "dos",
             "du", "la", "le", "ter"}


def _cap(w: str) -> bool:
    return w[:1].isupper() and w.isalpha() and not (w.isupper() and len(w) > 1)


def candidates(toks: Tokens, covered: list[bool], after_title: set[int],
               nonname: frozenset[str] = frozenset(),
               common_noun: Callable[[str], bool] | None = None,
               inflected: Callable[[str], bool] | None = None,
               description_noun: Callable[[str], bool] | None = None,
               openers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) token spans of likely person names.

    nonname: folded words that make a run something else (Zee, House, Ministerium ...).
    common_noun: for languages that capitalise nouns (German), whether a word is an ordinary
    noun: one such word right after a title is its object, not a name ('die Polizei Tränengas').
    description_noun: for the same languages, whether a word is a noun that describes the person
    named after it ('den französischen Touristen Louis Arnaud', 'der Schriftsteller Yang Hengjun').
    openers: folded prepositions, conjunctions and adverbs (titles.tsv @opener) that, capitalised at
    the start of a sentence, are no part of the name after them ('Según Netanyahu, ...', 'Volgens Kabulov, ...').
    """
    words, n = toks.words, len(toks.words)
    ordinary = {w for w in words if w.islower()}
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if covered[i] or not _cap(words[i]):
            i += 1
            continue
        j, caps = i + 1, 1
        while j < n and not covered[j]:
            w = words[j]
            if _cap(w) and not toks.sentence_start(j):
                j, caps = j + 1, caps + 1
            elif w == "-" and toks.glued(j) and j + 1 < n and toks.glued(j + 1) and _cap(words[j + 1]) \
                    and not covered[j + 1]:
                j, caps = j + 2, caps + 1
            elif w.lower() in PARTICLES and j + 1 < n and not covered[j + 1] and \
                    (_cap(words[j + 1]) or (words[j + 1] == "-" and j + 2 < n and _cap(words[j + 2]))) and \
                    (j - i == 1 or w.lower() in ("al", "el", "bin", "ibn", "abu")) and \
                    toks.folded[j + 1 + (words[j + 1] == "-")] not in nonname:
                # 'Jan van Dijk', 'Bashar al-Assad'; not 'Stefan Schaffrath van Airbus'
                j += 1
            else:
                break
        start = i
        # 'Zamir Kabulov, een ...' keeps its first word; 'À Genève, le ...', 'From Geneva, the ...'
        # do not: a word the text also writes in lower case is an ordinary word
        if toks.sentence_start(i) and not (j < n and words[j] == "," and words[i].lower() not in ordinary
                                           and toks.folded[i] not in openers):
            start, caps = i + 1, caps - 1
            while start < j and not _cap(words[start]):
                start += 1
        while description_noun and caps > 2 and description_noun(words[start]):
            # 'dem US-Bürger Ryan Corbett': the noun before a name of two words or more is no part of it
            start, caps = start + 1, caps - 1
            while start < j and not _cap(words[start]):
                start += 1
        if any(toks.folded[k] in nonname for k in range(start, j)):
            start = j
        if start < j and start > 0 and toks.words[start - 1][:1].isdigit():
            start = j          # '13 Jahren Haft', '50 Tote': a counted noun, not a name
        if common_noun and j - start == 1 and start in after_title and common_noun(words[start]):
            start = j
        if inflected and any(inflected(words[k]) for k in range(start, j)):
            start = j          # 'Angaben von Augenzeugen', 'Jahren': inflected nouns are no names
        if start < j and (caps >= 2 or (caps >= 1 and start in after_title)):
            out.append((start, j))
        i = j
    return out


ROMAN = set("IVXLCDM")


def acronyms(toks: Tokens, covered: list[bool], nonactor: frozenset[str] = frozenset()) -> list[int]:
    """Token indexes of unknown organisation acronyms: 'Le FLNKS a appelé au calme', 'De ME
    zette een waterkanon in'. One all-caps word of 2-6 letters that no dictionary mention covers,
    not a Roman numeral, not next to another all-caps word (a headline, a dateline), not in
    `nonactor` (news agencies and other sources: AFP, EFE)."""
    words, n = toks.words, len(toks.words)
    out = []
    for i, w in enumerate(words):
        if covered[i] or not (w.isalpha() and w.isupper() and 2 <= len(w) <= 6) or set(w) <= ROMAN:
            continue
        if toks.folded[i] in nonactor or any(0 <= k < n and words[k].isupper() and words[k].isalpha()
                                             for k in (i - 1, i + 1)):
            continue
        out.append(i)
    return out

