"""Tokens and normalised keys shared by the knowledge-base build and the matcher.

A token is a run of word characters or a single other non-space character, so that
"U.S." -> U . S .  and "Russisch-Afghaans" -> Russisch - Afghaans. Aliases are tokenised the
same way, which makes matching whitespace-insensitive between tokens ("EE. UU." = "EE.UU.").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "‐": "-", "‑": "-"})


def normalise(s: str) -> str:
    """Exact-case form: unify apostrophes and hyphens."""
    return s.translate(_QUOTES)


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Case- and accent-insensitive form of one token."""
    s = unicodedata.normalize("NFKD", normalise(s).casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for every token of `text`."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def alias_tokens(alias: str) -> tuple[str, ...]:
    return tuple(normalise(t) for t in TOKEN_RE.findall(alias))


def case_mode(alias: str) -> str:
    """How an alias must match, read off how it is written.

    exact: acronyms and short forms with capitals after the first letter (US, U.S., IS-K, EE. UU.)
    cap:   capitalised names (Rusland, Moskou): the text's first letter must be a capital
    any:   lowercase entries (russische, talibans, minister): any case
    """
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return "exact"
    words = re.findall(r"[^\W\d_]+", alias)
    if any(len(w) > 1 and w.isupper() for w in words):
        return "exact"
    if letters[0].isupper():
        return "cap"
    return "any"
