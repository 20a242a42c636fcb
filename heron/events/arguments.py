"""Who did it and to whom: choose a trigger's actor and recipient from the marked mentions.

Roles follow the trigger's frame (see heron/lang/<code>/triggers.tsv): the subject is the
first unmarked mention of the clause, whatever the word order (Dutch verb-final and
inverted clauses included); 'door/by' agents make a passive; the trigger's own
prepositions introduce the recipient; third parties ('in de strijd tegen X') and places
('in Moskou') are never arguments. Reported speech gives a speaker, who is the actor of
statements without a subject of their own ('we', 'het', 'zij').

This module is what the coder calls: `link`, a participle's patient (`participle_patient`,
`told_on_patient`) and the corrections after linking (`one_sided`, `faced`, `list_members`).
The `Arguments` record `link` returns and the checks the coder and the rules both ask of a
mention or trigger (`usable`, `speaker_of`, `legal_act`, ...) live in argument_record. The rules
`link` applies live beside it: frame_rules (per frame, the linking order), subjects (a subject
not named before the verb), noun_arguments (the parties of an event noun), coordination ('X and
Y') and voice (passive or active).
"""
from __future__ import annotations

from heron import ontology
from heron.events import argument_record, clauses, frame_rules, voice
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon, Trigger


#: modes of acts that send people out of a country (PLOVER COERCE deport, SANCTION expel)
EXPULSION_MODES = frozenset({"deport", "expel"})


def participle_patient(trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon,
                       attributive: bool) -> MarkedMention | None:
    """'the release of a Japanese national detained in China', 'des deux Français détenus en Iran',
    'de los presos españoles detenidos en Venezuela', 'de in Iran opgepakte Nederlander', 'eines im
    Iran inhaftierten deutschen Staatsbürgers': a participle of an act that falls on its passive
    subject (patient_in_passive) on a noun of people of a named country tells that act, and the
    noun is whom it fell on. The participle stands right after its noun (grammar.json
    participle_after_noun) or, as the attribute the trigger rules found (`attributive`), right
    before it; English '-ed' is also a past tense, so there the noun must be no subject: marked by a
    preposition or the object of an earlier verb ('urged Moscow to free an American reporter jailed
    in Russia'; not 'Chinese police detained')."""
    if trig.frame == "noun" or not argument_record.patient_in_passive(trig) or trig.mode in EXPULSION_MODES:
        # ('uitgezette migranten uit de Verenigde Staten': the country beside people sent away is the one they left)
        return None
    if lex.grammar.get("participle_after_noun"):
        noun = _noun_before_participle(trigger_index, view, lex) if _participle(view.words[trigger_index], lex) else None
        if noun is not None and not lex.grammar.get("participle_suffixes") and not _object_position(noun, view, lex):
            return None
    else:
        noun = _noun_after_participle(trigger_index, view) if attributive else None
    if noun is None or noun.mention.kind in clauses.STATE_KINDS:
        return None
    # ('protesters killed by police': people of no named country, with the doer named)
    country = noun.mention.country
    named = bool(country) and len(country) == 3 and country not in ontology.NON_STATE_CODES
    return noun if named or (not country and _participle_agent(trigger_index, view, lex)) else None


def _participle(word, lex: Lexicon) -> bool:
    """A past participle by its ending (grammar.json participle_suffixes: 'détenu', 'arrêtés',
    'detenidos'), else (English, whose '-ed' and 'held' are also past tenses) any inflected form."""
    suffixes = tuple(lex.grammar.get("participle_suffixes", ()))
    return word.lower.endswith(suffixes) if suffixes else word.inflected


def _noun_before_participle(k: int, view: SentenceView, lex: Lexicon) -> MarkedMention | None:
    """The mention that ends right before the participle at word k, or one noun before it ('a
    Japanese national detained'), or that took the participle into itself ('Français détenus');
    no auxiliary between ('Two Japanese were detained' is a passive)."""
    # (not over a function word: 'avoir détruit un quartier général ... et visé des positions')
    function_words = lex.cue_set("auxiliaries") | lex.cue_set("passive_auxiliaries") | lex.cue_set("coordinators") \
        | lex.cue_set("articles") | lex.cue_set("relative_pronouns") | lex.cue_set("complementizers")
    for mm in view.mentions:
        if mm.first < k and k - 2 <= mm.last and mm.clause == view.clause_of(k).index \
                and all(w.text.isalpha() and w.text.islower() and w.lower not in function_words
                        for w in view.words[mm.last + 1:k]):
            return mm
    return None


def _noun_after_participle(k: int, view: SentenceView) -> MarkedMention | None:
    """The mention right after an attributive participle at word k, or after one adjective
    ('opgepakte Nederlander', 'inhaftierten deutschen Staatsbürgers'), or one that took the
    participle into itself ('inhaftierten deutschen'); the participle alone ('die festgenommenen')
    is no noun."""
    return next((mm for mm in view.mentions if k <= mm.first <= k + 2 and mm.last > k
                 and all(w.text.isalpha() for w in view.words[k + 1:mm.first])), None)


