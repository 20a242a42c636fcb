"""How place names are compared: one normal form shared by the index builder and the matcher."""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                              "‐": "-", "‑": "-", "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """The key a name is stored and looked up under: NFC, one apostrophe/hyphen, casefolded."""
    name = unicodedata.normalize("NFC", name).translate(_APOSTROPHES)
    return _SPACES.sub(" ", name).strip().casefold()


def script_of(text: str) -> str:
    """The Unicode script of the first letter ('LATIN', 'CYRILLIC', 'CJK', ...), '' if none."""
    for char in text:
        if char.isalpha():
            try:
                return unicodedata.name(char).split()[0]
            except ValueError:
                return ""
    return ""


def without_accents(key: str) -> str:
    """The key with its accents dropped ('port sudán' -> 'port sudan'): the spelling a name takes in a
    language that accents it where the gazetteer does not."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", key)
                                                 if not unicodedata.combining(c)))
