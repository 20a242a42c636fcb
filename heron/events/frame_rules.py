"""The linking itself: actor and recipient of one trigger by its frame (heron/lang/<code>/
triggers.tsv: svo, sym, blame, pred, host, noun), in the order the rules are tried (`_link`).

Marked mentions take their role by their marker (`_role`); the subject comes from the clause or,
when none is named before the verb, from heron.events.subjects; passives, summonses, accusations
told by whoever tells them and gifts by an agent have their doer by the kind of act; an event noun
is handed to heron.events.noun_arguments. `heron.events.arguments.link` prepares the trigger's
limits and calls `_link`; this module is the long rule sequence kept apart from that entry point.
"""
from __future__ import annotations

from heron import ontology
from heron.events import argument_record, clauses, coordination, noun_arguments, receiving, subjects, voice
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon, Trigger


#: sectors of private people (titles.tsv): a journalist, hostage or refugee is no party a state hosts
#: (civil society, CVL, is: 'ont reçu une délégation des organisations agricoles')
PRIVATE_SECTORS = {"JRN", "UNK", "REF"}


def _role(mm: MarkedMention, trig: Trigger, lex: Lexicon) -> str:
    m = mm.marker
    if not m:
        # ('accepted offers of assistance from Spain, the United Kingdom, Qatar and the UAE')
        return "recipient" if mm.listed_after and mm.listed_after in trig.preps else "unmarked"
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


def _hosted_antecedent(view: SentenceView, clause, lex: Lexicon) -> MarkedMention | None:
    """The party an object relative clause hangs on, named right before it: opened by an object
    pronoun (grammar.json object_relative_pronouns: 'Shehbaz Sharif, que le prince héritier avait
    accueilli', 'whom the crown prince received', 'den der Kronprinz empfangen hatte') or by a
    relative pronoun after the personal object's preposition (grammar.json
    object_relative_prepositions, an article at most between: 'al que el príncipe recibió').
    None for a complementizer ('a annoncé que Xi avait reçu ...')."""
    ante = _relative_antecedent(view, clause, lex)
    if ante is None:
        return None
    between = [w.lower for w in view.words[ante.last + 1:clause.first] if w.lower != "," and not w.text[:1].isupper()]
    if not between:
        return ante if clause.opener in lex.cue_set("object_relative_pronouns") else None
    marked = between[0] in lex.cue_set("object_relative_prepositions") \
        and all(b in lex.cue_set("articles") for b in between[1:])
    return ante if marked else None


def _relative_antecedent(view: SentenceView, clause, lex: Lexicon) -> MarkedMention | None:
    """The party a relative clause hangs on: the last one named before its opener, with commas,
    a name folded into its title ('le Premier ministre pakistanais, Shehbaz Sharif, que') or the
    personal object's preposition and article ('al que', 'a quien') at most between."""
    if clause.index == 0 or clause.opener not in lex.cue_set("relative_pronouns"):
        return None
    ante = subjects.antecedent(view, clause.index, None)
    markers = lex.cue_set("object_relative_prepositions") | lex.cue_set("articles")
    if ante is None or not all(w.lower == "," or w.text[:1].isupper() or w.lower in markers
                               for w in view.words[ante.last + 1:clause.first]):
        return None
    return ante


def _unnamed_guest(view: SentenceView, trigger_index: int, clause, lex: Lexicon) -> bool:
    """The hosting verb's object is a noun phrase with no name in it: an article right after the
    verb ('empfing den Wahlsieger', 'received the delegation'), not a pronoun ('empfing ihn'), and
    no unmarked name later in the clause (a place's 'auf der Prager Burg' names no guest)."""
    nxt = trigger_index + 1
    return nxt <= clause.last and view.words[nxt].lower in lex.cue_set("articles") \
        and not any(trigger_index < mm.first <= clause.last and not mm.marker for mm in view.mentions)


def _hosting_antecedent(view: SentenceView, clause, guest: MarkedMention, trigger_index: int,
                        lex: Lexicon) -> MarkedMention | None:
    """The party a subject relative clause hangs on, who hosts the guest named in it: 'Vucic, who
    hosted Dodik in Belgrade' (the guest after the verb); with the verb last, the party named right
    before the clause: 'Putin, der Sharif in Moskau empfangen hatte', 'Poetin, die Sharif had
    ontvangen' (not after an object pronoun: 'que le dirigeant saoudien avait accueilli')."""
    if clause.opener not in lex.cue_set("relative_pronouns"):
        return None
    if guest.first > trigger_index:
        return subjects.antecedent(view, clause.index, None)
    if clause.opener in lex.cue_set("object_relative_pronouns"):
        return None
    return _relative_antecedent(view, clause, lex)


