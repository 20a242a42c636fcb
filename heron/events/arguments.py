"""Who did it and to whom: choose a trigger's actor and recipient from the marked mentions.

Roles follow the trigger's frame (see heron/lang/<code>/triggers.tsv): the subject is the
first unmarked mention of the clause, whatever the word order (Dutch verb-final and
inverted clauses included); 'door/by' agents make a passive; the trigger's own
prepositions introduce the recipient; third parties ('in de strijd tegen X') and places
('in Moskou') are never arguments. Reported speech gives a speaker, who is the actor of
statements without a subject of their own ('we', 'het', 'zij').

This module is what the coder calls: `link` and the `Arguments` it returns, the questions the
coder and the rules both ask of a mention or trigger (`usable`, `speaker_of`, `legal_act`,
`participle_patient`, ...) and the corrections after linking (`one_sided`, `faced`,
`list_members`). The rules `link` applies live beside it: frame_rules (per frame, the linking
order), subjects (a subject not named before the verb), noun_arguments (the parties of an event
noun), coordination ('X and Y') and voice (passive or active).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from heron import ontology
from heron.document import ActorMention
from heron.events import clauses, frame_rules, voice
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon, Trigger


#: events whose passive subject is their victim ('were killed', 'werden gearresteerd', 'was sentenced')
VICTIM_TYPES = {"ASSAULT", "COERCE", "SANCTION"}


def patient_in_passive(trig: Trigger) -> bool:
    """The passive subject undergoes the event: victims, and people released ('wurden freigelassen')."""
    return trig.event_type in VICTIM_TYPES or (trig.event_type == "RETREAT" and trig.mode == "release")


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
    if trig.frame == "noun" or not patient_in_passive(trig) or trig.mode in EXPULSION_MODES:
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


def told_on_patient(patient: MarkedMention, trigger_index: int, view: SentenceView, lex: Lexicon) -> Arguments:
    """The arguments of a participle on the noun it falls on (participle_patient): that noun is
    the recipient; the doer is the agent right after the participle or, in an attribute before the
    noun, right before it ('protesters killed by police', 'des civils tués par l'armée', 'de door
    de politie gedode demonstranten'); with none the act is agentless ('passive'), so the coder
    gives it to the authorities of its place."""
    agents = _participle_agent(trigger_index, view, lex)
    return Arguments(actors=agents, recipients=[patient], how="agent" if agents else "passive")


def _participle_agent(trigger_index: int, view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """The agent phrase right after the participle ('killed by police', 'tués par l'armée') or
    right before it ('von der Polizei getöteten', 'door de politie gedode'); grammar.json
    agent_markers and passive_agent_markers."""
    markers = lex.cue_set("agent_markers") | lex.cue_set("passive_agent_markers")
    return [mm for mm in view.mentions if mm.marker in markers and mm.marker_at is not None
            and (trigger_index < mm.marker_at <= trigger_index + 1 or mm.last == trigger_index - 1)][:1]


def entry_refusal(trig: Trigger, lex: Lexicon) -> bool:
    """'was refused entry', 'werd de toegang tot het land geweigerd', 'wurde die Einreise verweigert',
    'se le negó la entrada': a refusal of entry (a REJECT in the migration context naming entry,
    grammar.json entry_nouns; not a border closure) falls on the one refused, as an arrest does;
    told in the passive, its doer is the state that refused."""
    return trig.event_type == "REJECT" and "migration" in trig.contexts \
        and any(t in lex.cue_set("entry_nouns") for t in trig.tokens)


#: statements aimed at someone named in what they threaten, demand or refuse
DIRECTED = {"THREATEN", "REQUEST", "REJECT"}


@dataclass
class Arguments:
    actors: list[MarkedMention] = field(default_factory=list)
    recipients: list[MarkedMention] = field(default_factory=list)
    speaker: MarkedMention | None = None
    how: str = ""          # subject | agent | speaker | pronoun | antecedent | noun | ...
    joined_to: int | None = None   # the verb trigger a coordinator joins this one to ('rejected ... and called for')

    @property
    def direct(self) -> bool:
        return self.how in {"subject", "agent", "noun", "parties"}


def usable(mm: MarkedMention, view: SentenceView, lex: Lexicon) -> bool:
    """False for mentions that only describe something else ('de Russische stad Kazan')."""
    if mm.mention.kind == "demonym":
        nxt = view.words[mm.last + 1].lower if mm.last + 1 < len(view.words) else ""
        if nxt in lex.cue_set("place_nouns"):
            return False
        # 'taxes sur 30 milliards de dollars canadiens', '30 billion Canadian dollars': the money's
        # nationality, not a party (grammar.json currency_nouns)
        prev = view.words[mm.first - 1].lower if mm.first > 0 else ""
        if (prev if lex.grammar.get("adjective_after_noun") else nxt) in lex.cue_set("currency_nouns"):
            return False
        if _describes_named_person(mm, view, lex):
            return False
    return mm.mention.country is not None or mm.mention.kind in {"person", "title"} or unknown_group(mm.mention)


def requested_by(first: int, view: SentenceView, lex: Lexicon, trigger_words: tuple[int, ...] = ()) -> bool:
    """'Gupta war auf Ersuchen der USA in Prag festgenommen worden', 'arrested in Prague at the request
    of the United States', 'arrêté à la demande des États-Unis', 'detenido a petición de Estados
    Unidos', 'op verzoek van de Verenigde Staten gearresteerd': the one named at word `first` after a
    phrase of request (grammar.json requester_phrases, an article at most between) asked for the
    act; it is neither its doer nor its target, nor where it happened. Unless the request is the
    trigger itself ('verzoek')."""
    cues = lex.cue_set("requester_phrases")
    ends = [first] + ([first - 1] if first > 0 and view.words[first - 1].lower in lex.cue_set("articles") else [])
    return any(view.phrase_before(end, n) in cues and not set(range(end - n, end)) & set(trigger_words)
               for end in ends for n in (2, 3, 4))


def _describes_named_person(mm: MarkedMention, view: SentenceView, lex: Lexicon, reach: int = 3) -> bool:
    """'el magnate ruso-armenio Samvel Karapetyan', 'the Russian-Armenian tycoon Samvel Karapetyan',
    'der russisch-armenische Unternehmer Samvel Karapetjan': a nationality word in the phrase that
    names a person right after it (other nationality words, hyphens and a noun between: lower-case, or
    in German any case, grammar.json capitalised_nouns)
    describes that person, whose own country says whose they are; a person of the acting state with a
    second nationality is its own national, no foreign target."""
    hyphens = {"-", "‐"}
    people = {o.first for o in view.mentions if o.mention.kind == "person" and o.mention.country}
    nationalities = {k for o in view.mentions if o.mention.kind == "demonym" for k in range(o.first, o.last + 1)}
    # ('Russian-Armenian': the second part of a compound nationality after the hyphen)
    nationalities |= {k + 1 for k in range(mm.last, len(view.words) - 1) if view.words[k].text in hyphens}
    function_words = clauses.marker_words(lex) | lex.cue_set("articles")
    nouns = 0
    for k in range(mm.last + 1, min(len(view.words), mm.last + reach + 3)):
        if k in people:
            return True
        word = view.words[k].text
        if k in nationalities or word in hyphens:
            continue
        if not word.isalpha() or not (word.islower() or lex.grammar.get("capitalised_nouns")) or nouns \
                or word.lower() in function_words:
            return False      # ('Le pilonnage russe de Kharkiv': a preposition ends the phrase)
        nouns += 1
    return False


def unknown_group(m: ActorMention) -> bool:
    """An organisation no dictionary knows ('Le FLNKS a appelé au calme'): an acronym."""
    return m.kind == "group" and m.name is None and m.country is None


def speaker_of(view: SentenceView, lex: Lexicon) -> MarkedMention | None:
    """The source of reported speech: 'aldus X', 'volgens X', 'zei X', 'X zei dat ...'."""
    for mm in view.mentions:
        if mm.marker in lex.cue_set("speaker_markers"):
            # 'Macron told reporters': a name right before the verb speaks, the one after is addressed
            # ('omdat Brussel volgens Kigali ...': after a preposition of source the name is the speaker)
            # ('Dem Kreml zufolge', 'wie seine Botschaft mitteilte': a marker after the name is a phrase of source too)
            source_phrase = mm.marker in lex.cue_set("speaker_prepositions") or (
                mm.marker_at is not None and mm.marker_at > mm.last)
            subject = next((o for o in view.mentions if not o.marker and mm.marker_at is not None
                            and o.last == mm.marker_at - 1), None) \
                if not source_phrase else _reported_by_own_side(mm, view, lex)
            return subject or mm
    return _subject_of_saying(view, lex)


def _reported_by_own_side(source: MarkedMention, view: SentenceView, lex: Lexicon) -> MarkedMention | None:
    """'Le diplomate russe a répliqué que ..., selon son ambassade', 'the envoy said ..., according to
    his ministry', 'Der Diplomat erwiderte, ..., wie seine Botschaft mitteilte': a source of the
    speaker's own country (or side: 'seine', 'his') in a phrase of source reports what the subject
    of the verb of saying said; that subject speaks."""
    said = _subject_of_saying(view, lex)
    if said is None or said is source:
        return None
    # ('wie seine Botschaft mitteilte': a possessive makes the source the speaker's own)
    owned = source.first > 0 and view.words[source.first - 1].lower in lex.cue_set("possessives")
    return said if owned or (source.mention.country and said.mention.country == source.mention.country) else None


def _subject_of_saying(view: SentenceView, lex: Lexicon) -> MarkedMention | None:
    """'X zei dat ...', 'said X': the unmarked name before a verb of saying in its clause, else right after it."""
    reporting = lex.cue_set("reporting_verbs")
    for w in view.words:
        if w.lemma in reporting or w.lower in reporting:
            clause = view.clause_of(w.i)
            before = [mm for mm in view.mentions if mm.clause == clause.index and mm.last < w.i
                      and not mm.marker]
            if before:
                # 'Israel and Hamas agreed ..., Egyptian mediators said': the name right before the verb;
                # 'X praised Haiti's efforts ... and said': a coordinated verb shares the clause's subject
                coordinated = w.i > 0 and view.words[w.i - 1].lower in lex.cue_set("coordinators")
                near = [mm for mm in before if w.i - mm.last <= 3]
                return before[0] if coordinated or not near else near[-1]
            after = [mm for mm in view.mentions if mm.clause == clause.index and mm.first > w.i
                     and not mm.marker and mm.first - w.i <= 2]
            if after:
                return after[0]
    return None


def has_word(view: SentenceView, first: int, last: int, cues: frozenset[str]) -> bool:
    """One of the words first..last (inclusive) is a cue."""
    return any(view.words[k].lower in cues for k in range(first, last + 1))


def diplomatic_summons(trig: Trigger) -> bool:
    """A summons or protest to an envoy ('summon ambassador', 'einbestellen', 'convocar embajador')."""
    return trig.event_type == "ACCUSE" and "diplomatic" in trig.contexts and trig.frame == "svo"


def legal_act(trig: Trigger, lex: Lexicon) -> bool:
    """A formal charge or ruling ('was charged with treason', 'wurde angeklagt', 'a été inculpé',
    'was acquitted', 'charges were dropped'): told in the passive without an agent it is the
    authorities' act (grammar.json legal_acts); 'was accused of' is not one."""
    return trig.pattern in lex.cue_set("legal_acts")


def link(trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon,
         context_speaker: MarkedMention | None, previous_subject: MarkedMention | None,
         other_triggers: tuple[int, ...] = (), verb_triggers: tuple[int, ...] | None = None,
         words: tuple[int, ...] = (), noun_subject: list[MarkedMention] = (),
         verb_ends: dict[int, int] | None = None) -> Arguments:
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
        if cut is not None and any(cut < mm.first < limit and not mm.marker and mm.clause == own
                                   for mm in view.mentions):
            limit = cut
    # ... and one before the previous verb trigger belongs to that one ('condenó el ataque de Irán y pidió ...')
    preceding = [t for t in (verb_triggers if verb_triggers is not None else other_triggers) if t < trigger_index]
    floor = max(preceding) if preceding else -1
    joined = _joining_coordinator(view, floor, (verb_ends or {}).get(floor, floor), trigger_index, lex)
    args = frame_rules._link(trig, trigger_index, view, lex, context_speaker, previous_subject, limit, floor,
                 voice.feeling(view, words or (trigger_index,), lex), words or (trigger_index,), list(noun_subject), joined)
    args.joined_to = floor if joined is not None else None
    if other_triggers:
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


def named_in_condition(view: SentenceView, clause, actors: list[MarkedMention], lex: Lexicon) -> list[MarkedMention]:
    """The party the first condition of the sentence other than `clause` names as its subject, not the
    actors' own ('if Colombia failed to honour the agreement', 'Sollte Ungarn den Haftbefehl nicht
    vollstrecken'); [] when no condition names one."""
    own = {a.mention.country for a in actors}
    conditional = [c for c in view.clauses if c.index != clause.index
                   and clauses.opened_by(view.words, c.first, lex.cue_set("conditional_openers"))]
    if not conditional:
        return []
    named = [mm for mm in view.mentions if mm.clause == conditional[0].index and mm.mention.country
             and mm.mention.country not in own and not mm.marker]
    return named[:1]


def circumstantial(first: int, view: SentenceView, lex: Lexicon) -> bool:
    """An event noun in a phrase of circumstance (grammar.json circumstance_prepositions): 'in a
    suicide bombing', 'bei einem schweren Anschlag', 'lors d'une frappe', 'durante un ataque'; only
    articles and (where adjectives come first) up to two adjectives stand between the
    preposition and the noun. Not after an amount (grammar.json amount_words, or a number)."""
    cues = lex.cue_set("circumstance_prepositions")
    skip = lex.cue_set("skip_words") | lex.cue_set("articles")
    markers = clauses.marker_words(lex)
    adjectives = 0 if lex.grammar.get("adjective_after_noun") else 2
    articles = lex.cue_set("articles")
    j = first - 1
    while j >= 0 and (view.words[j].lower in skip or (adjectives and view.words[j].lower not in markers
                                                       and view.words[j].text.isalpha() and view.words[j].text.islower())):
        if view.words[j].lower in articles:
            adjectives = 0      # the noun phrase opens at its article: 'voor zestig dagen de noodtoestand'
        adjectives -= view.words[j].lower not in skip
        j -= 1
    if j < 0:
        return False
    word = view.words[j].lower
    if j > 0 and (any(c.isdigit() for c in view.words[j - 1].text) or view.words[j - 1].lower in lex.cue_set("amount_words")):
        return False      # a measure, not a circumstance: '$17 million in humanitarian assistance'
    return word in cues or (word in lex.cue_set("genitive_markers") and j > 0 and view.words[j - 1].lower in cues)


def faced(view: SentenceView, trigger_index: int, lex: Lexicon) -> list[MarkedMention]:
    """'Los manifestantes se concentraron frente a la embajada de Israel', 'protested outside the
    Russian embassy': the institution a protest stands in front of (grammar.json protest_sites)
    is its target."""
    clause, sites = view.clause_of(trigger_index), lex.cue_set("protest_sites")
    return [mm for mm in view.mentions if mm.clause == clause.index and mm.first > trigger_index
            and mm.marker in sites and mm.mention.kind == "title" and mm.mention.country][:1]


def one_sided(args: Arguments, lex: Lexicon) -> Arguments:
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
