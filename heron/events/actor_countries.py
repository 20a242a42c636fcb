"""The country of an actor named without one ('de premier', 'the judge', 'der Regierung in
Nairobi'): from the office's seat, the court or the subject of the sentence before, the event's
place or the article (CODING 3: country from context), but never a state the act is aimed at by
name (aimed_at, foreign_to, context_country).

Separate because these rules read the words and sentences around a mention to say whose an office
is; group_record asks them for each actor, and the coder carries what one sentence says over to the
next (state_before, court_state, subject_state).
"""
from __future__ import annotations

from heron import ontology
from heron.events import argument_record
from heron.events.clauses import STATE_KINDS, STATE_SECTORS, MarkedMention, SentenceView
from heron.events.grouping import Candidate


def aimed_at(view: SentenceView, best: Candidate, lex) -> tuple[set[str], set[str]]:
    """The states an act is aimed at by name: its recipients ('warf Moskau vor', 'a promis des armes
    à l'Ukraine'; not a place where it is done: 'sprak in Moskou') and a state after the trigger
    marked as the one it is against (grammar.json third_party_markers: 'promised to lift the
    sanctions against Russia', 'las sanciones contra Rusia'); and those states with the ones it
    addresses by their capital (foreign_to)."""
    trigger, locative = best.match.trigger, lex.cue_set("locative_markers")
    # ('rechazaron que España participe en ...': a state opening what is denied is its subject, the
    # denier's own as often as not; 'aseguró que ... hasta que Colombia asuma' blames another)
    denied = best.event_type == "REJECT"
    recipients = [r for r in best.args.recipients if (r.marker in trigger.preps or r.marker not in locative)
                  and not (denied and r.first > 0 and view.words[r.first - 1].lower in lex.cue_set("complementizers"))]
    clause = view.clause_of(best.match.anchor).index
    against = [mm for mm in view.mentions if mm.marker in lex.cue_set("third_party_markers")
               and mm.first > best.match.last and mm.clause == clause]
    # a country by its name, or its government placed by name ('der Regierung in Nairobi', 'the government
    # in Kyiv'); not by its capital ('urged Jakarta', 'a pressé Ottawa' are as often a province's word to
    # its own capital) nor by an office ('la presidenta del Consejo de Ministros')
    named = [mm for mm in recipients + against if mm.mention.country]
    by_name = {mm.mention.country for mm in named if mm.mention.kind == "state" or _placed_government(mm, view, lex)
               or _envoy(mm, view, lex)}
    return by_name, by_name | {mm.mention.country for mm in named if mm.mention.kind == "capital"}


def _envoy(mm: MarkedMention, view: SentenceView, lex) -> bool:
    """'verweigerten dem australischen Botschafter den Zutritt', 'denied the Australian ambassador
    access', 'a convoqué l'ambassadeur de Russie', 'expulsó al embajador argentino': a state's envoy
    (grammar.json diplomat_titles, in the mention or right before the name) serves abroad, so an act
    aimed at him is another state's (the one he is posted to)."""
    if any(w in lex.cue_set("diplomat_titles") for w in mm.mention.text.lower().split()):
        return True
    return 0 < mm.first and view.start <= mm.mention.start < view.start + len(view.text) \
        and view.words[mm.first - 1].lower in lex.cue_set("diplomat_titles")


def _placed_government(mm: MarkedMention, view: SentenceView, lex) -> bool:
    """'der Regierung in Nairobi', 'the government in Kyiv', 'le gouvernement de Kiev': a government
    whose country a place after it names (a locative or genitive marker inside the mention), unlike an
    office whose country is its own title's ('la presidenta del Consejo de Ministros')."""
    markers = lex.cue_set("locative_markers") | lex.cue_set("genitive_markers")
    return mm.mention.kind == "title" and mm.mention.sector == "GOV" \
        and argument_record.has_word(view, mm.first + 1, mm.last - 1, markers)


#: sectors of an officer named by a title before the name ('Police chief Qassem Rezaei', 'General ...'), who
#: acts for a state; not GOV: a governor or a spokesman speaks to or of his own state by name ('el gobernador
#: Eduardo Leite reclamó a Brasilia', 'rejected the criticism, saying Tanzania's courts were independent')
OFFICER_SECTORS = frozenset({"MIL", "COP"})


