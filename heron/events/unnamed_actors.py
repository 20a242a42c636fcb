"""Doers a sentence does not name: the unknown attackers of an attack with casualties or a named
victim, the authorities of an agentless arrest or ruling, the security forces of an act of force,
the people of a crowd (CODING 3: unknown actors are kept, their country from context); and an
attack by unknown attackers told again (its toll, or its doer named in a later sentence).

Separate because these rules make actors out of the trigger's or the sentence's words instead of
linking named mentions (arguments); candidates.find asks them when it found no actor.
"""
from __future__ import annotations

from heron.document import ActorMention, Document, Event
from heron.events import argument_record, grouping, reactions
from heron.events.argument_record import Arguments
from heron.events.clauses import STATE_KINDS, MarkedMention, SentenceView
from heron.events.grouping import Candidate
from heron.events.triggers import TriggerMatch

UNKNOWN_ATTACKERS = "unknown attackers"
#: sectors of people named by no affiliation ('migrants', 'prisoners', 'refugees'): titles.tsv UNK, REF
UNAFFILIATED = {"UNK", "REF"}


def unknown_attackers(view: SentenceView, lex, match: TriggerMatch) -> list[MarkedMention]:
    """'Bei einem Selbstmordanschlag in Pakistan starben 30 Menschen': an attack with casualties
    (grammar.json casualty_words) and no named attacker was done by unknown attackers, kept
    with the country from context (CODING 3); the actor's words are the trigger's."""
    cues = lex.cue_set("casualty_words")
    if not any(w.i not in match.words and _ends_cue(view, w, cues) for w in view.words):
        return []
    return attackers(view, match)


def someone(victims: list[MarkedMention]) -> bool:
    """A victim who is named or holds an office ('al-Kikli', 'drei Soldaten'), not bare people."""
    return any(mm.mention.kind != "title" or mm.mention.sector not in UNAFFILIATED | {"CVL"} for mm in victims)


def killed_by_no_one_named(view: SentenceView, match: TriggerMatch, victims: list[MarkedMention],
                           found: list[TriggerMatch], lex) -> bool:
    """'Trois personnes ont été tuées ... lorsqu'un véhicule a foncé dans une foule', 'wurden mindestens
    vier Menschen getötet': people killed or wounded (grammar.json casualty_words) with no doer named
    were attacked by unknown attackers (CODING 3); not the toll of an attack its sentence told before
    ('hatten sich die Armeen ... beschossen; rund hundert Menschen wurden getötet'), nor people a
    disaster or accident killed (grammar.json disaster_words: 'Bij de aardbeving zijn honderden
    mensen gedood'), nor the toll of a whole war told as background (grammar.json war_words: 'Seit
    1984 wurden in dem Konflikt mehr als 40.000 Menschen getötet')."""
    casualty = lex.cue_set("casualty_words")
    if not any({view.words[k].lower, view.words[k].lemma} & casualty for k in match.words):
        return False
    if not victims or someone(victims):
        return False
    if any(m.trigger.event_type == "ASSAULT" and m.last < match.first for m in found):
        return False
    background = lex.cue_set("disaster_words") | lex.cue_set("war_words")
    return not any(_ends_cue(view, w, background) for w in view.words)


def _ends_cue(view: SentenceView, w, cues: frozenset[str]) -> bool:
    """Word w is one of the cues (its form or lemma) or ends one of two or three words."""
    return w.lower in cues or w.lemma in cues or any(view.phrase_before(w.i + 1, n) in cues for n in (2, 3))


def attackers(view: SentenceView, match: TriggerMatch) -> list[MarkedMention]:
    """Unknown attackers standing on the trigger's words (UAF, country from context)."""
    first, last = view.words[match.words[0]], view.words[match.words[-1]]
    mention = ActorMention(first.start, last.end, view.text[first.start - view.start:last.end - view.start],
                           UNKNOWN_ATTACKERS, None, "UAF", None, "title")
    return [MarkedMention(mention, match.words[0], match.words[-1], view.clause_of(match.anchor).index, "")]


def toll_of_earlier_attack(group: list[Candidate], event: Event, document: Document) -> Event | None:
    """'Dabei wurden drei Menschen getötet', 'Au moins quatre civils ont été tués': unnamed people
    killed by unknown attackers right after an attack is told are its toll, not a new attack
    (a named victim is: 'toen al-Kikli werd doodgeschoten')."""
    if event.event_type != "ASSAULT" or not all(a.get("name") == UNKNOWN_ATTACKERS for a in event.actor) \
            or any(r.mention.kind != "title" for r in grouping.best(group).args.recipients):
        return None
    earlier = reactions.recent(document.events, event.sentence_start, document, reactions.REACTION_REACH)
    return next((prior for prior in earlier if prior.event_type == "ASSAULT"), None)


