"""Visits that meet no party: to a site, or to a relative.

A visit (trigger mode 'visit') is CONSULT when it meets a party (CODING 2). 'Lagbaja besuchte den Ort
am Dienstag', 's'est rendu mardi sur les lieux' say where someone went; 'a visit to his partner in
Venezuela' is private wherever it is. The coder asks `private_or_to_a_site` and codes no CONSULT then.
"""
from __future__ import annotations

from heron.events.argument_record import Arguments
from heron.events.clauses import STATE_KINDS, SentenceView
from heron.events.triggers import TriggerMatch


def private_or_to_a_site(view: SentenceView, match: TriggerMatch, args: Arguments, lex) -> bool:
    """The visit goes to a relative, or to a site where it meets no party of another country."""
    return _visited(view, match, lex, "visited_relatives") or (
        _visited(view, match, lex, "visited_sites") and not _party_visited(view, match, args))


def _visited(view: SentenceView, match: TriggerMatch, lex, cue: str, reach: int = 2) -> bool:
    """What a visit goes to, the first words after it (in a verb-final language also the ones before
    it: 'hat den Unglücksort besucht') past articles, possessives, prepositions and times, is one of
    the `cue` nouns (grammar.json): a site, where something happened ('Lagbaja besuchte den Ort am
    Dienstag', 'visited the hospital where the wounded were treated', 's'est rendu mardi sur les
    lieux', 'bezocht de plek van de aanslag', 'visitó el lugar del ataque': visited_sites), or a
    relative ('a visit to his partner', 'visitó a su pareja': visited_relatives); not a state or an
    office to meet."""
    clause = view.clause_of(match.anchor)
    skip = lex.cue_set("articles") | lex.cue_set("possessives") | lex.cue_set("locative_markers") \
        | set(match.trigger.preps)
    after = [w for w in view.words[match.last + 1:clause.last + 1]
             if w.lower not in skip and w.i not in view.time_words and w.text[:1].isalnum()][:reach]
    before = [w for w in view.words[clause.first:match.first]
              if w.lower not in skip and w.i not in view.time_words and w.text[:1].isalnum()][-reach:] \
        if lex.grammar.get("verb_final") else []
    nouns = lex.cue_set(cue)
    return any(w.lower in nouns or w.lemma in nouns for w in after + before)


def _party_visited(view: SentenceView, match: TriggerMatch, args: Arguments) -> bool:
    """A visit to a site still meets a party when its clause names a state, person or office of
    another country than the visitor's: 'Macron besuchte das Krankenhaus in Beirut' (a visit to
    Lebanon), 'Blinken visited Zelensky's troops at the hospital'. A hospital (titles.tsv MED) or
    people of the visitor's own country, or of none ('Le conseiller ..., Qassem al-Araji, s'est
    rendu sur les lieux'), are no party visited."""
    clause = view.clause_of(match.anchor)
    own = {a.mention.country for a in args.actors} | {None}
    actors = {id(a) for a in args.actors}
    return any(mm.clause == clause.index and id(mm) not in actors and mm.mention.country not in own
               and mm.mention.kind in STATE_KINDS | {"person", "title"} for mm in view.mentions)
