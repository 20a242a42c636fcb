"""From a sentence's trigger matches to candidate events: which triggers tell an act, its type
after modality (a promise, a refusal, a threat, an obligation or a demand), and its actors and
recipients (arguments), with the rules for doers the sentence does not name (unnamed_actors) and
for targets that are none or are found elsewhere (recipient_rules).

Separate from the coder because this is the per-trigger step of the pipeline (DESIGN.md: trigger +
type/mode, arguments, modality); grouping the candidates into events is grouping, the record of a
group is group_record's.
"""
from __future__ import annotations

import dataclasses

from heron import ontology
from heron.document import ActorMention
from heron.events import (argument_record, arguments, coordination, modality, object_referents, reactions, receiving, recipient_rules,
                          triggers, unnamed_actors, visits)
from heron.events.argument_record import Arguments
from heron.events.clauses import STATE_KINDS, STATE_SECTORS, MarkedMention, SentenceView
from heron.events.grouping import Candidate
from heron.events.triggers import TriggerMatch

#: types that become AGREE when only promised (PLOVER): their CAMEO 'express intent' code
FUTURE_AGREE_CAMEO = {"AID": "033", "COOPERATE": "031", "SUPPORT": "032", "CONSULT": "036"}
THREAT_CAMEO = "130"
REFUSAL_CAMEO = "120"
#: acts that punish or repress whom they fall on: announced for whoever does something, they threaten
PUNISHING = frozenset({"COERCE", "SANCTION"})
#: talks held back 'for now' or 'until ...' are refused now ('there would be no trade talks until ...', 'wil hij
#: voorlopig niet praten'); aid or a withdrawal held back for now is a state of affairs ('no enviará por ahora más
#: tanques', "n'envisage pas de les retirer pour l'instant"); rows of demanded acts (flag refused) are refused so too
DEMANDED = frozenset({"CONSULT"})
#: acts of accepting, agreeing and backing: 'cannot accept', 'kann nicht zustimmen' refuses them
ACCEPTING = frozenset({"AGREE", "CONCEDE", "SUPPORT"})
DIPLOMATIC_PROTEST_CAMEO = "114"
CRITICISM_CAMEO = "111"
AIMED_LAUNCH_CAMEO = "195"    # missiles fired at a target: an aerial weapons attack


def _type_after_modality(match: TriggerMatch, mod: modality.Modality) -> tuple[str | None, str | None, str]:
    """(event type, CAMEO override, modality value) or (None, ..) when it is not an event."""
    trig = match.trigger
    etype, cameo, value = trig.event_type, trig.cameo, mod.value
    if value == "negated" and mod.refusal and ontology.event_type(etype).quad in (1, 2) \
            and (not mod.provisional or etype in DEMANDED):
        # 'said it would not provide support', 'zal Kyiv niet helpen': a refusal (CAMEO 12)
        return "REJECT", REFUSAL_CAMEO, "asserted"
    if value == "negated" and mod.inability and etype in ACCEPTING:
        # 'said it cannot accept the demands', 'kann dem Plan nicht zustimmen': a refusal; 'could not
        # attend' or 'kon niet helpen' is no refusal of anyone
        return "REJECT", REFUSAL_CAMEO, "asserted"
    if trig.refused:
        # 'would not reconsider it', 'zal niet van koers veranderen', 'ne participera pas': an act commonly
        # demanded is told only when it is refused ('could not attend' is no refusal of anyone)
        return (etype, cameo, "asserted") if value == "negated" and mod.refusal else (None, None, value)
    if trig.intent_only:
        if mod.value != "future":
            return None, None, value
        return "AGREE", cameo, "asserted"
    if value == "future" and mod.conditional_threat and ontology.event_type(etype).quad >= 2 and etype != "AID":
        # 'will withdraw its force unless ...': a conditional announcement of a hard act is a threat
        return "THREATEN", THREAT_CAMEO, "asserted"
    if value == "future" and etype in {"RETREAT", "CONCEDE"}:
        # intent to yield is AGREE (CAMEO 035); an announced withdrawal is CONCEDE (CODING 2)
        return ("AGREE", "035", "asserted") if mod.intent else ("CONCEDE", None, "asserted")
    if value == "future" and etype in FUTURE_AGREE_CAMEO and (mod.volition or etype != "CONSULT"):
        return "AGREE", FUTURE_AGREE_CAMEO[etype], "asserted"
    if value == "future" and etype == "AGREE":
        return etype, cameo, "asserted"     # a promise is asserted when it is made
    return etype, cameo, value


