"""Per-language coding data, loaded once: trigger lexicon, grammar cues, context cues.

Everything language-specific lives in heron/lang/<code>/ (triggers.tsv, word_classes.tsv,
grammar.json, contexts.tsv); this module only reads and indexes it. A language without its own folder
has no lexicon, and the coder says so in the document's metadata instead of guessing.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from heron import ontology


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: a word or multiword pattern that signals an event type."""
    pattern: str
    tokens: tuple[str, ...]
    event_type: str
    mode: str | None
    frame: str
    preps: tuple[str, ...]
    contexts: tuple[str, ...]
    intent_only: bool
    cameo: str | None
    aimed: bool = False     # flag aimed: a launch (MOBILIZE) with a target after one of its preps is an attack
    answers: bool = False   # flag answers: a defence ('defended the operation'), an event only as the answer to an accusation told before
    complement: bool = False    # flag complement: its other words are the verb's complement, none set off before it by a comma
    refused: bool = False   # flag refused: a demanded act ('reconsider', 'teilnehmen'), an event (REJECT) only when refused

    @property
    def specificity(self) -> int:
        if self.labels:     # its quotation marks are no words: 'spreken van =een «»' yields to 'spreken =van prestatie'
            return sum(1 for t in self.tokens if any(ch.isalnum() for ch in t))
        return len(self.tokens)

    @property
    def labels(self) -> bool:
        """A row of the quoted-label construction ('@naming «»': 'called the charges "unfounded"')."""
        return any(t.lstrip("=") == QUOTED_LABEL for t in self.tokens)

    @property
    def is_blocker(self) -> bool:
        return self.event_type == BLOCKER


@dataclass(frozen=True)
class Lexicon:
    language: str
    exact: dict[str, tuple[Trigger, ...]]      # anchor word -> triggers
    suffixes: tuple[tuple[str, Trigger], ...]   # (ending, trigger) for ~x patterns
    prefixes: tuple[tuple[str, Trigger], ...]   # (start, trigger) for x* patterns
    grammar: dict
    context_cues: tuple[tuple[str, str], ...]   # (stem, context)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)   # grammar lists as sets, built once

    def cue_set(self, name: str) -> frozenset[str]:
        found = self.cues.get(name)
        return found if found is not None else frozenset()


FRAMES = {"svo", "sym", "noun", "pred", "blame", "host", "receive"}


def _lang_file(language: str, name: str):
    return resources.files("heron.lang").joinpath(language).joinpath(name)


