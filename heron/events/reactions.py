"""Reactions and references to earlier events: what a statement with no named target answers.

'Pakistan accused India ..., which New Delhi rejected': a rejection, condemnation or welcome whose
object is a definite reference ('the attack', 'de beschuldigingen', 'la décision') or nothing at
all is aimed at whoever did the event told just before it; a definite event noun ('the arrest')
refers back to an earlier event of its type, and a warning of the harm an act does ('warned of
devastating consequences for millions of Palestinians') criticises whoever did it. The coder asks
these questions of each event group.
"""
from __future__ import annotations

from heron import ontology
from heron.document import Document, Event
from heron.events import clauses, grouping, lexicon, triggers, voice
from heron.events.clauses import SentenceView
from heron.events.grouping import Candidate
from heron.events.implied_recipients import parallel
from heron.events.merge import countries
from heron.events.triggers import TriggerMatch

#: statements that answer an earlier event ('Taiwan verurteilte die Manöver', 'Paris a condamné ces décisions')
REACTIONS = {"ACCUSE", "REJECT", "SUPPORT"}
REACTION_REACH = 2     # sentences back to look for the event reacted to
#: signing an agreement is SUPPORT too (CAMEO 057), but an act others answer, not a statement of theirs
SIGNING_CAMEO = "057"
#: acts of agreeing: 'welcomed the agreement' answers them, and all their parties
AGREEMENTS = {"AGREE", "COOPERATE"}
#: events told only as possible (a condition, a question: CODING 5): nothing has happened to answer.
#: A negated one may be a stance that is answered: 'Deutschland erkennt die Taliban-Regierung nicht an'
UNTOLD = {"hypothetical"}
#: what is said of an act, not an act: 'criticised the decision' does not answer them
STATEMENTS = {"ACCUSE", "SUPPORT", "REQUEST"}
#: the recipient record's 'rule': whoever did the act the reaction answers (the recipient model keeps it)
ANSWERED = "doer of the act answered"
#: refused acts aimed at no one: 'said he would not step down' answers no accuser
UNAIMED_MODES = {"resign"}


def answers_earlier(view: SentenceView, group: list[Candidate], lex) -> int | None:
    """The word index of the trigger's object when it is a definite reference ('verurteilte den
    Angriff', 'wees de beschuldigingen af', 'celebró la decisión'), not a new named or
    indefinite thing; -1 when the trigger has no object at all; else None."""
    match = grouping.best(group).match
    first = min(match.words)
    if first + 2 in match.words and first + 2 < max(match.words) \
            and view.words[first + 1].lower in lex.cue_set("anaphoric_determiners") \
            and _event_rows(view.words[first + 2], lex):
        # 'noemde de aanval "een schending van ..."': the definite object is a word of the trigger, between
        # the verb and the judgement ('noemde het onaanvaardbaar': 'het' is the object, the judgement no act)
        return first + 2
    clause = view.clause_of(first)
    rest = view.words[max(match.words) + 1:clause.last + 1]
    if not any(w.text[:1].isalnum() for w in rest) and not content_follows(view, clause, lex):
        return -1    # no object at all: 'which Islamabad denies', 'ce que Kaboul conteste' (not 'bestritt, dass')
    if _pronoun_object(view, match, lex) and not content_follows(view, clause, lex):
        return -1    # 'Irak e Irán los condenaron', 'Iraq and Iran condemned them': as with no object at all
    at = feeling_object(view, match, lex) if voice.feeling(view, match.words, lex) else first + 1
    if at < len(view.words) and view.words[at].lower in lex.cue_set("reflexive_object_prepositions") \
            and _before_verb(view, first, lex) in lex.cue_set("reflexive_pronouns"):
        at += 1      # 's'est félicité de l'accord', 'se felicitó por el acuerdo': a pronominal verb's object
    nxt = view.words[at].lower if at < len(view.words) else ""
    if nxt not in lex.cue_set("anaphoric_determiners") or at + 1 >= len(view.words):
        return _judged_act(view, at, lex)
    return at + 1


