"""Which trigger candidates of one sentence are one event, and which of them speaks for it.

One event per type and modality per sentence ('aanvallen ..., waaronder de schietpartij ..., een
aanslag'), unless the candidates are told as separate acts: other actors, two clauses with
subjects of their own, or two material acts joined by 'and' each with an object. The best
candidate of a group gives the event its trigger and arguments; the confidence says how directly
they were found.
"""
from __future__ import annotations

from dataclasses import dataclass

from heron import ontology
from heron.events import argument_record, clauses, triggers
from heron.events.argument_record import Arguments
from heron.events.clauses import SentenceView
from heron.events.modality import Modality
from heron.events.triggers import TriggerMatch


@dataclass
class Candidate:
    match: TriggerMatch
    args: Arguments
    modality: Modality
    event_type: str
    cameo: str | None


def group(cands: list[Candidate], view: SentenceView, lex) -> list[list[Candidate]]:
    """One event per type per sentence: 'aanvallen ..., waaronder de schietpartij ..., een aanslag'."""
    groups: dict[tuple, list[Candidate]] = {}
    for c in cands:
        # 'Kiev acusó a Rusia ..., mientras que Moscú culpó a Ucrania': two actors, two events
        actors = frozenset(a.mention.country for a in c.args.actors if a.mention.country)
        key = (c.event_type, c.modality.value)
        same = next((k for k in groups if k[:2] == key and (not actors or not k[2] or k[2] & actors)
                     and not any(_own_clauses(c, o, view, lex) or _coordinated_verbs(c, o, view, lex)
                                 or _other_doer(c, o, view, lex) or _relative_doer(c, o, view, lex)
                                 or _dated_apart(c, o, view, lex) for o in groups[k])), None)
        groups.setdefault(same or (*key, actors, len(groups)), []).append(c)
    return list(groups.values())


def _own_clauses(a: Candidate, b: Candidate, view: SentenceView, lex) -> bool:
    """Two verbs in two clauses, each with its own subject, are two acts ('the governor's office
    banned all demonstrations, and authorities restricted access to social media'); so is a noun
    in a coordinated clause with its own subject ('Miles de personas se manifestaron ..., y los
    sindicatos convocaron una huelga'), not one in a clause that tells the same act ('survived an
    attempt, when gunmen shot him'); so is a noun before a 'where' clause with its own subject ('ont
    instauré un couvre-feu dans les zones évacuées, où la police a arrêté une trentaine de personnes')."""
    first, second = sorted((view.clause_of(a.match.anchor), view.clause_of(b.match.anchor)), key=lambda c: c.index)
    if first is second:
        return False
    # a semicolon joins two main clauses as 'and' does ('verhängten die Behörden eine Ausgangssperre ...;
    # die Polizei nahm 30 Menschen fest')
    joined = lex.cue_set("coordinators") | lex.cue_set("contrast_coordinators") | lex.cue_set("place_relatives") \
        | {";"}
    if (a.match.trigger.frame == "noun" or b.match.trigger.frame == "noun") and second.opener not in joined:
        return False
    if a.args.how != "subject" or b.args.how != "subject":
        return False    # 'bezocht Rusland, waar hij Poetin ontmoette': a pronoun is the same actor
    ids = {id(x) for x in a.args.actors}
    return not ids & {id(x) for x in b.args.actors}


def _other_doer(a: Candidate, b: Candidate, view: SentenceView, lex) -> bool:
    """Two triggers in coordinated clauses whose actors are other mentions, one of them of no known
    country yet, are two acts: 'El Ministerio de Defensa elevó a 7.500 los militares desplegados ...,
    mientras que Francia envió un contingente' (the country of 'el Ministerio' comes from context
    later). A subordinate clause may tell the same act: 'survived an attempt, when gunmen shot him'.
    'while', 'mientras', 'terwijl' contrast two acts (grammar.json contrast_subordinators)."""
    if not a.args.actors or not b.args.actors:
        return False
    first, second = sorted((view.clause_of(a.match.anchor), view.clause_of(b.match.anchor)), key=lambda c: c.index)
    joined = lex.cue_set("coordinators") | lex.cue_set("contrast_coordinators") | lex.cue_set("contrast_subordinators")
    # 'mientras que' opens two clauses: 'mientras' and 'que'
    if first is second or not any(c.opener in joined for c in view.clauses[first.index + 1:second.index + 1]):
        return False
    countries = lambda c: {x.mention.country for x in c.args.actors if x.mention.country}   # noqa: E731
    if countries(a) and countries(b):
        return False        # both known: the country test of group() decides
    return not {id(x.mention) for x in a.args.actors} & {id(x.mention) for x in b.args.actors}


def _relative_doer(a: Candidate, b: Candidate, view: SentenceView, lex) -> bool:
    """A trigger in a relative clause whose doer is the clause's antecedent, named after the other
    trigger as its object, is that party's own act: 'Police fired tear gas at hundreds of protesters
    who had attacked a police station', 'a dispersé des manifestants qui tentaient de raser la
    maison', 'doodde twintig militanten die een dorp hadden aangevallen' (two ASSAULTs, by two
    sides). A killing there is the other act's toll ('an attack on Kharkiv that killed 20 people')."""
    for rel, other in ((a, b), (b, a)):
        clause = view.clause_of(rel.match.anchor)
        if rel.args.how != "antecedent" or clause.opener not in lex.cue_set("relative_pronouns") \
                or view.clause_of(other.match.anchor) is clause or _toll(rel.match, view, lex):
            continue
        doers = {id(x.mention) for x in rel.args.actors}
        return all(x.first > other.match.last for x in rel.args.actors) \
            and not doers & {id(x.mention) for x in other.args.actors}
    return False