def name_attackers(told: Event, later: Event) -> None:
    """'Bei einem Selbstmordanschlag ... starben 15 Menschen. Der IS reklamierte den Anschlag für
    sich': whoever a later sentence names as the doer of an attack told with unknown attackers
    is its actor."""
    if later.actor and all(a.get("name") == UNKNOWN_ATTACKERS for a in told.actor) \
            and all(a.get("country") and a.get("name") != UNKNOWN_ATTACKERS for a in later.actor):
        told.actor = [dict(a) for a in later.actor]


def implicit_authorities(view: SentenceView, match: TriggerMatch, lex) -> list[MarkedMention]:
    """'Plus de 870 personnes ont été interpellées', 'Zúñiga fue detenido', 'wurden freigelassen',
    'was charged with treason', 'was acquitted': an arrest, sentence, release, formal charge or
    ruling told in the passive without an agent was the authorities' act, those of the place
    (CODING 3: unknown actors keep the country from context). The actor's words are the
    trigger's, so the record still shows what it rests on; its country is filled in from the
    place or the article."""
    first, last = view.words[match.first], view.words[match.last]     # 'charges ... were dropped'
    sector = "JUD" if argument_record.legal_act(match.trigger, lex) else \
        {"arrest": "COP", "police": "COP", "convict": "JUD"}.get(match.trigger.mode or "", "GOV")
    mention = ActorMention(first.start, last.end, view.text[first.start - view.start:last.end - view.start],
                           "unnamed authorities", None, sector, None, "title")
    return [MarkedMention(mention, match.first, match.last, view.clause_of(match.anchor).index, "")]


#: acts of state force whose unnamed doer is the security forces the sentence names
FORCE_TYPES = {"MOBILIZE", "ASSAULT", "COERCE"}
#: sectors of the state's armed and police forces
FORCE_SECTORS = {"MIL", "COP"}


def unnamed_forces(view: SentenceView, match: TriggerMatch) -> list[MarkedMention]:
    """'meer dan duizend militairen ingezet', 'officers were put on standby': the forces the
    trigger itself names are its doers; 'quatre personnes ont été tuées ... lorsque les forces de
    l'ordre ont tenté de disperser': an act of force with no doer of its own was done by the
    security forces of its sentence. Their country is from context (CODING 3)."""
    forces = [mm for mm in view.mentions if mm.mention.sector in FORCE_SECTORS and mm.mention.kind == "title"
              and mm.mention.country is None and not mm.marker]
    own = [mm for mm in forces if mm.first in match.words or mm.last in match.words]
    return own[:1] or forces[:1]


#: sectors of a reporting source that can itself have arrested, banned or sanctioned
AUTHORITY_SECTORS = {"GOV", "COP", "JUD", "MIL", "SPY"}


def reporting_authority(view: SentenceView, args: Arguments) -> list[MarkedMention]:
    """'Acht Seeleuten sei die Ausreise untersagt worden, teilte die finnische Kriminalpolizei mit',
    'Two men were arrested, Nigerian police said': the authority reporting an agentless act of
    its own kind in its sentence is its doer (an NGO or a newspaper reporting it is not; a release
    is often announced by the freed man's own government: 'a été libéré, a annoncé Emmanuel Macron')."""
    source = args.speaker
    if source is None or not any(source is mm for mm in view.mentions):
        return []
    m = source.mention
    if m.sector in AUTHORITY_SECTORS or m.kind in STATE_KINDS:
        return [source]
    return []


def crowd(view: SentenceView, clause, match: TriggerMatch, lex) -> list[MarkedMention]:
    """'Miles de simpatizantes se manifestaron', 'Duizenden mensen betoogden', 'Landwirte in Polen
    blockierten': protesters named by no organisation are civilians (CODING 3: unknown actors
    are kept, country from context); their words before the trigger stand for them, their
    country is filled in from the place."""
    words = [w for w in view.words[clause.first:match.first] if w.lower.isalpha()][:6]
    if match.trigger.frame == "noun" and argument_record.circumstantial(match.first, view, lex):
        # 'Bei Protesten seiner Anhänger wurden ... getötet': the words before are no crowd, the noun names it
        words = [view.words[k] for k in sorted(match.words)]
    if not words:
        # 'Landwirte in Polen blockierten ...' (pattern 'blockieren landwirt'): the trigger names the crowd
        words = [w for w in view.words[clause.first:match.anchor] if w.lower.isalpha()][:6]
    if not words:
        return []
    text = view.text[words[0].start - view.start:words[-1].end - view.start]
    crowd = ActorMention(words[0].start, words[-1].end, text, None, None, "CVL", None, "title")
    return [MarkedMention(crowd, words[0].i, words[-1].i, clause.index, "")]

