"""Custody told across sentences: the state an earlier sentence told holding a person.

'Iran heeft de Zweeds-Iraanse Saeed Azizi vrijgelaten ... Azizi, die in november werd aangehouden':
an arrest, sentence or release with no named doer that falls on a person an earlier sentence told
held by a state is that state's act, aimed at the person's country. The coder notes each custody
it codes (`note`) and asks for it when an act names no doer (`custody_of`). 'verlangte die sofortige
Freilassung der Journalistin': a demand to free people is aimed at the state holding them (`holder`).
"""
from __future__ import annotations

import dataclasses

from heron.document import ActorMention, Event, party
from heron.events import argument_record, object_referents
from heron.events.clauses import STATE_KINDS, STATE_SECTORS, MarkedMention, SentenceView
from heron.events.grouping import Candidate
from heron.events.triggers import TriggerMatch

#: modes of acts by which a state takes, keeps, sentences or frees a person (its custody of them)
CUSTODY_MODES = {"arrest", "convict", "release"}
#: the key of `held` (code) for people held whom the act named by no name
UNNAMED_HELD = ""
#: the key of `held` for the one person a sentence described last by their nationality ('the man')
PERSON_DESCRIBED = "(person described last)"
#: mentions that may describe a person's nationality beside their name ('el activista egipcio-británico')
DESCRIBING_KINDS = frozenset({"demonym", "title"})


@dataclasses.dataclass
class Custody:
    """The state an earlier sentence told holding a person (or people; None for one told only
    charged), and their country."""
    holder: str | None
    nationality: str | None


def _person_keys(m: ActorMention) -> set[str]:
    """'Boniface Mwangi' ... 'Mwangi', 'Saeed Azizi' ... 'Azizi': a person by the last word of their
    name, or by its first, the family name of names written family name first ('Yang Hengjun' ... 'Yang')."""
    words = (m.name or m.text).lower().split()
    return {words[0], words[-1]}


def _custody_people(view: SentenceView, best: Candidate) -> list[MarkedMention]:
    """The named people an arrest, sentence or release falls on: its person recipients, else the
    people named unmarked (subject or object) in its sentence that are none of its actors and hold
    no office ('De Keniaanse mensenrechtenactivist Boniface Mwangi is ... in Tanzaniaanse hechtenis',
    'Iran heeft ... de Zweeds-Iraanse Saeed Azizi vrijgelaten'; not 'in ruil voor Hamid Nouri')."""
    found = [r for r in best.args.recipients if r.mention.kind == "person"]
    actors = {id(a) for a in best.args.actors}
    return found or [mm for mm in view.mentions if mm.mention.kind == "person" and not mm.marker
                     and id(mm) not in actors and mm.mention.sector not in STATE_SECTORS]


def note(view: SentenceView, best: Candidate, event: Event, held: dict[str, Custody], lex,
         setting: str | None) -> None:
    """'Mwangi ... in Tanzaniaanse hechtenis', 'Iran heeft ... Saeed Azizi vrijgelaten', 'La Chine a
    condamné à mort l'écrivain australien Yang Hengjun': the state whose arrest, sentence or release
    of a named person the sentence tells, by name or by the site it names (not one the article's
    country stands in for), holds that person; their country is their own, the nationality word
    beside their name, else the act's recipient's."""
    # ('Anklage gegen den 52-jährigen Inder Nikhil Gupta erhoben': a formal charge tells the person's
    # country, not who holds them)
    charged = event.event_type == "ACCUSE" and argument_record.legal_act(best.match.trigger, lex)
    if not charged and (event.mode not in CUSTODY_MODES or best.args.how == "implicit" and setting is None):
        return
    holder = None if charged else next((a["country"] for a in event.actor if a.get("country")), None)
    if holder is None and not charged:
        return
    others = [r["country"] for r in event.recipient if r.get("country") and r["country"] != holder]
    people = _custody_people(view, best)
    if not people and others and not charged and all(r.mention.kind not in STATE_KINDS for r in best.args.recipients):
        # 'Qatar has freed eight former Indian navy officers': people held whom 'the men' may name again
        held[UNNAMED_HELD] = Custody(holder, others[0] if len(set(others)) == 1 else None)
    for mm in people:
        # ('l'écrivain australien Yang Hengjun': the nationality word beside the name)
        described = object_referents.with_nationality(mm.mention, [m.mention for m in view.mentions])
        nationality = mm.mention.country or (described.country if described else None) \
            or (others[0] if len(set(others)) == 1 else None)
        keys = _person_keys(mm.mention)
        if charged and nationality and not keys & held.keys():
            held.update(dict.fromkeys(keys, Custody(None, nationality)))    # (not over a holder told before)
        elif not charged and nationality != holder:
            held.update(dict.fromkeys(keys, Custody(holder, nationality)))