def find(view: SentenceView, lex, context_speaker, previous_subject,
         every: list[TriggerMatch], earlier: tuple[ActorMention, ...] = ()) -> list[Candidate]:
    out = []
    found = [m for n, m in enumerate(every) if not triggers.embedded(m, every[:n], view, lex)
             and not triggers.object_of_final_verb(m, every, view, lex)
             and not triggers.judged_after(m, every, view, lex)
             and not triggers.judged_before(m, every, view, lex)
             and not triggers.judged_as(m, view, lex)
             and not triggers.no_label(m, every, view, lex)
             and not triggers.protest_setting(m, every, view, lex)
             and not triggers.meeting_as_content(m, every, view, lex)
             and not triggers.requested_content(m, every[:n], view, lex)
             and not triggers.alleged(m, every[:n], view, lex)
             and not _attribute(m, view, lex) and not triggers.in_name(m, view, lex)
             and not triggers.state_passive(m, view, lex)
             and not triggers.party_noun(m, view, lex)
             and not receiving.hosts_a_gift(m, every, view, lex)]
    contents = [m for m in every if m not in found]
    for match in found:
        clause = view.clause_of(match.anchor)
        other_words = frozenset(k for m in found if m is not match for k in m.words)
        mod = modality.detect(view, clause, match.last, lex, other_words, frozenset(match.words))
        if mod.value == "asserted" and _noun(match, view, lex) and (
                match.trigger.event_type == "CONSULT" or _topic(match, view, clause, lex)):
            # a meeting noun is often the subject of what is said of it: 'is not planned', 'gilt als unwahrscheinlich'
            mod = modality.detect(view, clause, match.last, lex, other_words, frozenset(match.words), whole_clause=True)
            mod = modality.Modality(mod.value, mod.volition, mod.cue)   # 'not planned' is no refusal
        predicate = modality.ruled_out(view, clause, frozenset(match.words), lex) \
            if ontology.event_type(match.trigger.event_type).quad in (1, 2) or match.trigger.refused else None
        if predicate:
            # 'delivering Taurus to Kyiv was "not an option"', 'Van het intrekken van de wet is geen sprake':
            # an act of cooperation or concession ruled out is refused
            mod = modality.Modality("negated", False, predicate, refusal=True, ruled_out=True)
        modal = _obligation(view, clause, match, lex)
        if modal is not None:
            # 'Niger must first reopen the border': an obligation is no act; said by another party it is a demand
            asker = _postposed_demand(view, modal, found, lex)
            demand = _demanded_by(view, match, modal, asker, lex) if asker else _demand(view, clause, match, modal, lex)
            if demand:
                out.append(demand)
            if demand or asker or not _scheduled(view, modal, match, lex):
                continue
            # 'Le ministre doit se rendre à Alger': told by no one, the modal schedules the act (a plan: AGREE)
            mod = modality.Modality("future", True, view.words[modal].lower)
        etype, cameo, value = _type_after_modality(match, mod)
        if etype is None:
            continue
        if etype in LIFTABLE and _lifted_measure(view, match, lex):
            # 'suspended its ban on Swedish imports', 'schortte de sancties op', 'setzte die Blockade aus',
            # 'levantó el bloqueo': ending one's own hostile measure is a concession with immediate
            # material effect (RETREAT), announced for later a verbal one (CONCEDE; CODING 2)
            etype, cameo = ("CONCEDE" if value == "future" else "RETREAT"), None
            value = "asserted" if value == "future" else value
        if etype == "AGREE" and match.trigger.event_type == "AGREE" and _promises_retribution(view, match, lex):
            # 'a promis que les auteurs « répondront de leurs actes »': a promise of punishment is a threat
            etype, cameo = "THREATEN", THREAT_CAMEO
        if etype == "AGREE" and match.trigger.event_type == "AGREE" \
                and _promises_harm(view, match, contents, found, other_words, lex):
            # 'Hezbollah promised to strike Israel', 'beloofde Israël aan te vallen', 'promis de traquer les
            # ADF': a promise of violence or repression is a threat (CODING 2: mode = content of the threat)
            etype, cameo = "THREATEN", THREAT_CAMEO
        if etype == "THREATEN" and match.trigger.event_type == "THREATEN" and _warns_refusal(view, match, contents, lex):
            # 'a prévenu qu'il ne reconnaîtrait pas les résultats', 'advirtió de que el PS no respaldará el
            # programa': a warning whose content refuses an act of cooperation is that refusal, no threat
            etype, cameo = "REJECT", REFUSAL_CAMEO
        others = tuple(m.anchor for m in found if m is not match)
        verb_ends = {m.anchor: m.last for m in found if m is not match and m.trigger.frame != "noun"}
        verbs = tuple(verb_ends)
        args = arguments.link(match.trigger, match.anchor, view, lex, context_speaker, previous_subject, others, verbs,
                              match.words, verb_ends=verb_ends)
        if match.trigger.frame != "noun" and all(a.first > match.last for a in args.actors):
            doers = _noun_subject(view, lex, match, found, context_speaker, previous_subject)
            if doers:
                args = arguments.link(match.trigger, match.anchor, view, lex, context_speaker, previous_subject,
                                      others, verbs, match.words, doers, verb_ends)
        patient = arguments.participle_patient(match.trigger, match.anchor, view, lex,
                                               triggers.attributive(match, view, lex))
        if patient is not None:
            # 'a Japanese national detained in China': the participle's noun is whom the act fell on
            args = arguments.told_on_patient(patient, match.anchor, view, lex)
        if etype == "REJECT" and (mod.ruled_out or (
                not args.actors and modality.ruled_out(view, clause, frozenset(), lex))):
            # 'delivering Taurus was "not an option"', and a row that is itself the ruling out ('Eine
            # Lieferung kommt nicht in Frage, sagte Scholz'), whose subject is the act and not its doer
            args = _ruled_out_by_speaker(args, view, lex)
        if not args.actors and args.joined_to is not None:
            # 'Homem noemde de plunderaars "criminelen" en waarschuwde dat ...': a verb joined to the one
            # before it by a coordinator, with no subject of its own, has that verb's actor
            joined = next((c for c in out if c.match.anchor == args.joined_to), None)
            if joined is not None:
                args.actors, args.how = list(joined.args.actors), joined.args.how
            if joined is not None and joined.cameo == THREAT_CAMEO and joined.match.trigger.event_type != "THREATEN" \
                    and ontology.event_type(etype).quad >= 2:
                # 'serán "detenidos y expulsados"' on a condition: the second act is threatened with the first
                etype, cameo, value = "THREATEN", THREAT_CAMEO, "asserted"
        if not args.actors and triggers.dated_setting(match, view, lex):
            # 'nahm den Oppositionsführer fest, drei Monate nach seiner ersten Festnahme im März': an
            # earlier act of the same kind, told with its own date and no doer, is the same doer's
            told = next((c for c in out if c.event_type == etype and c.args.actors), None)
            if told is not None:
                args.actors, args.how = list(told.args.actors), "implicit"
        if cameo == THREAT_CAMEO and match.trigger.event_type != "THREATEN" \
                and not (args.how == "passive" and args.recipients):
            # 'Sollte Ungarn den Haftbefehl nicht vollstrecken, werde Warschau die EU-Kommission
            # ersuchen', 'Should Russia invade, NATO will deploy troops to Poland': an act announced on
            # a condition threatens the one the condition names, not the act's own target ('zei dat
            # Netanyahu zou worden gearresteerd als hij Ierland bezoekt': a passive's subject is its target)
            args.recipients = argument_record.named_in_condition(view, clause, args.actors, lex) or args.recipients
        if etype == "ASSAULT":
            args.actors = [a for a in args.actors if not _victims_after(a, match)]
        if not args.actors and etype == "ASSAULT" and match.trigger.frame == "noun":
            args.actors, args.how = unnamed_actors.unknown_attackers(view, lex, match), "implicit"
        if match.trigger.frame == "sym":
            args = _talks_with_group(args, lex)
        if etype == "AGREE" and match.trigger.frame == "sym" and match.trigger.event_type != "AGREE":
            args = arguments.one_sided(args, lex)
        if etype == "THREATEN" and reactions.warned_harm(view, match, args.recipients, lex):
            # 'warned of devastating consequences for millions of Palestinians': the act told before is
            # criticised; those who suffer it are no target (code(): the reaction's target is its doer)
            etype, cameo, args.recipients = "ACCUSE", CRITICISM_CAMEO, []
        if _diplomatic_protest(match, args):
            etype, cameo = "ACCUSE", DIPLOMATIC_PROTEST_CAMEO
        if match.trigger.aimed and etype == "MOBILIZE" and (
                any(r.marker in match.trigger.preps for r in args.recipients)
                or any(m.trigger.event_type == "ASSAULT" for m in found)):
            # 'lanzó misiles balísticos contra Israel', 'hat Israel angegriffen und ballistische Raketen
            # abgefeuert': a launch at a target or in an attack is an attack, not a test
            etype, cameo = "ASSAULT", AIMED_LAUNCH_CAMEO
        if etype == "PROTEST" and all(r.mention.kind == "capital" for r in args.recipients):
            # a capital after a protest is mostly where it is; the embassy it faces is whom it targets
            args.recipients = arguments.faced(view, match.last, lex) or args.recipients
        if not args.actors and etype == "PROTEST":
            args.actors, args.how = unnamed_actors.crowd(view, clause, match, lex), "crowd"
        # 'wurden festgenommen', 'gegen sie wird intern ermittelt', 'wurde einbestellt', 'the ban was
        # lifted', 'wurde die Einreise verweigert': an agentless arrest, ruling, inquiry, summons, lifted
        # restriction or refusal of entry; 'Security has been tightened around Chinese nationals', 'la
        # sécurité a été renforcée': security stepped up by no one named is the authorities' police act
        if not args.actors and args.how == "passive" and cameo == THREAT_CAMEO and args.speaker is not None \
                and match.trigger.event_type != "THREATEN":
            # 'Harris said that Netanyahu would be arrested if he visited Ireland': an agentless act announced
            # on a condition is the threat of whoever announces it
            args.actors, args.how = [args.speaker], "speaker"
        if not args.actors and args.how == "passive" and (etype in {"COERCE", "SANCTION", "RETREAT", "CONCEDE"}
                                                           or (etype == "MOBILIZE" and match.trigger.mode == "police")
                                                           or argument_record.legal_act(match.trigger, lex)
                                                           or argument_record.entry_refusal(match.trigger, lex)
                                                           or match.trigger.mode == "investigate"
                                                           or argument_record.diplomatic_summons(match.trigger)):
            reporter = unnamed_actors.reporting_authority(view, args) if etype in {"COERCE", "SANCTION"} else []
            args.actors, args.how = reporter or unnamed_actors.implicit_authorities(view, match, lex), "implicit"
        # 'duizend militairen ingezet', 'tuées ... lorsque les forces de l'ordre ont tenté de disperser'
        forces = unnamed_actors.unnamed_forces(view, match) \
            if not args.actors and etype in unnamed_actors.FORCE_TYPES else []
        if forces:
            args.actors, args.how = forces, "implicit"
        if not args.actors and etype == "ASSAULT" and args.how == "passive" and (
                unnamed_actors.someone(args.recipients)
                or unnamed_actors.killed_by_no_one_named(view, match, args.recipients, found, lex)):
            # 'al-Kikli werd doodgeschoten': a victim with no named doer was attacked by unknown attackers;
            # so were unnamed people killed by no one named ('Trois personnes ont été tuées'), not in a
            # disaster or war ('Bij de aardbeving zijn honderden mensen gedood': no attack)
            args.actors, args.how = unnamed_actors.attackers(view, match), "implicit"
        if etype in PUNISHING and _announced_for_anyone(view, match, found, lex):
            # 'warned that anyone entering the country illegally would be arrested': a punishment
            # announced for whoever does something is a threat made when said (by the authorities found above)
            etype, cameo, value = "THREATEN", THREAT_CAMEO, "asserted"
        if not args.actors and match.trigger.frame == "svo" and args.how != "passive" \
                and ontology.event_type(etype).verbal and not mod.ruled_out \
                and not modality.ruled_out(view, clause, frozenset(), lex):
            # (said acts only: a material act with no named doer is as often a flood's, a firm's or a
            # fire brigade's: 'Las inundaciones mataron a decenas', 'Les pompiers ont évacué un immeuble')
            unnamed = _unnamed_subject(view, match, lex)
            if unnamed:
                args.actors, args.how = unnamed, UNNAMED_SUBJECT
        if not args.actors:
            continue        # an event with no actor at all is not emitted (CODING 3)
        actor_ids = {id(a) for a in args.actors}
        possessives = lex.cue_set("possessives")
        # 'zog seine Truppen ab', 'retiró sus tropas': the actor's own people are not its target
        own = {a.mention.country for a in args.actors} | {None}
        locative = lex.cue_set("locative_markers")
        args.recipients = [r for r in args.recipients if id(r) not in actor_ids
                           and not argument_record.unknown_group(r.mention) and not (
            r.mention.kind == "title" and r.mention.country in own and r.first > 0
            and view.words[r.first - 1].lower in possessives) and not (
            # 'Ramaphosa riep in Pretoria alle partijen op': the actor's own capital is where, not whom
            r.mention.kind in {"capital", "state"} and r.mention.country in own and r.marker in locative)
            and not recipient_rules.foreign_people(r, view, lex) and not recipient_rules.venue(r, match)
            and not recipient_rules.fronted_setting(r, view, match, lex)
            and not recipient_rules.moved_forces(r, view, match, lex)
            and not recipient_rules.own_government(r, args.actors, view, match, lex)]
        if etype == "MOBILIZE" and args.actors and match.trigger.frame != "sym" \
                and not recipient_rules.foreign(args.recipients, args.actors):
            # 'moved troops toward its border with Eritrea': the neighbour across the border is the target
            args.recipients = recipient_rules.across_border(view, match, args.actors, lex) or args.recipients
        if args.actors and all(r.mention.country is None for r in args.recipients):
            # the recipient named only as 'seven countries' or not at all, then listed after 'including'
            stop = min([t for t in others if t > match.last] + [len(view.words)])
            members = arguments.list_members(view, match.last, stop, lex)
            if members:
                args.recipients = members
        if not args.recipients and match.trigger.event_type in argument_record.DIRECTED | {"AGREE"}:
            # 'threatened to impose restrictions against German goods', 'agreed to return to
            # Azerbaijan four villages', 'se ofreció a mediar entre Israel y Hamás': the target of the content
            for content in (c for c in contents if c.first > match.last
                            and not any(match.last < t < c.first for t in others)):
                inner = arguments.link(content.trigger, content.anchor, view, lex, context_speaker, previous_subject)
                args.recipients = [r for r in inner.recipients if id(r) not in actor_ids]
                if args.recipients:
                    break
        if not args.recipients and etype == "REQUEST":
            args.recipients = recipient_rules.asked(view, match, args.actors, lex)
        if not args.recipients and args.actors:
            # 'U.S. prosecutors accused him', "Le parquet l'accuse", 'ordered his release': whom the
            # pronoun refers back to (`earlier`: the mentions of the sentences before)
            args.recipients = object_referents.object_referent(view, match.words, match.trigger,
                                                               _noun(match, view, lex), args.actors, earlier, lex)
        # material cooperation needs a partner (CODING 2): one named later in the story is found by
        # the stages after the coder, and events.partners drops those still without one
        if match.trigger.frame == "sym" and etype in {"CONSULT", "COOPERATE"} and len(args.actors) < 2 \
                and not args.recipients and not names(view, match, lex, "both_parties"):
            continue        # a meeting needs two parties: 'Rusland sprak over de deal' is a statement
        if match.trigger.mode == "visit" and visits.private_or_to_a_site(view, match, args, lex):
            # a visit needs a party visited: 'besuchte den Ort' says where someone went, 'a visit to his
            # partner in Venezuela' is private wherever it is
            continue
        out.append(Candidate(match, args, modality.Modality(value, mod.volition, mod.cue), etype, cameo))
    return out