def _judged_act(view: SentenceView, at: int, lex) -> int | None:
    """'Moscou a dénoncé une décision « scandaleuse »', 'RSF criticised a "baseless" verdict',
    'kritisierte eine „ungerechtfertigte“ Entscheidung', 'condenó unos ataques "imprudentes"': an
    indefinite noun of an act (grammar.json act_nouns, agreement_nouns) or of an event (a one-word
    trigger: 'des frappes', 'aanvallen') with a quoted judgement right after or before it is the act
    told before, judged in the reacting party's words, not a new one. The noun's word index, else None."""
    words, nouns = view.words, lex.cue_set("act_nouns") | lex.cue_set("agreement_nouns")
    if at + 2 < len(words) and words[at].lower in clauses.QUOTES:
        at -= 1     # a plural with no article: 'veroordeelde "roekeloze" aanvallen', 'condemned "reckless" strikes'
    elif at + 2 >= len(words) or words[at].lower not in lex.cue_set("articles") \
            or words[at].lower in lex.cue_set("anaphoric_determiners"):
        return None
    if _act_or_event(words[at + 1], nouns, lex) and words[at + 2].lower in clauses.QUOTES:
        return at + 1     # the noun, then its quoted adjective: 'une décision « scandaleuse »', 'una decisión "injusta"'
    if words[at + 1].lower not in clauses.QUOTES:
        return None
    closing = next((k for k in range(at + 2, min(at + 5, len(words) - 1)) if words[k].lower in clauses.QUOTES), None)
    noun = closing + 1 if closing is not None else None
    return noun if noun is not None and _act_or_event(words[noun], nouns, lex) else None   # 'a "scandalous" decision'


def _act_or_event(word, nouns: frozenset[str], lex) -> bool:
    """A noun of an act (`nouns`) or of an event (a one-word trigger on its lemma: 'frappe', 'aanval')."""
    return word.lower in nouns or bool(_event_rows(word, lex))


def _pronoun_object(view: SentenceView, match: TriggerMatch, lex) -> bool:
    """The verb's object is a pronoun for something told before: right after it ('condemned them',
    'verurteilten sie scharf', 'veroordeelden ze'; grammar.json act_pronouns, not a subject
    pronoun after the verb with its own object: 'verurteilte sie den Angriff'), or a clitic right
    before it or its auxiliary ('las condenaron', 'l'a condamné', 'les ont condamnées';
    act_clitics)."""
    first, last = min(match.words), max(match.words)
    if match.trigger.frame == "noun" or triggers.nominal(match, view, lex):
        return False
    after = view.words[last + 1:last + 3]
    if after and after[0].lower in lex.cue_set("act_pronouns") and not (
            len(after) > 1 and after[1].lower in lex.cue_set("anaphoric_determiners")):
        return True
    return _before_verb(view, first, lex) in lex.cue_set("act_clitics")


def _before_verb(view: SentenceView, first: int, lex) -> str:
    """The word before the verb at `first` and its auxiliaries ('' at the start): where a clitic
    or reflexive pronoun stands ('l'a condamné', 's'est félicité', 'las condenaron')."""
    k = clauses.before_auxiliaries(view, first, lex)
    return view.words[k].lower if k >= 0 else ""


def named_in_comment(view: SentenceView, group: list[Candidate], at: int, lex) -> bool:
    """'a condamné des frappes « imprudentes » qui « sapent la stabilité de l'Irak »', 'veroordeelde
    "roekeloze" aanvallen die "de stabiliteit van Irak ondermijnen"': every party the rules found
    stands after the act noun at `at` in a relative clause about it (grammar.json relative_pronouns;
    not one that is also an article, German 'die'), what the act did, not whom the reaction answers."""
    found, words = grouping.best(group).args.recipients, view.words
    relative = lex.cue_set("relative_pronouns") - lex.cue_set("articles")
    own = view.clause_of(at).index if at >= 0 else None
    return own is not None and bool(found) and all(
        r.first > at and (r.clause > own and view.clauses[r.clause].opener in lex.cue_set("relative_pronouns")
                          or any(words[k].lower in relative for k in range(at + 1, r.first)))
        for r in found)