def _office(mm: MarkedMention) -> bool:
    """A government or army office named without its country: 'de premier', 'the foreign minister',
    'el Ministerio', 'der Sprecher', and an officer named by an army or police title ('Police chief
    Qassem Rezaei accused Afghanistan', 'le chef de la police Qassem Rezaei a accusé l'Afghanistan',
    'Der Polizeichef Qassem Rezaei warf Afghanistan vor': the state accused is another's); not a person
    by name alone, a party or a crowd, who may well act on their own state."""
    m = mm.mention
    return m.country is None and (m.kind == "title" and m.sector in STATE_SECTORS
                                  or m.kind == "person" and m.sector in OFFICER_SECTORS)


def foreign_to(mm: MarkedMention, view: SentenceView, lex, aimed_at: set[str], addressed: set[str]) -> set[str]:
    """The states an actor named without a country is not of: an office's, those its act is aimed at
    by name (_office); a minister's, also the state he addresses by its capital ('Infrastrukturminister
    Olexander Kubrakow forderte Warschau auf', 'Infrastructure Minister ... urged Warsaw': a cabinet's
    member speaks for his state to another, where a governor may speak to his own capital)."""
    if mm.mention.country is None and mm.mention.kind == "person" and mm.mention.sector == "GOV" \
            and _minister_named(mm, view, lex):
        return addressed
    return aimed_at if _office(mm) else set()


def _minister_named(mm: MarkedMention, view: SentenceView, lex) -> bool:
    """The word right before the name is a minister's title, alone or as the head of a compound that
    names his portfolio (grammar.json cabinet_titles: 'Infrastruktur|minister', 'defensie|minister',
    'Infrastructure Minister', 'el ministro'); not a governor's or a mayor's."""
    if mm.first == 0 or not view.start <= mm.mention.start < view.start + len(view.text):
        return False
    title = view.words[mm.first - 1].lower
    return any(title.endswith(t) for t in lex.cue_set("cabinet_titles"))


def context_country(candidates: tuple[str | None, ...], aimed_at: set[str]) -> str | None:
    """'De premier beloofde de sancties tegen Rusland op te heffen', 'Le président a promis des armes
    à l'Ukraine': an office named alone takes its country from context (the event's place, the
    state before, the article's country, else the article's next country), but never from the
    state it acts on, which is named as another's; with no other context it stays unknown (CODING 3)."""
    return next((c for c in candidates if c and c not in aimed_at), None)


def where_it_acts(place, view: SentenceView, trig_start: int, etype: str, lex) -> bool:
    """The event's place says whose an office named alone is: named before the trigger, outside
    the sentence (the dateline), or after it as where the act happened ('rallied in central
    Seoul'). Not a place named after the trigger as a source ('bestellte ... ein und legte Protest
    gegen Äußerungen aus Washington ein': the object's) and not a meeting's (its host's)."""
    if place is None:
        return False
    in_sentence = view.start <= place.start < view.start + len(view.text)
    # 'a exigé la libération des Français retenus en Iran': after a statement, the place is in what is said
    said = ontology.event_type(etype).verbal
    return place.start < trig_start or not in_sentence or (_located(view, place.start, lex) and etype != "CONSULT"
                                                            and not said)


def _located(view: SentenceView, start: int, lex) -> bool:
    """A locative marker at most three words before the place starting at `start` ('in central Seoul', 'au large du'),
    not one of source ('Äußerungen aus Washington', 'sprak vanuit Warschau': grammar.json source_markers).
    'arrêté à l'aéroport de Téhéran', 'detenidos en el aeropuerto de Caracas': before a site of the
    place (grammar.json locative_heads) the marker is looked for before the site."""
    at = next((w.i for w in view.words if w.start == start), None)
    if at is not None and at >= 2 and view.words[at - 1].lower in lex.cue_set("genitive_markers") \
            and view.words[at - 2].lower in lex.cue_set("locative_heads"):
        at -= 2
    before = [w.lower for w in view.words[max(0, at - 3):at]] if at is not None else []
    return any(w in lex.cue_set("locative_markers") for w in before) \
        and not any(w in lex.cue_set("source_markers") for w in before)


#: the sectors of a party in a country's own politics: what it says of a politician is said at home
DOMESTIC_SECTORS = frozenset({"OPP", "PTY"})