def _object_position(mm: MarkedMention, view: SentenceView, lex: Lexicon) -> bool:
    """A noun marked by a preposition ('the release of a Japanese national') or after a verb
    trigger of its clause ('urged Moscow to free an American reporter'): no subject. Not one a
    possessive opens, the subject of a relative clause with no pronoun ('over a drone its army
    shot down')."""
    if mm.first > 0 and view.words[mm.first - 1].lower in lex.cue_set("possessives"):
        return False
    # ('fighters loyal to a faction led by Debretsion Gebremichael seized ...': an agent is a doer)
    if mm.marker and mm.marker not in lex.cue_set("speaker_markers") | lex.cue_set("agent_markers"):
        return True
    first = view.clauses[mm.clause].first
    return any(first <= t < mm.first for t in view.trigger_anchors)


def told_on_patient(patient: MarkedMention, trigger_index: int, view: SentenceView,
                    lex: Lexicon) -> argument_record.Arguments:
    """The arguments of a participle on the noun it falls on (participle_patient): that noun is
    the recipient; the doer is the agent right after the participle or, in an attribute before the
    noun, right before it ('protesters killed by police', 'des civils tués par l'armée', 'de door
    de politie gedode demonstranten'); with none the act is agentless ('passive'), so the coder
    gives it to the authorities of its place."""
    agents = _participle_agent(trigger_index, view, lex)
    return argument_record.Arguments(actors=agents, recipients=[patient], how="agent" if agents else "passive")


