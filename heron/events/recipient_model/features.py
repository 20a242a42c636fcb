"""Features of each country an event could be aimed at.

The candidates of an event are the countries its sentence names, the countries the two
sentences before it name, the parties of the five events told before it, and NONE (no
recipient). Each candidate is described by what the rules chose, where and how the
sentence names it (before or after the trigger, how far, the word before it), what the
story said about it before (the target of the actor's last act, the one who last acted on
the actor) and how much the story is about it. The features are language-independent
except the word before a mention, which is kept as 'lang:word'. A model trained with
`train.py --parse` also sees where the dependency parse puts each mention (syntax.py); the
shipped one does not (bench/recipient_folds.py).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from heron.document import ActorMention, Document, Event
from heron.events import lexicon
from heron.events.implied_recipients import bodies
from heron.events.merge import countries
from heron.events.recipient_model import syntax

NONE = "NONE"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: how far back the story's parties stay candidates
SENTENCES_BACK, EVENTS_BACK = 2, 5


def bucket(value: float, edges: tuple[float, ...]) -> int:
    """The index of the bin `value` falls in: how many of the ascending `edges` it reaches."""
    return bisect.bisect_right(edges, value)


class Story:
    """What every event of one document shares: sentence spans, mention counts, home country."""

    def __init__(self, document: Document, home: str | None, parse: bool = False):
        self.document = document
        self.language = document.language or "xx"
        self.sentence_starts = [s.start for s in document.sentences]
        self.mentions = [m for m in document.actors if m.country]
        counts = Counter(m.country for m in self.mentions)
        total = sum(counts.values()) or 1
        self.share = {c: n / total for c, n in counts.items()}
        self.top = counts.most_common(1)[0][0] if counts else None
        self.home = home
        lex = lexicon.load(self.language)
        self.locatives = lex.cue_set("locative_markers") if lex else frozenset()
        self.origins = lex.cue_set("source_markers") if lex else frozenset()
        self.articles = lex.cue_set("articles") if lex else frozenset()
        self.third_party_markers = lex.cue_set("third_party_markers") if lex else frozenset()
        self.requester_phrases = lex.cue_set("requester_phrases") if lex else frozenset()
        self.agent_markers = lex.cue_set("agent_markers") | lex.cue_set("passive_agent_markers") if lex else frozenset()
        lead_end = document.sentences[0].end if document.sentences else 0
        self.in_lead = {m.country for m in self.mentions if m.start < lead_end}
        # the parse's features (syntax.py) only for a model trained with them (train.py --parse)
        parsed = syntax.parse(document) if parse and self.mentions else None
        self.parse = syntax.Parse(parsed, self.language) if parsed is not None else None

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def fronted_setting(self, m: ActorMention) -> bool:
        """'À Doha, où ...', 'Depuis Paris, le président ...': a state or capital that opens its sentence
        after one place or origin marker (grammar.json locative_markers, source_markers) and a comma
        right after it: the place a report is told from (agency style), not a party."""
        start = self.sentence_starts[self.sentence_index(m.start)]
        opening = self.document.text[start:m.start].split()
        return m.kind in {"capital", "state"} and len(opening) == 1 \
            and opening[0].lower() in self.locatives | self.origins \
            and self.document.text[m.end:m.end + 1] == ","

    def locative(self, m: ActorMention) -> bool:
        """'in Iraq', 'près de Kyiv': the mention follows one of the language's place markers."""
        before = self.document.text[max(0, m.start - 30):m.start].lower().split()
        return bool(before) and (before[-1] in self.locatives or " ".join(before[-2:]) in self.locatives)

    def words_before(self, m: ActorMention) -> list[str]:
        """The lower-case words in the 40 characters before a mention."""
        return _WORD.findall(self.document.text[max(0, m.start - 40):m.start].lower())

    def third_party(self, m: ActorMention) -> bool:
        """'in de strijd tegen IS', 'the fight against IS': the mention follows a third-party marker
        (grammar.json), articles skipped."""
        words = self.words_before(m)
        while words and words[-1] in self.articles:
            words.pop()
        return bool(words) and words[-1] in self.third_party_markers

    def requested(self, m: ActorMention) -> bool:
        """'op verzoek van de Verenigde Staten', 'at the request of the United States': the mention follows
        a phrase of request (grammar.json requester_phrases), an article at most between ('à la demande des
        États-Unis' is a phrase of its own). Split on spaces, not words: the phrase may end in an elided
        article ('à la demande d'')."""
        words = self.document.text[max(0, m.start - 40):m.start].lower().split()
        ends = [words] + ([words[:-1]] if words and words[-1] in self.articles else [])
        return any(" ".join(w[-n:]) in self.requester_phrases for w in ends for n in (2, 3, 4))

    def describes(self, m: ActorMention, heads: set[int]) -> bool:
        """'The Houthis, backed by Iran, vowed ...', 'Les Houthis, soutenus par l'Iran, ont promis',
        'Los hutíes, apoyados por Irán, ...': the mention is the agent that closes an apposition set
        off by commas right after a mention ending at one of `heads` (a participle or a short noun
        phrase, then an agent marker: grammar.json agent_markers); it says who the head is."""
        text = self.document.text
        comma = text.rfind(",", max(0, m.start - 60), m.start)
        if comma < 0 or not text[m.end:].lstrip().startswith(","):
            return False
        words = text[comma + 1:m.start].lower().split()
        while words and words[-1] in self.articles:
            words.pop()
        return 2 <= len(words) <= 5 and words[-1] in self.agent_markers \
            and any(0 <= comma - end <= 1 and not text[end:comma].strip() for end in heads)

    def word_before(self, m: ActorMention) -> str:
        """The word before a mention, skipping one article-like short word ('against the US')."""
        words = self.words_before(m)
        if len(words) >= 2 and len(words[-1]) <= 3 and len(words[-2]) > 1:
            return f"{self.language}:{words[-2]}+{words[-1]}"
        return f"{self.language}:{words[-1]}" if words else ""