def refused_or_ordinary(every: list[TriggerMatch], view: SentenceView, lex) -> list[TriggerMatch]:
    """The sentence's trigger matches without those of rows told only as refused (flag refused) that
    are not refused here: 'Mexico will take part in the summit', 'Österreich wird am Gipfel teilnehmen'
    tell the summit, and their verb is no act whose content the summit would be (triggers.embedded)."""
    return [m for m in every if not m.trigger.refused or _refused(m, every, view, lex)]


def _refused(match: TriggerMatch, every: list[TriggerMatch], view: SentenceView, lex) -> bool:
    """'would not reconsider', 'werde nicht teilnehmen', 'reopening the border was "not an option"':
    a negated future or volition, or a predicate of refusal."""
    clause = view.clause_of(match.anchor)
    others = frozenset(k for m in every if m is not match for k in m.words)
    mod = modality.detect(view, clause, match.last, lex, others, frozenset(match.words))
    return (mod.value == "negated" and mod.refusal) \
        or modality.ruled_out(view, clause, frozenset(match.words), lex) is not None


def _attribute(match: TriggerMatch, view: SentenceView, lex) -> bool:
    """A participle that describes a noun and tells no act ('l'accord signé en 2015'); not one that
    tells what was done to people of a named country ('les deux Français détenus en Iran', 'de in
    Iran opgepakte Nederlander': arguments.participle_patient)."""
    return triggers.attributive(match, view, lex) and arguments.participle_patient(
        match.trigger, match.anchor, view, lex, attributive=True) is None


