"""One event record from a group of candidates (grouping): its type, mode and CAMEO code, its date
(timing) and place (location), the country of each actor (actor_countries) and recipient (custodies,
unnamed victims, the people of a place), a meeting in one party's country as a visit, its contexts
and confidence; and `entity`, the record of one mention as an actor or recipient.

Separate from the coder because it turns one group into one record, while the coder walks the
sentences and aims the records' reactions at the events told before.
"""
from __future__ import annotations

from heron import ontology
from heron.document import ActorMention, Document, Event, party
from heron.events import (actor_countries, argument_record, arguments, candidates, contexts, custodies, grouping,
                          location, record, timing, unnamed_actors)
from heron.events.clauses import STATE_KINDS, MarkedMention, SentenceView
from heron.events.grouping import Candidate
from heron.events.triggers import TriggerMatch

#: underlying types whose missing recipient is the population of the event's place
PLACE_IS_RECIPIENT = {"AID", "ASSAULT"}
#: acts whose unnamed targets are people of a country ('arrested him', 'killed three')
UNNAMED_VICTIMS = {"COERCE"}
#: (type, mode) whose unnamed targets are the actor's own people: 'were released on bail',
#: 'De ME zette een waterkanon in om de demonstranten van de weg te verdrijven' (crowd control)
UNNAMED_OWN_PEOPLE = {("RETREAT", "release"), ("ASSAULT", "crowd-control")}


def _entity(mm: MarkedMention, home: str | None = None) -> dict:
    return entity(mm.mention, home)


def entity(m: ActorMention, home: str | None = None, person_from_context: bool = False) -> dict:
    """The record of a mention as an actor or recipient (CODING 3)."""
    out = m.entity()
    if out["sector"] is None and m.kind in STATE_KINDS:
        out["sector"] = "GOV"     # a country or capital acting is its government (CODING 3)
    # a person no title or dictionary places acts from where the story is ('Jara reconoció su
    # derrota'); as a target an unknown name may be a place or paper the gazetteer lacks ('the
    # Kerem Shalom crossing', 'die Evakuierung von Rafah', 'la sede del diario Apple Daily')
    person = m.kind == "person" and (m.sector or person_from_context)
    if out["country"] is None and home and (m.kind == "title" or person or argument_record.unknown_group(m)):
        # 'the authorities', 'de politie', 'el presidente Luis Arce', 'Le FLNKS': country from context (CODING 3)
        out["country"] = home
    return out


def named_setting(view: SentenceView, match: TriggerMatch, lex) -> str | None:
    """'In Tsjechië ... werden meer dan duizend militairen ingezet': a state named right after a
    locative preposition before the trigger is where it happens, the country of its unnamed actors
    before the article's (not 'im Auftrag Russlands'). 'Police in the southern Chinese city
    detained', 'na vier dagen in Tanzaniaanse hechtenis vrijgelaten', 'condamné ... dans une prison
    iranienne', 'liberado tras dos años en una cárcel iraní': a nationality adjective on a place or
    a jail in the trigger's clause says whose city or custody it was, not the victim's nationality.
    'were expelled from Mali', 'ont été expulsés du Niger', 'fue expulsada de Marruecos': the state
    an expulsion sends people out of (grammar.json expulsion_sources) is where it happened."""
    locative = lex.cue_set("locative_markers")
    clause = view.clause_of(match.anchor).index
    sources = lex.cue_set("expulsion_sources") if match.trigger.mode in arguments.EXPULSION_MODES else frozenset()
    return next((mm.mention.country for mm in view.mentions
                 if mm.mention.kind == "state" and mm.marker in locative and mm.marker_at == mm.first - 1
                 and mm.last < match.first and mm.mention.country), None) \
        or next((mm.mention.country for mm in view.mentions
                 if mm.clause == clause and mm.mention.country and _site_adjective(mm, view, lex)), None) \
        or next((mm.mention.country for mm in view.mentions
                 if mm.mention.kind == "state" and mm.marker in sources and mm.first > match.last
                 and mm.clause == clause and mm.mention.country), None)


