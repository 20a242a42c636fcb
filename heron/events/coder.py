"""The event-coding stage: from an analysed document with its mentions to PLOVER events.

Per sentence (its words: sentence_words): find triggers (heron.events.triggers) and make candidate
events of them (candidates: link each to its actor and recipient (arguments), read its modality
(modality)), group the triggers of one type into one event (grouping) and make its record
(group_record: date it (timing), place it (location), give its actors their country
(actor_countries), score it from the ontology table and give it a confidence), and aim reactions
with no named target at the event they answer (reactions). The countries the article is about are
story_country's. Within-document merging of repeated mentions is heron.events.merge.
"""
from __future__ import annotations

from heron import datelines
from heron.document import ActorMention, Document, Event, party
from heron.events import (accusations, actor_countries, argument_record, candidates, clauses, custodies, group_phrases,
                          group_record, grouping, implied_recipients, lexicon, merge, object_referents, reactions,
                          sentence_words, story_country, triggers, unnamed_actors)
from heron.events.clauses import STATE_KINDS, STATE_SECTORS, MarkedMention, SentenceView
from heron.events.grouping import Candidate

#: acts aimed at no one, whatever foreign state the story named before: leaving an office (PLOVER RETREAT
#: resign: 'Drie ministers stapten op') is a step out of the party's own politics
UNAIMED_ACTS = {("RETREAT", mode) for mode in reactions.UNAIMED_MODES}
#: acts aimed only at whom their own sentence names: police deployed ('oproerpolitie gestationeerd bij de
#: Tanzaniaanse Hoge Commissie') are a security measure at home unless sent into another country or to its
#: border ('schickte hundert Polizisten nach Nordmazedonien'); no later stage brings in a target
NAMED_TARGET_ONLY = {("MOBILIZE", "police")}

#: sentences back in which an object pronoun's antecedent is looked for ('accused him', 'l'accuse')
OBJECT_PRONOUN_REACH = 2


def _counter_accusation(defence: Candidate, found: list[Candidate]) -> bool:
    """'Ecuador defendió la operación y acusó a México de abusar de la figura del asilo': a defence
    said with an accusation by the same side is one statement, coded once, as the accusation (the
    readable golds: 'one statement, one record')."""
    own = {a.mention.country for a in defence.args.actors} - {None}
    return bool(own) and any(c.event_type == "ACCUSE" and {a.mention.country for a in c.args.actors} == own
                             for c in found)


def _own_adjective(group: list[Candidate], event: Event) -> bool:
    """'noemde de aanval "een schending van de Libanese soevereiniteit"': the only recipients are the
    actor's own nationality adjectives on a thing (a party would be one mention with its noun: 'the
    Lebanese army'); what was wronged, which the act the reaction answers may name better."""
    found = grouping.best(group).args.recipients
    return bool(found) and all(mm.mention.kind == "demonym" and mm.mention.country in {a.get("country") for a in event.actor}
                               for mm in found)


def _own_state(group: list[Candidate], event: Event) -> bool:
    """'Canberra condemned the measure, which would cost Australia billions', 'a qualifié la décision
    d'« injustifiée » et a déclaré que la France réagirait', 'nannte den Schritt eine Eskalation, die
    Berlin zu Einschnitten zwinge': a state or its officials (GOV, MIL) whose only recipients are
    their own country by its name or capital; what the act hurt or who will answer it, never whom the
    state answers (a citizen or an opposition party may blame its own government: 'warf der
    Bundesregierung vor')."""
    found = grouping.best(group).args.recipients
    own = {a.get("country") for a in event.actor}
    return bool(found) and all(a.get("sector") in STATE_SECTORS for a in event.actor) \
        and all(mm.mention.kind in STATE_KINDS and mm.mention.country in own for mm in found)


def _names_parties(view: SentenceView, group: list[Candidate], lex, cue: str, whole_clause: bool = False) -> bool:
    """'pidió moderación a ambas partes', 'called on both sides', 'riep alle partijen op'."""
    return candidates.names(view, grouping.best(group).match, lex, cue, whole_clause)