def _ruled_out_by_speaker(args: Arguments, view: SentenceView, lex) -> Arguments:
    """'Een ontmoeting met Poetin is uitgesloten, zei Zelensky', 'Une rencontre avec Poutine est hors
    de question, a déclaré Zelensky', 'Una reunión con Maduro no está sobre la mesa, dijo Petro': the
    party that says an act is out of the question refuses it (modality.Modality.ruled_out); the
    act's other parties are whom it is refused."""
    speaker = argument_record.speaker_of(view, lex)
    if speaker is None or not speaker.mention.country:
        return args
    # ('Un retrait des troupes russes est exclu, a déclaré le Kremlin': its own troops are not whom it refuses)
    others = [m for m in args.actors + args.recipients if m.mention.country != speaker.mention.country]
    return Arguments(actors=[speaker], recipients=others, speaker=speaker, how="speaker")


def _talks_with_group(args: Arguments, lex) -> Arguments:
    """'Anwar Ibrahim telefonierte mit beiden Seiten', 'spoke by phone with the national security
    advisers of both countries': a party that talks with the parties a group phrase names
    (group_phrases.parties: mentions on the same words) talks to each of them; it is the actor, they the
    recipients (the readable golds code a mediator's calls so), not partners of one joint act."""
    comitative = lex.cue_set("comitative_markers")
    group = [a for a in args.actors if a.marker in comitative
             and any(b is not a and (b.first, b.last) == (a.first, a.last) for b in args.actors)]
    rest = [a for a in args.actors if a not in group]
    # ('Carney s'est entretenu avec Donald Trump, et les deux dirigeants ont convenu': the pair itself)
    if group and rest and not {a.mention.country for a in group} & {a.mention.country for a in rest}:
        args.actors, args.recipients = rest, group + [r for r in args.recipients if r not in group]
    return args