def _site_adjective(mm: MarkedMention, view: SentenceView, lex) -> bool:
    """A nationality adjective on a place or a jail (grammar.json place_nouns, custody_nouns): 'the
    southern Chinese city', 'in iranischer Haft', 'une prison iranienne', 'la ciudad boliviana'
    (grammar.json adjective_after_noun: the side the noun stands on)."""
    at = mm.first - 1 if lex.grammar.get("adjective_after_noun") else mm.last + 1
    sites = lex.cue_set("place_nouns") | lex.cue_set("custody_nouns")
    return mm.mention.kind == "demonym" and 0 <= at < len(view.words) and view.words[at].lower in sites


def event(document: Document, view: SentenceView, group: list[Candidate], lex, home: str | None,
          state_before: str | None = None, runner_up: str | None = None,
          office_states: dict[int, str | None] | None = None,
          held: dict[str, custodies.Custody] | None = None, court_before: str | None = None,
          police_country: str | None = None) -> Event:
    """One event record from a group of candidates; `runner_up` is the article's country named most
    after `home`, whose office an office named alone is when the act is aimed at `home`
    (actor_countries.context_country); `office_states` the state each office named alone in an earlier
    sentence took there (actor_countries.earlier_state); `held` the state holding each person an earlier
    sentence told in custody (custodies.custody_of); `court_before` the state of a court or prosecutor's
    office the sentence before named (actor_countries.of_court); `police_country` the one country the places of
    this sentence or, naming none, of the sentence before name (actor_countries.places_state, police_place)."""
    best = grouping.best(group)
    trig_words = [view.words[k] for k in best.match.words]
    trig_start, trig_end = min(w.start for w in trig_words), max(w.end for w in trig_words)
    etype = best.event_type
    mode = next((c.match.trigger.mode for c in group if c.match.trigger.mode), None)
    cameo = best.cameo or next((c.cameo for c in group if c.cameo), None)
    if etype == "ASSAULT" and best.match.trigger.aimed:
        mode = "heavy-weapons"  # a launch at a target (candidates.find)
    if etype == "ACCUSE" and best.match.trigger.event_type in {"PROTEST", "THREATEN"}:
        mode = "disapprove"     # 'Den Haag protesteerde tegen ...': an official complaint; a warning of harm
    if etype == "AGREE" and best.match.trigger.event_type != "AGREE":
        cameo = best.cameo or candidates.FUTURE_AGREE_CAMEO.get(best.match.trigger.event_type)
        mode = None
    if mode and (etype, mode) not in ontology.modes():
        mode = None     # a type changed by a rule ('suspended its ban': SANCTION's 'discontinue' is no RETREAT mode)
    quad = ontology.event_type(etype).quad
    time = timing.time_for(view, group, document.times, lex)
    base = document.base_date
    if time and time.value:
        date, precision, source, date_text = time.value, time.precision, "text", time.text
    else:
        date, precision, source, date_text = base, timing.precision(base), "publication", None
        if document.dateline and document.dateline.date:
            source = "dateline"
    place = location.place_for(view, group, document.places, etype, document, lex, home)
    setting = named_setting(view, best.match, lex)
    if place is not None and document.dateline and place is document.dateline.place and setting \
            and setting != place.country and not _names_place_in(view, document, place.country):
        place = None    # 'WROCŁAW (ANP) - ... In Tsjechië werden militairen ingezet': set elsewhere than the head
    place_country = place.country if place else None
    acting_place = place_country if actor_countries.where_it_acts(place, view, trig_start, etype, lex) else None
    # a statement aimed at a state by name is another state's ('De premier beloofde Rusland ...')
    aimed_at, addressed = actor_countries.aimed_at(view, best, lex) if ontology.event_type(etype).verbal \
        else (set(), set())
    custody = custodies.custody_of(view, best, held or {}, lex)
    if custody and custody[1].holder and setting is None and not custodies.place_of_act(view, best.match, place):
        acting_place = None     # the custody told before says where it happened, not the dateline's city
    holder = custody[1].holder if custody else None
    actors = [entity(a.mention,
                     actor_countries.context_country((actor_countries.opposed_politician(a, view, best),
                                                      actor_countries.placed_office(a, view, document.places, lex),
                                                      actor_countries.earlier_state(a, view, office_states or {}),
                                                      actor_countries.of_court(a, view, court_before, lex),
                                                      acting_place, setting, holder,
                                                      actor_countries.state_before(a, view, state_before, lex),
                                                      actor_countries.police_place(a, view, police_country),
                                                      home, runner_up),
                                                     actor_countries.foreign_to(a, view, lex, aimed_at, addressed)),
                     person_from_context=True)
              for a in best.args.actors]
    actor_country = next((a["country"] for a in actors if a.get("country")), None)
    # 'De Belgische politie arresteerde twaalf demonstranten': unnamed targets of repression are
    # the actor's own people; other unnamed targets get the article's country, if it has one
    domestic = ontology.event_type(etype).quad == 4 and etype != "ASSAULT"
    frees = frees_own_people(etype, mode, best.match.trigger)
    # victims of an attack are the people where it happened ('bombardeó Járkov ... cinco muertos')
    recipients = [_entity(r, (actor_country if domestic or (frees and _unnamed_people(r, lex)) else None)
                          or (place_country if etype == "ASSAULT" else None)
                          or (None if _unaffiliated(r) and quad == 3 else home))
                  for r in best.args.recipients if not argument_record.unknown_group(r.mention)
                  and not _own_place(r, actor_country, lex)]
    if custody and custody[1].nationality and all(r.get("country") in {None, actor_country} for r in recipients):
        # 'Mwangi ... werd opgepakt': the person held is the target, of the country told before
        recipients = [entity(custody[0].mention, custody[1].nationality, person_from_context=True)]
    released = custodies.release_word(view, best.match, lex) if etype in custodies.RELEASE_DEMANDS else None
    if released is not None and custodies.asked_of_holder(view, best, released):
        # 'verlangte die sofortige Freilassung der Journalistin': a demand to free people is aimed
        # at the state that holds them, not at them nor at their country
        holding = custodies.holder(view, best.match, released, held or {}, document.events, document.places)
        if holding and holding["country"] != actor_country:
            recipients = [holding]
    if not recipients and etype == "PROTEST" and actor_country:
        # a protest with no named target is aimed at the protesters' own government
        first = best.args.actors[0].mention
        recipients = [{**party(first.text, first.start, first.end, actor_country, "GOV", first.name),
                       "rule": "protesters' government"}]
    # 'Rusland en Oekraïne wisselden gevangenen uit': an exchange by two subjects has no unnamed target
    two_sided = best.args.how == "parties" and not any(a.marker for a in best.args.actors) \
        and len({a["country"] for a in actors if a.get("country")}) > 1
    if not recipients and (etype in UNNAMED_VICTIMS or ((etype, mode) in UNNAMED_OWN_PEOPLE and not two_sided)) \
            and not _foreign_object(view, best.match, lex):
        # 'police arrested him', 'were released on bail', 'barred women from universities': the
        # people an act of repression or violence falls on are unnamed; they are the country's
        # (CODING 3: unknown actors keep the country from context) - the actor's own for
        # repression and releases, the place's (else the article's) for violence
        country = (place_country or home) if etype == "ASSAULT" and mode != "crowd-control" else actor_country
        if country:
            recipients = [party(document.text[trig_start:trig_end], trig_start, trig_end, country, "CVL",
                                 "unnamed people")]
    content_place = place or location.place_for(view, group, document.places, best.match.trigger.event_type, document, lex,
                                                 home) \
        or next((p for p in document.places if view.start <= p.start < view.start + len(view.text)
                 and location.locative(view, p, lex)), None)
    listed = _listed_places(view, content_place, lex) \
        if content_place and best.match.trigger.event_type in PLACE_IS_RECIPIENT else None
    if listed and _rest_of_list(recipients, listed):
        recipients = []     # 'in Polen, Tsjechië en Slowakije': the list is taken whole below
    if not recipients and listed is not None:
        place_ = content_place
        # aid for a place goes to its people; an attack in a place hits them (CODING 2: victims)
        recipients = [party(place_.text, place_.start, place_.end, place_.country, "CVL", place_.name)] + listed
    if recipients and obliged(best, lex):
        # 'España afirmó que Rusia debe retirar sus tropas': the party a modal of obligation puts the
        # act on is whom the demand is aimed at (candidates._demand); the recipient model keeps it
        recipients = [dict(r, rule=OBLIGED) for r in recipients]
    if etype == "CONSULT" and not recipients and mode != "phone" and _one_meets_another(best, lex):
        actors, recipients = _visit(actors, place, view, document)
    found_contexts = contexts.detect(view, [c.match.trigger for c in group], lex)
    speaker = best.args.speaker if best.args.how in {"speaker", "pronoun"} else None
    return record.new_event(
        document, etype, mode, cameo, str(trig_start),
        contexts=found_contexts, actor=actors, recipient=recipients,
        date=date, date_precision=precision, date_source=source, date_text=date_text,
        modality=best.modality.value, location=place.location() if place else None,
        sentence=view.text, sentence_start=view.start,
        trigger={"text": document.text[trig_start:trig_end], "start": trig_start, "end": trig_end,
                 "lemma": best.match.trigger.pattern, "frame": best.match.trigger.frame},
        confidence=grouping.confidence(best, group), speaker=_entity(speaker, home) if speaker else None,
        historical=source == "text" and timing.historical(date, base),
        mentions=[{"sentence_start": view.start, "trigger": document.text[trig_start:trig_end],
                   "start": trig_start, "end": trig_end}],
    )