def _own_citizen(guest: MarkedMention, hosts: list[MarkedMention]) -> bool:
    """'Meloni und Tajani empfingen die freigelassene Journalistin', 'welcomed the freed hostages home':
    a private person (PRIVATE_SECTORS) of the hosts' own country, or of none, is welcomed, not met as
    a party (CODING 2, CONSULT)."""
    return guest.mention.kind == "title" and guest.mention.sector in PRIVATE_SECTORS \
        and guest.mention.country in {h.mention.country for h in hosts} | {None}


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
            return argument_record.has_word(view, clause.first, clause.last, auxiliaries)
        # ('La Chine s'en est prise aux États-Unis': 'être' after a reflexive makes an active perfect)
        reflexives = lex.cue_set("reflexive_pronouns")
        return any(k > 0 and view.words[k - 1].lower in auxiliaries
                   and not argument_record.has_word(view, max(clause.first, k - 3), k - 2, reflexives) for k in words)
    start = clause.first if lex.grammar.get("verb_final") else max(clause.first, trigger_index - 2)
    return any(view.words[k].lower in auxiliaries for k in range(start, trigger_index))


def _passive_summons(view: SentenceView, trigger_index: int, last: int, in_clause: list[MarkedMention],
                     roles: dict, lex: Lexicon) -> argument_record.Arguments | None:
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
    return argument_record.Arguments(actors=doers[:1], recipients=[envoy], how="agent" if doers else "passive")


def _predicate(view: SentenceView, clause, trigger_index: int, lex: Lexicon, reach: int = 4) -> bool:
    """A relation noun states a relation only as the complement of a copula or naming verb in its
    clause ('Hungary is a close ally of Russia', 'noemde Polen een bondgenoot', 'die nu een
    bondgenoot van Rusland is'); after a preposition it names one ('met zijn Europese partners',
    'aan de aanwezigheid van Amerika of zijn bondgenoten', 'de leurs alliés')."""
    copulas, possessives = lex.cue_set("copulas"), lex.cue_set("possessives")
    if not argument_record.has_word(view, clause.first, clause.last, copulas):
        return False
    for w in reversed(view.words[max(clause.first, trigger_index - reach):trigger_index]):
        if w.lower in copulas and w.lower not in possessives:
            return True      # (Dutch 'zijn' is 'are' and 'his')
        if w.lower in clauses.marker_words(lex):
            return False
    return True


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
             and argument_record.usable(mm, view, lex)]
    return named[0] if named else None


def _verb_second(view: SentenceView, clause, trigger_index: int, trig: Trigger, lex: Lexicon) -> bool:
    """'Dinsdag ontkende Rusland de beschuldigingen', 'Vorige week erkende Ierland de staat Palestina': in a
    verb-second language (grammar.json verb_final) a trigger verb with a speaker found right after it (the
    caller checks that), second after a time phrase or adverb that opens the sentence (no content told before it, no subject: 'Beleri
    zelf bedankte premier Mitsotakis'), has its subject right after it; that name is no source of a
    statement ('..., erkende Ierland')."""
    before = view.words[clause.first:trigger_index]
    adverbs = lex.cue_set("sentence_adverbs")
    return bool(lex.grammar.get("verb_final")) and trig.frame != "noun" and clause.index == 0 and bool(before) \
        and (subjects.past_time_phrase(view, clause.first, trigger_index, lex) == trigger_index
             or all(w.lower in adverbs for w in before))