def _warns_refusal(view: SentenceView, match: TriggerMatch, contents: list[TriggerMatch], lex) -> bool:
    """The content of the warning (triggers.requested_content) is an act of cooperation or concession
    refused: a negated future or volition that would be coded REJECT were it said outright."""
    for content in contents:
        if content.first <= match.last or not triggers.requested_content(content, [match], view, lex):
            continue
        clause = view.clause_of(content.anchor)
        mod = modality.detect(view, clause, content.last, lex, frozenset(), frozenset(content.words))
        # only a refusal made by the negation ('ne reconnaîtrait pas'), not a row that is a rejection itself
        # ('tomará medidas para defender los derechos': a defence, flag answers)
        if mod.value == "negated" and content.trigger.event_type != "REJECT" \
                and _type_after_modality(content, mod)[0] == "REJECT":
            return True
    return False


def _promises_retribution(view: SentenceView, match: TriggerMatch, lex, reach: int = 12) -> bool:
    """What is promised, in the words after the promise, is punishment or revenge ('vowed that those
    responsible would be held accountable', 'prometió que los culpables rendirán cuentas', 'versprach
    Vergeltung'; grammar.json retribution)."""
    after = " " + " ".join(w.lower for w in view.words[match.last + 1:match.last + 1 + reach]) + " "
    return any(f" {cue} " in after for cue in lex.cue_set("retribution"))


#: hostile measures that a party can end: its sanctions, bans, blockades (grammar.json hostile_measures)
LIFTABLE = frozenset({"SANCTION", "COERCE"})


def _lifted_measure(view: SentenceView, match: TriggerMatch, lex, reach: int = 6) -> bool:
    """The trigger names a hostile measure (grammar.json hostile_measures) that a verb of ending near it
    in its clause lifts or suspends, or is that verb with the measure near it (grammar.json
    lifting_verbs; 'x+y': verb x with its separable particle y later in the clause), with no
    coordinator between ('schortte de sancties op', 'die Sanktionen aufgehoben', 'lifted the heaviest
    sanctions imposed on Niger'). 'suspended imports of Japanese seafood' ends no hostile measure."""
    measures = lex.cue_set("hostile_measures")
    lifting = lex.cue_set("lifting_verbs")
    if not measures or not lifting:
        return False
    clause = view.clause_of(match.anchor)
    joins = lex.cue_set("coordinators")

    def hostile(w) -> bool:
        return any(w.lemma == m or w.lower == m or (lex.grammar.get("capitalised_nouns") or lex.grammar.get("verb_final"))
                   and len(m) > 4 and m in w.lower for m in measures)

    def lifts(k: int) -> bool:
        w = view.words[k]
        for cue in lifting:
            verb, _, particle = cue.partition("+")
            if w.lemma != verb and w.lower != verb:
                continue
            if not particle or any(view.words[j].lower == particle for j in range(k + 1, clause.last + 1)):
                return True
        return False

    span = range(match.first, match.last + 1)
    if not any(hostile(view.words[k]) or lifts(k) for k in span):
        return False
    nouns = [k for k in range(clause.first, clause.last + 1) if hostile(view.words[k])]
    for n in nouns:
        lo, hi = max(clause.first, n - reach), min(clause.last, n + reach)
        for k in range(lo, hi + 1):
            # the measure or its lifting is the trigger's ('suspendió sus operaciones ofensivas')
            if k == n or not lifts(k) or (n not in span and k not in span):
                continue
            a, b = sorted((k, n))
            if not any(view.words[j].lower in joins or view.words[j].lower in {",", ";"} for j in range(a + 1, b)):
                return True
    return False