#: the recipient record's 'rule': the party a speaker says must act (the recipient model keeps it)
OBLIGED = "obliged party"


def obliged(best: Candidate, lex) -> bool:
    """A demand told as an obligation of another party ('Benin said Niger must first reopen its border',
    candidates._demand): a REQUEST from a trigger of another type whose modality cue is a modal of
    obligation (grammar.json obligation)."""
    return best.event_type == "REQUEST" and best.match.trigger.event_type != "REQUEST" \
        and best.modality.cue is not None \
        and any(c.split()[0] == best.modality.cue for c in lex.cue_set("obligation"))


def _one_meets_another(best: Candidate, lex) -> bool:
    """'X met (with) Y', 'X se reunió con Y': a verb with a subject before it and a partner after it or
    marked 'with'; not 'X and Y met' (coordinated subjects meet jointly) nor an event noun ('een
    Russisch-Afghaans zakenforum')."""
    if best.match.trigger.frame == "noun":
        return False
    comitative = lex.cue_set("comitative_markers")
    parties = best.args.actors
    return any(a.first < best.match.first and not a.marker for a in parties) and \
        any(a.first > best.match.last or a.marker in comitative for a in parties)


def _visit(actors: list[dict], place, view: SentenceView, document: Document) -> tuple[list[dict], list[dict]]:
    """'Hegseth se reunió en Santo Domingo con Abinader', 'DOHA (Reuters) - ... met Hamas leaders':
    a meeting of two countries' parties in a place of one of them (named in the sentence or the
    dateline) is a visit, the visitor the actor and the host the recipient (CODING 2, CONSULT);
    elsewhere, or with more parties, all are actors. Not a phone call (the caller checks)."""
    dateline = document.dateline.place if document.dateline else None
    named_here = place is not None and (place is dateline or view.start <= place.start < view.start + len(view.text))
    parties = {a.get("country") for a in actors} - {None}
    if not named_here or len(parties) != 2 or place.country not in parties:
        return actors, []
    return [a for a in actors if a.get("country") != place.country], \
        [a for a in actors if a.get("country") == place.country]


