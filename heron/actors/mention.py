"""The working form of a mention while the stages combine them (token offsets)."""
from __future__ import annotations

from dataclasses import dataclass

from .kb import Entity


@dataclass
class Mention:
    start: int                  # token index, inclusive
    end: int                    # token index, exclusive
    kind: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    entity: Entity | None = None

    @classmethod
    def of(cls, entity: Entity, start: int, end: int, date: str | None) -> "Mention":
        country, sector = entity.at(date)
        return cls(start, end, entity.kind, entity.name, country, sector, entity.wikidata, entity)


@dataclass
class Tokens:
    """The article's tokens with what the stages need to know about them."""
    text: str
    words: list[str]
    folded: list[str]
    starts: list[int]
    ends: list[int]

    def glued(self, i: int) -> bool:
        """No space between token i-1 and token i."""
        return 0 < i < len(self.words) and self.ends[i - 1] == self.starts[i]

    def sentence_start(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.words[j] in "\"'“”„«»‘’(":
            j -= 1
        if j < 0:
            return True
        # 'DEN HAAG (ANP) - In Rotterdam ...': the dash after the agency ends the wire head
        wire_head = self.words[j] in ("-", "–", "—") and j > 0 and self.words[j - 1] == ")"
        return self.words[j] in (".", "!", "?", ":", ";") or wire_head or "\n" in self.text[self.ends[j]:self.starts[i]]
