"""Who did it and to whom: choose a trigger's actor and recipient from the marked mentions.

Roles follow the trigger's frame (see heron/lang/<code>/triggers.tsv): the subject is the
first unmarked mention of the clause, whatever the word order (Dutch verb-final and
inverted clauses included); 'door/by' agents make a passive; the trigger's own
prepositions introduce the recipient; third parties ('in de strijd tegen X') and places
('in Moskou') are never arguments. Reported speech gives a speaker, who is the actor of
statements without a subject of their own ('we', 'het', 'zij').
"""
from __future__ import annotations

from dataclasses import dataclass, field

from heron import ontology
from heron.actors.coreference import PAIR_NUMBERS
from heron.document import ActorMention
from heron.events import clauses, receiving
from heron.events.clauses import QUOTES, MarkedMention, SentenceView
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
#: sectors of private people (titles.tsv): a journalist, hostage or refugee is no party a state hosts
#: (civil society, CVL, is: 'ont reçu une délégation des organisations agricoles')
PRIVATE_SECTORS = {"JRN", "UNK", "REF"}


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


def _role(mm: MarkedMention, trig: Trigger, lex: Lexicon) -> str:
    m = mm.marker
    if not m:
        return "unmarked"
    if mm.case_object:
        return "recipient"    # 'Der Regierung warf Moskau vor': a fronted object is the one the act is aimed at
    if m in lex.cue_set("agent_markers"):
        return "agent"
    if m in lex.cue_set("speaker_markers"):
        return "speaker"
    if m in trig.preps:
        return "recipient"
    if m in lex.cue_set("comitative_markers"):
        return "comitative"
    if m in clauses.genitive_words(lex) and not mm.via_genitive:
        return "genitive"
    return "other"   # third parties, places, unrelated prepositions


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


def _own_citizen(guest: MarkedMention, hosts: list[MarkedMention]) -> bool:
    """'Meloni und Tajani empfingen die freigelassene Journalistin', 'welcomed the freed hostages home':
    a private person (PRIVATE_SECTORS) of the hosts' own country, or of none, is welcomed, not met as
    a party (CODING 2, CONSULT)."""
    return guest.mention.kind == "title" and guest.mention.sector in PRIVATE_SECTORS \
        and guest.mention.country in {h.mention.country for h in hosts} | {None}


