"""Object pronouns and possessives: whom 'accused him', "l'accuse", 'lo detuvo', 'nahm ihn fest' or
'his release' is aimed at, the person (or people) named before the pronoun, in its sentence or
the sentences before; and the referents a sentence offers the sentences after it."""
from __future__ import annotations

from heron.document import ActorMention
from heron.events import argument_record, clauses
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon, Trigger


#: modes of acts done to a person, whose noun's owner is that person ('his release', 'zijn arrestatie',
#: 'seine Verurteilung', 'su expulsión')
PERSONAL_MODES = {"release", "arrest", "deport", "convict", "expel"}
#: words that close a relative clause describing a person
PUNCT_STOPS = {",", ";", ".", "(", ")", "—", "–"}
#: characters between a nationality word and the name it describes ('the Ukrainian diver Volodymyr Z.',
#: 'Le fondateur sud-coréen de Terraform Labs, Do Kwon')
NATIONALITY_REACH = 40


def object_referent(view: SentenceView, words: tuple[int, ...], trig: Trigger, nominal: bool,
                    actors: list[MarkedMention], earlier: tuple[ActorMention, ...],
                    lex: Lexicon) -> list[MarkedMention]:
    """'Le parquet fédéral allemand l'accuse', 'U.S. prosecutors accused him', 'De rechter
    veroordeelde hem', 'Die Polizei nahm ihn fest', 'La policía lo detuvo', 'decidió entregarlo',
    'a ordonné sa remise en liberté', 'ordered his release': an object pronoun of the trigger, or a
    possessive on an event noun whose owner undergoes it, refers back to the person (plural: the
    people) named last before it, in its sentence or the two before, that is no actor of the event
    and has a country. The recipient stands on the pronoun's words."""
    found = _object_pronoun(view, words, trig, nominal, lex)
    if found is None:
        return []
    k, plural = found
    ante = _antecedent_of_object(view, k, plural, actors, earlier, lex)
    if ante is None:
        return []
    word = view.words[k]
    mention = ActorMention(word.start, word.end, word.text, ante.name or ante.text, ante.country, ante.sector,
                           ante.wikidata, "pronoun")
    return [MarkedMention(mention, k, k, view.clause_of(k).index, "")]


def _object_pronoun(view: SentenceView, words: tuple[int, ...], trig: Trigger, nominal: bool,
                    lex: Lexicon) -> tuple[int, bool] | None:
    """(word index, plural) of the trigger's object pronoun or patient possessive (grammar.json
    object_pronouns, plural_object_pronouns, patient_possessives, plural_patient_possessives)."""
    owner = _patient_possessive(view, words, trig, nominal, lex) or _people_phrase(view, words, lex)
    if owner is not None or trig.frame == "noun":
        return owner
    singular, plural = lex.cue_set("object_pronouns"), lex.cue_set("plural_object_pronouns")
    first, last = min(words), max(words)
    if lex.grammar.get("clitic_objects"):
        # (the clitic reads as an article, so the verb may have passed for a noun: 'los condenó')
        return _clitic(view, first, lex) or _enclitic(view, first, lex)
    if nominal:
        return None
    clause = view.clause_of(first)
    # 'accused him', 'veroordeelde hen', 'nahm ihn fest'; verb-final: 'had hem in 2023 gearresteerd'
    start = clause.first if lex.grammar.get("verb_final") else first
    markers = clauses.marker_words(lex) - set(trig.preps)
    for k in range(start, min(last + 3, clause.last + 1)):
        w = view.words[k]
        if k in words or w.lower not in singular | plural:
            continue
        if k > 0 and view.words[k - 1].lower in markers:
            continue      # 'volgens hem', 'nach Angaben von ihm': the source, not the object
        return k, w.lower in plural
    return None


def _people_phrase(view: SentenceView, words: tuple[int, ...], lex: Lexicon,
                   reach: int = 4) -> tuple[int, bool] | None:
    """'accused the two men', 'veroordeelde beide mannen', 'les deux hommes', 'a los dos hombres': a
    phrase that names people only by their number or state (grammar.json people_references) a few
    words after the trigger's verb, in its clause, refers back like a plural pronoun."""
    cues = lex.cue_set("people_references")
    first, last = min(words), max(words)
    stop = min(view.clause_of(last).last + 1, last + 1 + reach + 3)
    # ('verurteilte die beiden Männer zu Haftstrafen': between the trigger's words too)
    for end in range(first + 3, stop + 1):
        if any(view.phrase_before(end, n) in cues and first < end - n <= last + reach
               and not any(k in words for k in range(end - n, end)) for n in (2, 3)):
            return end - 1, True
    return None