def _dated_apart(a: Candidate, b: Candidate, view: SentenceView, lex) -> bool:
    """An earlier act told with its own date after a preposition of time (triggers.dated_setting) is
    not the act of the clause it sets: 'detuvo el lunes al líder opositor, tres meses después de su
    primera detención en marzo' (two arrests, Monday and March)."""
    return triggers.dated_setting(a.match, view, lex) != triggers.dated_setting(b.match, view, lex)


def _lacks_partner(c: Candidate) -> bool:
    """Material cooperation with no partner yet (CODING 2): kept for later stages to complete, but
    any other reading of the same words comes first."""
    return ontology.event_type(c.event_type).needs_recipient and not c.args.recipients \
        and len({a.mention.country for a in c.args.actors}) < 2


def _coordinated_verbs(a: Candidate, b: Candidate, view: SentenceView, lex) -> bool:
    """Two verbs of one clause joined by 'and', each with an object of its own, are two material
    acts ('The army seized the town and arrested two commanders', 'expelled two diplomats and closed
    the consulate', 'hat seinen Botschafter abberufen und die Verhandlungen auf Eis gelegt'); verbs
    sharing one object are one ('arrested and detained the mayor', 'heeft de burgemeester
    gearresteerd en vastgezet'), and so are two statements ('condemned the arrests and accused Iran
    of abuses', 'welcomed the officers and thanked Kenya': one reaction), but not a statement and a
    summons or inquiry ('condemned the attack and summoned the ambassador'). The first act may be a
    noun its verb names ('verhängten eine Ausgangssperre ... und sperrten den Zugang zu Instagram');
    a killing after an attack is its toll ('attacked the village and killed 20 people')."""
    early, late = sorted((a.match, b.match), key=lambda m: m.first)
    if late.trigger.frame == "noun":
        return False    # a noun after 'and' has no verb of its own here ('arrested 30 people and a curfew ...')
    if ontology.event_type(a.event_type).verbal and not (_deed(a) or _deed(b)):
        return False
    if view.clause_of(a.match.anchor) is not view.clause_of(b.match.anchor):
        return False
    if _toll(late, view, lex) and not _toll(early, view, lex):
        return False        # 'attacked the village and killed 20 people': the attack's toll
    if _object_before_verb(early, late, view, lex):
        return True
    k = clauses.before_auxiliaries(view, late.first, lex, floor=early.last)   # 'has seized the town and has arrested'
    if k <= early.last or view.words[k].lower not in lex.cue_set("coordinators"):
        return False
    clause = view.clause_of(late.anchor)
    # 'and summoned the Russian ambassador': a summons of several words holds its own object
    held = late.last > late.first and _deed(a if a.match is late else b)
    return _own_words(early, k, view) and (held or _own_words(late, clause.last + 1, view))


def _toll(match: TriggerMatch, view: SentenceView, lex) -> bool:
    """A killing or wounding verb (grammar.json casualty_words): 'killed', 'töteten', 'mató'."""
    return any({view.words[k].lower, view.words[k].lemma} & lex.cue_set("casualty_words") for k in match.words)


def _own_words(match: TriggerMatch, end: int, view: SentenceView) -> bool:
    """Words besides the pattern's after an act's first word and before end: its object, also where
    the pattern spans it ('expelled two Polish diplomats and ...', 'rief seinen Botschafter zurück und
    setzte den Handel mit Spanien aus'); 'helfen bei der Bergung und verteilen Hilfsgüter' has none
    after its second verb but the pattern's own."""
    return any(w.text[:1].isalnum() and w.i not in match.words for w in view.words[match.first + 1:end])


def _object_before_verb(early: TriggerMatch, late: TriggerMatch, view: SentenceView, lex) -> bool:
    """Where verbs end their clause (grammar.json verb_final), each of two coordinated verbs has its
    object before it: 'Paraguay hat seinen Botschafter abberufen und die Verhandlungen über Itaipú
    auf Eis gelegt', 'China heeft de invoer stopgezet en zijn ambassadeur teruggeroepen'. A noun
    phrase opened by an article, possessive or number right after 'und'/'en' is the second verb's
    own object; with none ('gearresteerd en vastgezet') the two share one, and a bare or adverbial
    start ('und Teile des Gebäudes in Brand gesetzt', 'und später verhaftet') is left as one act."""
    if not lex.grammar.get("verb_final") or late.last - early.last < 3 \
            or view.words[early.last + 1].lower not in lex.cue_set("coordinators"):
        return False
    opener = view.words[early.last + 2]
    return opener.lower in lex.cue_set("articles") | lex.cue_set("possessives") | lex.cue_set("number_words") \
        or opener.text[:1].isdigit()


def _deed(c: Candidate) -> bool:
    """A verbal-type act that is done, not said: a summons or an inquiry ('called the decision
    "inhumane" and summoned the Dominican chargé d'affaires', 'verurteilte den Sturm ... und
    ordnete eine Untersuchung an' are two acts)."""
    return argument_record.diplomatic_summons(c.match.trigger) or c.match.trigger.mode == "investigate"


def best(group: list[Candidate]) -> Candidate:
    return max(group, key=lambda c: (not _lacks_partner(c), c.args.direct, bool(c.args.recipients),
                                     c.match.trigger.specificity, -c.match.anchor))


def confidence(c: Candidate, group: list[Candidate]) -> float:
    """A transparent score: lexical evidence plus how directly the arguments were found."""
    score = 0.45
    score += 0.2 if c.args.direct else 0.05
    score += 0.1 if c.args.recipients else 0.0
    score += 0.05 * min(2, c.match.trigger.specificity - 1)
    score += 0.05 * min(2, len(group) - 1)
    return round(min(score, 0.95), 2)