def _mark(f: dict[str, float], name: str, etype: str) -> None:
    """A feature on its own and for this event type."""
    f[name] = 1
    f[f"{name}&{etype}"] = 1


def _position(f: dict[str, float], side: str, m: ActorMention, gap: str, story: Story, etype: str,
              frame: str | None) -> None:
    """Where the sentence names a candidate, on one side of the trigger: the nearest mention, how
    far (words, commas), what kind of mention, the word before it and whether that marks a place."""
    f[side] = 1
    f[f"{side}&{etype}"] = 1
    f[f"{side}&frame:{frame}"] = 1
    f[f"{side}_dist{bucket(len(gap.split()), (2, 5, 10, 20))}"] = 1
    f[f"{side}_commas{min(gap.count(','), 2)}"] = 1
    f[f"{side}_kind:{m.kind}"] = 1
    w = story.word_before(m)
    if w:
        f[f"{side}_prev:{w}"] = 1
    if story.locative(m):
        f[f"{side}_locative"] = 1
        f[f"{side}_locative&{etype}"] = 1


def _syntax(f: dict[str, float], relations: set[str], etype: str) -> None:
    """The parse's relations of a candidate's mentions to the trigger (syntax.relation); a direct
    argument also for this event type (the object of a threat is its target, the object of a
    meeting is a partner), and for the rules' choice (the rules took the trigger's subject: the
    actor's own slot)."""
    for k in relations:
        f[k] = 1
        if k.startswith("syn:arg:") and k.count(":") == 2:
            f[f"{k}&{etype}"] = 1
        if "rule" in f and k.count(":") <= 3:     # (not the case words)
            f[f"rule&{k}"] = 1