#: acts whose promise is a threat: violence and repression (CODING 2, THREATEN modes violence, arrest, restrict)
HARMFUL = frozenset({"ASSAULT", "COERCE"})


def _promises_harm(view: SentenceView, match: TriggerMatch, contents: list[TriggerMatch], found: list[TriggerMatch],
                   other_words: frozenset, lex, reach: int = 4) -> bool:
    """The promise's content (a verb it embeds, triggers.embedded, a few words after it) is an act of
    violence or repression that is not itself negated. Not a noun ('agreed to a ceasefire after eleven
    days of fighting'), not past another act or a purpose ('ofreció ayuda a Ecuador para combatir a las
    bandas'), and not an act promised not to be done ('agreed to stop attacking each other's ships')."""
    purpose = lex.cue_set("purpose_prepositions")
    for content in contents:
        if content.trigger.event_type not in HARMFUL or content.first <= match.last \
                or content.first - match.last > reach + 1 or content.trigger.frame == "noun" \
                or (triggers.nominal(content, view, lex)      # ('promis de frapper': 'de' marks an infinitive)
                    and view.words[content.first - 1].lower not in lex.cue_set("infinitive_markers")) \
                or not triggers.embedded(content, [match], view, lex) \
                or any(m is not match and m is not content and match.last < m.anchor < content.first
                       for m in found + contents) \
                or any(view.words[k].lower in purpose for k in range(match.last + 1, content.first)):
            continue
        clause = view.clause_of(content.anchor)
        mod = modality.detect(view, clause, content.last, lex, other_words, frozenset(content.words))
        if mod.value != "negated":
            return True
    return False


def _announced_for_anyone(view: SentenceView, match: TriggerMatch, found: list[TriggerMatch], lex) -> bool:
    """'warned that anyone entering the country illegally would be arrested', 'said those who stayed
    would face arrest', 'waarschuwde dat iedereen die illegaal binnenkomt, zal worden gearresteerd',
    'warnte, wer illegal einreise, werde festgenommen', 'a averti que quiconque entrerait illégalement
    serait arrêté', 'advirtió que quienes participen serán detenidos': the act falls on whoever does
    something (a phrase of grammar.json generic_persons before the trigger), after a verb of warning,
    or after a verb of saying when the act is in the future ('would', 'serait', 'será'): it is
    announced as a consequence, not done to anyone yet ('said those who were arrested on Monday had been released'
    tells of people arrested; 'had gedreigd iedereen die de diensten hindert te laten oppakken' is
    threatened as it is told)."""
    cues = lex.cue_set("generic_persons")
    reporting = lex.cue_set("reporting_verbs")
    warned = {m.anchor for m in found if m.trigger.event_type == "THREATEN"}
    said = next((w.i for w in view.words[:match.first] if w.i in warned or w.lemma in reporting
                 or w.lower in reporting), None)
    if said is None:
        return False
    words = [w.lower for w in view.words[said + 1:match.first]]
    ends = [said + 1 + k + n for k in range(len(words)) for n in (1, 2, 3) if " ".join(words[k:k + n]) in cues]
    future = lex.cue_set("future")
    return bool(ends) and (said in warned or any(w.lower in future or (w.inflected and modality.future_form(view, w.i, lex))
                                                 for w in view.words[min(ends):match.first]))


def _victims_after(mm: MarkedMention, match: TriggerMatch) -> bool:
    """'Typhoon Yagi killed at least 59 people', 'Las inundaciones mataron a decenas de personas':
    people with no affiliation after a verb of violence are whom it falls on, never its doer (a
    flood or typhoon is no actor, so no attack is coded). Other acts keep them: an unknown doer
    of a domestic act there still takes the story's country ('Los Mossos detuvieron a dos
    agentes', CODING 3)."""
    return mm.first > match.last and mm.mention.kind == "title" and mm.mention.sector in unnamed_actors.UNAFFILIATED


def _state_actor(m: ActorMention) -> bool:
    """A country, its capital or its offices: 'Paris', 'the Dutch government', 'la Cancillería'
    (a named person may lead a crowd: 'les partisans de l'opposant Tchiroma')."""
    return m.kind in STATE_KINDS or (m.kind == "title" and m.sector in STATE_SECTORS)


def _diplomatic_protest(match: TriggerMatch, args: Arguments) -> bool:
    """'The Philippines protested China's use of water cannon', 'Berlin protestierte gegen die
    Festnahme': a state that protests complains officially (CAMEO 114); crowds, unions and
    parties demonstrate (PROTEST)."""
    trig = match.trigger
    return trig.event_type == "PROTEST" and trig.mode == "demo" and trig.frame != "noun" \
        and bool(args.actors) and args.how in {"subject", "agent"} \
        and all(_state_actor(a.mention) for a in args.actors)