def ruled(targets: list[dict]) -> list[dict]:
    """The targets marked as the doer of the act answered (ANSWERED), which the recipient model keeps."""
    return [dict(t, rule=ANSWERED) for t in targets]


def warned_harm(view: SentenceView, match: TriggerMatch, recipients: list, lex) -> bool:
    """'warnte vor „verheerenden Folgen“ für Millionen Palästinenser', 'warned of devastating
    consequences for millions of Palestinians', 'a mis en garde contre des conséquences dévastatrices
    pour ...', 'advirtió de las consecuencias devastadoras para ...', 'waarschuwde voor verwoestende
    gevolgen voor ...': a warning (grammar.json warning_verbs) of consequences (consequence_nouns)
    for someone (purpose_prepositions) names what another's act will cost them, a criticism of that
    act (ACCUSE), not a threat: no one is warned before the consequences ('warned Russia of
    consequences' is one), and whoever is named after them suffers. A state named after them
    ('consequences for Moscow') or a condition ('if it attacks again') may be the one threatened."""
    words, verbs, nouns = view.words, lex.cue_set("warning_verbs"), lex.cue_set("consequence_nouns")
    if not any({words[k].lower, words[k].lemma} & verbs for k in match.words) \
            or any(r.mention.kind in clauses.STATE_KINDS for r in recipients) \
            or any(clauses.opened_by(words, c.first, lex.cue_set("conditional_openers")) for c in view.clauses):
        return False
    last = view.clause_of(match.first).last
    noun = next((k for k in range(match.first + 1, last + 1) if {words[k].lower, words[k].lemma} & nouns), None)
    if noun is None or any(r.first < noun for r in recipients):
        return False
    # an adjective or a closing quote may stand between ('consecuencias devastadoras para', '„Folgen“ für')
    return any(words[k].lower in lex.cue_set("purpose_prepositions") for k in range(noun + 1, min(noun + 4, last + 1)))


def judged_subject(view: SentenceView, group: list[Candidate], lex) -> int | None:
    """The word index of the noun a spoken judgement is about when that noun is its clause's
    definite subject: 'said that the move was "unfair"', 'la décision est inacceptable'; else None."""
    best = grouping.best(group)
    if best.args.how != "speaker" or best.match.trigger.frame != "blame":
        return None
    clause = view.clause_of(min(best.match.words))
    while clause.opener in clauses.QUOTES and clause.index > 0:
        clause = view.clauses[clause.index - 1]     # 'the move was "unfair': the quote opens no new subject
    start = clause.first + (1 if clause.opener else 0)
    if start + 1 >= min(best.match.words) or view.words[start].lower not in lex.cue_set("anaphoric_determiners"):
        return None
    return start + 1


def noun_type(view: SentenceView, at: int, group: list[Candidate], every: list[TriggerMatch], lex) -> str | None:
    """The event type the noun at `at` names: AGREE for a noun of an agreement (grammar.json
    agreement_nouns), else another trigger found on it, else a one-word row of the lexicon for its
    lemma ('the attack' -> ASSAULT), else the type of the trigger it is a word of, if any."""
    own = grouping.best(group).match
    if at >= 0 and {view.words[at].lower, view.words[at].lemma} & lex.cue_set("agreement_nouns"):
        return "AGREE"     # 'welcomed the deal', 'begrüßte das Abkommen': whatever verb told the agreement
    found = next((m.trigger.event_type for m in every if at in m.words and m is not own), None)
    if found or at < 0:
        return found
    rows = _event_rows(view.words[at], lex)
    return rows[0].event_type if rows else own.trigger.event_type if at in own.words else None


def _event_rows(word, lex) -> list:
    """The lexicon's one-word triggers on the word's lemma ('aanval', 'attack')."""
    return [t for t in lex.exact.get(word.lemma, ()) if len(t.tokens) == 1 and not t.is_blocker]


def feeling_object(view: SentenceView, match: TriggerMatch, lex) -> int:
    """The word after the preposition of a feeling: 'said it was "deeply concerned" by the arrest'
    -> 'the'; the word after the trigger when there is no such preposition."""
    preps = lex.cue_set("agent_markers") | set(match.trigger.preps)
    last = view.clause_of(match.first).last
    return next((k + 1 for k in range(match.last + 1, min(last, match.last + 3) + 1)
                 if view.words[k].lower in preps), match.first + 1)