def _coordinated(first: MarkedMention, pool: list[MarkedMention], view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """The mention and those joined to it by 'en/and' ('Moskou en Kabul')."""
    group = [first]
    coordinators = lex.cue_set("coordinators")
    if lex.cue_set("correlative_openers") and any(
            w.lower in lex.cue_set("correlative_openers") for w in view.words[max(0, first.first - 2):first.first]):
        coordinators = coordinators | lex.cue_set("correlative_coordinators")   # 'zowel X als Y'
    # ('les critiques des États-Unis, du Royaume-Uni et de l'Union européenne': an owner's list may
    # repeat its genitive preposition before each member)
    repeated = lex.cue_set("genitive_markers") if first.genitive_head is not None else frozenset()
    joined_by_and = False
    for mm in pool:
        if mm is not first and (mm.first, mm.last) == (first.first, first.last):
            # 'the two leaders': a group phrase stands for each party it names (group_phrases.parties)
            group.append(mm)
            joined_by_and = True
        elif mm.first > group[-1].last and mm.clause == first.clause:
            between = view.words[group[-1].last + 1:mm.first]
            if group[-1].mention.kind == mm.mention.kind == "person":
                between = between[:len(between) - _title_before(between, mm, lex)]
            if not between and mm.first == group[-1].last + 1 and mm.mention.kind == group[-1].mention.kind == "state" \
                    and view.words[group[-1].first].lower in PAIR_NUMBERS.get(lex.language, ()):
                # 'beide landen': the pair the actor stage read as two states (coreference, whose number
                # words these are); two names side by side are subject and object ('Gisteren beschuldigde
                # Rusland Oekraïne')
                group.append(mm)
                joined_by_and = True
            elif between and all(w.lower in coordinators or w.lower == "," or w.lower in lex.cue_set("skip_words")
                                 or w.lower in repeated for w in between) and any(w.lower in coordinators or w.lower == "," for w in between):
                group.append(mm)
                joined_by_and = joined_by_and or any(w.lower in coordinators for w in between)
            elif between:
                break
    # 'Brasil, Chile y Colombia' is a list; 'Rusland, zei Iran' is not
    return group if joined_by_and else group[:1]


def _title_before(words: list, mm: MarkedMention, lex: Lexicon) -> int:
    """How many of the words right before a person are the person's title ('en de Chinese leider
    Xi Jinping': 2). The actor stage folds such a title into the person and keeps the name's span,
    so the words are read again here with the actor finder: the longest tail that is one title
    mention of the person's country (or of none)."""
    from heron.actors import find      # the actor stage; imported here: it loads the knowledge base
    for n in range(min(len(words), 4), 0, -1):
        tail = words[len(words) - n:]
        text = " ".join(w.text for w in tail)
        found = find(text, lex.language)
        if len(found) == 1 and found[0].kind == "title" and found[0].start == 0 and found[0].end == len(text) \
                and found[0].country in (None, mm.mention.country):
            return n
    return 0


def has_word(view: SentenceView, first: int, last: int, cues: frozenset[str]) -> bool:
    """One of the words first..last (inclusive) is a cue."""
    return any(view.words[k].lower in cues for k in range(first, last + 1))


def _progressive(word, lex: Lexicon) -> bool:
    """An English -ing form ('is attacking', 'students marching'): grammar.json progressive_suffix."""
    suffix = lex.grammar.get("progressive_suffix")
    return bool(suffix) and word.lower.endswith(suffix)


def _passive(view: SentenceView, first: int, last: int, lex: Lexicon) -> bool:
    """A passive auxiliary in the span; Dutch 'zijn' before a name or title is 'his', not 'are'
    ('riep zijn ambassadeur terug'); one after a reflexive pronoun is an active reflexive
    ('La Russie s'est retirée du traité')."""
    auxiliaries, possessives = lex.cue_set("passive_auxiliaries"), lex.cue_set("possessives")
    reflexives = lex.cue_set("reflexive_pronouns")
    starts = {mm.first for mm in view.mentions}
    return any(view.words[k].lower in auxiliaries
               and not (view.words[k].lower in possessives
                        and (k + 1 in starts or _after_have(view, k, lex) or _event_noun_after(view, k, lex)))
               and not (k > 0 and view.words[k - 1].lower in reflexives)
               for k in range(first, last + 1))


def _after_have(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'Rwanda had al zijn ontwikkelingssamenwerking opgeschort': after a perfect 'have' in its
    clause (grammar.json have_auxiliaries) Dutch 'zijn' is 'his'; a passive perfect takes 'is'."""
    haves = lex.cue_set("have_auxiliaries")
    return any(view.words[j].lower in haves for j in range(view.clause_of(k).first, k))


def _event_noun_after(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'Een Poolse rechtbank beval zijn vrijlating': before an event noun in its dictionary form
    (a trigger word, not a participle) Dutch 'zijn' is 'his', not 'are'. A preposition that opens a
    trigger phrase is no event noun ('Twee toeristen zijn in Moskou gearresteerd', not 'in hechtenis')."""
    after = view.words[k + 1] if k + 1 < len(view.words) else None
    return after is not None and not after.inflected and bool(lex.exact.get(after.lemma)) \
        and after.lower not in clauses.marker_words(lex)


def _werden_future(view: SentenceView, verb: int, lex: Lexicon) -> bool:
    """'Die EU wird neue Sanktionen gegen Russland verhängen': 'werden' with an infinitive (a verb
    in its dictionary form) is a future, not a passive; with a participle it is one ('wird
    verhängt'). The clause's only auxiliaries are grammar.json passive_future_auxiliaries (as in
    modality._werden_passive)."""
    clause = view.clause_of(verb)
    found = {w.lower for w in view.words[clause.first:clause.last + 1]} & lex.cue_set("passive_auxiliaries")
    return bool(found) and found <= lex.cue_set("passive_future_auxiliaries") and not view.words[verb].inflected


def in_passive(view: SentenceView, trigger_index: int, lex: Lexicon) -> bool:
    """'Lula werd in Peking ontvangen', 'was detained': a passive auxiliary near the trigger.
    Verb-final languages put it anywhere before the participle ('werden am Abend in Minsk
    freigelassen'); the others right before it ('was detained', 'fue detenido'), and a 'was'
    further back belongs to another verb ('Lissu was charged ... after police arrested him')."""
    clause = view.clause_of(trigger_index)
    reach = trigger_index - clause.first if lex.grammar.get("verb_final") else 3
    # 'troepen zijn Rafah binnengevallen', 'sind einmarschiert', 'sont entrés': a perfect with 'be'
    active = view.words[trigger_index].lemma in lex.cue_set("be_perfect_verbs")
    return _passive(view, max(clause.first, trigger_index - reach), min(clause.last, trigger_index + 3), lex) \
        and not _progressive(view.words[trigger_index], lex) and not active    # 'is attacking'


def feeling(view: SentenceView, words: tuple[int, ...], lex: Lexicon) -> bool:
    """A participle or adjective of feeling in the trigger is a state of its subject, not a
    passive: 'Germany was deeply concerned by the arrest', 'La France s'est dite préoccupée par',
    'España se mostró preocupada por'; its 'by/par/por/door/über' names what it is about."""
    states = lex.cue_set("feeling_states")
    return any(view.words[k].lower in states for k in words)


def _accused(trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon,
             words: tuple[int, ...] = ()) -> bool:
    """An accusation verb whose passive subject is the accused ('Russia was accused of war
    crimes', 'Rusland werd beschuldigd'): an auxiliary before it that is no possessive ('uitte
    zijn bezorgdheid') and no infinitive in between ('Russia was quick to accuse Kyiv'). A phrase
    is one too, its auxiliary right before one of its words ('Russia is held responsible', 'que l'Iran
    est tenu pour responsable'; in 'the report was an attempt to discredit' it is a copula) or,
    where verbs end their clause, anywhere in it ('dass Russland verantwortlich gemacht wird', 'dat de
    machthebbers verantwoordelijk worden gehouden')."""
    if trig.event_type != "ACCUSE" or trigger_index == 0 \
            or view.words[trigger_index - 1].lower in lex.cue_set("infinitive_markers"):
        return False
    clause = view.clause_of(trigger_index)
    auxiliaries = lex.cue_set("passive_auxiliaries") - lex.cue_set("possessives")
    if len(trig.tokens) > 1:
        if trig.frame != "svo" or not words:
            return False
        if lex.grammar.get("verb_final"):
            return has_word(view, clause.first, clause.last, auxiliaries)
        # ('La Chine s'en est prise aux États-Unis': 'être' after a reflexive makes an active perfect)
        reflexives = lex.cue_set("reflexive_pronouns")
        return any(k > 0 and view.words[k - 1].lower in auxiliaries
                   and not has_word(view, max(clause.first, k - 3), k - 2, reflexives) for k in words)
    start = clause.first if lex.grammar.get("verb_final") else max(clause.first, trigger_index - 2)
    return any(view.words[k].lower in auxiliaries for k in range(start, trigger_index))


def diplomatic_summons(trig: Trigger) -> bool:
    """A summons or protest to an envoy ('summon ambassador', 'einbestellen', 'convocar embajador')."""
    return trig.event_type == "ACCUSE" and "diplomatic" in trig.contexts and trig.frame == "svo"


def _passive_summons(view: SentenceView, trigger_index: int, last: int, in_clause: list[MarkedMention],
                     roles: dict, lex: Lexicon) -> Arguments | None:
    """'Der Botschafter wurde ins Auswärtige Amt einbestellt', 'the ambassador was summoned to the
    Foreign Office', 'fue convocado por la Cancillería colombiana': the passive subject is the
    envoy summoned (the recipient); the doer is the agent or the ministry or capital the envoy
    was called to (grammar.json summons_places), else unnamed (the coder's implicit authorities)."""
    envoys = [mm for mm in in_clause if roles[id(mm)] == "unmarked" and mm.first <= last]
    if not envoys:
        return None
    envoy = envoys[0]
    places = lex.cue_set("summons_places")
    doers = [mm for mm in in_clause if mm is not envoy and mm.mention.country != envoy.mention.country
             and (roles[id(mm)] == "agent" or mm.marker in places
                  or (roles[id(mm)] == "unmarked" and mm.first > last))]
    # an agent first ('door het ministerie'), then a place with a country ('in Den Haag' over 'op het ministerie')
    doers.sort(key=lambda mm: (roles[id(mm)] != "agent", mm.mention.country is None, mm.first))
    return Arguments(actors=doers[:1], recipients=[envoy], how="agent" if doers else "passive")


def legal_act(trig: Trigger, lex: Lexicon) -> bool:
    """A formal charge or ruling ('was charged with treason', 'wurde angeklagt', 'a été inculpé',
    'was acquitted', 'charges were dropped'): told in the passive without an agent it is the
    authorities' act (grammar.json legal_acts); 'was accused of' is not one."""
    return trig.pattern in lex.cue_set("legal_acts")


def _empty_relative_subject(clause, trigger_index: int, unmarked: list, lex: Lexicon) -> bool:
    """A relative clause with no name before its verb: its subject is the mention it hangs on."""
    return clause.opener in lex.cue_set("relative_pronouns") and not any(mm.first < trigger_index for mm in unmarked)


def _relative_subject_party(view: SentenceView, clause, trigger_index: int, unmarked: list,
                            lex: Lexicon, previous: MarkedMention | None) -> list:
    """'Prime Minister James Marape, who spoke to his counterpart Anthony Albanese by phone': in a
    relative clause whose subject slot before the trigger is empty, the antecedent is a party of a
    symmetric event (the mentions after the trigger are its partners)."""
    if not unmarked or not _empty_relative_subject(clause, trigger_index, unmarked, lex):
        return []
    ante = antecedent(view, clause.index, previous)
    return [ante] if ante and ante not in unmarked else []


def _relative_subject(view: SentenceView, clause, trigger_index: int, unmarked: list,
                      lex: Lexicon) -> list[MarkedMention]:
    """', que se comprometió', ', who promised', ', qui a promis': a relative clause opened right
    after a named party (a comma at most between) with no name before its verb hangs on that party."""
    if not _empty_relative_subject(clause, trigger_index, unmarked, lex):
        return []
    ante = antecedent(view, clause.index, None)
    # (a comma, or the person's name folded into a title: 'el presidente mauritano, Mohamed Ould Ghazouani,')
    if ante is None or not all(w.lower == "," or w.text[:1].isupper() for w in view.words[ante.last + 1:clause.first]) \
            or ante.mention.kind not in {"person", "title", "state", "capital", "igo", "group"}:
        return []
    return [ante]


def _predicate(view: SentenceView, clause, trigger_index: int, lex: Lexicon, reach: int = 4) -> bool:
    """A relation noun states a relation only as the complement of a copula or naming verb in its
    clause ('Hungary is a close ally of Russia', 'noemde Polen een bondgenoot', 'die nu een
    bondgenoot van Rusland is'); after a preposition it names one ('met zijn Europese partners',
    'aan de aanwezigheid van Amerika of zijn bondgenoten', 'de leurs alliés')."""
    copulas, possessives = lex.cue_set("copulas"), lex.cue_set("possessives")
    if not has_word(view, clause.first, clause.last, copulas):
        return False
    for w in reversed(view.words[max(clause.first, trigger_index - reach):trigger_index]):
        if w.lower in copulas and w.lower not in possessives:
            return True      # (Dutch 'zijn' is 'are' and 'his')
        if w.lower in clauses.marker_words(lex):
            return False
    return True


def _main_clause_subject(view: SentenceView, clause, lex: Lexicon) -> MarkedMention | None:
    """'Für Verstimmung hatte Präsident Macron gesorgt, als er ... vorwarf': the pronoun of a
    subordinate clause (not a relative or content clause) is the subject of the clause it hangs on,
    the first party named there with no marker, before the previous sentence's subject."""
    if not clause.opener or clause.opener in lex.cue_set("relative_pronouns") \
            or clause.opener in lex.cue_set("complementizers") or clause.index == 0:
        return None
    earlier = view.clauses[clause.index - 1]
    named = [mm for mm in view.mentions if mm.clause == earlier.index and not mm.marker and mm.mention.country
             and usable(mm, view, lex)]
    return named[0] if named else None


def _participle_subject(view: SentenceView, trigger_index: int, lex: Lexicon) -> tuple[MarkedMention, int] | None:
    """(the subject of the sentence's first clause, the comma) when the trigger is a present
    participle right after a comma, alone or coordinated with one ('..., calling it a crime and
    urging Beijing to', '..., qualifiant', '..., asegurando'; grammar.json participle_endings)."""
    endings = tuple(lex.grammar.get("participle_endings", ()))

    def participle(k: int) -> bool:
        w = view.words[k]
        return w.lower.endswith(endings) and w.lemma != w.lower

    if not endings or trigger_index < 2 or not participle(trigger_index):
        return None
    comma = trigger_index - 1
    if view.words[comma].lower in lex.cue_set("coordinators"):
        # ('..., calling it a crime and urging': the second of a coordinated pair)
        comma = next((k - 1 for k in range(comma - 1, 0, -1) if view.words[k - 1].lower == "," and participle(k)), -1)
    if comma < 1 or view.words[comma].lower != ",":
        return None
    opener = view.clause_of(comma).opener
    if opener and opener not in lex.cue_set("complementizers") | lex.cue_set("relative_pronouns") | {","} | QUOTES:
        return None     # ('..., while dozens of Chagossians protested outside, demanding ...': that clause's own)
    speaker = speaker_of(view, lex) if opener not in lex.cue_set("complementizers") else None
    if speaker is not None and speaker.last < comma and speaker.mention.country:
        return speaker, comma     # ('« ... », a assuré le commissaire européen, promettant que ...')
    first_verb = min([k for k in view.trigger_anchors if k < comma], default=comma)
    named = [mm for mm in view.mentions if mm.clause == 0 and mm.last < first_verb and not mm.marker
             and usable(mm, view, lex)]
    return (named[0], comma) if named and named[0].mention.country else None


def antecedent(view: SentenceView, clause_index: int, previous: MarkedMention | None) -> MarkedMention | None:
    """The mention a relative clause ('..., die ...') hangs on: the last one before it."""
    clause = view.clauses[clause_index]
    before = [mm for mm in view.mentions if mm.last < clause.first]
    return before[-1] if before else previous


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
    args = _link(trig, trigger_index, view, lex, context_speaker, previous_subject, limit, floor,
                 feeling(view, words or (trigger_index,), lex), words or (trigger_index,), list(noun_subject), joined)
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


def _shared_subject(view: SentenceView, floor: int, in_clause: list[MarkedMention], lex: Lexicon) -> list[MarkedMention]:
    """The subject a verb after a coordinator shares with the verb before it: the first name with
    no marker before that verb ('Iran accused Israel ... and threatened', 'dass Russland das Ergebnis
    zurückweist und ... fordert'); in a verb-second language with nothing before the verb but a
    phrase, the name right after it ('Am Montag verurteilte Deutschland den Angriff und forderte').
    None when a subject pronoun comes first ('Il a condamné la Russie et appelé l'Ukraine', 'sie habe
    Russland verurteilt und der Ukraine Hilfe zugesagt') or no name stands in the subject's place."""
    clause = view.clause_of(floor)
    unmarked = [mm for mm in in_clause if not mm.marker]
    before = [mm for mm in unmarked if mm.last < floor]
    opening = before[0].first if before else floor
    # (a pronoun that is also the name's article is none: 'Het Kremlin wees dat van de hand en beschuldigde')
    pronouns, articles = lex.cue_set("subject_pronouns"), lex.cue_set("articles")
    if any(view.words[k].lower in pronouns and not (before and k == opening - 1 and view.words[k].lower in articles)
           for k in range(clause.first, opening)):
        return []
    if before:
        return _coordinated(before[0], before, view, lex)
    if not lex.grammar.get("verb_final"):
        return []
    skip = lex.cue_set("skip_words")
    inverted = [mm for mm in unmarked if mm.first > floor and all(
        k in view.time_words or view.words[k].lower in skip for k in range(floor + 1, mm.first))]
    return inverted[:1]


def _earlier_objects(floor: int, joined: int, in_clause: list[MarkedMention],
                     subject: list[MarkedMention]) -> list[MarkedMention]:
    """A second verb after a coordinator with no subject of its own ('X rejected the result and
    called for a recount', 'X a rejeté les résultats et dénoncé des fraudes', 'X heeft de uitslag
    verworpen en om een hertelling gevraagd') shares the subject, and what stands before it (a
    fronted source or owner); the other names before the coordinator are the earlier verb's
    objects, not its own."""
    start = subject[0].first if subject else floor
    return [mm for mm in in_clause if mm not in subject and mm.first < joined and not (mm.marker and mm.last < start)]


def _teller(view: SentenceView, clause, lex: Lexicon) -> MarkedMention | None:
    """'Mensenrechtenorganisaties wijzen erop dat de machthebbers verantwoordelijk worden gehouden',
    'Die EU betonte, dass der Iran verantwortlich gemacht wird', 'The EU stressed that Iran is held
    responsible', 'L'UE a souligné que l'Iran est tenu pour responsable': an accusation told in the
    passive with no agent, in a content clause, is made by whoever tells it, the first party named
    with no marker in the clause the content clause hangs on (its verb need be no verb of saying)."""
    if clause.opener not in lex.cue_set("complementizers") or clause.index == 0:
        return None
    earlier = view.clauses[clause.index - 1]
    named = [mm for mm in view.mentions if mm.clause == earlier.index and not mm.marker and mm.mention.country
             and usable(mm, view, lex)]
    return named[0] if named else None


def _link(trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon,
          context_speaker: MarkedMention | None, previous_subject: MarkedMention | None,
          limit: int | None = None, floor: int = -1, stative: bool = False, words: tuple[int, ...] = (),
          noun_subject: list[MarkedMention] = (), joined: int | None = None) -> Arguments:
    clause = view.clause_of(trigger_index)
    in_clause = [mm for mm in view.mentions if mm.clause == clause.index and usable(mm, view, lex)
                 and (limit is None or mm.first < limit or _giver_by(mm, trig, trigger_index, view, lex))
                 # 'joint military exercise': a word of the trigger is not a party
                 and not (mm.first <= trigger_index <= mm.last and mm.mention.country is None)
                 and not _trigger_word(mm, trig, words, view, lex)
                 and not requested_by(mm.first, view, lex, words or (trigger_index,))]
    shared_subject = _shared_subject(view, floor, in_clause, lex) if joined is not None else []
    earlier = _earlier_objects(floor, joined, in_clause, shared_subject) if joined is not None else []
    if earlier and any(mm.first > joined for mm in in_clause if mm not in earlier):
        in_clause = [mm for mm in in_clause if mm not in earlier]
    elif earlier:     # (the first of them, with those joined to it: 'summoned Belarus's chargé d'affaires')
        earlier = _coordinated(earlier[0], earlier, view, lex)
        in_clause = [mm for mm in in_clause if mm in earlier or mm.first > earlier[-1].last or mm.last < earlier[0].first]
    speaker = speaker_of(view, lex) or context_speaker
    participial = _participle_subject(view, trigger_index, lex)
    if participial is not None:
        # 'Kishida demanded that China explain the stabbing, calling it a crime and urging Beijing
        # to ...': a participle after a comma has the subject of the sentence's main clause
        # (its clause, for what follows, is the one the comma is in)
        (main, comma), clause = participial, view.clause_of(participial[1])
        in_clause = [mm for mm in in_clause if mm.first > comma]
        noun_subject, speaker = [main], main
    # 'Am Montag sagte Scholz der Ukraine Hilfe zu': right after a separable trigger verb that is also a
    # reporting verb, the name is the verb's own subject, not the source of a statement; so is a name
    # after its title ('Der Ukraine sagte Kanzler Scholz weitere Hilfe zu')
    end = max(words or (trigger_index,))
    inverted = speaker is not None and end > speaker.last and speaker.first == trigger_index + 1 + _title_before(
        view.words[trigger_index + 1:speaker.first], speaker, lex) \
        and view.clause_of(end).index == clause.index and not has_word(view, speaker.last + 1, end, clauses.PUNCT)
    if speaker is not None and speaker.clause == clause.index and not inverted and (
            speaker.marker in lex.cue_set("speaker_markers") or speaker.first > trigger_index):
        # '..., the official IRNA news agency reported': the source of a statement is not its object
        cut = max((w.i for w in view.words[trigger_index:speaker.first] if w.lower == ","), default=speaker.first)
        in_clause = [mm for mm in in_clause if mm is not speaker and not (speaker.first > trigger_index
                                                                          and mm.first > cut)]
    # ('summoned Russian Ambassador Georgy Zinoviev and demanded the withdrawal': with no name of its
    # own the second verb is aimed at the earlier verb's object, which is never its subject)
    roles = {id(mm): "recipient" if mm in earlier else _role(mm, trig, lex) for mm in in_clause}
    if stative:       # 'concerned by the arrest of X': the 'by' phrase is what the feeling is about
        roles = {k: "recipient" if r == "agent" else r for k, r in roles.items()}
    # 'X is deeply concerned about Y' has a subject and an object; 'Y deeply concerns us' is blame
    frame = "svo" if stative and trig.frame == "blame" else trig.frame
    # 'Die Vermögenswerte russischer Banken wurden eingefroren': the passive is on the trigger's verb
    # ('were suspending their operations' stays active)
    last = max(words or (trigger_index,))
    passive = (in_passive(view, trigger_index, lex) or (
        last != trigger_index and in_passive(view, last, lex) and not _progressive(view.words[trigger_index], lex))) \
        and not stative and not _werden_future(view, last, lex)
    by_role = lambda r: [mm for mm in in_clause if roles[id(mm)] == r]   # noqa: E731
    unmarked, agents = by_role("unmarked"), by_role("agent")
    prep_recipients, comitative, genitive = by_role("recipient"), by_role("comitative"), by_role("genitive")
    args = Arguments(speaker=speaker)

    def fallback_actor() -> tuple[list[MarkedMention], str]:
        if noun_subject:
            return list(noun_subject), "noun"
        # ('"Condenamos este ataque", dijo el ministro': a first-person verb with its pronoun dropped)
        first_person = tuple(lex.grammar.get("first_person_suffixes", ()))
        if speaker and (has_word(view, clause.first, clause.last, lex.cue_set("first_person"))
                        or view.words[trigger_index].lower.endswith(first_person)):
            return [speaker], "speaker"
        if clause.resumes is not None:
            # 'Martinelli, que aspiraba a ganar, denunció ...': the unnamed subject of the
            # interrupted clause is the previous sentence's, as the relative clause's would be
            resumed = _resumed_subject(view, clause, trigger_index, lex)
            if resumed or previous_subject:
                return (resumed, "subject") if resumed else ([previous_subject], "antecedent")
        reporting = lex.cue_set("reporting_verbs")
        said = clause.first > 0 and (view.words[clause.first - 1].lemma in reporting
                                     or view.words[clause.first - 1].lower in reporting)
        if said and speaker and clause.opener in lex.cue_set("complementizers"):
            # 'Israel Katz ... anunció que prohibirá ...': 'que' right after a verb of saying opens what
            # is said, no relative clause; its dropped subject is the speaker
            return [speaker], "speaker"
        if clause.opener in lex.cue_set("relative_pronouns"):
            ante = antecedent(view, clause.index, previous_subject)
            if ante:
                return [ante], "antecedent"
        if has_word(view, clause.first, clause.last, lex.cue_set("third_person")):
            if speaker and speaker.clause != clause.index:
                return [speaker], "pronoun"
            main = _main_clause_subject(view, clause, lex)
            if main is not None:
                return [main], "pronoun"
            if previous_subject:
                return [previous_subject], "pronoun"
        return [], ""

    received = receiving.received(trig, words, view, clause, in_clause, lex)
    if received is not None:
        # 'Kiev ontving vijftig tanks van Polen', 'Kenya received aid from China': the giver acts,
        # the receiver is the recipient (with no giver named the act has no actor)
        givers, receivers = received
        args.actors = _coordinated(givers[0], in_clause, view, lex) if givers else []
        args.recipients = _coordinated(receivers[0], in_clause, view, lex) if receivers else \
            fallback_actor()[0] if givers else []
        args.how = "agent"
        return args

    if frame == "sym":
        # 'een Russisch-Afghaans zakenforum': adjectives on the trigger name its parties
        modifiers = [mm for mm in in_clause if mm.mention.kind == "demonym" and roles[id(mm)] != "unmarked"
                     and 0 <= trigger_index - mm.last <= 2]
        parties = unmarked + comitative + prep_recipients + modifiers + _addressed_in_meeting(
            view, trigger_index, in_clause, unmarked, roles, lex)
        parties = _relative_subject_party(view, clause, trigger_index, unmarked, lex, previous_subject) + parties
        if not unmarked and not modifiers:
            # 'Erdogan zei dat hij met Poetin zou praten': the pronoun is a party too
            pronoun_party, how = fallback_actor()
            parties = pronoun_party + parties
            args.how = how if not comitative else "parties"
        else:
            args.how = "parties"
        args.actors = sorted({id(p): p for p in parties}.values(), key=lambda mm: mm.first)
        return args

    if frame == "blame":
        # 'Germany said Russia was responsible': the speaker of the blame is not the one blamed
        blamed = [mm for mm in unmarked if mm is not speaker] or prep_recipients
        if not blamed and trig.mode == "disapprove":
            # 'los aranceles de Estados Unidos son injustificados': the owner of what is judged
            blamed = [mm for mm in genitive if mm is not speaker and mm.first < trigger_index]
        if not blamed and clause.opener in lex.cue_set("relative_pronouns"):
            ante = antecedent(view, clause.index, None)
            blamed = [ante] if ante and ante is not speaker else []
        if blamed and speaker and speaker not in blamed:
            args.actors, args.recipients, args.how = [speaker], _coordinated(blamed[0], blamed, view, lex), "speaker"
        elif len(unmarked) >= 2 and unmarked[0].first < trigger_index < unmarked[1].first:
            # 'India blames Pakistan for the attack': a subject and an object, no reported speech
            args.actors, args.recipients, args.how = [unmarked[0]], _coordinated(unmarked[1], unmarked[1:], view, lex), "subject"
        elif trig.event_type == "REJECT" and unmarked and unmarked[0].first < trigger_index \
                and (speaker is None or speaker is unmarked[0]):
            # 'The Kremlin has dismissed the reports as fake' (the noun 'reports' reads as a reporting
            # verb, so the subject is also found as a speaker): a rejection's subject rejects; whose
            # claims they were is left to the reaction rules
            args.actors, args.how = _coordinated(unmarked[0], unmarked, view, lex), "subject"
            args.recipients = [mm for mm in unmarked if mm not in args.actors and mm.first > trigger_index][:1]
        elif not blamed and speaker and trig.event_type == "ACCUSE" and trig.mode == "disapprove":
            # 'India said the move was "unfair"': a judgement of an act named by no party is the
            # speaker's; whose act it was is left to the reaction rules (coder._reaction_target)
            args.actors, args.how = [speaker], "speaker"
        return args

    if frame == "pred":
        if not _predicate(view, clause, trigger_index, lex):
            return args      # "Israel's militia ally" names a relation; 'X is/noemde Y een bondgenoot' states one
        if len(unmarked) >= 2:            # 'X noemde Y de vijand'
            args.actors = _coordinated(unmarked[0], unmarked, view, lex)
            rest = [mm for mm in unmarked if mm not in args.actors]
            args.recipients, args.how = _coordinated(rest[0], rest, view, lex) if rest else [], "subject"
            return args
        source = by_role("speaker") or genitive or ([speaker] if speaker else [])
        target = unmarked
        if not target and clause.opener in lex.cue_set("relative_pronouns"):
            ante = antecedent(view, clause.index, None)
            target = [ante] if ante else []
        if source and target:
            args.actors, args.recipients, args.how = source[:1], target[:1], "speaker"
        return args

    if frame == "noun":
        return _link_noun(trig, words or (trigger_index,), view, lex, in_clause, roles, args, fallback_actor)

    if frame == "host":               # 'X ontving Y': Y visits X
        if passive and unmarked:
            # 'Lula a été reçu à Pékin par Xi Jinping': the passive subject is the visitor, the
            # agent the host ('door de Chinese president Xi Jinping' may look unmarked)
            hosts = [mm for mm in in_clause if mm is not unmarked[0] and (
                roles[id(mm)] in {"agent", "unmarked"} or mm.marker in lex.cue_set("passive_agent_markers"))]
            if hosts and unmarked[0].first < trigger_index:
                args.actors, args.recipients, args.how = [unmarked[0]], hosts[:1], "agent"
        elif len(unmarked) >= 2:
            # 'Meloni und Tajani empfingen sie', 'Meloni y Tajani recibieron a la periodista': hosts joined
            # by a coordinator host together; the guest is another party, and with none named (a pronoun,
            # a freed citizen) no parties met
            hosts = _coordinated(unmarked[0], unmarked, view, lex)
            guests = [mm for mm in unmarked if mm not in hosts and not _own_citizen(mm, hosts)]
            if guests:
                args.actors, args.recipients, args.how = guests[:1], hosts, "subject"
        elif unmarked and unmarked[0].first < trigger_index:
            # 'El presidente de Perú recibió al presidente de Chile': a personal object marked 'a/al'
            guests = [mm for mm in prep_recipients if mm.first > trigger_index]
            if guests:
                args.actors, args.recipients, args.how = guests[:1], [unmarked[0]], "subject"
        elif unmarked and clause.opener in lex.cue_set("relative_pronouns"):
            # 'Vucic, who hosted Dodik in Belgrade': the antecedent hosts, the named guest visits
            host = antecedent(view, clause.index, None)
            if host is not None:
                args.actors, args.recipients, args.how = [unmarked[0]], [host], "antecedent"
        return args

    # svo
    unmarked = _after_reporting_verb(view, clause, trigger_index, words, unmarked, lex)
    shared = []
    pronoun_at = _pronoun_opens(view, clause, unmarked, trigger_index, lex)
    if pronoun_at is None and not passive:
        pronoun_at = _inverted_pronoun(view, clause, min(words or (trigger_index,)), lex, trig.event_type in VICTIM_TYPES)
    pronoun_first = pronoun_at is not None
    if pronoun_first:     # (the pronoun itself, where coreference made it a mention, is the subject)
        subject_pronoun = [mm for mm in in_clause if mm.first == pronoun_at]
        in_clause = [mm for mm in in_clause if mm not in subject_pronoun]
        unmarked = [mm for mm in unmarked if mm not in subject_pronoun]
    # a verb joined to the one before it has that verb's subject slot ('Il a condamné la Russie et appelé l'Ukraine')
    subject_slot = floor if joined is not None else trigger_index
    if joined is not None and not passive and not noun_subject:
        # 'Iran accused Israel of sabotage and threatened the United States', 'Het Kremlin wees dat van de
        # hand en beschuldigde Kyiv': the names after the coordinator are the second verb's objects, its
        # subject the one it shares (or, with none named, the pronoun, the speaker or the earlier verb's actor)
        shared, unmarked = shared_subject, []
    elif (pronoun_first or not any(mm.first < trigger_index for mm in unmarked)) and not passive and not noun_subject:
        # '..., et a appelé la Russie à cesser', 'Het verweet Stockholm ...': the name after the
        # verb is its object, the subject is elided (shared) or a pronoun (the fallback below)
        shared = _elided_subject(view, clause, trigger_index, lex)
        if shared or pronoun_first or (_pronoun_subject(view, clause, subject_slot, lex)
                      and (clause.opener not in lex.cue_set("relative_pronouns") or _own_pronoun(view, clause, lex))):
            # 'and moved additional troops': a countryless object is the actor's own, no recipient
            # ('El gobierno, que movilizó ..., pidió a la Policía Federal': not after a relative clause)
            if clause.resumes is None:
                in_clause = [mm for mm in in_clause if mm.mention.country or roles[id(mm)] != "unmarked"]
            unmarked = []
    if passive and diplomatic_summons(trig):
        summoned = _passive_summons(view, trigger_index, last, in_clause, roles, lex)
        if summoned:
            summoned.speaker = speaker
            return summoned
    armed = None if passive else _nationality_of_antecedent(view, clause, trigger_index, lex)
    if armed is not None:
        # 'des frappes de missiles iraniens qui ont tué quatre civils à Erbil': the nationality on the
        # weapon or unit a relative clause hangs on did it, not the main clause's subject
        # ('qui a tué un responsable du Hamas': the owner of a victim named by no country)
        args.actors, args.how = [armed[0]], "antecedent"
        objects = [mm for mm in unmarked + genitive if mm.first > armed[1]
                   and mm.mention.country not in {armed[0].mention.country, None}]
        args.recipients = prep_recipients[:1] or sorted(objects, key=lambda mm: mm.first)[:1]
        return args
    parsed = _from_parse(trigger_index, unmarked, view)
    if parsed is not None:
        args.actors, args.recipients, args.how = parsed[0], parsed[1] or prep_recipients, "subject"
        if not args.recipients:
            rest = [mm for mm in unmarked if mm not in args.actors]
            args.recipients = rest[:1] if rest and rest[0].first > trigger_index else []
        return args
    patient = patient_in_passive(trig) or legal_act(trig, lex) or _accused(trig, trigger_index, view, lex, words)
    if passive and not agents and (patient or entry_refusal(trig, lex)) and unmarked \
            and unmarked[0].first < trigger_index:
        # 'Three US servicemen were killed by a bomb': the subject is the victim, the doer unnamed;
        # 'X was charged with treason', 'Russia was accused of war crimes': the accused; 'Een Franse
        # hulpverlener werd de toegang geweigerd': the one refused
        args.recipients, args.how = unmarked[:1], "passive"
        # ('wijzen erop dat X verantwoordelijk worden gehouden': the subject is accused, not accusing)
        teller = _teller(view, clause, lex) if trig.event_type == "ACCUSE" else None
        if teller is not None and teller.mention.country != unmarked[0].mention.country:
            args.actors, args.how = [teller], "speaker"
        return args
    if passive and not agents and legal_act(trig, lex) and prep_recipients and not unmarked:
        # 'charges against X were dropped': the one the act is about
        args.recipients, args.how = prep_recipients[:1], "passive"
        return args
    if passive and not agents and patient and trig.event_type != "ASSAULT" and not noun_subject \
            and not any(mm.first < trigger_index for mm in unmarked) \
            and not has_word(view, clause.first, clause.last, lex.cue_set("third_person")):
        # 'Zwei Männer wurden festgenommen', 'Des suspects ont été arrêtés': the unnamed subject is
        # the victim, never the doer; the doer is the reporting authority or unnamed
        # 'fueron detenidos dos colombianos': a subject after the verb is the victim too
        # 'the assets of Russian banks were frozen': the owner is the target, not the doer
        args.recipients = ([mm for mm in prep_recipients if mm.first > trigger_index] or unmarked or genitive)[:1]
        args.how = "passive"
        return args
    if agents and passive:                 # passive: 'werd door X ...', 'was attacked by X'
        args.actors, args.how = _coordinated(agents[0], agents, view, lex), "agent"
        args.recipients = prep_recipients or unmarked[:1]
        return args
    participial = _participle_agents(view, trigger_index, last, in_clause, unmarked, lex, words)
    if participial and not passive:
        # '99 000 doses offertes par l'Union européenne', 'von Japan gespendete Zelte': a participle
        # with its agent and no subject of its own was done by the agent
        args.actors, args.how = participial, "agent"
        args.recipients = [mm for mm in prep_recipients if mm not in participial][:1]
        return args
    before = [mm for mm in in_clause if mm.last == trigger_index - 1]
    if before and _progressive(view.words[trigger_index], lex) and trigger_index > 0 \
            and not view.words[trigger_index - 1].lower.endswith(("ing", "s'")) and before[0].first > clause.first:
        # 'pepper spray against students marching on the city hall': a reduced relative clause,
        # the noun before the participle does it
        args.actors, args.how = before[:1], "subject"
        args.recipients = [mm for mm in prep_recipients if mm.first > trigger_index][:1]
        return args
    owner_subject = [mm for mm in genitive if mm.last < trigger_index and mm.first > clause.first
                     and floor < clause.first]     # not the object of an earlier verb ("rechazó las exigencias de Madrid y acusó")
    if unmarked and unmarked[0].first > trigger_index and owner_subject and not agents:
        # 'Le Conseil de paix et de sécurité de l'Union africaine a suspendu le Gabon': the subject's
        # head is no known actor, its genitive is; the first unmarked name after the verb is the object
        args.actors, args.how = [owner_subject[0]], "subject"
        args.recipients = _coordinated(unmarked[0], unmarked, view, lex)
        return args
    if noun_subject and not any(mm.first < trigger_index for mm in unmarked):
        # 'Un ataque con misiles ... mató a al menos 50 civiles': the event noun is the subject,
        # a name after the verb is its object
        args.actors, args.how = list(noun_subject), "noun"
        args.recipients = (prep_recipients or unmarked)[:1]
        return args
    contact = _contact_relative(view, clause, trigger_index, words, unmarked, lex)
    if contact is not None:
        # 'accuses Kabul of sheltering fighters, a charge the Afghan authorities reject'
        args.actors, args.how = [contact], "subject"
        return args
    hung = _relative_subject(view, clause, trigger_index, unmarked, lex)
    if hung:
        # 'el presidente mauritano, Mohamed Ould Ghazouani, que se comprometió a reforzar ... El
        # Hierro': the relative pronoun right after a party is the verb's subject; names after it are objects
        args.actors, args.how = hung, "antecedent"
        # ('qui a gelé l'aide américaine à l'Afrique du Sud': not the actor's own country)
        own = {hung[0].mention.country}
        args.recipients = prep_recipients[:1] or [mm for mm in unmarked if mm.mention.country not in own | {None}][:1]
    elif unmarked:
        args.actors, args.how = _coordinated(unmarked[0], unmarked, view, lex), "subject"
        rest = [mm for mm in unmarked if mm not in args.actors]
        if prep_recipients:
            args.recipients = _coordinated(prep_recipients[0], prep_recipients, view, lex)
        elif rest:
            owner = _owner_of_plan(rest[0], genitive, args.actors[-1].last, view, lex)
            args.recipients = [owner] if owner else _coordinated(rest[0], rest, view, lex)
        elif "met" in trig.preps or "with" in trig.preps:
            args.recipients = _coordinated(comitative[0], comitative, view, lex) if comitative else []
    else:
        owner = [] if shared or passive or noun_subject else _subject_owner(genitive, clause, trigger_index, floor, view, lex)
        args.actors, args.how = (shared, "subject") if shared else (owner, "subject") if owner else fallback_actor()
        if not args.actors and not passive and _dropped_subject(view, clause, subject_slot, lex) and previous_subject:
            # 'La Cancillería panameña anunció ... Además, convocó al encargado de negocios': the
            # previous sentence's subject goes on
            args.actors, args.how = [previous_subject], "pronoun"
        if not args.actors and not passive and not shared and not noun_subject:
            # (any marker: 'du' before the verb is no recipient even where the trigger takes one after it)
            owned = [mm for mm in in_clause if mm.genitive_head is not None and mm.last < trigger_index]
            args.actors = _owner_of_unnamed_subject(owned, clause, trigger_index, view, lex)
            args.how = "subject" if args.actors else args.how
        if not args.actors and passive:
            args.how = "passive"    # 'the ban was lifted hours later': an act with no doer named
        if args.actors:
            args.recipients = prep_recipients or [mm for mm in in_clause if roles[id(mm)] == "unmarked"
                                                  and mm not in args.actors][:1]
            if not args.recipients and ("met" in trig.preps or "with" in trig.preps):
                args.recipients = _coordinated(comitative[0], comitative, view, lex) if comitative else []
    doers = [mm for mm in agents if mm.first > trigger_index and mm not in args.actors]
    if args.actors and doers and trig.event_type in DIRECTED and not passive:
        # 'eiste de vrijlating van de journalist door Rusland': the one who is to do the demanded act
        args.recipients = _coordinated(doers[0], doers, view, lex)
    if args.actors and not args.recipients:
        args.recipients = _object_in_relative_clause(view, clause.index, lex)
    if args.actors and not args.recipients:
        # 'verbood de invoer van Oekraïens graan': the owner of the object is the target
        # ... but not the actor's own ('Los rebeldes hutíes de Yemen atacaron un buque de Grecia')
        owners = [mm for mm in genitive if mm.first > max(args.actors[-1].last, floor) and mm not in args.actors
                  and not any(a.first <= (mm.genitive_head if mm.genitive_head is not None else -1) <= a.last
                              for a in args.actors)]
        # ('rechazó las críticas de Estados Unidos, el Reino Unido y la Unión Europea': all the owners listed)
        args.recipients = _coordinated(owners[0], owners, view, lex) if owners else []
    if args.actors and not args.recipients and trig.event_type in DIRECTED:
        # 'threatened further action against Russia', 'refused to deploy peacekeepers in Iraq'
        later = [mm for mm in in_clause if mm.first > trigger_index and mm not in args.actors
                 and roles[id(mm)] in {"unmarked", "recipient", "other"} and mm.mention.country]
        args.recipients = later[:1]
    if args.actors and not args.recipients and trig.event_type == "THREATEN":
        # 'said the tariffs would be imposed if Colombia failed to honour the agreement': the one
        # the condition names is the one threatened
        args.recipients = named_in_condition(view, clause, args.actors, lex)
    return args


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


def _participle_agents(view: SentenceView, trigger_index: int, last: int, in_clause: list[MarkedMention],
                       unmarked: list[MarkedMention], lex: Lexicon, words: tuple[int, ...] = ()) -> list[MarkedMention]:
    """The agent of a participle with no subject before it: right after it ('offert par l'Union
    européenne', 'donated by Japan', 'donadas por España') or right before it ('von Japan gespendete',
    'door Japan gedoneerde'); grammar.json agent_markers and passive_agent_markers. A participle on
    its own trigger noun ('les sanctions imposées par Washington') has its agent whatever the
    clause's subject."""
    word = view.words[last]
    on_noun = trigger_index - 1 in words and trigger_index == last
    if (any(mm.first < trigger_index for mm in unmarked) and not on_noun) or not word.inflected:
        return []     # ('ne se laisserait pas intimider par Washington': an infinitive is no participle)
    markers = lex.cue_set("agent_markers") | lex.cue_set("passive_agent_markers")
    agents = [mm for mm in in_clause if mm.marker in markers and mm.mention.country and (
        mm.marker_at is not None and last < mm.marker_at <= last + 1 or mm.last == trigger_index - 1)]
    return agents[:1]


def _addressed_in_meeting(view: SentenceView, trigger_index: int, in_clause: list[MarkedMention],
                          unmarked: list[MarkedMention], roles: dict, lex: Lexicon) -> list[MarkedMention]:
    """'Saito conveyed the decision to Takaichi in a meeting', 'X le dijo a Y durante una reunión':
    a meeting noun in a phrase of circumstance after a subject's verb; the one the verb
    addresses before it is the other party."""
    if not any(mm.first < trigger_index for mm in unmarked) or not circumstantial(trigger_index, view, lex) \
            or _purpose(view, trigger_index, lex):
        return []
    markers = lex.cue_set("recipient_prepositions")
    return [mm for mm in in_clause if mm.last < trigger_index and roles[id(mm)] != "unmarked"
            and mm.marker in markers and mm.mention.kind in {"person", "title", "state", "capital", "igo"}
            and mm.marker not in lex.cue_set("locative_markers")][:1]


def _contact_relative(view: SentenceView, clause, trigger_index: int, words: tuple[int, ...],
                      unmarked: list[MarkedMention], lex: Lexicon) -> MarkedMention | None:
    """'a charge the Afghan authorities reject': where the verb never ends a clause after its
    object (no grammar.json verb_final), a verb that ends its clause right after a name, with
    another name earlier in the clause set off by a comma and not joined to it, has that name as
    its subject (a relative clause without 'that'); the earlier name is no party of it."""
    if lex.grammar.get("verb_final") or len(unmarked) < 2:
        return None
    last = max(words or (trigger_index,))
    if any(w.text[:1].isalnum() for w in view.words[last + 1:clause.last + 1]):
        return None
    near = next((mm for mm in unmarked[1:] if mm.last == min(words or (trigger_index,)) - 1), None)
    if near is None or near in _coordinated(unmarked[0], unmarked, view, lex):
        return None
    # the relative clause hangs on a noun set off by a comma (', a charge the ... reject'); with no
    # comma the name is an object ('declared the French ambassador persona non grata')
    set_off = any(w.lower == "," for w in view.words[unmarked[0].last + 1:near.first])
    return near if set_off else None


def _elided_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> list[MarkedMention]:
    """'Le ministère a remercié ses partenaires, avec lesquels il partage ..., et a appelé la Russie
    à cesser': a clause that opens with a coordinator and its verb or auxiliary ('und hatte die
    Beziehungen zu Kigali abgebrochen') shares the subject of the sentence's first clause."""
    if clause.resumes is not None:
        return _resumed_subject(view, clause, trigger_index, lex)
    joining = lex.cue_set("coordinators") | lex.cue_set("contrast_coordinators")   # 'sondern verlangten'
    if clause.index == 0 or view.words[clause.first].lower not in joining:
        return []
    # 'and both countries expelled': a word of its own after the coordinator is a new subject
    after = clause.first + 1
    if after != trigger_index and view.words[after].lower not in lex.cue_set("auxiliaries"):
        return []
    if any(clause.first < mm.first < trigger_index for mm in view.mentions):
        return []
    main = [mm for mm in view.mentions if mm.clause == 0 and not mm.marker and usable(mm, view, lex)]
    return _coordinated(main[0], main, view, lex) if main else []


def _resumed_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> list[MarkedMention]:
    """'Olaf Scholz, who met Macron on Monday, criticized China': after the comma that closes a
    relative clause the verb goes on with the subject of the clause the relative interrupted."""
    if clause.resumes is None or any(clause.first < mm.first < trigger_index for mm in view.mentions):
        return []
    main = [mm for mm in view.mentions if mm.clause == clause.resumes and not mm.marker and usable(mm, view, lex)]
    return _coordinated(main[0], main, view, lex) if main else []


def _after_reporting_verb(view: SentenceView, clause, trigger_index: int, words: tuple[int, ...],
                          unmarked: list[MarkedMention], lex: Lexicon) -> list[MarkedMention]:
    """'The Kremlin said Putin had accepted an invitation', 'Germany said France had attacked Russia':
    a reported clause without 'that' has its own subject after the reporting verb; the speaker
    before the verb is not the actor of the reported act."""
    reporting = lex.cue_set("reporting_verbs")
    for k in range(clause.first, trigger_index):
        word = view.words[k]
        if k in words or k in view.trigger_anchors or (word.lemma not in reporting and word.lower not in reporting):
            # 'erklärte zwei Diplomaten zu unerwünschten Personen', 'warned the United States would pay':
            # a verb that is itself a trigger names its object
            continue
        before = [mm for mm in unmarked if mm.last < k]
        after = [mm for mm in unmarked if k < mm.first < trigger_index]
        # ... with a verb of its own: 'declared the French ambassador persona non grata' has none
        if before and after and clauses.next_to_verb(view, before[-1].last, k, lex) \
                and clauses.next_to_verb(view, k, after[0].first, lex) \
                and (has_word(view, after[0].last + 1, trigger_index - 1, lex.cue_set("auxiliaries"))
                     or (word.lemma in lex.cue_set("bare_clause_verbs")
                         and _bare_reported_clause(view, after[0].last, trigger_index, lex))):
            return [mm for mm in unmarked if mm.first > k]
    return unmarked


def _bare_reported_clause(view: SentenceView, subject_end: int, trigger_index: int, lex: Lexicon) -> bool:
    """'Seoul said North Korea fired a missile', 'officials said Russian drones hit Kyiv': the name
    after the reporting verb is followed by the trigger, with at most a few words of its noun phrase
    between ('jets', 'Iran-backed militias') and nothing that opens another clause or phrase ('to',
    'that', a comma). Only after verbs whose clause may go without 'that' (grammar.json
    bare_clause_verbs; not 'declared the ambassador persona non grata', 'called the attack a crime')."""
    gap = view.words[subject_end + 1:trigger_index]
    stops = lex.cue_set("infinitive_markers") | lex.cue_set("complementizers") | lex.cue_set("relative_pronouns")
    return len(gap) <= 3 and not any(w.lower in stops or not (w.text[:1].isalnum() or w.text == "-") for w in gap)


def _subject_owner(genitive: list[MarkedMention], clause, trigger_index: int, floor: int,
                   view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """'Het noodhulpfonds van de Verenigde Naties maakte vijf miljoen dollar vrij': a subject that
    is no known actor ('fonds') stands for the owner its genitive names, when that noun opens the
    clause (only articles and skip words before it), no earlier verb could own it and the owner has a
    country and is an organisation: a body of the UN is the UN's, 'L'équipe de France' is not France's
    government, 'Der Vorstand von BMW' no political actor."""
    if floor >= clause.first:
        return []
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    for mm in genitive:
        head = mm.genitive_head
        if head is None or mm.mention.country is None or mm.mention.kind not in {"igo", "group"} \
                or not (clause.first <= head < mm.first and mm.last < trigger_index):
            continue
        if all(w.lower in skip or not w.text[:1].isalnum() for w in view.words[clause.first:head]) \
                and head - clause.first <= 2:
            return [mm]
        if _named_body(view, clause.first, head, lex) or _common_noun_chain(view, clause.first, head, lex):
            return _coordinated_genitives(mm, genitive, trigger_index, view, lex)
    return []


def _owner_of_unnamed_subject(genitive: list[MarkedMention], clause, trigger_index: int, view: SentenceView,
                              lex: Lexicon) -> list[MarkedMention]:
    """'Le maître du Kremlin exige', 'Los socios de izquierda del Gobierno criticaron', 'Die Parteien der
    Regierungskoalition von Ministerpräsident Akhannouch': when nothing else names a doer, a subject
    no one knows stands for its genitive's owner (a capital, an office, a person or an organisation;
    _subject_owner takes organisations only, where a doer may still be found; a country's team or
    people is not its state). The subject opens the clause (articles, skip words
    and at most two other words before its noun) and the owner ends right before the verb."""
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    for mm in genitive:
        head = mm.genitive_head
        if head is None or mm.mention.country is None or not (clause.first <= head < mm.first and mm.last < trigger_index):
            continue
        if mm.mention.kind == "state":
            continue          # "L'équipe de France", 'the people of Iran': a country's own is not its state
        opening = [w for w in view.words[clause.first:head] if w.lower not in skip and w.text[:1].isalnum()]
        if len(opening) <= 2 and trigger_index - mm.last <= 3:
            return _coordinated_genitives(mm, genitive, trigger_index, view, lex)
    return []


def _coordinated_genitives(first: MarkedMention, genitive: list[MarkedMention], trigger_index: int,
                           view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """'de la Cédéao et de l'Union africaine': owners joined by a coordinator that repeats the genitive marker."""
    joins = lex.cue_set("coordinators") | lex.cue_set("genitive_markers") | lex.cue_set("articles") | {","}
    group = [first]
    for mm in genitive:
        if mm.first <= group[-1].last or mm.last >= trigger_index:
            continue
        between = view.words[group[-1].last + 1:mm.first]
        if not between or not all(w.lower in joins for w in between) \
                or not any(w.lower in lex.cue_set("coordinators") for w in between):
            break
        group.append(mm)
    return group


def _common_noun_chain(view: SentenceView, first: int, head: int, lex: Lexicon) -> bool:
    """'Les missions d'observation de la Cédéao', 'La misión de observación electoral de la OEA':
    the subject's head is a short chain of common nouns and adjectives joined by genitive markers,
    no name and no other trigger in it; it is a body of the organisation its last genitive names."""
    skip = lex.cue_set("articles") | lex.cue_set("skip_words") | lex.cue_set("genitive_markers")
    words = view.words[first:head + 1]
    if head - first > 6 or any(mm.first <= head and mm.last >= first for mm in view.mentions) \
            or any(first <= k <= head for k in view.trigger_anchors):
        return False
    return all(w.lower in skip or (w.text.isalpha() and (w.text.islower() or w.i == first)) for w in words)


def _named_body(view: SentenceView, first: int, head: int, lex: Lexicon) -> bool:
    """'La Misión de Verificación de la ONU pidió ...', 'El Programa Mundial de Alimentos de la ONU':
    the subject's head is a capitalised name of several words (joined by genitive markers) that is
    no known actor; it is a body of the organisation its last genitive names."""
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    words = [w for w in view.words[first:head + 1] if w.lower not in skip]
    if not words or head - first > 7 or not words[0].text[:1].isupper():
        return False
    joins = lex.cue_set("genitive_markers") | lex.cue_set("coordinators")
    return all(w.text[:1].isupper() or w.lower in joins for w in words)


def _dropped_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> bool:
    """'Además, convocó al encargado de negocios': a language that drops subject pronouns
    (grammar.json pro_drop) opens a sentence with its verb, only adverbs and commas before it, or
    after a fronted phrase set off by a comma that names no one ('Al mismo tiempo, instó a Pekín',
    'Por la tarde, convocó al embajador': as 'Zugleich forderte er Peking auf', `_inverted_pronoun`)."""
    if not lex.grammar.get("pro_drop") or clause.index != 0:
        return False
    skip = lex.cue_set("skip_words") | lex.cue_set("sentence_adverbs")
    before = view.words[clause.first:trigger_index]
    fronted = bool(before) and before[-1].lower == "," \
        and not any(clause.first <= mm.first < trigger_index for mm in view.mentions)
    return fronted or all(w.lower in skip or not w.text[:1].isalnum() for w in before)


def _pronoun_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> bool:
    """'Het verweet Stockholm onderdak te bieden', 'Sie warfen Frankreich vor', 'They accused
    Kyiv': a subject pronoun (grammar.json subject_pronouns) up to two words before the verb,
    auxiliaries not counted."""
    pronouns, auxiliaries = lex.cue_set("subject_pronouns"), lex.cue_set("auxiliaries")
    if lex.grammar.get("verb_final") and trigger_index == clause.first + 1 and clause.opener == "," \
            and trigger_index + 1 <= clause.last and view.words[trigger_index + 1].lower in pronouns:
        return True     # verb-second after a fronted clause: 'Deutschland schiebe ..., warf er Berlin vor'
    articles = lex.cue_set("articles")
    for k in range(max(clause.first, trigger_index - 4), trigger_index):
        # 'Il avait aussi menacé de fermer l'industrie automobile canadienne': an auxiliary between
        # the pronoun and the verb does not count
        between = [w for w in view.words[k + 1:trigger_index] if w.lower not in auxiliaries]
        # ... but a word that is also an article stands right before its verb ('Na het gesprek
        # bekritiseerde Rutte China': 'het gesprek' is a noun phrase, not 'het' + adverb)
        if view.words[k].lower in pronouns and len(between) <= (0 if view.words[k].lower in articles else 1):
            return True
    return False


def _pronoun_opens(view: SentenceView, clause, unmarked: list[MarkedMention], trigger_index: int,
                   lex: Lexicon) -> int | None:
    """'..., als er afrikanischen Staatschefs Undankbarkeit vorwarf', '..., toen hij Rusland
    beschuldigde': in a verb-final subordinate clause a subject pronoun right after the opener is the
    subject, and the names between it and the verb are objects (its index; None otherwise)."""
    at = clause.first + 1
    if bool(lex.grammar.get("verb_final")) and clause.opener not in {"", ","} \
            and clause.opener not in lex.cue_set("relative_pronouns") and at < trigger_index \
            and view.words[at].lower in lex.cue_set("subject_pronouns") \
            and any(at < mm.first < trigger_index for mm in unmarked):
        return at
    return None


def _inverted_pronoun(view: SentenceView, clause, verb: int, lex: Lexicon, victim: bool) -> int | None:
    """'Zugleich warf er Washington vor', 'Am Abend hat sie den Botschafter einbestellt', 'Daarnaast
    beschuldigde hij Rusland', 'Gisteren heeft zij de ambassadeur ontboden': a main clause of a
    verb-second language (grammar.json verb_final) puts its finite verb (the trigger, or an auxiliary
    before it) after a fronted adverb or phrase, and its subject right after that verb; a subject
    pronoun there is the subject, and the names after it are objects (its index; None otherwise). `verb`
    is the trigger's first word ('ontbood hij de Russische ambassadeur'). Not when a name with no marker
    comes before the finite verb (that name is the subject), nor for an act done to someone when the
    pronoun may be its object ('Wenige Tage später nahm sie die Polizei fest', 'the police arrested
    her': grammar.json object_form_pronouns)."""
    if not lex.grammar.get("verb_final") or clause.opener not in {"", ","}:
        return None
    auxiliaries = lex.cue_set("auxiliaries")
    finite = next((k for k in range(clause.first, verb) if view.words[k].lower in auxiliaries), verb)
    if finite == clause.first or finite + 1 > min(clause.last, verb + 1) \
            or any(clause.first <= mm.first < finite and not mm.marker for mm in view.mentions):
        return None
    pronoun = view.words[finite + 1].lower
    # (Dutch 'het' is 'the' too: 'Daarna veroordeelde het ministerie Rusland'; a pronoun coreference
    # resolved is a mention, the first name and so the subject already)
    if pronoun not in lex.cue_set("subject_pronouns") - lex.cue_set("articles") \
            or (victim and pronoun in lex.cue_set("object_form_pronouns")) \
            or any(mm.first == finite + 1 for mm in view.mentions):
        return None
    return finite + 1


def _own_pronoun(view: SentenceView, clause, lex: Lexicon) -> bool:
    """'said that it had accepted offers from Spain, Qatar ...': a subject pronoun right after the
    opener is the clause's subject, whether 'that' opens a complement or a relative clause."""
    k = clause.first + 1
    return k <= clause.last and view.words[k].lower in lex.cue_set("subject_pronouns")


def _trigger_word(mm: MarkedMention, trig: Trigger, words: tuple[int, ...], view: SentenceView, lex: Lexicon) -> bool:
    """A countryless title among the trigger's words that is no party: 'wisselden gevangenen uit'
    (the prisoners of a two-sided exchange), 'bestellte die Botschafter Deutschlands ein' (the
    summoned envoy stands for the countries named right after him). 'desplegó tropas', 'dispersó a
    los manifestantes': other objects in a trigger are the ones it acts on, and stay."""
    if mm.mention.country is not None or not any(mm.first <= k <= mm.last for k in words):
        return False
    if trig.frame == "sym":
        return True
    envoy = any(view.words[k].lower in lex.cue_set("diplomat_titles") for k in range(mm.first, mm.last + 1))
    gap = {mm.last + 1, mm.last + 2} if mm.last + 1 < len(view.words) and \
        view.words[mm.last + 1].lower in lex.cue_set("genitive_markers") else {mm.last + 1}
    return envoy and any(o.first in gap and o.mention.country for o in view.mentions)


def _root(mm: MarkedMention, view: SentenceView) -> int:
    """The mention's syntactic head word: the one whose head lies outside the mention."""
    for k in range(mm.first, mm.last + 1):
        if not (mm.first <= view.words[k].head <= mm.last) or view.words[k].head == k:
            return k
    return mm.last


def _governs(verb: int, word: int, view: SentenceView) -> bool:
    """True when `word` hangs on `verb` directly, or on a verb coordinated with it or an
    auxiliary of it ('Rusland heeft ... verwijderd', 'zien en waarderen')."""
    head = view.words[word].head
    if head == verb:
        return True
    return head >= 0 and view.words[verb].dep == "conj" and view.words[verb].head == head


def _from_parse(trigger_index: int, unmarked: list[MarkedMention], view: SentenceView):
    """(actors, recipients) from the trigger's nsubj / obj dependents, or None without a parse
    or when the parse names no subject among the mentions (then the lexical rules decide)."""
    if not view.words or view.words[trigger_index].head < 0 and not view.words[trigger_index].dep:
        return None
    subjects, objects = [], []
    for mm in unmarked:
        root = _root(mm, view)
        dep = view.words[root].dep
        if not _governs(trigger_index, root, view):
            continue
        if dep.startswith("nsubj") and not dep.endswith("pass"):
            subjects.append(mm)
        elif dep in {"obj", "iobj", "nsubj:pass"}:
            objects.append(mm)
    if not subjects:
        return None
    return subjects, objects


def _owner_of_plan(named: MarkedMention, genitive: list[MarkedMention], subject_end: int,
                   view: SentenceView, lex: Lexicon) -> MarkedMention | None:
    """'verwierp het plan van Trump om Groenland te kopen', 'wies den Plan von Trump zurück, Grönland
    zu kaufen': a name in the infinitive that describes the object is what the plan is about; the
    object's owner (between the subject and that name) is the one the act answers."""
    markers = lex.cue_set("infinitive_markers")
    for owner in genitive:
        if not (subject_end < owner.first and owner.last < named.first):
            continue
        between = has_word(view, owner.last + 1, named.first - 1, markers)
        after = lex.grammar.get("verb_final") and has_word(view, named.last + 1, min(named.last + 2, len(view.words) - 1), markers)
        if between or after:
            return owner
    return None


def _object_in_relative_clause(view: SentenceView, clause_index: int, lex: Lexicon) -> list[MarkedMention]:
    """'waarderen de inspanningen die de Taliban leveren': the object's own clause names who."""
    if clause_index + 1 >= len(view.clauses):
        return []
    nxt = view.clauses[clause_index + 1]
    if nxt.opener not in lex.cue_set("relative_pronouns"):
        return []
    clause = view.clauses[clause_index]
    between = {w.lower for w in view.words[clause.first:nxt.first]}
    # 'qualifié d'injustifiés les droits de douane que la Chine ...': a genitive inside the object does not
    if between & ((lex.cue_set("recipient_prepositions") | lex.cue_set("locative_markers")) - lex.cue_set("genitive_markers")):
        return []     # 'trok zich terug uit de graandeal die Turkije ...': the relative clause describes the deal
    found = [mm for mm in view.mentions if mm.clause == nxt.index and not mm.marker and usable(mm, view, lex)]
    return found[:1]


def _link_noun(trig, words, view, lex, in_clause, roles, args, fallback_actor) -> Arguments:
    """Nominal events ('de aanslag door Daesh', 'Russische aanval op Kyiv', 'sancties tegen Iran',
    'Le pilonnage russe de Kharkiv': the nationality on the noun did it, 'de Kharkiv' suffered it)."""
    trigger_index = words[0]
    clause = view.clause_of(trigger_index)
    following = [mm for mm in view.mentions if mm.clause == clause.index + 1 and usable(mm, view, lex)
                 and clause.index + 1 < len(view.clauses)
                 and view.clauses[clause.index + 1].opener in lex.cue_set("relative_pronouns")
                 and _relative_on_noun(view.clauses[clause.index + 1], words)]
    agents = [mm for mm in in_clause + following if mm.marker in lex.cue_set("agent_markers")
              and _agent_of_noun(mm, trigger_index, lex)]
    modifier = _nationality(words, view, lex, in_clause)
    right_after = _noun_genitives(words, modifier, view, lex, in_clause, roles)
    # 'l'attentat de Moscou', 'el atentado de Moscú': a capital after an attack noun is where it
    # struck, so whom it hit (CODING 2), not who did it ('l'attaque de la Russie' did)
    struck = [mm for mm in right_after[:1] if trig.event_type == "ASSAULT" and mm.mention.kind == "capital"]
    right_after = [mm for mm in right_after if mm not in struck]
    adjacent = [mm for mm in in_clause if mm.last < trigger_index and trigger_index - mm.last <= 2
                and roles[id(mm)] == "unmarked" and not has_word(view, mm.last + 1, trigger_index - 1,
                                                                  clauses.marker_words(lex))]
    recipients = [mm for mm in in_clause if roles[id(mm)] == "recipient"]
    unmarked = [mm for mm in in_clause if roles[id(mm)] == "unmarked" and mm not in adjacent]
    # 'Lavrov said Ukraine attacked Russian villages with drones': a trigger that opens with its verb
    # has the reported clause's subject, not the speaker's ('said Baghdad should take the ultimatum': a
    # noun alone may be the object)
    if min(words) < trigger_index:
        unmarked = _after_reporting_verb(view, clause, min(words), words, unmarked, lex)
    if agents:
        args.actors, args.how = agents[:1], "agent"
    elif modifier:
        args.actors, args.how = _coordinated_nationalities(modifier, in_clause, view, lex), "noun"
    elif right_after:
        args.actors, args.how = right_after[:1], "noun"
    elif adjacent:
        args.actors, args.how = adjacent[-1:], "noun"
    elif circumstantial(min(words), view, lex):
        # '30 people were killed in a suicide bombing': the clause's subject did not do it; but
        # 'Macron le dijo a Scholz durante una reunión': the subject of an active verb was at the meeting
        args.actors = _parties_named(trig, words, in_clause, view, lex) \
            or _met_in_circumstance(trig, trigger_index, clause, view, lex, in_clause, roles)
        args.how = "subject" if args.actors else ""
    elif unmarked and unmarked[0].first < trigger_index:
        args.actors, args.how = _coordinated(unmarked[0], unmarked, view, lex), "subject"
        unmarked = [mm for mm in unmarked if mm not in args.actors]
    else:
        args.actors, args.how = fallback_actor()
    targets = [mm for mm in right_after if mm not in args.actors] if (agents or modifier) else []
    if recipients:
        args.recipients = recipients[:1]
    elif struck:
        args.recipients = struck
    elif targets:
        args.recipients = targets[:1]     # 'the Russian bombardment of Kharkiv', 'el bombardeo de Gaza por Israel'
    elif unmarked:
        args.recipients = [mm for mm in unmarked if mm not in args.actors][:1]
    return args


def _relative_on_noun(relative, words, reach: int = 2) -> bool:
    """A relative clause right after the noun tells of the noun ('l'attaque, qui a été menée par
    le JNIM'); one after further words tells of them ('la visite à Alger du chef de la diplomatie,
    Jean-Noël Barrot, qui avait été reçu par le président Tebboune')."""
    return relative.first - max(words) <= reach


def _agent_of_noun(mm: MarkedMention, trigger_index: int, lex: Lexicon) -> bool:
    """An agent phrase after the noun is its doer ('el bombardeo de Gaza por Israel'); one before it
    belongs to an earlier participle ('la Asamblea, controlada por Nuevas Ideas, recortó las
    donaciones'), except where a participle stands before its noun (grammar.json verb_final:
    'die von Russland verhängten Sanktionen', 'de door Rusland opgelegde sancties')."""
    return mm.first > trigger_index or bool(lex.grammar.get("verb_final"))


def _purpose(view: SentenceView, trigger_index: int, lex: Lexicon) -> bool:
    """'nodigde Kristersson uit voor overleg', 'invited him for talks': a meeting to come (grammar.json
    purpose_prepositions) is no circumstance of the act told."""
    first = view.clause_of(trigger_index).first
    return has_word(view, max(first, trigger_index - 4), trigger_index - 1, lex.cue_set("purpose_prepositions"))


def _met_in_circumstance(trig, trigger_index: int, clause, view: SentenceView, lex: Lexicon,
                         in_clause: list[MarkedMention], roles: dict) -> list[MarkedMention]:
    """'Saito conveyed the decision to Takaichi in a meeting', 'Tras un encuentro en el palacio,
    Sánchez defendió ...': a meeting noun in a phrase of circumstance; the subject of the clause's
    active verb (before it, or right after the comma that closes a fronted phrase) and the one that
    verb addresses are its parties."""
    if trig.event_type != "CONSULT" or _passive(view, clause.first, clause.last, lex):
        return []
    if _purpose(view, trigger_index, lex):
        return []
    if has_word(view, clause.first, trigger_index - 1, lex.cue_set("future")):
        return []     # 'Les ministres vont traiter de la sécurité lors de la réunion': a plan, no meeting told
    unmarked = [mm for mm in in_clause if roles[id(mm)] == "unmarked"]
    before = [mm for mm in unmarked if mm.last < trigger_index]
    comma = next((w.i for w in view.words[trigger_index:clause.last + 1] if w.lower == ","), None)
    fronted = [mm for mm in unmarked if comma is not None and mm.first == comma + 1] \
        if not has_word(view, clause.first, trigger_index - 1, frozenset({","})) and not before else []
    subject = before[:1] or fronted[:1]
    if not subject:
        return []
    return subject + _addressed_in_meeting(view, trigger_index, in_clause, subject, roles, lex)


def _parties_named(trig, words, in_clause: list[MarkedMention], view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """'El pacto llegó tras una reunión entre Albares y Lammy', 'après une rencontre entre le ministre
    espagnol et son homologue britannique': a meeting in a phrase of circumstance whose parties of
    two countries follow it ('entre', 'between', comitative_markers) was held by them, though the
    clause's subject was not there."""
    if trig.event_type != "CONSULT":
        return []
    last = max(words)
    after = [mm for mm in in_clause if 0 < mm.first - last <= 8 and mm.marker in lex.cue_set("comitative_markers")]
    if not after:
        return []
    group = _coordinated(after[0], [mm for mm in in_clause if mm.first > after[0].last], view, lex)
    return group if len({mm.mention.country for mm in group if mm.mention.country}) >= 2 else []


def _noun_genitives(words, modifier, view, lex, in_clause, roles) -> list[MarkedMention]:
    """The genitives of the event noun's own phrase: 'de aanval van Rusland', 'le pilonnage russe
    de Kharkiv' (after its nationality), 'un ataque con drones de Ucrania' (on a word of the
    trigger), 'ein Luftangriff der Armee' (German, by article)."""
    own = set(words) | ({modifier.last} if modifier else set())
    return [mm for mm in in_clause if mm.genitive_head is not None and (
        (roles[id(mm)] == "genitive" and (abs(mm.genitive_head - words[0]) <= 1 or mm.genitive_head in own))
        or (mm.via_genitive and mm.genitive_head in words))] + _genitive_article(words, view, lex, in_clause)


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


def _nationality(words: tuple[int, ...], view: SentenceView, lex: Lexicon,
                 in_clause: list[MarkedMention]) -> MarkedMention | None:
    """The nationality adjective on an event noun, whatever marks the phrase: 'Bei einem
    israelischen Luftangriff', 'A Russian missile strike', 'Lors d'une frappe aérienne russe',
    'En un bombardeo israelí' (grammar.json adjective_after_noun: the side it stands on)."""
    after = lex.grammar.get("adjective_after_noun")
    first, last = min(words), max(words)
    function_words = clauses.marker_words(lex) | lex.cue_set("articles") | lex.cue_set("skip_words")
    for mm in in_clause:
        if mm.mention.kind != "demonym" or (mm.first <= last if after else mm.last >= first):
            continue
        gap = view.words[last + 1:mm.first] if after else view.words[mm.last + 1:first]
        if len(gap) <= 2 and all(w.lower.isalpha() and w.lower not in function_words for w in gap) \
                and not any(o is not mm and gap and gap[0].i <= o.first <= gap[-1].i for o in view.mentions):
            return mm
    return None


def _giver_by(mm: MarkedMention, trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon) -> bool:
    """'Ukraine was granted a 15.6 billion dollar loan by the IMF': the agent of a passive verb of giving
    gives, though the noun of what was given (a trigger of its own) stands between; its passive subject
    is the recipient. Not the agent of another participle ('freed in a swap brokered by Qatar')."""
    return trig.event_type == "AID" and mm.marker in lex.cue_set("agent_markers") and in_passive(view, trigger_index, lex)


def _nationality_of_antecedent(view: SentenceView, clause, trigger_index: int,
                               lex: Lexicon) -> tuple[MarkedMention, int] | None:
    """(the nationality, the relative pronoun's index) for 'des frappes de missiles iraniens qui ont
    tué quatre civils', 'los ataques con misiles iraníes que mataron', 'Iranian missile strikes that
    killed', 'Iraanse raketten die vier burgers doodden', 'iranische Raketen, die vier Zivilisten
    töteten': a relative clause with no party named between its pronoun and its verb hangs on the noun
    right before the pronoun (a comma at most between); the nationality on that noun (a weapon, a unit,
    an attack: `_nationality`) is the verb's subject."""
    relatives = lex.cue_set("relative_pronouns")
    # (German 'der/die' are articles too: a relative pronoun only where it opens its clause)
    pronoun = next((k for k in range(trigger_index - 1, clause.first - 1, -1) if view.words[k].lower in relatives
                    and (view.words[k].lower not in lex.cue_set("articles") or k == clause.first)), None)
    if pronoun is None or pronoun < 2 or any(pronoun < t < trigger_index for t in view.trigger_anchors) \
            or _own_subject_between(view, pronoun, trigger_index, lex):
        return None
    head = pronoun - 1 - (view.words[pronoun - 1].lower == ",")
    named = [mm for mm in view.mentions if mm.last < pronoun and usable(mm, view, lex)]
    if lex.grammar.get("adjective_after_noun"):
        # ('missiles iraniens qui': the nationality is the last word before the pronoun)
        after = [mm for mm in named if mm.last == head and mm.mention.kind == "demonym"]
        return (after[0], pronoun) if after else None
    found = _nationality((head,), view, lex, named)
    return (found, pronoun) if found is not None else None


def _own_subject_between(view: SentenceView, pronoun: int, trigger_index: int, lex: Lexicon) -> bool:
    """A party or a subject pronoun between a relative pronoun and its verb is the clause's own subject:
    'les missiles que la Russie a tirés', 'un cargo japonais, dont ils se sont emparés'; civilians are
    its victims ('die vier burgers in Erbil doodden'), a place is where ('die in Erbil ... töteten')."""
    pronouns = lex.cue_set("subject_pronouns") - lex.cue_set("articles")    # (Dutch 'het' is 'the' too)
    return has_word(view, pronoun + 1, trigger_index - 1, pronouns) or any(
        pronoun < mm.first < trigger_index and mm.mention.country and not mm.marker
        and not (mm.mention.kind == "title" and mm.mention.sector == "CVL") for mm in view.mentions)


def _coordinated_nationalities(modifier: MarkedMention, in_clause: list[MarkedMention], view: SentenceView,
                               lex: Lexicon) -> list[MarkedMention]:
    """'Russian and Iranian attacks', 'les frappes russes et iraniennes': the nationality adjectives
    joined by a coordinator (or a comma) on the same event noun are all its doers."""
    if lex.grammar.get("adjective_after_noun"):
        found = _coordinated(modifier, [mm for mm in in_clause if mm.first > modifier.last], view, lex)
        return [mm for mm in found if mm.mention.kind == "demonym"]
    joins = lex.cue_set("coordinators") | {","}
    group = [modifier]
    for mm in sorted((mm for mm in in_clause if mm.last < modifier.first), key=lambda m: -m.last):
        between = view.words[mm.last + 1:group[-1].first]
        if mm.mention.kind != "demonym" or not between or not all(w.lower in joins for w in between):
            break
        group.append(mm)
    return sorted(group, key=lambda m: m.first)


def _genitive_article(words: tuple[int, ...], view: SentenceView, lex: Lexicon,
                      in_clause: list[MarkedMention]) -> list[MarkedMention]:
    """'Bei einem Luftangriff der Armee': a German genitive right after the event noun, marked
    only by its article (grammar.json genitive_articles); the phrase's own preposition ('bei')
    stands before the noun."""
    articles = lex.cue_set("genitive_articles")
    last = max(words)
    return [mm for mm in in_clause if mm.first > last and (mm.marker_at is None or mm.marker_at < min(words))
            and 0 < mm.first - last <= 2 and all(w.lower in articles for w in view.words[last + 1:mm.first])]


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