def _obligation(view: SentenceView, clause, match: TriggerMatch, lex) -> int | None:
    """The word of a modal of obligation before the trigger in its clause: 'Niger must first
    reopen', 'Serbien müsse ... ausliefern', 'Rusia debe retirar'."""
    cues = lex.cue_set("obligation")
    for k in range(clause.first, match.first):
        pair = f"{view.words[k].lower} {view.words[k + 1].lower}"
        if view.words[k].lower in cues or pair in cues:
            return k
    return None


def _scheduled(view: SentenceView, k: int, match: TriggerMatch, lex) -> bool:
    """'Le ministre doit se rendre à Alger', 'Les Vingt-Sept doivent se réunir lundi': a modal of the
    language's that schedules an act (grammar.json scheduling_modals), right before the trigger verb
    (a reflexive pronoun between), in a main clause nobody is said to say. 'La Russie doit retirer
    ses troupes, a déclaré Macron' stays an obligation; 'le paquet, qui doit encore être signé' and
    'les exercices, qui doivent durer' tell no act of their subject."""
    between = view.words[k + 1:match.first]
    return view.words[k].lower in lex.cue_set("scheduling_modals") \
        and (k == 0 or view.words[k - 1].lower not in lex.cue_set("relative_pronouns")) \
        and all(w.lower in lex.cue_set("reflexive_pronouns") for w in between) \
        and argument_record.speaker_of(view, lex) is None


def _demand(view: SentenceView, clause, match: TriggerMatch, k: int, lex) -> Candidate | None:
    """'Benin said Niger must first reopen its border': the obliged party named right before the
    modal (word k) is asked by the speaker of the sentence, when that is another country (REQUEST)."""
    obliged = _obliged(view, clause.index, k, lex)
    if obliged is None:
        return None
    # 'Benin said Niger must ...': 'Niger' follows the reporting verb but is not its speaker
    others = [mm for mm in view.mentions if mm is not obliged]
    speaker = argument_record.speaker_of(dataclasses.replace(view, mentions=others), lex)
    if speaker is None or not speaker.mention.country or speaker.mention.country == obliged.mention.country:
        return None
    args = Arguments(actors=[speaker], recipients=[obliged], speaker=speaker, how="speaker")
    return Candidate(match, args, modality.Modality("asserted", False, view.words[k].lower), "REQUEST", None)


def _obliged(view: SentenceView, clause_index: int, k: int, lex) -> MarkedMention | None:
    """The party named in clause `clause_index` right before the modal of obligation at word k ('Niger
    must', 'Russland müsse'), unmarked or marked only as what is said."""
    said = lex.cue_set("speaker_markers") | lex.cue_set("complementizers")
    obliged = [mm for mm in view.mentions if mm.clause == clause_index and mm.last < k
               and (not mm.marker or mm.marker in said) and k - mm.last <= 2 and mm.mention.country]
    return obliged[-1] if obliged else None


def _postposed_demand(view: SentenceView, k: int, found: list[TriggerMatch],
                      lex) -> tuple[TriggerMatch, MarkedMention] | None:
    """'Russland müsse abziehen, forderte Deutschland', 'Rusia debe retirar ..., exigió Alemania', 'La
    Russie doit ..., a exigé l'Allemagne', 'Russia must withdraw ..., Germany demanded': a verb of demand
    (a REQUEST row) after a comma that follows the modal of obligation (word k), with its party named
    right after it (inverted) or between the comma and it, tells the obligation as that party's demand:
    the verb and its party. None when there is no such verb."""
    skip = lex.cue_set("auxiliaries") | lex.cue_set("articles")
    for verb in found:
        if verb.trigger.event_type != "REQUEST" or verb.trigger.frame == "noun" or verb.first <= k:
            continue
        comma = next((j for j in range(verb.first - 1, k, -1) if view.words[j].lower == ","), None)
        if comma is None:
            continue
        between = [mm for mm in view.mentions if comma < mm.first and mm.last < verb.first]
        words = [w for w in view.words[comma + 1:verb.first]
                 if w.lower not in skip and not any(mm.first <= w.i <= mm.last for mm in between)]
        if words or len(between) > 1:
            continue
        after = [mm for mm in view.mentions if mm.first > verb.last and mm.first - verb.last <= 3]
        party = between[0] if between else (after[0] if after else None)
        if party is not None and party.mention.country:
            return verb, party
    return None


def _demanded_by(view: SentenceView, match: TriggerMatch, k: int, asker: tuple[TriggerMatch, MarkedMention],
                 lex) -> Candidate | None:
    """The demand (REQUEST) that the verb of demand after the obligation tells (`_postposed_demand`):
    made by that verb's party on the obliged one (word k the modal). The demanded act is its content and
    no event; the verb is the trigger (its own match only, so the event is told once)."""
    verb, party = asker
    obliged = _obliged(view, view.clause_of(k).index, k, lex)
    if match is not verb or obliged is None or obliged.mention.country == party.mention.country:
        return None
    # ('exigieron Irlanda y Noruega': every party of the list demands)
    askers = coordination.coordinated(party, view.mentions, view, lex)
    args = Arguments(actors=askers, recipients=[obliged], speaker=party, how="speaker")
    return Candidate(verb, args, modality.Modality("asserted", False, view.words[k].lower), "REQUEST", None)