def custody_of(view: SentenceView, best: Candidate, held: dict[str, Custody],
                lex) -> tuple[MarkedMention, Custody] | None:
    """'Mwangi, die naar Dar es Salaam was gereisd ..., werd maandag in zijn hotel opgepakt', 'Azizi,
    die in november werd aangehouden': an arrest, sentence or release with no named doer that falls
    on a person an earlier sentence told held by a state (note) is that state's act, aimed
    at the person's country; the same person, not any arrest told before."""
    if best.args.how != "implicit" or best.match.trigger.mode not in CUSTODY_MODES:
        return None
    named = next(((mm, held[key]) for mm in _custody_people(view, best) + _named_again(view, best, held)
                  if mm.first < best.match.first for key in sorted(_person_keys(mm.mention)) if key in held), None)
    again = _people_again(view, best, lex) if UNNAMED_HELD in held else None
    one = _people_again(view, best, lex, "person_references") if PERSON_DESCRIBED in held else None
    return named or ((again, held[UNNAMED_HELD]) if again else None) \
        or ((one, held[PERSON_DESCRIBED]) if one else None)


def _people_again(view: SentenceView, best: Candidate, lex, cue: str = "people_references") -> MarkedMention | None:
    """'The men, who worked for Dahra Global, ... were detained', 'Les deux hommes avaient été
    arrêtés': a phrase that names people only by their number or state (grammar.json
    people_references) opening the sentence of the act names again the people told held before;
    'The man, in his 50s, was detained', 'Der Mann wurde festgenommen', 'El hombre fue detenido'
    (person_references) the one person described last (introduce)."""
    cues = lex.cue_set(cue)
    n = next((n for n in (1, 2, 3) if n <= best.match.first and view.phrase_before(n, n) in cues), None)
    if n is None:
        return None
    first, last = view.words[0], view.words[n - 1]
    mention = ActorMention(first.start, last.end, view.text[first.start - view.start:last.end - view.start],
                           None, None, None, None, "title")
    return MarkedMention(mention, 0, n - 1, 0, "")


def introduce(view: SentenceView, held: dict[str, Custody], lex) -> None:
    """'die australische Journalistin Cheng Lei', 'Der deutsche Journalist Thomas Berger', 'el opositor
    camboyano Lim Kimya', 'De Franse leraar Pierre Martin', 'a Japanese employee of Astellas': a
    person the sentence describes by their nationality, holding no office of a state, is of that
    country whoever holds them. A later arrest or sentence with no named doer that falls on them by
    name ('Cheng war im August 2020 in Peking festgenommen worden') or as 'the man' (grammar.json
    person_references: 'The man, in his 50s, was detained in Beijing') is aimed at that country
    (custody_of); what an earlier sentence told of them stands."""
    pool = [mm.mention for mm in view.mentions]
    for mm in view.mentions:
        described = _described_person(view, mm, pool, lex)
        if described is None:
            continue
        keys, nationality = described
        for key in keys:
            held.setdefault(key, Custody(None, nationality))
        held[PERSON_DESCRIBED] = held[min(keys)] if keys else Custody(None, nationality)


def _described_person(view: SentenceView, mm: MarkedMention, pool: list[ActorMention],
                      lex) -> tuple[set[str], str] | None:
    """(the keys of their name, their country) of a person described by nationality: a name no
    dictionary knows with the country a title or nationality word beside it gave ('Der deutsche
    Journalist Thomas Berger', 'De Franse leraar Pierre Martin'), or a title with a nationality
    and no state office before a name no mention stands on ('die australische Journalistin Cheng
    Lei') or after an indefinite article (grammar.json person_determiners: 'a Japanese employee')."""
    m = mm.mention
    if m.sector in STATE_SECTORS:
        return None       # 'Japanese Foreign Minister Yoshimasa Hayashi': an office, not a person held
    if m.kind == "person" and not m.wikidata:     # (a known figure's country is the dictionary's)
        if len({n.country for n in object_referents.nationality_words(m, pool, DESCRIBING_KINDS)}) > 1:
            return None   # 'el activista egipcio-británico Alaa Abd el Fattah': a dual national may be the holder's own
        country = m.country or getattr(object_referents.with_nationality(m, pool), "country", None)
        return (_person_keys(m), country) if country else None
    if m.kind != "title" or not m.country:
        return None
    taken = {k for other in view.mentions for k in range(other.first, other.last + 1)}
    name = []
    for w in view.words[mm.last + 1:]:
        if w.i in taken or not w.text[:1].isupper() or not w.text.isalpha():
            break
        name.append(w.lower)
    if name:
        return {name[0], name[-1]}, m.country
    indefinite = mm.first > 0 and view.words[mm.first - 1].lower in lex.cue_set("person_determiners")
    return (set(), m.country) if indefinite else None