def told_before(view: SentenceView, group: list[Candidate], event: Event, document: Document, lex) -> Event | None:
    """The earlier event that a definite noun refers back to ('said it was concerned by the arrest',
    'verurteilte den Angriff' when no trigger contains it): the same type, told in the last
    REACTION_REACH + 3 sentences or earlier in this one. Only a one-word trigger: in 'de tegoeden
    bevriezen' the noun is the object, not the event."""
    match = grouping.best(group).match
    if match.first == 0 or len(match.words) > 1 or not (match.trigger.frame == "noun" or triggers.nominal(match, view, lex)):
        return None
    if view.words[match.first - 1].lower not in lex.cue_set("anaphoric_determiners"):
        return None
    return next((prior for prior in recent(document.events, view.start, document, REACTION_REACH + 3)
                 if prior.event_type == event.event_type), None)


def recent(earlier: list[Event], sentence_start: int, document: Document, back: int):
    """The earlier events, latest first, told at most `back` sentences before this one; not those
    told only as possible ('sans dire si l'Allemagne renouvellerait sa demande': no demand was made)."""
    starts = sorted({s.start for s in document.sentences if s.start <= sentence_start})
    reach = starts[-(back + 1)] if len(starts) > back else 0
    for prior in reversed(earlier):
        if prior.sentence_start < reach:
            return
        if prior.modality not in UNTOLD:
            yield prior


def both_parties(earlier: list[Event], sentence_start: int, document: Document) -> list[dict]:
    """The two countries of the latest earlier event (within REACTION_REACH + 2 sentences) that had two."""
    for prior in recent(earlier, sentence_start, document, REACTION_REACH + 2):
        sides = _by_country(prior.actor + prior.recipient)
        if len(sides) >= 2:
            return sides
    return []


def group_parties(earlier: list[Event], sentence_start: int, document: Document,
                  count: int) -> tuple[Event | None, list[dict]]:
    """What 'the two leaders', 'beide landen', 'les trois pays' refer back to: the latest earlier
    event (within REACTION_REACH + 2 sentences) with `count` states on one side or both, and those
    states: its actors ('Germany, France and Poland called on Russia. The three countries ...'),
    else its recipients ('China urged India and Pakistan ... Both countries'), else both sides
    ('Xi received Macron. The two leaders ...'). The UN or a bloc an act was aimed at is no side
    ('bat den UN-Sicherheitsrat ... telefonierte mit beiden Seiten')."""
    for prior in recent(earlier, sentence_start, document, REACTION_REACH + 2):
        for side in (prior.actor, prior.recipient, prior.actor + prior.recipient):
            states = _by_country(side, ontology.NON_STATE_CODES)
            if len(states) == count:
                return prior, states
    return None, []


def _by_country(side: list[dict], skip: frozenset[str] = frozenset()) -> list[dict]:
    """The first record of each country on a side (none of the `skip` codes), in order."""
    seen, out = set(), []
    for a in side:
        if a.get("country") and a["country"] not in seen | skip:
            seen.add(a["country"])
            out.append(dict(a))
    return out


def evaluates(view: SentenceView, group: list[Candidate], lex) -> bool:
    """A one-sided statement whose object is a judgement, not a named party or a reported clause
    ('a dénoncé une « escalade dangereuse »', 'condemned the ban'): one actor country, not a
    symmetric trigger ('signed an agreement'), no complement clause after it ('bestritt, dass')."""
    best = grouping.best(group)
    if best.match.trigger.frame == "sym" or len({a.mention.country for a in best.args.actors}) != 1:
        return False
    clause = view.clause_of(min(best.match.words))
    return not content_follows(view, clause, lex)


def content_follows(view: SentenceView, clause, lex) -> bool:
    """The next clause is what the verb says or asks ('bestritt, dass ...', 'urged them to ...')."""
    then = view.clauses[clause.index + 1].opener if clause.index + 1 < len(view.clauses) else ""
    return then in lex.cue_set("complementizers") | lex.cue_set("infinitive_markers")