def _read_tsv(language: str, name: str) -> list[dict[str, str]]:
    text = _lang_file(language, name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t")]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


#: the pattern token of an opening quotation mark: with a naming verb, whatever label is quoted
#: ('@naming «»': 'Advocaat Su sprak van "politieke vervolging"', 'calificó sus palabras de "repugnantes"')
QUOTED_LABEL = "«»"

#: the type of lexicon rows that only block other readings ('eiste de aanslag op' is a claim, not a demand)
BLOCKER = "-"


def _trigger(row: dict[str, str], language: str) -> Trigger:
    etype = row["type"]
    if etype != BLOCKER:
        ontology.event_type(etype)  # fails loudly on a typo in the data
    mode = row.get("mode") or None
    if mode and etype != BLOCKER and (etype, mode) not in ontology.modes():
        raise ValueError(f"{language}/triggers.tsv: unknown mode {etype}/{mode}")
    frame = row.get("frame") or "svo"
    if frame not in FRAMES:
        raise ValueError(f"{language}/triggers.tsv: unknown frame {frame!r} for {row['pattern']!r}")
    contexts = _split(row.get("contexts", ""))
    for c in contexts:
        if c not in ontology.contexts():
            raise ValueError(f"{language}/triggers.tsv: unknown context {c!r}")
    return Trigger(pattern=row["pattern"], tokens=tuple(row["pattern"].lower().split()),
                   event_type=etype, mode=mode, frame=frame, preps=_split(row.get("preps", "")),
                   contexts=contexts, intent_only="intent" in _split(row.get("flags", "")),
                   cameo=row.get("cameo") or None, aimed="aimed" in _split(row.get("flags", "")),
                   answers="answers" in _split(row.get("flags", "")),
                   complement="complement" in _split(row.get("flags", "")),
                   refused="refused" in _split(row.get("flags", "")))


def _word_classes(language: str) -> dict[str, tuple[str, ...]]:
    """word_classes.tsv: named word lists ('troops': soldaat, militair, ~mariniers ...) that a
    trigger pattern names as @class, so one row 'stuur @troops' covers every member."""
    if not _lang_file(language, "word_classes.tsv").is_file():
        return {}
    classes: dict[str, list[str]] = {}
    for row in _read_tsv(language, "word_classes.tsv"):
        classes.setdefault(row["class"], []).append(row["word"].lower())
    return {k: tuple(dict.fromkeys(v)) for k, v in classes.items()}


def _expand(row: dict[str, str], classes: dict[str, tuple[str, ...]], language: str) -> list[dict[str, str]]:
    """A pattern with @class tokens becomes one row per combination of class members."""
    patterns = [[]]
    for token in row["pattern"].split():
        name = token.lstrip("=").rstrip("+")
        if not name.startswith("@"):
            patterns = [p + [token] for p in patterns]
            continue
        if name[1:] not in classes:
            raise ValueError(f"{language}/triggers.tsv: unknown word class {name!r} in {row['pattern']!r}")
        # the token's marks carry over to each member: '=@troops' (right after), '@particles+' (a particle)
        prefix, suffix = "=" if token.startswith("=") else "", "+" if token.endswith("+") else ""
        patterns = [p + [prefix + (member if member.endswith("+") else member + suffix)]
                    for p in patterns for member in classes[name[1:]]]
    return [dict(row, pattern=" ".join(p)) for p in patterns]


def _mark_particles(rows: list[dict[str, str]], grammar: dict) -> list[dict[str, str]]:
    """'stimmen zu' ('stimmte dem Gesetz zu'), 'werfen vor', 'sagen zu hilfe': in a verb-final language
    a word of a pattern that is a separable particle of the pattern's verb (grammar.json
    zu_infix_prefixes, and particle + verb is itself a trigger word: 'zustimmen') is marked a particle
    ('zu+', triggers._particle_ok): it closes its clause, so the same word before a noun phrase is a
    preposition ('Mit 92 zu 10 Stimmen verabschiedete die Knesset ...' has no 'stimmen zu')."""
    particles = frozenset(grammar.get("zu_infix_prefixes", ())) if grammar.get("verb_final") else frozenset()
    if not particles:
        return rows
    words = {row["pattern"].lower() for row in rows if " " not in row["pattern"].strip()}
    out = []
    for row in rows:
        tokens = row["pattern"].split()
        verb = tokens[0].lower()
        marked = [t + "+" if n and t.lower() in particles and t.lower() + verb in words else t
                  for n, t in enumerate(tokens)]
        out.append(dict(row, pattern=" ".join(marked)) if marked != tokens else row)
    return out


def _split_particle_verbs(rows: list[dict[str, str]], grammar: dict) -> list[dict[str, str]]:
    """'legde Rusland sancties op', 'riep ... op', 'wees het voorstel af', 'zegde hulp toe': in a
    language whose particle verbs split in a main clause (grammar.json separable_particles), a row
    whose word is such a verb ('opleggen @penalties', 'afwijzen') also reads as the verb with its particle
    closing the clause ('leggen op+ @penalties', 'wijzen af+'), so the lexicon names each verb once.
    Not a row that already has its split form, nor one whose other words must follow the verb
    right after it ('=van') or are a quoted label, nor a verb listed in unsplit_particle_verbs ('aankomen':
    'De door Japan gedoneerde tenten kwamen aan' is the donor's aid, told by the participle)."""
    particles = sorted(grammar.get("separable_particles", ()), key=len, reverse=True)
    if not particles:
        return rows
    have = {frozenset(t.rstrip("+") for t in row["pattern"].lower().split()) for row in rows}
    out = list(rows)
    for row in rows:
        tokens = row["pattern"].split()
        if any(t.startswith("=") or t == QUOTED_LABEL for t in tokens):
            continue
        for n, token in enumerate(tokens):
            word = token.lower()
            if not word.isalpha():
                continue
            particle = next((p for p in particles if word.startswith(p) and len(word) - len(p) >= 4
                             and word.endswith("en")), None)
            if particle is None or word in grammar.get("unsplit_particle_verbs", ()):
                continue
            split = tokens[:n] + [word[len(particle):], particle + "+"] + tokens[n + 1:]
            key = frozenset(t.rstrip("+").lower() for t in split)
            if key not in have:
                have.add(key)
                out.append(dict(row, pattern=" ".join(split)))
            break
    return out


def available(language: str) -> bool:
    return _lang_file(language, "triggers.tsv").is_file()


@cache
def load(language: str) -> Lexicon | None:
    if not available(language):
        return None
    exact: dict[str, list[Trigger]] = {}
    suffixes, prefixes = [], []
    classes = _word_classes(language)
    grammar = json.loads(_lang_file(language, "grammar.json").read_text(encoding="utf-8"))
    rows = [x for row in _read_tsv(language, "triggers.tsv") for x in _expand(row, classes, language)]
    rows = _mark_particles(_split_particle_verbs(rows, grammar), grammar)
    for row in rows:
        trig = _trigger(row, language)
        anchor = trig.tokens[0]
        if anchor.startswith("~"):
            suffixes.append((anchor[1:], trig))
        elif anchor.endswith("*"):
            prefixes.append((anchor[:-1], trig))
        else:
            exact.setdefault(anchor, []).append(trig)
    cues = tuple((r["stem"].lower(), r["context"]) for r in _read_tsv(language, "contexts.tsv"))
    sets = {k: frozenset(v) for k, v in grammar.items() if isinstance(v, list)}
    return Lexicon(language, {k: tuple(v) for k, v in exact.items()}, tuple(suffixes),
                   tuple(prefixes), grammar, cues, sets)