def place_of_act(view: SentenceView, match: TriggerMatch, place) -> bool:
    """A place named in the act's sentence before it, or after it with no comma between: 'Nouri werd
    op Arlanda aangehouden'; not the dateline's city, nor where the main clause goes on after the
    one telling the act ('Arnaud, who was arrested in 2022, landed in Paris')."""
    if place is None or not view.start <= place.start < view.start + len(view.text):
        return False
    return place.start < view.words[match.first].start or not any(
        w.text == "," for w in view.words[match.last + 1:] if w.end <= place.start)


def _named_again(view: SentenceView, best: Candidate, held: dict[str, Custody]) -> list[MarkedMention]:
    """'Mwangi, die ... werd opgepakt': the surname of a person held, named before the trigger on
    words no mention stands on (a name that no title or dictionary resolves is known by its full
    form only, so its surname alone is no mention)."""
    taken = {k for mm in view.mentions for k in range(mm.first, mm.last + 1)}
    word = next((w for w in view.words[:best.match.first]
                 if w.i not in taken and w.text[:1].isupper() and w.lower in held), None)
    if word is None:
        return []
    mention = ActorMention(word.start, word.end, word.text, word.text, None, None, None, "person")
    return [MarkedMention(mention, word.i, word.i, view.clause_of(word.i).index, "")]


#: statements that may ask for the release of people held, aimed at their holder (not blame for a
#: release done: 'placed under investigation over the release of a Libyan police chief')
RELEASE_DEMANDS = {"REQUEST"}
#: acts by which a state took or keeps people, which tell who holds them
TAKING_MODES = {"arrest", "convict"}
#: words after the trigger within which its object names a release ('demanded the immediate and unconditional release')
RELEASE_REACH = 6
#: kinds of mention that can be the named addressee of a demand ('urged Moscow to free ...')
ADDRESSEE_KINDS = STATE_KINDS | {"igo", "group"}


def release_word(view: SentenceView, match: TriggerMatch, lex) -> int | None:
    """'verlangte die sofortige Freilassung der Journalistin', 'demanded the release of the detainees',
    'a exigé la libération des otages', 'eiste de vrijlating van', 'exigió la liberación de los
    detenidos', 'forderte, ... Abedini freizulassen', 'urged Moscow to free': the word index of the
    release, freeing or handing over (grammar.json release_words) that is the trigger's object, in
    its words or a few after them, or the verb closing the clause after the trigger's (the verb-final
    infinitive of 'forderte, den in Mailand inhaftierten Iraner ... freizulassen'); else None."""
    cues = lex.cue_set("release_words")
    stop = min(len(view.words), match.last + 1 + RELEASE_REACH)
    # (not one a comma parts from the demand: 'begrüßte die Freilassung, forderte aber ...' welcomes it)
    near = next((k for k in range(match.first, stop) for n in (1, 2, 3)
                 if k + n <= len(view.words) and view.phrase_before(k + n, n) in cues
                 and all(w.text[:1].isalnum() for w in view.words[k:match.last])), None)
    after = view.clause_of(match.last).index + 1
    if near is not None or after >= len(view.clauses):
        return near
    end = view.clauses[after].last + 1
    while end > 0 and not view.words[end - 1].text[:1].isalnum():
        end -= 1     # (the full stop or comma closing the clause)
    return next((end - n for n in (1, 2, 3) if view.phrase_before(end, n) in cues), None)


def holder(view: SentenceView, match: TriggerMatch, released: int, held: dict[str, Custody], earlier: list[Event],
           places) -> dict | None:
    """Who holds the people whose release is asked for (word `released`): the state of a place named
    after the demand ('den in Mailand inhaftierten Iraner ... freizulassen', 'la liberación de los
    activistas detenidos en Minsk'), else the state an earlier sentence told holding a person named
    after it (note), else the doer of the last arrest or sentence told ('Die Huthis nahmen neun
    UN-Mitarbeiter fest ... forderte die Freilassung der Festgenommenen'). A record of it, or None."""
    after, word = view.words[match.last], view.words[released]
    place = next((p for p in places if after.end <= p.start < view.start + len(view.text) and p.country), None)
    if place is not None:
        return party(place.text, place.start, place.end, place.country, "GOV", place.name)
    named = next((held[w.lower] for w in view.words[match.last + 1:] if w.text[:1].isupper() and w.lower in held
                  and held[w.lower].holder), None)
    if named is not None:
        return party(word.text, word.start, word.end, named.holder, "GOV")
    taken = next((e for e in reversed(earlier) if e.mode in TAKING_MODES and e.modality == "asserted"
                  and any(a.get("country") for a in e.actor)), None)
    return dict(next(a for a in taken.actor if a.get("country"))) if taken else None


def asked_of_holder(view: SentenceView, best: Candidate, at: int) -> bool:
    """The demand names no addressee of its own before the release ('urged Moscow to free', 'pidió a
    Irán la liberación'): its recipients, if any, are the people to be freed or their country."""
    return not any(r.mention.kind in ADDRESSEE_KINDS and r.first < at for r in best.args.recipients)