def _noun_subject(view: SentenceView, lex, match: TriggerMatch, found: list[TriggerMatch],
                  context_speaker, previous_subject) -> list[MarkedMention]:
    """'Una emboscada de los talibanes mató a diez soldados': an event noun that opens the
    clause is the verb's subject; whoever did that event did this one."""
    clause = view.clause_of(match.anchor)
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    for noun in found:
        if noun.trigger.frame != "noun" or view.clause_of(noun.anchor) is not clause or noun.last >= match.first:
            continue
        opens = all(w.lower in skip for w in view.words[clause.first:noun.first])
        between = view.words[noun.last + 1:match.first]
        if opens and all(w.text[:1].isalnum() for w in between) and not any(
                noun.last < m.anchor < match.first for m in found if m.trigger.frame != "noun"):
            inner = arguments.link(noun.trigger, noun.anchor, view, lex, context_speaker, previous_subject,
                                   words=noun.words)
            if inner.actors and inner.how in {"agent", "noun"}:
                return inner.actors
    return []


def _noun(match: TriggerMatch, view: SentenceView, lex) -> bool:
    """The trigger is used as a noun: a noun row, a verb after an article ('the talks'), or in
    German a capitalised word inside the sentence ('Direkte Gespräche')."""
    word = view.words[match.anchor]
    return match.trigger.frame == "noun" or triggers.nominal(match, view, lex) or bool(
        lex.grammar.get("capitalised_nouns") and match.anchor > 0 and word.text[:1].isupper())


def _topic(match: TriggerMatch, view: SentenceView, clause, lex) -> bool:
    """'Over een volledige terugtrekking ... is nog niets afgesproken', 'Sobre una retirada no se ha
    acordado nada', 'que la levée des sanctions était « inenvisageable »': a noun after a topic
    preposition or as the subject that opens its clause is what the clause speaks of, not an act
    told by it."""
    start = view.words[clause.first:match.anchor]
    if start and start[0].lower in lex.cue_set("clause_openers") | {","}:
        start = start[1:]
    lead = " ".join(w.lower for w in start[:2])
    cues = lex.cue_set("topic_prepositions")
    if start and len(start) <= 4 and (start[0].lower in cues or lead in cues):
        return True
    return bool(start) and len(start) <= 2 and all(w.lower in lex.cue_set("articles") for w in start)


def names(view: SentenceView, match: TriggerMatch, lex, cue: str, whole_clause: bool = False) -> bool:
    """A `cue` word or phrase of up to three words (grammar.json) after the trigger in its clause, or
    anywhere in it (`whole_clause`: 'hatte die internationale Gemeinschaft um Hilfe gebeten' names its
    addressee before the verb)."""
    cues = lex.cue_set(cue)
    first = min(match.words)
    clause = view.clause_of(first)
    span = [w.lower for w in view.words[clause.first if whole_clause else first:clause.last + 1]]
    return any(" ".join(span[k:k + n]) in cues for k in range(len(span)) for n in (1, 2, 3))


def _unnamed_subject(view: SentenceView, match: TriggerMatch, lex) -> list[MarkedMention]:
    """'Die Bewegung wies das Angebot zurück', 'Un collectif d'influenceurs a appelé à un rassemblement',
    'Der königliche Kronrat wies den Antrag zurück': a noun phrase no dictionary knows, opened by an
    article at the start of the trigger's clause right before its finite verb, is the doer (CODING 3:
    an unknown actor keeps the country from context). Not the subject of a ruling out ('Ein Umzug kommt
    nicht in Frage'): that is the act refused (find)."""
    clause = view.clause_of(match.anchor)
    k0, verb = clause.first, match.first
    while k0 < verb and view.words[k0].lower in PUNCT_WORDS:
        k0 += 1
    if k0 >= verb or verb - k0 > 6 or view.words[k0].lower not in lex.cue_set("articles") \
            or not view.words[verb].inflected:
        return []
    span = range(k0, verb)
    # ('La medida golpea a España', 'Le texte proposait', 'Le paquet interdit': an act or a document is no
    # doer; outside German a capitalised word is a name the actor stage left alone: 'El Norte atacó')
    things = lex.cue_set("act_nouns") | lex.cue_set("document_nouns")
    # ('Der Bundestrainer sprach von einem Meilenstein', 'Die Bürger stimmten gegen den Bau': people in
    # their private roles, grammar.json private_doers, also as the last part of a compound, are no party)
    private = tuple(lex.cue_set("private_doers"))
    if private and any(view.words[k].lower.endswith(private) for k in span):
        return []
    if not lex.grammar.get("capitalised_nouns") and any(
            view.words[k].text[:1].isupper() and not view.words[k].text.isupper() for k in range(k0 + 1, verb)):
        return []
    if any(view.words[k].lower in PUNCT_WORDS for k in span) or any(k in view.trigger_anchors for k in span) \
            or any(mm.first <= verb - 1 and mm.last >= k0 for mm in view.mentions) \
            or any(view.words[k].lower in things or view.words[k].lemma in things for k in span):
        return []
    first, last = view.words[k0], view.words[verb - 1]
    mention = ActorMention(first.start, last.end, view.text[first.start - view.start:last.end - view.start],
                           None, None, "UNK", None, "title")
    return [MarkedMention(mention, k0, verb - 1, clause.index, "")]


#: how an actor was found (Arguments.how) when it is _unnamed_subject's: the coder keeps the event only
#: where the story gives that doer a country
UNNAMED_SUBJECT = "unnamed"
PUNCT_WORDS = {",", ";", ":", "(", ")", "—", "–", "-", "\"", "“", "”", "„", "«", "»"}
