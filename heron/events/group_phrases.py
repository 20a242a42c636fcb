"""Group phrases: 'the two leaders', 'beide landen', 'les deux dirigeants', 'ambos gobiernos' name
parties told before; each phrase becomes one mention per party, so the coder reads it as those
parties acting together (CODING 1, joint acts)."""
from __future__ import annotations

from heron import ontology
from heron.actors.coreference import ARTICLES
from heron.actors.kb import load as load_kb
from heron.document import ActorMention, Document, Event
from heron.events import clauses, reactions
from heron.events.clauses import STATE_KINDS, Word
from heron.events.merge import countries


def _phrases(words: list[Word], lex) -> list[tuple[int, int, int]]:
    """(first word, noun, number of parties) of each phrase that names earlier parties as a group:
    a number phrase (grammar.json group_numbers: 'both', 'the two', 'beide', 'die beiden', 'les
    trois', 'ambos') right before a plural noun of parties (group_nouns: 'leaders', 'landen',
    'Staatschefs', 'pays', 'mandatarios') or one word before it ('both foreign ministers')."""
    numbers, nouns = lex.grammar.get("group_numbers", {}), lex.cue_set("group_nouns")
    out: list[tuple[int, int, int]] = []
    for noun in (w for w in words if w.lower in nouns or w.lemma in nouns):
        for end in (noun.i - 1, noun.i - 2):
            first = next((end - n + 1 for n in (2, 1) if end - n + 1 >= 0
                          and " ".join(w.lower for w in words[end - n + 1:end + 1]) in numbers), None)
            if first is not None and (not out or first > out[-1][1]):
                out.append((first, noun.i, numbers[" ".join(w.lower for w in words[first:end + 1])]))
                break
    return out


def parties(words: list[Word], mentions: list[ActorMention], document: Document, sent_start: int,
                   lex) -> tuple[list[ActorMention], dict[tuple[int, int], Event]]:
    """'The two leaders signed a trade pact', 'Beide landen kwamen overeen', 'Les deux dirigeants
    ont convenu de ...', 'Ambos gobiernos se comprometieron': a group phrase (_phrases) is
    the states the sentence named before it (_named_before), else those of the latest earlier
    event with that many (reactions.group_parties); each is a party of what the phrase does
    (CODING 1, joint acts: all parties are actors). The phrase stands for each of them: one
    mention per party on its words, which coordination.coordinated joins as one group; the
    mentions on it give way (a bare title 'leaders', the actor stage's pair from the last two
    countries joined by 'and'). A phrase with a name inside ('the two Korean states') keeps its
    mentions. Returns the mentions and, by the phrase's offsets, the earlier event it names."""
    out, sources = list(mentions), {}
    for first, noun, count in _phrases(words, lex):
        start, end = words[first].start, words[noun].end
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or (m.country and m.kind not in STATE_KINDS) for m in inside):
            continue
        source, parties = None, _named_before(words, first, out, count, lex)
        if not parties:
            source, parties = reactions.group_parties(document.events, sent_start, document, count)
        if not parties:
            continue
        if source is not None:
            sources[(start, end)] = source
        out = [m for m in out if m not in inside] + [
            ActorMention(start, end, document.text[start:end], p.get("name"), p["country"], p.get("sector"),
                         p.get("wikidata"), "state") for p in parties]
    return sorted(out, key=lambda m: m.start), sources


def _named_before(words: list[Word], first: int, mentions: list[ActorMention], count: int, lex) -> list[dict]:
    """'Carney s'est entretenu mardi avec Donald Trump, et les deux dirigeants ont convenu': the
    states the sentence names before a group phrase at word `first`, when they are just `count`
    and no preposition governs the phrase (not the mediators of 'Die Vereinigten Staaten und
    Frankreich hatten zwischen beiden Seiten vermittelt')."""
    governing = clauses.marker_words(lex) - lex.cue_set("coordinators")
    if first > 0 and words[first - 1].lower in governing:
        return []
    named: dict[str, dict] = {}
    for m in mentions:
        if m.end <= words[first].start and m.country and m.country not in ontology.NON_STATE_CODES:
            named.setdefault(m.country, m.entity())
    return list(named.values()) if len(named) == count else []


def told_again(event: Event, sources: dict[tuple[int, int], Event]) -> Event | None:
    """'Zelensky s'est rendu lundi à Paris, où il a été reçu par Emmanuel Macron. Les deux dirigeants
    se sont entretenus pendant deux heures': an act done by a group phrase (parties) of the
    type of the event whose parties the phrase names, between no other parties, is that event told
    again (CODING 1: one event, many mentions); 'wollen beide Präsidenten mit dem usbekischen
    Staatschef ... unterzeichnen' is another act."""
    spans = {(a.get("start"), a.get("end")) for a in event.actor}
    prior = sources.get(next(iter(spans))) if len(spans) == 1 else None
    if prior is None or prior.event_type != event.event_type:
        return None
    return prior if countries(prior.actor + prior.recipient) == countries(event.actor + event.recipient) else None


def named_groups(words: list[Word], mentions: list[ActorMention], document: Document, lex) -> list[ActorMention]:
    """'eisen de Baltische staten', 'the Baltic states', 'die baltischen Staaten', 'les pays baltes', 'los
    gobiernos bálticos', 'les pays du Sahel', 'die Balten': a group of states named by its region's word
    (grammar.json state_groups) is its member states (ontology state_groups.tsv), each a party of what
    the group does (CODING 3: codes are states, and a group that is no organisation has none of its own).
    As a group phrase (parties): one mention per state on the phrase's words, which
    coordination.coordinated joins as one group; a bare title on the words gives way."""
    out = list(mentions)
    kb = load_kb()
    for first, last, group in _group_spans(words, lex):
        start, end = words[first].start, words[last].end
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or m.country for m in inside):
            continue
        out = [m for m in out if m not in inside] + [
            ActorMention(start, end, document.text[start:end], kb.entity(c).name, c, None, kb.entity(c).wikidata, "state")
            for c in ontology.group_members(group)]
    return sorted(out, key=lambda m: m.start)


def _group_spans(words: list[Word], lex) -> list[tuple[int, int, str]]:
    """(first word, last word, group) of each phrase naming a group of states: a plural noun of its
    own ('Balten', 'Sahelstaaten'), or a region's word right before or after a plural noun of parties
    (group_nouns: 'Baltic states', 'pays baltes') or after it behind a genitive ('pays du Sahel',
    'países del Sahel')."""
    table = lex.grammar.get("state_groups", {})
    adjectives, nouns = table.get("adjectives", {}), table.get("nouns", {})
    parties, genitive = lex.cue_set("group_nouns"), lex.cue_set("genitive_markers") | ARTICLES.get(lex.language, set())

    def party_noun(k: int) -> bool:
        return 0 <= k < len(words) and (words[k].lower in parties or words[k].lemma in parties)

    out: list[tuple[int, int, str]] = []
    for w in words:
        if out and w.i <= out[-1][1]:
            continue
        if w.lower in nouns:
            out.append((w.i, w.i, nouns[w.lower]))
        elif w.lower in adjectives:
            group = adjectives[w.lower]
            if party_noun(w.i + 1):
                out.append((w.i, w.i + 1, group))
            elif party_noun(w.i - 1):
                out.append((w.i - 1, w.i, group))
            else:
                k = w.i - 1
                while k >= 0 and w.i - k <= 2 and words[k].lower in genitive:
                    k -= 1
                if k < w.i - 1 and party_noun(k):
                    out.append((k, w.i, group))
    return out