def _link(trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon,
          context_speaker: MarkedMention | None, previous_subject: MarkedMention | None,
          limit: int | None = None, floor: int = -1, stative: bool = False, words: tuple[int, ...] = (),
          noun_subject: list[MarkedMention] = (), joined: int | None = None) -> argument_record.Arguments:
    clause = view.clause_of(trigger_index)
    in_clause = [mm for mm in view.mentions if mm.clause == clause.index and argument_record.usable(mm, view, lex)
                 and (limit is None or mm.first < limit or _giver_by(mm, trig, trigger_index, view, lex))
                 # 'joint military exercise': a word of the trigger is not a party
                 and not (mm.first <= trigger_index <= mm.last and mm.mention.country is None)
                 and not _trigger_word(mm, trig, words, view, lex)
                 and not argument_record.requested_by(mm.first, view, lex, words or (trigger_index,))]
    shared_subject = subjects._shared_subject(view, floor, in_clause, lex) if joined is not None else []
    earlier = _earlier_objects(floor, joined, in_clause, shared_subject) if joined is not None else []
    if earlier and any(mm.first > joined for mm in in_clause if mm not in earlier):
        in_clause = [mm for mm in in_clause if mm not in earlier]
    elif earlier:     # (the first of them, with those joined to it: 'summoned Belarus's chargé d'affaires')
        earlier = coordination.coordinated(earlier[0], earlier, view, lex)
        in_clause = [mm for mm in in_clause if mm in earlier or mm.first > earlier[-1].last or mm.last < earlier[0].first]
    speaker = argument_record.speaker_of(view, lex) or context_speaker
    participial = subjects._participle_subject(view, trigger_index, lex)
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
    # ('Later liet de Egyptische regering de gevangenen vrij': the name's article may come between)
    end = max(words or (trigger_index,))
    gap = view.words[trigger_index + 1:speaker.first] if speaker is not None else []
    article = 1 if gap and gap[0].lower in lex.cue_set("articles") else 0
    right_after = speaker is not None \
        and speaker.first == trigger_index + 1 + article + coordination.title_before(gap[article:], speaker, lex)
    inverted = speaker is not None and end > speaker.last and right_after \
        and view.clause_of(end).index == clause.index and not argument_record.has_word(view, speaker.last + 1, end, clauses.PUNCT)
    # '"This will have consequences," warned Ukraine', '« ... », a exhorté l'Égypte': a trigger that tells a
    # quote just closed, with its speaker right after it, is the speaker's act (the speaker is no object)
    inverted = inverted or (right_after and speaker.first > end and speaker.clause == clause.index
                            and _after_quote(view, trigger_index, lex))
    inverted = inverted or (right_after and speaker.first > end and _verb_second(view, clause, trigger_index, trig, lex))
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
    passive = (voice.in_passive(view, trigger_index, lex) or (
        last != trigger_index and voice.in_passive(view, last, lex) and not voice._progressive(view.words[trigger_index], lex))) \
        and not stative and not voice._werden_future(view, last, lex)
    by_role = lambda r: [mm for mm in in_clause if roles[id(mm)] == r]   # noqa: E731
    unmarked, agents = by_role("unmarked"), by_role("agent")
    prep_recipients, comitative, genitive = by_role("recipient"), by_role("comitative"), by_role("genitive")
    args = argument_record.Arguments(speaker=speaker)

    def fallback_actor() -> tuple[list[MarkedMention], str]:
        if noun_subject:
            return list(noun_subject), "noun"
        # ('"Condenamos este ataque", dijo el ministro': a first-person verb with its pronoun dropped)
        first_person = tuple(lex.grammar.get("first_person_suffixes", ()))
        if speaker and (argument_record.has_word(view, clause.first, clause.last, lex.cue_set("first_person"))
                        or view.words[trigger_index].lower.endswith(first_person)):
            return [speaker], "speaker"
        if clause.resumes is not None:
            # 'Martinelli, que aspiraba a ganar, denunció ...': the unnamed subject of the
            # interrupted clause is the previous sentence's, as the relative clause's would be
            resumed = subjects._resumed_subject(view, clause, trigger_index, lex)
            if resumed or previous_subject:
                return (resumed, "subject") if resumed else ([previous_subject], "antecedent")
        reporting = lex.cue_set("reporting_verbs")
        said = clause.first > 0 and (view.words[clause.first - 1].lemma in reporting
                                     or view.words[clause.first - 1].lower in reporting)
        if said and speaker and clause.opener in lex.cue_set("complementizers"):
            # 'Israel Katz ... anunció que prohibirá ...': 'que' right after a verb of saying opens what
            # is said, no relative clause; its dropped subject is the speaker
            return [speaker], "speaker"
        teller = subjects._teller_of_told_clause(view, clause, lex)
        if teller is not None:
            # 'notified the United States that it would ...': what is told, not a clause on the addressee
            return [teller], "speaker"
        if clause.opener in lex.cue_set("relative_pronouns"):
            ante = subjects.antecedent(view, clause.index, previous_subject)
            if ante:
                return [ante], "antecedent"
        if argument_record.has_word(view, clause.first, clause.last, lex.cue_set("third_person")):
            if speaker and speaker.clause != clause.index:
                return [speaker], "pronoun"
            main = subjects._main_clause_subject(view, clause, lex)
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
        args.actors = coordination.coordinated(givers[0], in_clause, view, lex) if givers else []
        args.recipients = coordination.coordinated(receivers[0], in_clause, view, lex) if receivers else \
            fallback_actor()[0] if givers else []
        args.how = "agent"
        return args

    if frame == "sym":
        # 'een Russisch-Afghaans zakenforum': adjectives on the trigger name its parties
        modifiers = [mm for mm in in_clause if mm.mention.kind == "demonym" and roles[id(mm)] != "unmarked"
                     and 0 <= trigger_index - mm.last <= 2]
        # 'Los líderes de Francia y de Brasil se reunieron': an owner joined to a party's own genitive is a party
        pool = sorted(unmarked + genitive, key=lambda mm: mm.first)
        owners = [mm for p in unmarked for mm in coordination.coordinated(p, pool, view, lex) if mm in genitive]
        parties = unmarked + owners + comitative + prep_recipients + modifiers + noun_arguments._addressed_in_meeting(
            view, trigger_index, in_clause, unmarked, roles, lex)
        parties = subjects._relative_subject_party(view, clause, trigger_index, unmarked, lex, previous_subject) + parties
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
            ante = subjects.antecedent(view, clause.index, None)
            blamed = [ante] if ante and ante is not speaker else []
        if blamed and speaker and speaker not in blamed:
            args.actors, args.recipients, args.how = [speaker], coordination.coordinated(blamed[0], blamed, view, lex), "speaker"
        elif len(unmarked) >= 2 and unmarked[0].first < trigger_index < unmarked[1].first:
            # 'India blames Pakistan for the attack': a subject and an object, no reported speech
            args.actors, args.recipients, args.how = [unmarked[0]], coordination.coordinated(unmarked[1], unmarked[1:], view, lex), "subject"
        elif trig.event_type == "REJECT" and unmarked and unmarked[0].first < trigger_index \
                and (speaker is None or speaker is unmarked[0]):
            # 'The Kremlin has dismissed the reports as fake' (the noun 'reports' reads as a reporting
            # verb, so the subject is also found as a speaker): a rejection's subject rejects; whose
            # claims they were is left to the reaction rules
            args.actors, args.how = coordination.coordinated(unmarked[0], unmarked, view, lex), "subject"
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
            args.actors = coordination.coordinated(unmarked[0], unmarked, view, lex)
            rest = [mm for mm in unmarked if mm not in args.actors]
            args.recipients, args.how = coordination.coordinated(rest[0], rest, view, lex) if rest else [], "subject"
            return args
        source = by_role("speaker") or genitive or ([speaker] if speaker else [])
        target = unmarked
        if not target and clause.opener in lex.cue_set("relative_pronouns"):
            ante = subjects.antecedent(view, clause.index, None)
            target = [ante] if ante else []
        if source and target:
            args.actors, args.recipients, args.how = source[:1], target[:1], "speaker"
        return args

    if frame == "noun":
        return noun_arguments._link_noun(trig, words or (trigger_index,), view, lex, in_clause, roles, args, fallback_actor)

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
            hosts = coordination.coordinated(unmarked[0], unmarked, view, lex)
            guests = [mm for mm in unmarked if mm not in hosts and not _own_citizen(mm, hosts)]
            if guests:
                # ('received Macron and Scholz', 'ontving de presidenten van Frankrijk en Duitsland': each
                # guest joined by a coordinator visits)
                guests = coordination.coordinated(guests[0], guests, view, lex)
                args.actors, args.recipients, args.how = guests, hosts, "subject"
        elif unmarked and unmarked[0].first < trigger_index and (guest := _hosted_antecedent(view, clause, lex)):
            # 'Sharif, que le prince héritier avait accueilli', 'Sharif, whom the crown prince received':
            # the relative clause's subject hosts, the party it hangs on visits
            args.actors, args.recipients, args.how = [guest], [unmarked[0]], "antecedent"
        elif unmarked and unmarked[0].first < trigger_index and any(mm.first > trigger_index for mm in prep_recipients):
            # 'El presidente de Perú recibió al presidente de Chile': a personal object marked 'a/al'
            guests = [mm for mm in prep_recipients if mm.first > trigger_index]
            args.actors, args.recipients, args.how = coordination.coordinated(guests[0], in_clause, view, lex), \
                [unmarked[0]], "subject"
        elif unmarked and (host := _hosting_antecedent(view, clause, unmarked[0], trigger_index, lex)):
            # 'Vucic, who hosted Dodik in Belgrade', 'Putin, der Sharif in Moskau empfangen hatte': the
            # antecedent hosts, the named guest visits
            args.actors, args.recipients, args.how = [unmarked[0]], [host], "antecedent"
        elif unmarked and unmarked[0].first < trigger_index and _unnamed_guest(view, trigger_index, clause, lex):
            # 'Präsident Petr Pavel empfing den Wahlsieger': a guest no country names still meets the
            # host, who is the only party known
            args.actors, args.recipients, args.how = [unmarked[0]], [], "subject"
        return args

    # svo
    unmarked = subjects._after_reporting_verb(view, clause, trigger_index, words, unmarked, lex)
    shared = []
    fronted = None if passive else subjects._fronted_object(view, trigger_index, in_clause, lex)
    if fronted is not None:
        # 'Het voorstel van Oekraïne wees Rusland af', 'La propuesta de Kiev la rechazó Moscú': the
        # subject follows the verb; whose proposal it was is the one the act answers
        args.actors, args.how = (fronted[0], "subject") if fronted[0] else fallback_actor()
        args.recipients, args.fronted = prep_recipients or fronted[1], not prep_recipients
        return args
    pronoun_at = subjects._pronoun_opens(view, clause, unmarked, trigger_index, lex)
    if pronoun_at is None and not passive:
        pronoun_at = subjects._inverted_pronoun(view, clause, min(words or (trigger_index,)), lex, trig.event_type in argument_record.VICTIM_TYPES)
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
        shared = subjects._elided_subject(view, clause, trigger_index, lex)
        if shared or pronoun_first or (subjects._pronoun_subject(view, clause, subject_slot, lex)
                      and (clause.opener not in lex.cue_set("relative_pronouns") or subjects._own_pronoun(view, clause, lex))):
            # 'and moved additional troops': a countryless object is the actor's own, no recipient
            # ('El gobierno, que movilizó ..., pidió a la Policía Federal': not after a relative clause)
            if clause.resumes is None:
                in_clause = [mm for mm in in_clause if mm.mention.country or roles[id(mm)] != "unmarked"]
            unmarked = []
    if passive and argument_record.diplomatic_summons(trig):
        summoned = _passive_summons(view, trigger_index, last, in_clause, roles, lex)
        if summoned:
            summoned.speaker = speaker
            return summoned
    armed = None if passive else noun_arguments._nationality_of_antecedent(view, clause, trigger_index, lex)
    if armed is not None:
        # 'des frappes de missiles iraniens qui ont tué quatre civils à Erbil': the nationality on the
        # weapon or unit a relative clause hangs on did it, not the main clause's subject
        # ('qui a tué un responsable du Hamas': the owner of a victim named by no country)
        args.actors, args.how = [armed[0]], "antecedent"
        objects = [mm for mm in unmarked + genitive if mm.first > armed[1]
                   and mm.mention.country not in {armed[0].mention.country, None}]
        args.recipients = prep_recipients[:1] or sorted(objects, key=lambda mm: mm.first)[:1]
        return args
    parsed = subjects._from_parse(trigger_index, unmarked, view)
    if parsed is not None:
        args.actors, args.recipients, args.how = parsed[0], parsed[1] or prep_recipients, "subject"
        if not args.recipients:
            rest = [mm for mm in unmarked if mm not in args.actors]
            args.recipients = rest[:1] if rest and rest[0].first > trigger_index else []
        return args
    patient = argument_record.patient_in_passive(trig) or argument_record.legal_act(trig, lex) or _accused(trig, trigger_index, view, lex, words)
    if passive and not agents and (patient or argument_record.entry_refusal(trig, lex)) and unmarked \
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
    if passive and not agents and argument_record.legal_act(trig, lex) and prep_recipients and not unmarked:
        # 'charges against X were dropped': the one the act is about
        args.recipients, args.how = prep_recipients[:1], "passive"
        return args
    if passive and not agents and patient and trig.event_type != "ASSAULT" and not noun_subject \
            and not any(mm.first < trigger_index for mm in unmarked) \
            and not argument_record.has_word(view, clause.first, clause.last, lex.cue_set("third_person")):
        # 'Zwei Männer wurden festgenommen', 'Des suspects ont été arrêtés': the unnamed subject is
        # the victim, never the doer; the doer is the reporting authority or unnamed
        # 'fueron detenidos dos colombianos': a subject after the verb is the victim too
        # 'the assets of Russian banks were frozen': the owner is the target, not the doer
        args.recipients = ([mm for mm in prep_recipients if mm.first > trigger_index] or unmarked or genitive)[:1]
        args.how = "passive"
        return args
    if agents and passive:                 # passive: 'werd door X ...', 'was attacked by X'
        args.actors, args.how = coordination.coordinated(agents[0], agents, view, lex), "agent"
        args.recipients = prep_recipients or unmarked[:1]
        return args
    participial = _participle_agents(view, trigger_index, last, in_clause, unmarked, lex, words)
    if participial and not passive:
        # '99 000 doses offertes par l'Union européenne', 'von Japan gespendete Zelte': a participle
        # with its agent and no subject of its own was done by the agent ('... par la France et l'Allemagne': all of them)
        args.actors, args.how = coordination.coordinated(participial[0], agents or participial, view, lex), "agent"
        args.recipients = [mm for mm in prep_recipients if mm not in args.actors][:1]
        return args
    reduced = _reduced_relative_agents(view, trigger_index, last, in_clause, lex) \
        if not passive and lex.grammar.get("participle_after_noun") else []
    if reduced:
        # 'Le Kenya s'est dit prêt à envoyer des policiers, une proposition saluée par le secrétaire
        # général de l'ONU', 'the sanctions imposed by the EU': a participle right after the noun it
        # describes (a reduced relative clause) was done by its agent, not by the clause's subject; a
        # statement on the noun (praise, blame) is aimed at the subject whose noun it is
        args.actors, args.how = coordination.coordinated(reduced[0], agents or reduced, view, lex), "agent"
        owners = [mm for mm in unmarked if mm.last < trigger_index and mm not in args.actors]
        verbal = ontology.event_type(trig.event_type).verbal if trig.event_type else False
        args.recipients = [mm for mm in prep_recipients if mm not in args.actors and mm.first > trigger_index][:1] \
            or (owners[:1] if verbal else [])
        return args
    before = [mm for mm in in_clause if mm.last == trigger_index - 1]
    if before and voice._progressive(view.words[trigger_index], lex) and trigger_index > 0 \
            and not view.words[trigger_index - 1].lower.endswith(("ing", "s'")) and before[0].first > clause.first:
        # 'pepper spray against students marching on the city hall': a reduced relative clause,
        # the noun before the participle does it
        args.actors, args.how = before[:1], "subject"
        args.recipients = [mm for mm in prep_recipients if mm.first > trigger_index][:1]
        return args
    owner_subject = [mm for mm in genitive if mm.last < trigger_index and mm.first > clause.first
                     and floor < clause.first]     # not the object of an earlier verb ("rechazó las exigencias de Madrid y acusó")
    if unmarked and owner_subject and not agents and not passive and unmarked[0].first < trigger_index \
            and _owner_before_finite(owner_subject[0], unmarked[0], clause, trigger_index, view, lex):
        # 'De raad van de ICAO heeft Rusland verantwoordelijk gesteld', 'Der Rat der ICAO hat Russland
        # verantwortlich gemacht': in a verb-second clause the phrase before the finite verb is the
        # subject, and the name after it the object
        args.actors, args.how = [owner_subject[0]], "subject"
        args.recipients = coordination.coordinated(unmarked[0], unmarked, view, lex)
        return args
    if unmarked and unmarked[0].first > trigger_index and owner_subject and not agents:
        # 'Le Conseil de paix et de sécurité de l'Union africaine a suspendu le Gabon': the subject's
        # head is no known actor, its genitive is; the first unmarked name after the verb is the object
        args.actors, args.how = [owner_subject[0]], "subject"
        args.recipients = coordination.coordinated(unmarked[0], unmarked, view, lex)
        return args
    if noun_subject and not any(mm.first < trigger_index for mm in unmarked):
        # 'Un ataque con misiles ... mató a al menos 50 civiles': the event noun is the subject,
        # a name after the verb is its object
        args.actors, args.how = list(noun_subject), "noun"
        args.recipients = (prep_recipients or unmarked)[:1]
        return args
    contact = subjects._contact_relative(view, clause, trigger_index, words, unmarked, lex)
    if contact is not None:
        # 'accuses Kabul of sheltering fighters, a charge the Afghan authorities reject'
        args.actors, args.how = [contact], "subject"
        return args
    hung = subjects._relative_subject(view, clause, trigger_index, unmarked, lex)
    if hung:
        # 'el presidente mauritano, Mohamed Ould Ghazouani, que se comprometió a reforzar ... El
        # Hierro': the relative pronoun right after a party is the verb's subject; names after it are objects
        args.actors, args.how = hung, "antecedent"
        # ('qui a gelé l'aide américaine à l'Afrique du Sud': not the actor's own country)
        own = {hung[0].mention.country}
        args.recipients = prep_recipients[:1] or [mm for mm in unmarked if mm.mention.country not in own | {None}][:1]
    elif unmarked:
        args.actors, args.how = coordination.coordinated(unmarked[0], unmarked, view, lex), "subject"
        rest = [mm for mm in unmarked if mm not in args.actors]
        if prep_recipients:
            args.recipients = coordination.coordinated(prep_recipients[0], prep_recipients, view, lex)
        elif rest:
            owner = _owner_of_plan(rest[0], genitive, args.actors[-1].last, view, lex)
            args.recipients = [owner] if owner else coordination.coordinated(rest[0], rest, view, lex)
        elif "met" in trig.preps or "with" in trig.preps:
            args.recipients = coordination.coordinated(comitative[0], comitative, view, lex) if comitative else []
    else:
        owner = [] if shared or passive or noun_subject else subjects._subject_owner(genitive, clause, trigger_index, floor, view, lex)
        args.actors, args.how = (shared, "subject") if shared else (owner, "subject") if owner else fallback_actor()
        if not args.actors and not passive and subjects._dropped_subject(view, clause, subject_slot, lex) and previous_subject:
            # 'La Cancillería panameña anunció ... Además, convocó al encargado de negocios': the
            # previous sentence's subject goes on
            args.actors, args.how = [previous_subject], "pronoun"
        if not args.actors and not passive and not shared and not noun_subject:
            # (any marker: 'du' before the verb is no recipient even where the trigger takes one after it)
            owned = [mm for mm in in_clause if mm.genitive_head is not None and mm.last < trigger_index]
            args.actors = subjects._owner_of_unnamed_subject(owned, clause, trigger_index, view, lex)
            args.how = "subject" if args.actors else args.how
        if not args.actors and passive:
            args.how = "passive"    # 'the ban was lifted hours later': an act with no doer named
        if args.actors:
            args.recipients = prep_recipients or [mm for mm in in_clause if roles[id(mm)] == "unmarked"
                                                  and mm not in args.actors][:1]
            if not args.recipients and ("met" in trig.preps or "with" in trig.preps):
                args.recipients = coordination.coordinated(comitative[0], comitative, view, lex) if comitative else []
    doers = [mm for mm in agents if mm.first > trigger_index and mm not in args.actors]
    if args.actors and doers and trig.event_type in argument_record.DIRECTED and not passive:
        # 'eiste de vrijlating van de journalist door Rusland': the one who is to do the demanded act
        args.recipients = coordination.coordinated(doers[0], doers, view, lex)
    if args.actors and not args.recipients:
        args.recipients = _object_in_relative_clause(view, clause.index, lex)
    if args.actors and not args.recipients:
        # 'verbood de invoer van Oekraïens graan': the owner of the object is the target
        # ... but not the actor's own ('Los rebeldes hutíes de Yemen atacaron un buque de Grecia')
        owners = [mm for mm in genitive if mm.first > max(args.actors[-1].last, floor) and mm not in args.actors
                  and not any(a.first <= (mm.genitive_head if mm.genitive_head is not None else -1) <= a.last
                              for a in args.actors)]
        # ('rechazó las críticas de Estados Unidos, el Reino Unido y la Unión Europea': all the owners listed)
        args.recipients = coordination.coordinated(owners[0], owners, view, lex) if owners else []
    if args.actors and not args.recipients and trig.event_type in argument_record.DIRECTED:
        # 'threatened further action against Russia', 'refused to deploy peacekeepers in Iraq'
        later = [mm for mm in in_clause if mm.first > trigger_index and mm not in args.actors
                 and roles[id(mm)] in {"unmarked", "recipient", "other"} and mm.mention.country]
        args.recipients = later[:1]
    if args.actors and not args.recipients and trig.event_type == "THREATEN":
        # 'said the tariffs would be imposed if Colombia failed to honour the agreement': the one
        # the condition names is the one threatened
        args.recipients = argument_record.named_in_condition(view, clause, args.actors, lex)
    return args