def opposed_politician(mm: MarkedMention, view: SentenceView, best: Candidate) -> str | None:
    """'Die oppositionelle Demokratische Partei warf Yoon ... vor', 'The opposition accused Castro of
    ...': an opposition or a party named without a country that acts on a politician of a known state
    is that state's own opposition (a party is no foreign government's voice); so it takes the
    politician's country, not the article's (which may be the other side of a summit)."""
    m = mm.mention
    if m.country is not None or m.sector not in DOMESTIC_SECTORS or m.kind not in {"title", "group", "person"}:
        return None
    # (the politician after the trigger in its clause: 'Partei' of a split party name may be the recipient found)
    clause = view.clause_of(best.match.anchor).index
    people = {r.mention.country for r in view.mentions
              if r.clause == clause and r.first > best.match.anchor and r.mention.kind == "person"
              and r.mention.country and r.mention.sector in STATE_SECTORS | {"ELI", "OPP"}}
    return next(iter(people)) if len(people) == 1 else None


def state_before(mm: MarkedMention, view: SentenceView, state: str | None, lex) -> str | None:
    """'Mali expelled the French ambassador. The junta accused Paris ...': a government or army
    named by its office alone is that of the state the sentence before had as its subject; not a
    plural ('the foreign ministers', 'los militares'), which may be several states' or none's, but
    a plural that names one state's institutions (grammar.json state_plurals: 'Burkina Faso expelled
    three French diplomats. The authorities accused them', 'les autorités', 'die Behörden')."""
    m = mm.mention
    if state is None or not view.start <= m.start < view.start + len(view.text):
        return None     # a mention of another sentence (a pronoun's antecedent) has its own context
    head = view.words[mm.last]
    plural = head.lower != head.lemma and head.lower.startswith(head.lemma[:-1]) and len(head.lower) > len(head.lemma) \
        and head.lower not in lex.cue_set("state_plurals")
    return state if m.kind == "title" and m.country is None and m.sector in STATE_SECTORS and not plural else None


def placed_office(mm: MarkedMention, view: SentenceView, places, lex) -> str | None:
    """'Die Bundesstaatsanwaltschaft in Manhattan', 'federal prosecutors in Manhattan', 'het OM in
    Rotterdam', 'le parquet de Paris', 'la fiscalía de Nueva York': an office named without its country
    and placed by the place right after it (a locative or genitive marker between; the place names the
    office, not where the act was, location._modified_actor) is that place's country's office, whatever
    the article's country. Not an envoy's post ('zijn ambassadeur in Madrid' is not Spain's). An
    adjective may stand after the office's noun ('un tribunal fédéral de Brooklyn': grammar.json
    office_adjectives), and the seat may follow the district the office serves ('le parquet du district
    Est de New York', 'la Fiscalía del Distrito Sur de Nueva York', 'prosecutors in the Southern
    District of New York': grammar.json district_words)."""
    m = mm.mention
    if m.kind != "title" or m.country is not None \
            or any(w in lex.cue_set("diplomat_titles") for w in m.text.lower().split()):
        return None
    markers = lex.cue_set("locative_markers") | lex.cue_set("genitive_markers")
    k = mm.last + 1
    while k < len(view.words) and view.words[k].lower in lex.cue_set("office_adjectives"):
        k += 1      # 'un tribunal fédéral de Brooklyn', 'un tribunal federal de Brooklyn' (after the noun)
    k = _past_articles(view, k, markers, lex)
    if k is not None and k < len(view.words) and view.words[k].lower in lex.cue_set("district_words"):
        while k < len(view.words) and view.words[k].lower in lex.cue_set("district_words") | lex.cue_set("skip_words"):
            k += 1
        k = _past_articles(view, k, lex.cue_set("genitive_markers"), lex)
    return next((p.country for p in places if k is not None and k < len(view.words) and p.start == view.words[k].start),
                None)


def _past_articles(view: SentenceView, k: int, markers: frozenset[str], lex) -> int | None:
    """The word after the marker at `k` and the articles after it ('in the', 'du', 'van het'); None when
    no marker stands at `k`."""
    if k >= len(view.words) or view.words[k].lower not in markers:
        return None
    k += 1
    while k < len(view.words) and view.words[k].lower in lex.cue_set("articles") | lex.cue_set("skip_words"):
        k += 1
    return k


