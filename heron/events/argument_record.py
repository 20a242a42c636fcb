"""The `Arguments` record and the basic checks on mentions and triggers that linking and the coder share.

`Arguments` is what linking one trigger gives: its actors, recipients and speaker and how they were
found. The checks are the questions asked wherever roles are chosen: whether a mention can be a
party at all (`usable`, `unknown_group`) or only asked for the act (`requested_by`), who speaks
(`speaker_of`), whether words hold a cue (`has_word`), what kind of act a trigger tells
(`patient_in_passive`, `entry_refusal`, `diplomatic_summons`, `legal_act`, `DIRECTED`), and
where an event stands (`named_in_condition`, `circumstantial`). They live apart from
heron.events.arguments, whose `link` is the entry point and calls the rule modules (frame_rules,
subjects, noun_arguments), so that those modules can use them without importing arguments back.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from heron.document import ActorMention
from heron.events import clauses
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon, Trigger


#: events whose passive subject is their victim ('were killed', 'werden gearresteerd', 'was sentenced')
VICTIM_TYPES = {"ASSAULT", "COERCE", "SANCTION"}


def patient_in_passive(trig: Trigger) -> bool:
    """The passive subject undergoes the event: victims, and people released ('wurden freigelassen')."""
    return trig.event_type in VICTIM_TYPES or (trig.event_type == "RETREAT" and trig.mode == "release")


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
    fronted: bool = False   # the recipients own an object phrase that opens the sentence (subjects._fronted_object)

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
    named = {k for mm in view.mentions for k in range(mm.first, mm.last + 1)}
    for w in view.words:
        # ('the Baltic states condemned': a word of a name is no verb)
        if (w.lemma in reporting or w.lower in reporting) and w.i not in named:
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
                     and not mm.marker and (mm.first - w.i <= 2 or _title_before_name(view, w.i, mm, lex))]
            if after:
                return after[0]
    return None


def _title_before_name(view: SentenceView, verb: int, mm: MarkedMention, lex: Lexicon) -> bool:
    """'said Iranian Foreign Minister Abbas Araghchi', 'zei de Iraanse minister van Buitenlandse Zaken Abbas
    Araghchi': between the verb of saying and the person it names stands only their title (up to six words,
    no punctuation, no time word, no preposition but a genitive one: not 'said on Monday in a statement
    about X'); the title is no mention of its own when a name follows it. A phrase may stand before
    the subject when an article opens the subject right before the name ('dijo en la televisión estatal
    el ministro de ...')."""
    if mm.mention.kind != "person":
        return False
    prepositions = (lex.cue_set("temporal_prepositions") | lex.cue_set("locative_markers")
                    | lex.cue_set("topic_prepositions") | lex.cue_set("recipient_prepositions")
                    | lex.cue_set("circumstance_prepositions")) - lex.cue_set("genitive_markers")
    between = view.words[verb + 1:mm.first]
    if not 0 < len(between) <= 6 or any(not w.text.replace("-", "").isalpha() or w.i in view.time_words
                                         for w in between):
        return False
    return between[-1].lower in lex.cue_set("articles") or not any(w.lower in prepositions for w in between)


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
