"""Tokens and normalised keys shared by the knowledge-base build and the matcher.

A token is a run of word characters or a single other non-space character, so that
"U.S." -> U . S .  and "Russisch-Afghaans" -> Russisch - Afghaans. Aliases are tokenised the
same way, which makes matching whitespace-insensitive between tokens ("EE. UU." = "EE.UU.").
In scripts without spaces between words every character is a token (see _NOSPACE), and combining
marks stay inside their word (see tokens), so names in every script match the same way.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Scripts written without spaces between words (Han, hiragana, Thai, Lao, Myanmar, Khmer): each
# character is a token of its own, so that a name inside a run ('俄罗斯总统', 'ประเทศไทย') is found by
# the n-gram matcher; aliases are cut the same way ('俄罗斯' is the 3-token alias 俄 罗 斯). Without a
# word segmenter such a name also matches inside a longer word ('马里' in '马里兰'): a known limit.
# Katakana stays a word run: a loanword ends where the script changes ('ロシア|の', so 'タイ' is not
# found in 'タイプ').
_NOSPACE = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u309f\u3400-\u4dbf"
            "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f")
TOKEN_RE = re.compile(rf"([{_NOSPACE}])|([^\W{_NOSPACE}]+)|[^\w\s]")   # group 1: no-space script, 2: word
# Text in Latin script, punctuation and symbols only (up to U+02FF, U+2000-U+2BFF) has neither a
# combining mark nor a no-space script: the plain pattern cuts it the same, faster.
_PLAIN = re.compile(r"[\x00-\u02ff\u2000-\u20cf\u2100-\u2bff]*")
_PLAIN_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
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
    """(token, start, end) for every token of `text`.

    Python's \\w leaves out combining marks (category M), which Indic, Thai, Arabic and Hebrew
    words are full of (भारत = भ + ा + रत): a mark joins the word token right before it, and a word
    run right after such a mark joins it too, so a word is one token in every script. In a
    no-space script the mark stays with its one character (รั, then ส as the next token).
    """
    if _PLAIN.fullmatch(text):
        return [(m.group(), m.start(), m.end()) for m in _PLAIN_TOKEN_RE.finditer(text)]
    out: list[tuple[str, int, int]] = []
    kind = None          # the last token's group: 1 no-space character, 2 word, None other
    joins = False        # the last token is a word that ends in a combining mark
    for m in TOKEN_RE.finditer(text):
        t, s, e = m.group(), m.start(), m.end()
        if out and out[-1][2] == s:
            if kind and m.lastindex != 2 and not t.isascii() and unicodedata.category(t)[0] == "M":
                out[-1] = (out[-1][0] + t, out[-1][1], e)
                joins = kind == 2
                continue
            if joins and m.lastindex == 2:
                out[-1] = (out[-1][0] + t, out[-1][1], e)
                joins = False
                continue
        out.append((t, s, e))
        kind, joins = m.lastindex, False
    return out


def alias_tokens(alias: str) -> tuple[str, ...]:
    return tuple(normalise(t) for t, _, _ in tokens(alias))


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