def candidates(story: Story, event: Event, earlier: list[Event]) -> dict[str, dict[str, float]]:
    """{country or NONE: {feature: value}} for one event."""
    s0 = event.sentence_start
    s1 = s0 + len(event.sentence)
    here = story.sentence_index(s0)
    back = story.sentence_starts[max(0, here - SENTENCES_BACK)] if story.sentence_starts else 0
    in_sentence = [m for m in story.mentions if s0 <= m.start < s1]
    before = [m for m in story.mentions if back <= m.start < s0]
    recent = earlier[-EVENTS_BACK:]
    own = countries(event.actor)
    rule = countries(event.recipient)
    pool = {m.country for m in in_sentence} | {m.country for m in before} | rule
    for k in recent:
        pool |= countries(k.actor) | countries(k.recipient)
    t0 = event.trigger.get("start", s0)
    t1 = event.trigger.get("end", t0)
    etype = event.event_type
    # the story's memory: whom this actor last acted on, who last acted on this actor
    # (an opposition or a court is not its government: 'bodies')
    last_target = next((countries(k.recipient) for k in reversed(earlier)
                        if countries(k.actor) & own and bodies(k.actor) & bodies(event.actor)
                        and countries(k.recipient) - own), set())
    last_same_type = next((countries(k.recipient) for k in reversed(earlier)
                           if k.event_type == etype and countries(k.actor) & own
                           and bodies(k.actor) & bodies(event.actor) and k.recipient), set())
    acted_on_us = next((countries(k.actor) for k in reversed(recent)
                        if own and countries(k.recipient) & own and countries(k.actor) - own), set())
    last_any = countries(recent[-1].recipient) | countries(recent[-1].actor) if recent else set()
    actor_sectors = {a.get("sector") or "none" for a in event.actor}
    others_here = {m.country for m in in_sentence} - own
    out: dict[str, dict[str, float]] = {}
    # in text order (the sentence's mentions first), so that a tie of scores goes to the country
    # named first, the same on every run (a set's order changes with Python's hash seed)
    first_named = {}
    for rank, mentions in enumerate((in_sentence, before)):
        for m in mentions:
            first_named.setdefault(m.country, (rank, m.start))
    for c in sorted(pool, key=lambda c: (first_named.get(c, (2, 0)), c)):
        f: dict[str, float] = {"bias": 1.0}
        mine = [m for m in in_sentence if m.country == c]
        if c in rule:
            _mark(f, "rule", etype)
        if c in own:
            _mark(f, "own", etype)
            if c in rule:
                f["own&rule"] = 1
        if mine and others_here == {c}:
            _mark(f, "only_other_here", etype)
        if mine:
            f["here"] = 1
            f[f"here_n{min(len(mine), 3)}"] = 1
            after = [m for m in mine if m.start >= t1]
            before_t = [m for m in mine if m.end <= t0]
            inside = [m for m in mine if m.start < t1 and t0 < m.end]
            if inside:
                f["in_trigger"] = 1
            frame = event.trigger.get("frame")
            if after:
                m = min(after, key=lambda m: m.start)
                _position(f, "after", m, story.document.text[t1:m.start], story, etype, frame)
            if before_t:
                m = max(before_t, key=lambda m: m.end)
                _position(f, "before", m, story.document.text[m.end:t0], story, etype, frame)
            if story.parse is not None and "start" in event.trigger:
                _syntax(f, {k for m in mine for k in syntax.relation(story.parse, (t0, t1), m.start, m.end, s0)}, etype)
            if any(story.third_party(m) for m in mine):
                f["third_party"] = 1     # 'in de strijd tegen IS': never replaces the rules' choice (choice())
            sectors = {m.sector or "none" for m in mine}
            for s in sectors:
                f[f"sector:{s}"] = 1
        elif any(m.country == c for m in before):
            f["earlier_sentences"] = 1
            f[f"earlier&{etype}"] = 1
        if c in last_target:
            _mark(f, "last_target", etype)
        if c in last_same_type:
            f["last_same_type_target"] = 1
        if c in acted_on_us:
            _mark(f, "acted_on_actor", etype)
        if c in last_any:
            f["last_event_party"] = 1
        if c in story.in_lead:
            f["in_lead"] = 1
        if c == story.top:
            f["most_named"] = 1
        if c == story.home:
            f["home"] = 1
        f[f"share{bucket(story.share.get(c, 0.0), (0.1, 0.25, 0.5))}"] = 1
        if len(c) != 3 or c in {"IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC"}:
            f["organisation"] = 1
        out[c] = f
    none: dict[str, float] = {"none": 1.0, f"none&{etype}": 1.0,
                              f"none_others_here{min(len(others_here), 2)}": 1.0}
    none[f"none&actors{min(len(own), 3)}"] = 1
    none[f"none&actors{min(len(own), 3)}&{etype}"] = 1
    if not rule:
        none["none&rule"] = 1
        none[f"none&rule&{etype}"] = 1
    if rule and rule <= own:
        none["none&rule_own"] = 1
    if story.parse is not None and "start" in event.trigger:
        for k in syntax.trigger_arguments(story.parse, (t0, t1)):
            none[f"none&{k}"] = 1
    if event.trigger.get("frame"):
        none[f"none&frame:{event.trigger['frame']}"] = 1
    for sector in actor_sectors:      # police, courts and parties act at home more often than abroad
        none[f"none&actor_sector:{sector}"] = 1
        none[f"none&actor_sector:{sector}&{etype}"] = 1
    out[NONE] = none
    return out