def _patient_possessive(view: SentenceView, words: tuple[int, ...], trig: Trigger, nominal: bool,
                        lex: Lexicon) -> tuple[int, bool] | None:
    """'ordered his release', 'beval zijn vrijlating', 'ordnete seine sofortige Freilassung an',
    'a ordonné sa remise en liberté', 'ordenó su liberación': the owner of a release, arrest or
    conviction noun (an adjective at most between) is the one it falls on."""
    if trig.mode not in PERSONAL_MODES and not argument_record.legal_act(trig, lex):
        return None       # 'ha suspendido sus vuelos': one's own things, not a person
    own, owners = lex.cue_set("patient_possessives"), lex.cue_set("plural_patient_possessives")
    for t in sorted(words):
        for k in range(t - 1, max(-1, t - 3), -1):
            w = view.words[k]
            if w.lower in own | owners and not (w.lower in lex.cue_set("auxiliaries") and not nominal
                                                and view.words[t].inflected):
                # ('zijn gearresteerd': before a verb Dutch 'zijn' is 'are'; 'beval zijn vrijlating' a noun)
                return k, w.lower in owners
            if k in words or not w.text.isalpha() or w.lower in clauses.marker_words(lex):
                break
    return None


def _clitic(view: SentenceView, first: int, lex: Lexicon) -> tuple[int, bool] | None:
    """"l'accuse", 'les a condamnés', "l'avait arrêté", 'lo detuvo', 'los condenó': an object clitic
    right before the verb or its auxiliaries. Not an article: none after a preposition ('de los
    detenidos') or opening the sentence, and none right before a participle ('les condamnés') or a
    word in its dictionary form ('le dialogue')."""
    singular, plural = lex.cue_set("object_pronouns"), lex.cue_set("plural_object_pronouns")
    k = clauses.before_auxiliaries(view, first, lex)
    if k < 1 or view.words[k].lower not in singular | plural or view.words[k - 1].lower in clauses.marker_words(lex):
        return None
    verb = view.words[first]
    if k == first - 1 and (verb.lower.endswith(tuple(lex.cue_set("participle_suffixes"))) or not verb.inflected):
        return None
    return k, view.words[k].lower in plural


def _enclitic(view: SentenceView, k: int, lex: Lexicon) -> tuple[int, bool] | None:
    """'decidió entregarlo', 'intentó detenerle': an object pronoun written onto an infinitive or
    gerund (grammar.json enclitic_hosts: the endings it follows)."""
    word = view.words[k].lower
    hosts = tuple(lex.grammar.get("enclitic_hosts", ()))
    if not hosts:
        return None
    singular, plural = lex.cue_set("object_pronouns"), lex.cue_set("plural_object_pronouns")
    for cue in sorted(singular | plural, key=len, reverse=True):
        if word.endswith(cue) and word[:-len(cue)].endswith(hosts):
            return k, cue in plural
    return None


def _antecedent_of_object(view: SentenceView, k: int, plural: bool, actors: list[MarkedMention],
                          earlier: tuple[ActorMention, ...], lex: Lexicon) -> ActorMention | None:
    """The latest person (plural: people named by a title or nationality) with a country before
    word k, in the sentence's earlier clauses, its own clause's objects or the sentences before
    (`earlier`), that is not one of the actors ('Lithuanian police arrested him': the police are
    not whom they arrested). Plural 'them' after organisations are those. A nationality noun is a
    person ('un Ukrainien', `referents`); a name with no country takes the nationality word right
    beside it ('the Ukrainian diver Volodymyr Z.') or the place of the clause describing it."""
    clause = view.clause_of(k).index
    # (in the pronoun's own clause only an object: 'wrote to UNDP and UNICEF asking them', 'weigerde
    # een Oekraïner uit te leveren en beval zijn vrijlating')
    verb = min((t for t in view.trigger_anchors if view.clause_of(t).index == clause), default=k)
    here = referents([mm.mention for mm in view.mentions
                      if mm.last < k and (mm.clause < clause or mm.marker or mm.first > verb)], view, lex)
    pool = sorted([*earlier, *here], key=lambda m: m.start)
    own = {(a.mention.kind, a.mention.country, a.mention.sector) for a in actors}
    names = {a.mention.name for a in actors} - {None}
    kinds = {"title", "demonym"} if plural else {"person", "pronoun"}
    for m in reversed(pool):
        if plural and m.kind in {"igo", "group"}:
            return None       # 'them' are the organisations named last, no people
        if m.kind not in kinds or m.name in names or (m.kind, m.country, m.sector) in own \
                or any(m.start == a.mention.start for a in actors):
            continue
        if m.country is None and m.kind == "person":
            m = with_nationality(m, pool)
        if m is not None and m.country:
            return m
    return None