def _owner_before_finite(owner: MarkedMention, named: MarkedMention, clause, trigger_index: int,
                         view: SentenceView, lex: Lexicon) -> bool:
    """Where verbs end their clause (grammar.json verb_final), a main clause that opens with a noun no
    one knows and its owner, an organisation ('De raad van de ICAO', 'Der Rat der ICAO'; articles at
    most before the noun), has that phrase as its subject when the finite verb (an auxiliary or the
    trigger) follows it right away and a name stands after the verb: the owner acts, the name is the
    object. A fronted object ('Het voorstel van de VN wees Rusland af') is subjects._fronted_object's."""
    head = owner.genitive_head
    if not lex.grammar.get("verb_final") or clause.opener or head is None or owner.mention.kind not in {"igo", "group"}:
        return False
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    if not all(w.lower in skip for w in view.words[clause.first:head]) or head - clause.first > 2:
        return False
    finite = owner.last + 1
    if finite >= len(view.words) or not (finite == trigger_index or view.words[finite].lower in lex.cue_set("auxiliaries")):
        return False
    return finite < named.first < trigger_index or finite == trigger_index < named.first


def _after_quote(view: SentenceView, trigger_index: int, lex: Lexicon) -> bool:
    """The trigger's verb comes right after a quotation that has just closed (a closing quotation mark, a
    comma and auxiliaries at most between: '..., " warned', '», a averti', '", advirtió')."""
    k = trigger_index - 1
    while k >= 0 and view.words[k].lower in lex.cue_set("auxiliaries") | {","}:
        k -= 1
    if k < 0 or view.words[k].lower not in clauses.QUOTES:
        return False
    return sum(w.lower in clauses.QUOTES for w in view.words[:k + 1]) % 2 == 0 or view.words[k].lower in {"”", "»", "“"}


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
    after = _past_time_words(view, last + 1)
    agents = [mm for mm in in_clause if mm.marker in markers and mm.mention.country and (
        mm.marker_at is not None and last < mm.marker_at <= after or mm.last == trigger_index - 1)]
    return agents[:1]