def _names_place_in(view: SentenceView, document: Document, country: str) -> bool:
    """The sentence names a place of the country ('à Bruxelles, en Flandre ... ainsi qu'au Portugal');
    the dateline at the head of the first sentence is no place the sentence names."""
    end = view.start + len(view.text)
    head_end = document.dateline.end if document.dateline else 0
    return any(max(view.start, head_end) <= p.start < end and p.country == country for p in document.places)


def _listed_places(view: SentenceView, place, lex) -> list[dict]:
    """'voor de gebieden in Polen, Tsjechië en Slowakije': the other states listed with the place
    are places of the same act (their people the recipients too)."""
    head = next((mm for mm in view.mentions if mm.mention.start <= place.start < mm.mention.end), None)
    if head is None or head.marker not in lex.cue_set("locative_markers"):
        return []
    # 'en Pologne, en Tchéquie et en Autriche': the marker may be repeated in the list
    joiners = lex.cue_set("coordinators") | lex.cue_set("skip_words") | {",", head.marker}
    listed = [head]
    for mm in (mm for mm in view.mentions if mm.first > head.last):
        if mm.clause != head.clause or not all(w.lower in joiners for w in view.words[listed[-1].last + 1:mm.first]):
            break
        listed.append(mm)
    return [party(mm.mention.text, mm.mention.start, mm.mention.end, mm.mention.country, "CVL", mm.mention.name)
            for mm in listed[1:] if mm.mention.kind == "state" and mm.marker in {"", head.marker} and mm.mention.country]