def reaction_target(event: Event, earlier: list[Event], sentence_start: int, document: Document,
                     wanted: str | None = None, skip: set[str] = frozenset(), reach: int | None = None,
                     act: bool = False) -> list[dict]:
    """A reaction with no named target is aimed at whoever did the latest event told just before
    it, when that was someone else: the recipient is that event's actor (its words are kept, so
    the record still points at the text that named them). When it names an act ('the decision':
    `act`), that is the latest event that was no one's words (past a judgement of the same kind
    beside it, whose target it shares), and when the reacting side did it there is no one else to
    aim at ('Son avocat a salué une décision « historique »')."""
    own = {a.get("country") for a in event.actor}
    # a noun that names the type ('den Angriff') or an act, past others' words of it, may point
    # further back than a bare reaction
    back = reach if reach is not None else REACTION_REACH + (3 if wanted or act else 0)
    for prior in recent(earlier, sentence_start, document, back):
        theirs = {a.get("country") for a in prior.actor if a.get("country")}
        if prior.event_type in skip and not signing(prior):
            continue    # 'Kiev a salué ... Lavrov a dénoncé': the act both react to, not the other reaction
        if theirs and not theirs & own and wanted is None and _beside(prior, event, own, document):
            # 'Auch Lettland und Finnland kritisierten Moskau. ... Landsbergis sprach von einer Eskalation':
            # both blame the same party; the target is theirs, not the other judge
            shared = [dict(r) for r in prior.recipient if r.get("country") not in own]
            if shared:
                return shared
            continue
        if act and said(prior):
            continue    # 'Moscou a dénoncé une décision « scandaleuse »': not the praise told just before
        if act and theirs & own:
            return []   # the reacting side's own act: no one else to aim at
        if theirs and not theirs & own and (wanted is None or of_type(prior, wanted)):
            return doers(prior, own, wanted)
    return []


def accuser(event: Event, earlier: list[Event]) -> list[dict]:
    """'Russland warf der Ukraine vor, ... Kiew erklärte, es habe mit dem Angriff nichts zu tun',
    'Mexico condemned the raid on its embassy ... Ecuador's government defended the operation': a
    denial or defence with no named target answers whoever the story told accusing the denying
    side, latest first (CODING 2: REJECT of the accusation); none when the story tells no such
    accuser ('De Russische ambassade liet weten niets te maken te hebben met de vlaggen')."""
    own = countries(event.actor)
    for prior in reversed(earlier):
        theirs = countries(prior.actor)
        if prior.event_type == "ACCUSE" and prior.modality not in UNTOLD and theirs and not theirs & own \
                and countries(prior.recipient) & own:
            return [dict(a, rule="accuser") for a in prior.actor]
    return []


def rules_out_step(group: list[Candidate], event: Event, view: SentenceView, lex) -> bool:
    """'Lithuania ruled out any reopening', 'a exclu toute réouverture anticipée', 'a écarté toute
    marche arrière', 'sloot elke terugtrekking uit', 'schloss jeden Rückzieher aus', 'descartó
    adelantar las elecciones' (grammar.json exclusion_verbs), or a refusal to resign ('said he would
    not step down', 'werde nicht zurücktreten', 'ne démissionnerait pas'; UNAIMED_MODES): a party
    says what it will not do, its own course, not that an accusation is false; it answers no accuser.
    Not when its clause or what follows it names another country: 'Wirtschaftliche Sanktionen gegen
    Kanada schloss ein Regierungssprecher aus', 'sloot uit dat het Taurus-raketten aan Oekraïne levert'
    rule out a step aimed at someone."""
    best = grouping.best(group)
    own, clause = countries(event.actor), view.clause_of(best.match.anchor).index
    if any(mm.mention.country and mm.mention.country not in own and mm.clause >= clause for mm in view.mentions):
        return False
    if best.match.trigger.mode in UNAIMED_MODES and best.match.trigger.event_type != "REJECT":
        return True
    words = [view.words[k] for k in sorted(best.match.words)]
    said = {w.lower for w in words} | {w.lemma for w in words} | {f"{words[0].lower} {words[-1].lower}"}
    return bool(said & lex.cue_set("exclusion_verbs"))