def code(document: Document) -> Document:
    """The stage: fills document.events (before within-document merging)."""
    lex = lexicon.load(document.language or "")
    document.events = []
    if lex is None:
        document.meta["events"] = f"no event lexicon for language {document.language!r}"
        return document
    context_speaker: MarkedMention | None = None
    previous_subject: MarkedMention | None = None
    home, runner_up = (story_country.home_countries(document) + [None, None])[:2]
    head = datelines.head_end(document)      # the wire head is no part of the first sentence
    speaker_age = 0
    earlier: list[list[ActorMention]] = []    # the mentions of the sentences before (object pronouns)
    told_in: dict[str, set[int]] = {}     # lemma -> starts of the sentences that used it (reactions.named_before)
    office_states: dict[int, str | None] = {}    # start of an office named alone -> the state its sentence gave it
    held: dict[str, custodies.Custody] = {}    # a person's first or last name -> who holds them (custodies.custody_of)
    court_before: str | None = None     # the state of the court the sentence before named (actor_countries.of_court)
    place_before: str | None = None     # the one country the places of the sentence before named (actor_countries.police_place)
    for sent in document.sentences:
        words = sentence_words.words(document, sent, head)
        if not words:
            continue
        mentions = [m for m in document.actors if sent.start <= m.start < sent.end]
        mentions, group_sources = group_phrases.parties(words, mentions, document, sent.start, lex)
        mentions = group_phrases.named_groups(words, mentions, document, lex)
        time_spans = [(t.start, t.end) for t in document.times if sent.start <= t.start < sent.end]
        view = clauses.build(words, mentions, lex, sent.text, sent.start, time_spans)
        every = triggers.find(view, lex)
        view.trigger_anchors = [m.anchor for m in every]
        every = candidates.refused_or_ordinary(every, view, lex)
        view.trigger_anchors = [m.anchor for m in every]
        trigger_words = {k for m in every for k in m.words}
        for mm in view.mentions:
            if mm.marker_at in trigger_words and mm.marker in lex.cue_set("speaker_markers"):
                mm.marker, mm.marker_at = "", None   # 'Deutschland sagte der Ukraine Hilfe zu': 'sagte' is the event
        clauses.unmark_across_verbs(view, {m.anchor for m in every if m.trigger.frame != "noun"})
        own_speaker = argument_record.speaker_of(view, lex)
        found = candidates.find(view, lex, own_speaker or context_speaker, previous_subject, every,
                            tuple(m for mentions in earlier[-OBJECT_PRONOUN_REACH:] for m in mentions))
        # 'The opposition leader insists the elections were rigged': what is said is an accusation
        accusation = accusations.content_accusation(view, lex, own_speaker, found, every)
        if accusation is not None:
            found.append(accusation)
        # 'Kiew erklärte, es habe mit dem Angriff nichts zu tun': what is said denies; the act it names is not told as done
        denial = accusations.content_denial(view, lex, own_speaker, found, every)
        if denial is not None:
            found = [c for c in found if view.clause_of(c.match.anchor).index not in denial[1]] + [denial[0]]
        # the state the sentence before had as its subject ('Mali expelled ... The junta accused')
        state_before = actor_countries.subject_state(previous_subject, lex)
        # the country police named alone act in: the one this sentence's places, or the sentence before's, name
        police_country = actor_countries.places_state(view, document.places, place_before, lex)
        for group in grouping.group(found, view, lex):
            event = group_record.event(document, view, group, lex, home, state_before, runner_up, office_states, held,
                           court_before, police_country)
            best = grouping.best(group)
            if best.args.how == candidates.UNNAMED_SUBJECT and not any(a.get("country") for a in event.actor):
                continue    # 'Der Trainer gab sein Amt ab': a doer no dictionary knows, in a story of no country
            custodies.note(view, best, event, held, lex,
                           group_record.named_setting(view, best.match, lex) if best.args.how == "implicit" else None)
            event.trigger["reported"] = own_speaker is not None   # told as someone's words (merge)
            told = reactions.told_before(view, group, event, document, lex) \
                or unnamed_actors.toll_of_earlier_attack(group, event, document) \
                or group_phrases.told_again(event, group_sources)
            if told:
                told.mentions += event.mentions   # 'concerned by the arrest': the arrest told before
                unnamed_actors.name_attackers(told, event)
                continue
            if not event.recipient and _names_parties(view, group, lex, "both_parties"):
                event.recipient = reactions.both_parties(document.events, sent.start, document)
            if not event.recipient and home and _names_parties(view, group, lex, "all_parties"):
                # 'riep alle partijen op tot kalmte': the parties of the country the story is about
                t = event.trigger
                event.recipient = [party(t["text"], t["start"], t["end"], home, None, "all parties")]
            if not event.recipient and _names_parties(view, group, lex, "unnamed_addressees", whole_clause=True):
                # 'riep de westerse bondgenoten op', 'urged Western allies', 'a appelé la communauté
                # internationale', 'pidió ayuda internacional', 'riefen die Geberländer auf': aimed at a group
                # no state's name stands for (named before a verb at the end too: 'hatte die internationale
                # Gemeinschaft um Hilfe gebeten'); the stages after the coder must not aim it at a state the
                # story names elsewhere (implied_recipients, recipient_model)
                event.trigger[implied_recipients.UNNAMED_ADDRESSEE] = True
            if event.event_type == "REJECT" and not merge.countries(event.recipient) \
                    and reactions.rules_out_step(group, event, view, lex):
                # 'ruled out any retreat': its own course, no answer to anyone, and no target for the stages after
                event.trigger[implied_recipients.NO_TARGET] = True
                document.events.append(event)
                continue
            if (event.event_type, event.mode) in UNAIMED_ACTS:
                # 'Nepal's Prime Minister resigned', 'dont la démission avait été annoncée': no stage after the
                # coder brings in a foreign target (UNAIMED_ACTS)
                event.recipient = [r for r in event.recipient if r.get("country") in merge.countries(event.actor)]
                event.trigger[implied_recipients.NO_TARGET] = True
            if (event.event_type, event.mode) in NAMED_TARGET_ONLY and not event.recipient:
                # 'envió 150 policías a la frontera': police keep the neighbour their sentence names, but no
                # later stage brings one in (NAMED_TARGET_ONLY)
                event.trigger[implied_recipients.NO_TARGET] = True
            if best.match.trigger.answers or (event.event_type == "REJECT" and not merge.countries(event.recipient)):
                # a denial aimed at no one named, or a defence ('verteidigte den Schritt', 'a défendu une
                # opération'), answers the accuser told before; a defence no accusation called for is none
                accused_by = reactions.accuser(event, document.events)
                if best.match.trigger.answers and (not accused_by or _counter_accusation(best, found)):
                    continue
                event.recipient = accused_by or event.recipient
            if best.match.trigger is accusations.DENY:
                document.events.append(event)   # whom a denial answers is no act told just before
                continue
            answered = reactions.answers_earlier(view, group, lex) if event.event_type in reactions.REACTIONS else None
            judged = reactions.judged_subject(view, group, lex) if event.event_type in reactions.REACTIONS else None
            own_state = _own_state(group, event)
            if answered is not None and (not event.recipient or _own_adjective(group, event) or own_state
                                         or reactions.named_in_comment(view, group, answered, lex)):
                # 'veroordeelde de aanvallen': the earlier event of the type the noun names, if it names one
                # (else none: a state that names only itself has named no target)
                wanted = reactions.noun_type(view, answered, group, every, lex)
                noun = view.words[answered].lemma if answered >= 0 else ""
                act = wanted is None and reactions.act_noun(view, answered, lex)   # 'criticised the decision'
                event.recipient = reactions.named_before(event, document.events, told_in.get(noun, set()), wanted) \
                    or reactions.reaction_target(event, document.events, sent.start, document, wanted, act=act) \
                    or ([] if own_state else event.recipient)
            if not event.recipient and judged is not None:
                # 'said the move was "unfair"': a definite noun may point further back than a bare reaction
                event.recipient = reactions.reaction_target(event, document.events, sent.start, document,
                                                            reach=reactions.REACTION_REACH + 3)
            if not event.recipient and event.event_type in reactions.REACTIONS \
                    and reactions.evaluates(view, group, lex):
                # 'Lavrov a dénoncé une « escalade dangereuse »': a judgement of the act told just before
                # a rejection answers the accusation or demand itself; praise and blame the act behind it
                skip = frozenset() if event.event_type == "REJECT" else reactions.REACTIONS
                event.recipient = reactions.reaction_target(event, document.events, sent.start, document, None, skip)
                if grouping.best(group).match.trigger.event_type == "THREATEN":
                    # a warning of harm (candidates.find): those named as suffering it are not its target
                    event.recipient = reactions.ruled(event.recipient)
            document.events.append(event)
        # who speaks in the next quote, and who 'hij'/'het' is in the next sentence
        if own_speaker:
            context_speaker, speaker_age = own_speaker, 0
        else:
            speaker_age += 1
            if speaker_age > 2:
                context_speaker = None
        for w in view.words:
            told_in.setdefault(w.lemma, set()).add(sent.start)
        earlier.append(object_referents.referents(mentions, view, lex))
        custodies.introduce(view, held, lex)     # ('die australische Journalistin Cheng Lei' ... 'Cheng')
        # ('..., erklärte das Außenministerium. Der Regierung in Mogadischu warf es vor': whose the office is)
        for mm in view.mentions:
            office_states[mm.mention.start] = actor_countries.state_before(mm, view, state_before, lex)
        subjects = [mm for mm in view.mentions if not mm.marker and argument_record.usable(mm, view, lex)]
        if subjects:
            previous_subject = subjects[0]
        court_before = actor_countries.court_state(view, document.places, lex)
        place_before = actor_countries.places_state(view, document.places, None, lex)
    document.meta.pop("_tokens", None)
    document.meta.pop("_token_starts", None)
    return document