def _rest_of_list(recipients: list[dict], listed: list[dict]) -> bool:
    """'voor de gebieden in Polen, Tsjechië en Slowakije': the recipients found are the places
    listed after the first one, which its locative marker kept out."""
    starts = {p["start"] for p in listed}
    return bool(recipients) and all(r.get("start") in starts for r in recipients)


#: acts that free or pardon people: a release (RETREAT) and a legal concession (CONCEDE: a pardon, an
#: amnesty, an acquittal; lexicon context 'legal')
RELEASE = ("RETREAT", "release")
LEGAL_CONTEXT = "legal"


def frees_own_people(etype: str, mode: str | None, trigger) -> bool:
    """'Moskou en Minsk lieten zestien mensen vrij', 'el ELN había liberado a un soldado', 'la junte a libéré
    quarante opposants', 'Poetin had de gevangenen gratie verleend', 'Min Aung Hlaing hatte 10.000
    Häftlinge begnadigt': a release or pardon frees people the actor held, so those named without a
    country are its own people (CODING 3: country from context; as UNNAMED_OWN_PEOPLE), not the
    article's country's (a story told from a neighbour or a mediator's capital)."""
    return (etype, mode) == RELEASE or (etype == "CONCEDE" and LEGAL_CONTEXT in trigger.contexts)


#: sectors of people held for who they are abroad as often as at home: a reporter freed is as often a foreigner
HELD_ABROAD_SECTORS = frozenset({"JRN"})


def _unnamed_people(mm: MarkedMention, lex) -> bool:
    """People named by a title with no country ('zestien mensen', 'un soldado', 'les prisonniers'); not
    hostages (grammar.json hostage_nouns: 'vier gijzelaars', 'les otages'), whom a party holds because
    they are another's, nor reporters (HELD_ABROAD_SECTORS): those keep the article's country."""
    words = mm.mention.text.lower().split()
    return mm.mention.kind == "title" and mm.mention.country is None \
        and mm.mention.sector not in HELD_ABROAD_SECTORS and not set(words) & lex.cue_set("hostage_nouns")


def _unaffiliated(mm: MarkedMention) -> bool:
    """'Hongarije weigerde de migranten toegang': people with no country of their own; refused,
    threatened or blamed (quad 3) they are not the article's country's people, as the victims of
    repression or violence or the ones helped or released they are (context, CODING 3)."""
    return mm.mention.kind == "title" and mm.mention.country is None \
        and mm.mention.sector in unnamed_actors.UNAFFILIATED


def _own_place(mm: MarkedMention, actor_country: str | None, lex) -> bool:
    """'Bundesinnenminister Dobrindt wies den Vorwurf in Berlin zurück': the actor's own capital
    after a locative marker is where it acted, not whom (the actor's country may be known only
    from context, so this is checked again once it is). Not a territory of the actor's country:
    'a appelé au calme en Nouvelle-Calédonie' is aimed at it."""
    return actor_country is not None and mm.mention.kind == "capital" and mm.mention.country == actor_country \
        and mm.marker in lex.cue_set("locative_markers")


def _foreign_object(view: SentenceView, match: TriggerMatch, lex) -> bool:
    """'Iran seized a foreign tanker', 'arraisonné un pétrolier étranger', 'ließ die
    Grenzübergänge schließen': what the act falls on is another country's or a border
    (grammar.json foreign_words, border_nouns), not the actor's own people."""
    clause = view.clause_of(match.anchor)
    cues = lex.cue_set("foreign_words") | lex.cue_set("border_nouns")
    return any(w.lower in cues or w.lemma in cues for w in view.words[min(match.words):clause.last + 1])