def named_before(event: Event, earlier: list[Event], sentences: set[int], wanted: str | None) -> list[dict]:
    """'Jordanië en Egypte veroordeelden de inval' after 'Bij de inval, die met droneaanvallen begon':
    a definite noun the story used before refers to what was told where it was used; the recipient
    is the actor of the latest event of that sentence that someone else did, of the noun's type if
    it names one ('begrüßte die Freilassung' answers a release, not another act told beside it). The noun
    names that act, so its doer is marked as the rules' answer (ruled), which the recipient model keeps
    ('condemned the strikes, which undermine the stability of Iraq' answers Iran, not Iraq)."""
    own = {a.get("country") for a in event.actor}
    # praise or blame answers the act, not another's praise or blame of it ('lobte die Urteile'
    # after 'verurteilten die Urteile'); a rejection answers an accusation or a demand
    skip = set() if event.event_type == "REJECT" else REACTIONS | {"REQUEST"}
    told = [prior for prior in reversed(earlier) if prior.sentence_start in sentences
            and prior.modality not in UNTOLD and countries(prior.actor) and not countries(prior.actor) & own]
    prior = next((p for p in told if (of_type(p, wanted) if wanted else p.event_type not in skip or signing(p))), None)
    return ruled(doers(prior, own, wanted)) if prior else []


def act_noun(view: SentenceView, at: int, lex) -> bool:
    """The word at `at` names an act but not its type: 'the decision', 'den Schritt', 'la medida'
    (grammar.json act_nouns)."""
    return at >= 0 and bool({view.words[at].lower, view.words[at].lemma} & lex.cue_set("act_nouns"))


def said(prior: Event) -> bool:
    """Praise, blame or a demand: words about an act, not one ('the decision' is not another's
    criticism of it); a signing is an act, and a refusal may be one ('refused to extradite')."""
    return prior.event_type in STATEMENTS and not signing(prior)


def signing(prior: Event) -> bool:
    """'Serbia and Kosovo signed a deal': SUPPORT, but an act the others' praise answers."""
    return prior.cameo == SIGNING_CAMEO


def of_type(prior: Event, wanted: str) -> bool:
    """The earlier event is of the type a noun names; an agreement ('the deal') may have been told
    as agreed, signed or carried out together."""
    return prior.event_type == wanted or (wanted == "AGREE" and (prior.event_type in AGREEMENTS or signing(prior)))


def doers(prior: Event, own: set, wanted: str | None) -> list[dict]:
    """Whoever did the earlier act: its actors; when the reaction names an agreement, all its parties
    but the one reacting ('Ethiopia agreed with Eritrea ...', then 'Kenya welcomed the deal': both).
    A bare reaction may answer one side's act ('ratified Sweden's accession' is Hungary's)."""
    if wanted is None:
        return [dict(a) for a in prior.actor]
    # a noun of the act's type ('the strikes', 'das Abkommen') names it: its doer is the target, not
    # a country named in what is said of it ('des frappes qui sapent la stabilité de l'Irak')
    if wanted != "AGREE":
        return ruled(prior.actor)
    return ruled([a for a in prior.actor + prior.recipient if a.get("country") not in own])


def _beside(prior: Event, event: Event, own: set, document: Document) -> bool:
    """Another party's statement of the same type on something not aimed at the actor ('Latvia
    condemned ...', then 'Lithuania condemned ...'), or of another type in a clause beside this one
    ('Washington backed the plan, while China rejected it', 'Rusland wees het voorstel af; Iran
    verwelkomde het': the plan, not the backing; implied_recipients.parallel): a reaction beside
    this one, not answered by it. A rejection still answers a demand ('pidió una investigación, y
    China la rechazó')."""
    if signing(prior):
        return False
    if prior.event_type == event.event_type:
        return not {r.get("country") for r in prior.recipient} & own
    return not (event.event_type == "REJECT" and prior.event_type == "REQUEST") \
        and parallel(event, prior, document, lexicon.load(document.language))