def court_state(view: SentenceView, places, lex) -> str | None:
    """The state of the court or prosecutor's office a sentence names with its country or places by its
    seat ('devant un tribunal fédéral de Brooklyn', 'A court in Rome heard the case', 'vor einem
    Bundesgericht in Brooklyn': placed_office), for the judges and prosecutors of the next sentence
    (of_court)."""
    return next((state for mm in view.mentions if mm.mention.sector == "JUD" and mm.mention.kind == "title"
                 for state in [mm.mention.country or placed_office(mm, view, places, lex)] if state), None)


def of_court(mm: MarkedMention, view: SentenceView, court: str | None, lex) -> str | None:
    """'... a plaidé non coupable devant un tribunal fédéral de Brooklyn. La juge Vera Scanlon a ordonné
    son maintien en détention', 'The judge ordered him held', 'La jueza ordenó', 'Der Richter ordnete
    an', 'De rechter beval': a judge or prosecutor (grammar.json court_officers: the title or the word
    before a name) named without a country sits in the court the sentence before named with its country
    or placed, whatever the story's country; not the defence's lawyers. So is a court named alone
    ('an appeals court', 'la cour d'appel')."""
    m = mm.mention
    if court is None or m.country is not None or m.sector != "JUD" \
            or not view.start <= m.start < view.start + len(view.text):
        return None
    officers = lex.cue_set("court_officers")
    title_before = mm.first > 0 and view.words[mm.first - 1].lower in officers
    # ('A Qatari court sentenced them ... on Dec. 28 an appeals court commuted the sentences': the court of
    # the next instance named alone is of the same state; grammar.json court_nouns)
    courts = lex.cue_set("court_nouns")
    text = m.text.lower()
    return court if text in officers | courts or text.split()[-1] in officers | courts or title_before else None


def earlier_state(mm: MarkedMention, view: SentenceView, office_states: dict[int, str | None]) -> str | None:
    """'Die Regierung in Addis Abeba reagierte verärgert. ..., erklärte das Außenministerium. Der
    Regierung in Mogadischu warf es vor': an office named alone in an earlier sentence (the antecedent
    of 'es', 'it', 'il', the speaker of a quote) keeps the state its own sentence gave it
    (state_before there), before the place or the state before the sentence it acts in."""
    if view.start <= mm.mention.start < view.start + len(view.text):
        return None
    return office_states.get(mm.mention.start)


def subject_state(subject: MarkedMention | None, lex) -> str | None:
    """The state a sentence's subject stands for, for the offices of the next sentence (state_before):
    a state or its capital ('Mali expelled ...'), or a government office that has its country
    ('Die Regierung in Addis Abeba reagierte verärgert', 'The Kenyan government said'); not an
    envoy (grammar.json diplomat_titles), who speaks in another state's capital."""
    if subject is None or subject.mention.country is None:
        return None
    if subject.mention.kind in STATE_KINDS:
        return subject.mention.country
    envoy = any(w in lex.cue_set("diplomat_titles") for w in subject.mention.text.lower().split())
    return subject.mention.country if subject.mention.kind == "title" and subject.mention.sector == "GOV" \
        and not envoy else None


def places_state(view: SentenceView, places, before: str | None, lex) -> str | None:
    """The one country the places a sentence names as places are in ('marched through Dhaka': locative, not
    'la Convención de Viena'), for the police of it and of the sentences after it (police_place); a sentence
    that names places of several countries or none leaves none (the sentence before the one before is no context)."""
    from heron.events import location
    found = {p.country for p in places if view.start <= p.start < view.start + len(view.text) and p.country
             and location.locative(view, p, lex)}
    if not found:
        return before
    return next(iter(found)) if len(found) == 1 else None


def police_place(mm: MarkedMention, view: SentenceView, place_before: str | None) -> str | None:
    """'Protesters marched through Dhaka on Sunday. Police fired tear gas ...': police named without a
    country (a COP title) act where their own sentence or, naming no place, the sentence before was set,
    before the article's country (CODING 3: country from context)."""
    m = mm.mention
    if place_before is None or m.country is not None or m.kind != "title" or m.sector != "COP" \
            or not view.start <= m.start < view.start + len(view.text):
        return None
    return place_before