def _participle_agent(trigger_index: int, view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """The agent phrase right after the participle ('killed by police', 'tués par l'armée') or
    right before it ('von der Polizei getöteten', 'door de politie gedode'); grammar.json
    agent_markers and passive_agent_markers."""
    markers = lex.cue_set("agent_markers") | lex.cue_set("passive_agent_markers")
    return [mm for mm in view.mentions if mm.marker in markers and mm.marker_at is not None
            and (trigger_index < mm.marker_at <= trigger_index + 1 or mm.last == trigger_index - 1)][:1]


def link(trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon,
         context_speaker: MarkedMention | None, previous_subject: MarkedMention | None,
         other_triggers: tuple[int, ...] = (), verb_triggers: tuple[int, ...] | None = None,
         words: tuple[int, ...] = (), noun_subject: list[MarkedMention] = (),
         verb_ends: dict[int, int] | None = None) -> argument_record.Arguments:
    """Actor(s) and recipient(s) for one trigger occurrence; `noun_subject` are the doers of an
    event noun that is the clause's subject ('Una emboscada de los talibanes mató a ...').
    `verb_ends` gives the last word of each verb trigger by its first ('warf ... vor').

    `other_triggers` are the word indices of the sentence's other triggers: an object beyond
    one of them belongs to it ('veroordeelden de aanvallen en beloofden Oekraïne hulp').
    `words` are the trigger's own words (a feeling among them makes it a state: `feeling`)."""
    # an object beyond the next trigger belongs to that trigger, so it is no candidate at all here
    # ('visitó el sábado Kiev y prometió a Ucrania ...': Kiev is visited, Ucrania promised)
    following = [t for t in (verb_triggers if verb_triggers is not None else other_triggers) if t > trigger_index]
    limit = min(following) if following else None
    if limit is not None:
        # 'celebró la decisión y el rey Mohamed VI invitó ...': a coordinator followed by a new
        # subject and the next verb starts that verb's clause
        coordinators = lex.cue_set("coordinators")
        cut = next((k for k in range(trigger_index + 1, limit) if view.words[k].lower in coordinators), None)
        # ('excarceló a diez ciudadanos y residentes de Estados Unidos, mientras El Salvador entregó':
        # a subject in a clause of its own starts nothing in this one)
        own = view.clause_of(trigger_index).index
        # ('retiró a sus embajadores en Madrid, Dublín y Oslo y convocó ...': the last of a list goes on it)
        if cut is not None and any(cut < mm.first < limit and not mm.marker and not mm.listed_after and mm.clause == own
                                   for mm in view.mentions):
            limit = cut
    # ... and one before the previous verb trigger belongs to that one ('condenó el ataque de Irán y pidió ...')
    preceding = [t for t in (verb_triggers if verb_triggers is not None else other_triggers) if t < trigger_index]
    floor = max(preceding) if preceding else -1
    joined = _joining_coordinator(view, floor, (verb_ends or {}).get(floor, floor), trigger_index, lex)
    args = frame_rules._link(trig, trigger_index, view, lex, context_speaker, previous_subject, limit, floor,
                 voice.feeling(view, words or (trigger_index,), lex), words or (trigger_index,), list(noun_subject), joined)
    args.joined_to = floor if joined is not None else None
    if other_triggers and not args.fronted:
        # ('Een staakt-het-vuren, waarmee Kyiv had ingestemd, wees Moskou af': not the owners of a
        # fronted object, whose relative clause may have a verb of its own)
        args.recipients = [r for r in args.recipients if not any(
            min(r.first, trigger_index) < t < max(r.first, trigger_index) for t in other_triggers)]
    return args


def _joining_coordinator(view: SentenceView, floor: int, floor_end: int, trigger_index: int, lex: Lexicon) -> int | None:
    """The word that joins the trigger to the verb trigger before it (words floor..floor_end) in the
    same clause, when the trigger has no subject of its own: a coordinator right before it, only
    auxiliaries or up to two adverbs between ('accused Israel of sabotage and threatened', 'et a
    également appelé'), or, where verbs end their clause (grammar.json verb_final), one right after
    the earlier verb ('heeft Rusland veroordeeld en Oekraïne steun toegezegd', 'dass Russland das
    Ergebnis zurückweist und ... fordert'); or a comma before it in a list of verbs that a
    coordinator closes ('rejected the proposal, condemned the sanctions and demanded'). None otherwise."""
    if floor < 0 or view.clause_of(floor) is not view.clause_of(trigger_index) or floor_end >= trigger_index:
        return None
    coordinators, auxiliaries = lex.cue_set("coordinators"), lex.cue_set("auxiliaries")
    if lex.grammar.get("verb_final"):
        k = next((k for k in range(floor_end + 1, trigger_index) if view.words[k].lower not in auxiliaries), None)
        if k is not None and view.words[k].lower in coordinators:
            return k
    # ('and he was charged': a pronoun after the coordinator is a subject of its own)
    named = {k for mm in view.mentions for k in range(mm.first, mm.last + 1)} \
        | {k for k in range(floor_end + 1, trigger_index) if view.words[k].lower in lex.cue_set("subject_pronouns")}
    k, adverbs = trigger_index - 1, 0
    while k > floor_end and view.words[k].lower not in coordinators | {","} and k not in named and adverbs <= 2:
        adverbs += view.words[k].lower not in auxiliaries
        k -= 1
    if k <= floor_end or k in named or adverbs > 2:
        return None
    if view.words[k].lower in coordinators:
        return k
    clause = view.clause_of(trigger_index)
    closed = any(view.words[j].lower in coordinators and j + 1 in view.trigger_anchors
                 for j in range(trigger_index + 1, clause.last))
    return k if closed else None


def faced(view: SentenceView, trigger_index: int, lex: Lexicon) -> list[MarkedMention]:
    """'Los manifestantes se concentraron frente a la embajada de Israel', 'protested outside the
    Russian embassy': the institution a protest stands in front of (grammar.json protest_sites)
    is its target, also where the site opens the clause ('Vor der iranischen Botschaft
    protestierten Hunderte', 'Voor de Iraanse ambassade demonstreerden honderden mensen', 'Devant
    l'ambassade d'Iran, des centaines de personnes ont manifesté', 'Frente a la embajada de Irán,
    cientos de personas protestaron'); one after the trigger first."""
    clause, sites = view.clause_of(trigger_index), lex.cue_set("protest_sites")
    found = [mm for mm in view.mentions if mm.clause == clause.index and mm.marker in sites
             and mm.mention.kind == "title" and mm.mention.country]
    return sorted(found, key=lambda mm: mm.first < trigger_index)[:1]


def one_sided(args: argument_record.Arguments, lex: Lexicon) -> argument_record.Arguments:
    """'Irán se mostró dispuesto a negociar con Estados Unidos': a promise or offer to meet is
    made by the subject alone; the partner named with 'con/with/met/mit/avec' is its recipient."""
    comitative = lex.cue_set("comitative_markers")
    partners = [a for a in args.actors if a.marker in comitative]
    own = [a for a in args.actors if a not in partners]
    if partners and own:
        args.actors, args.recipients = own, partners + [r for r in args.recipients if r not in partners]
    return args


def list_members(view: SentenceView, start: int, stop: int, lex: Lexicon) -> list[MarkedMention]:
    """'siete países, entre ellos Argentina, Chile y Perú', 'l'aide de quatre pays, dont l'Espagne et
    le Royaume-Uni': the names a list opener introduces between word `start` and word `stop`."""
    openers = lex.cue_set("list_openers")
    k = next((i for i in range(start + 1, stop) for n in (3, 2, 1)
              if view.phrase_before(i + 1, n) in openers), None)
    if k is None:
        return []
    found: list[MarkedMention] = []
    joiners = lex.cue_set("coordinators") | lex.cue_set("skip_words") | {","}
    for mm in sorted(view.mentions, key=lambda m: m.first):
        if mm.first <= k or mm.first >= stop:
            continue
        previous = found[-1].last if found else k
        if not all(w.lower in joiners for w in view.words[previous + 1:mm.first]):
            break
        if mm.mention.country:
            found.append(mm)
    return found