def referents(mentions: list[ActorMention], view: SentenceView, lex: Lexicon) -> list[ActorMention]:
    """The sentence's mentions as a later pronoun may refer back to them: a nationality word right
    after an indefinite article is a noun naming a person of that country ('un Ukrainien soupçonné
    de ...', 'a Briton', 'een Oekraïner', 'einen Afghanen', 'un ucraniano'; grammar.json
    person_determiners), and a name with no country takes the place of the relative clause that
    describes them ('Osama Almasri Njeem, who runs the Mitiga detention centre in Tripoli')."""
    at = {w.start: w.i for w in view.words}
    last = {w.end: w.i for w in view.words}
    out = []
    for m in mentions:
        if m.kind == "demonym" and m.country and _nationality_noun(view, at.get(m.start, 0), last.get(m.end), lex):
            m = ActorMention(m.start, m.end, m.text, m.name, m.country, m.sector, m.wikidata, "person")
        elif m.kind == "person" and m.country is None and m.end in last:
            place = _described_place(view, last[m.end], lex)
            if place is not None:
                m = ActorMention(m.start, m.end, m.text, m.name, place.country, m.sector, m.wikidata, m.kind)
        out.append(m)
    return out


def _nationality_noun(view: SentenceView, first: int, last: int | None, lex: Lexicon) -> bool:
    """'un Ukrainien soupçonné de ...', 'a Briton on drug charges', 'een Fransman in Moskou': a
    nationality word after an indefinite article (grammar.json person_determiners) that modifies no
    noun after it ('a Russian drone': a lower-case word in its dictionary form that is no function
    word or time word)."""
    if first < 1 or last is None or view.words[first - 1].lower not in lex.cue_set("person_determiners"):
        return False
    if last + 1 >= len(view.words):
        return True
    after = view.words[last + 1]
    function = clauses.marker_words(lex) | lex.cue_set("auxiliaries") | lex.cue_set("passive_auxiliaries") \
        | lex.cue_set("relative_pronouns") | lex.cue_set("coordinators")
    return not (after.text.isalpha() and after.text.islower() and not after.inflected
                and after.lower not in function and after.i not in view.time_words)


def _described_place(view: SentenceView, name_end: int, lex: Lexicon,
                     reach: int = 15) -> ActorMention | None:
    """'Osama Almasri Njeem, who runs the Mitiga detention centre in Tripoli,', 'X, qui dirige une
    prison à Tripoli,', 'X, die een kliniek in Kabul leidt,': the country or capital a relative
    clause right after a name places the person in (grammar.json locative_markers, genitive_markers).
    A clause that tells an act ('who was arrested in Moscow') says where that happened, not who they are."""
    k = name_end + 1
    if k + 1 >= len(view.words) or view.words[k].text != "," \
            or view.words[k + 1].lower not in lex.cue_set("relative_pronouns"):
        return None
    end = next((j for j in range(k + 2, min(len(view.words), k + 2 + reach)) if view.words[j].text in PUNCT_STOPS),
               None)
    if end is None or any(k < t < end for t in view.trigger_anchors):
        return None
    markers = lex.cue_set("locative_markers") | lex.cue_set("genitive_markers")
    return next((mm.mention for mm in view.mentions if k + 1 < mm.first and mm.last < end
                 and mm.mention.kind in clauses.STATE_KINDS and mm.mention.country
                 and view.words[mm.first - 1].lower in markers), None)


def with_nationality(person: ActorMention, pool: list[ActorMention]) -> ActorMention | None:
    """A name with no country of its own and the nationality word right beside it: 'the Ukrainian
    diver Volodymyr Z.', 'Do Kwon, the South Korean founder', 'El buzo ucraniano Volodímir Z.'."""
    near = nationality_words(person, pool)
    if not near:
        return None
    nationality = min(near, key=lambda m: min(abs(person.start - m.end), abs(m.start - person.end)))
    return ActorMention(person.start, person.end, person.text, person.name, nationality.country, person.sector,
                        person.wikidata, person.kind)


def nationality_words(person: ActorMention, pool: list[ActorMention],
                      kinds: frozenset[str] = frozenset({"demonym"})) -> list[ActorMention]:
    """The nationality words (or titles with one: `kinds`) right beside a name: 'the Ukrainian diver
    Volodymyr Z.', 'el activista egipcio-británico Alaa Abd el Fattah' (two: a dual national)."""
    return [m for m in pool if m.kind in kinds and m.country
            and (0 <= person.start - m.end <= NATIONALITY_REACH or 0 <= m.start - person.end <= NATIONALITY_REACH)]