def _past_time_words(view: SentenceView, k: int) -> int:
    """The first word from k on that is no part of a time phrase: 'les sanctions imposées mardi par
    Washington', 'the sanctions imposed on Tuesday by Washington', 'impuestas el martes por Washington'
    (a time word, or a short word right before one) put no distance between a participle and its agent."""
    while k < len(view.words) and (k in view.time_words or (
            k + 1 in view.time_words and len(view.words[k].text) <= 3 and view.words[k].text.islower())):
        k += 1
    return k


def _reduced_relative_agents(view: SentenceView, trigger_index: int, last: int, in_clause: list[MarkedMention],
                             lex: Lexicon) -> list[MarkedMention]:
    """The agent right after a participle that describes the noun before it ('une proposition saluée
    par l'ONU', 'the sanctions imposed by the EU', 'las medidas adoptadas por Washington'), where a
    participle may follow its noun (grammar.json participle_after_noun; German and Dutch put the agent
    before it: _participle_agents): the participle (inflected) follows a noun phrase an article opens at
    most three words back, with no auxiliary, pronoun or coordinator between (not 'has been condemned
    by', not 'and welcomed by'); grammar.json agent_markers and passive_agent_markers."""
    word = view.words[last]
    if not word.inflected or trigger_index < 2 or last != trigger_index:
        return []
    stops = lex.cue_set("auxiliaries") | lex.cue_set("passive_auxiliaries") | lex.cue_set("coordinators") \
        | lex.cue_set("subject_pronouns") | lex.cue_set("reflexive_pronouns") | lex.cue_set("relative_pronouns") \
        | lex.cue_set("complementizers")
    articles = lex.cue_set("articles")
    before = view.words[max(0, trigger_index - 4):trigger_index]
    if not before or not before[-1].text.isalpha() or before[-1].lower in stops | articles:
        return []
    opened = False
    for w in reversed(before[:-1]):
        if w.lower in articles:
            opened = True
            break
        if not w.text.isalpha() or w.lower in stops:
            return []
    if not opened:
        return []
    markers = lex.cue_set("agent_markers") | lex.cue_set("passive_agent_markers")
    at = _past_time_words(view, last + 1)      # ('une proposition saluée lundi par l'ONU')
    if at >= len(view.words) or view.words[at].lower not in markers:
        return []
    # (the agent may be marked otherwise: 'par le secrétaire général de l'ONU, António Guterres' is an apposition's head)
    return [mm for mm in in_clause if mm.mention.country and at < mm.first <= at + 3
            and all(w.lower in articles for w in view.words[at + 1:mm.first])][:1]


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


def _owner_of_plan(named: MarkedMention, genitive: list[MarkedMention], subject_end: int,
                   view: SentenceView, lex: Lexicon) -> MarkedMention | None:
    """'verwierp het plan van Trump om Groenland te kopen', 'wies den Plan von Trump zurück, Grönland
    zu kaufen': a name in the infinitive that describes the object is what the plan is about; the
    object's owner (between the subject and that name) is the one the act answers."""
    markers = lex.cue_set("infinitive_markers")
    for owner in genitive:
        if not (subject_end < owner.first and owner.last < named.first):
            continue
        between = argument_record.has_word(view, owner.last + 1, named.first - 1, markers)
        after = lex.grammar.get("verb_final") and argument_record.has_word(view, named.last + 1, min(named.last + 2, len(view.words) - 1), markers)
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
    found = [mm for mm in view.mentions if mm.clause == nxt.index and not mm.marker and argument_record.usable(mm, view, lex)]
    return found[:1]


def _giver_by(mm: MarkedMention, trig: Trigger, trigger_index: int, view: SentenceView, lex: Lexicon) -> bool:
    """'Ukraine was granted a 15.6 billion dollar loan by the IMF': the agent of a passive verb of giving
    gives, though the noun of what was given (a trigger of its own) stands between; its passive subject
    is the recipient. Not the agent of another participle ('freed in a swap brokered by Qatar')."""
    return trig.event_type == "AID" and mm.marker in lex.cue_set("agent_markers") and voice.in_passive(view, trigger_index, lex)
