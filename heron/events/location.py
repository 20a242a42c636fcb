"""Where an event happened: a GeoNames place from its clauses, by CODING.md section 6.

Only a place introduced as one counts ('in Kazan', 'buiten Moskou'); a place that names or
modifies an actor ('de autoriteiten in Afghanistan'), lies inside what a statement says, or
belongs to the attribution ('..., the ministry in Yerevan said') does not. Acts and statements
of the story's country without a place of their own take the dateline's, when the dateline is in
that country; an attack takes its target's place.
"""
from __future__ import annotations

from heron import ontology
from heron.document import Document, PlaceMention
from heron.events import clauses
from heron.events.argument_record import Arguments, requested_by
from heron.events.clauses import SentenceView
from heron.events.timing import word_at
from heron.events.triggers import TriggerMatch


def place_for(view: SentenceView, group: list, places: list[PlaceMention], etype: str,
               document: Document, lex, home: str | None) -> PlaceMention | None:
    verbal = ontology.event_type(etype).verbal
    if etype == "AGREE" and group[0].match.trigger.event_type not in {"AGREE", etype}:
        # 'Qatar will provide money for reconstruction in Gaza': Gaza is where the aid would go
        return document.dateline.place if document.dateline else None
    in_sentence = [p for p in places if view.start <= p.start < view.start + len(view.text)]
    for c in group:
        clause = view.clause_of(c.match.anchor)
        lo, hi = view.words[clause.first].start, view.words[clause.last].end
        attribution = _attribution_start(view, c.match, lex)
        speaker = c.args.speaker
        if speaker is not None and speaker.first > c.match.last and speaker.mention.start >= view.start:
            # '..., the ministry in Yerevan said' (not the speaker of an earlier sentence's quote)
            attribution = min(attribution, speaker.mention.start)
        own = [p for p in in_sentence if lo <= p.start < min(hi, attribution) and not _is_argument(p, c.args)
               and locative(view, p, lex, c.args, verbal) and not _beyond_place(view, p, lex)]
        if not own and etype == "ASSAULT":
            # 'vielen de haven van Odesa aan': an attack happens where its target is
            own = [p for p in in_sentence if lo <= p.start < min(hi, attribution) and p.start > view.words[clause.first].start
                   and not _beyond_place(view, p, lex) and not _is_actor_place(p, c.args)]
        if not own and c.match.trigger.mode == "visit":
            own = [p for p in in_sentence if any(r.mention.start <= p.start < r.mention.end for r in c.args.recipients)]
        if verbal:   # a statement's place is where it was made, not a place inside what was said
            own = [p for p in own if not _in_complement(view, p, c.match, lex)]
        if own:
            return own[0]
    if document.dateline and document.dateline.place and document.dateline.place.country == home:
        # 'DEN HAAG - ... De ME zette een waterkanon in', 'PRISTINA - Kurti sagte': an act or a
        # statement of the dateline's own country (or of its unnamed police, army, government)
        # with no place of its own happened there, as far as the text says; another country's
        # statement was made somewhere the text does not say (CODING 6); a desk's dateline over a
        # story set in another country ('MADRID (EUROPA PRESS) - ... en Burkina Faso') places nothing
        if any(a.mention.country == home or (a.mention.country is None and a.mention.kind == "title")
               for c in group for a in c.args.actors):
            return document.dateline.place
    return None


def _attribution_start(view: SentenceView, match: TriggerMatch, lex) -> int:
    """Where '..., meldde het Turkse presidentschap in Ankara' begins: its place is the speaker's."""
    cues = lex.cue_set("reporting_verbs") | lex.cue_set("speaker_markers")
    for w in view.words[match.last + 1:]:
        if w.lemma in cues or w.lower in cues:
            return w.start
    return view.start + len(view.text) + 1


def _is_actor_place(place: PlaceMention, args: Arguments) -> bool:
    return any(a.mention.start <= place.start < a.mention.end for a in args.actors)


def locative(view: SentenceView, place: PlaceMention, lex, args: Arguments | None = None,
              verbal: bool = True) -> bool:
    """Only a place introduced as one ('in Kazan', 'buiten Moskou', 'in de Russische stad Kazan')
    is where the event happened; 'een reactie van Kabul' or 'Rusland zei' name actors, and
    'de autoriteiten in Afghanistan' or 'ambassadeur in Kabul' say where an actor is."""
    i = word_at(view, place.start)
    if requested_by(i, view, lex):
        return False    # 'auf Ersuchen der USA in Prag festgenommen': who asked, not where
    locative, heads = lex.cue_set("locative_markers"), lex.cue_set("locative_heads")
    genitive = lex.cue_set("genitive_markers")
    markers = (genitive | lex.cue_set("recipient_prepositions")
               | lex.cue_set("comitative_markers") | lex.cue_set("agent_markers")) - locative
    reach = 5
    for j in range(i - 1, -1, -1):
        if j < i - reach:
            break
        w = view.words[j]
        back = clauses.cue_ending_at(view.words, j, locative)     # ('près de', 'cerca de': read whole)
        if back is not None:
            opens = j - back
            if opens == 0:
                return True
            owner = _modified_actor(view, view.words[opens - 1].start)
            # 'de autoriteiten in Afghanistan' places the authorities, not what they do; but
            # 'doelen van de Houthi's in Jemen', the target of an attack, places the attack
            target = args is not None and owner is not None and any(owner is r.mention for r in args.recipients)
            return owner is None or (target and not verbal)
        if w.lower in genitive and j > 0 and view.words[j - 1].lower in heads:
            reach = i - j + 4    # 'op het vliegveld van Teheran', 'in the north of Syria': a part or site of the place
            continue
        if w.lower in markers or (w.lower in clauses.PUNCT and w.lower != "("):
            return False     # the nearest preposition decides: 'aid for Sudan' is no place
    return False


def _modified_actor(view: SentenceView, offset: int):
    """The office or group right before 'in X', which X places ('de autoriteiten in Afghanistan')."""
    return next((mm.mention for mm in view.mentions if mm.mention.start <= offset < mm.mention.end
                 and mm.mention.kind in {"title", "group"}), None)


def _beyond_place(view: SentenceView, place: PlaceMention, lex) -> bool:
    """'naar de grens met Kosovo': a border with X is not in X."""
    i = word_at(view, place.start)
    before = " ".join(w.lower for w in view.words[max(0, i - 3):i])
    return any(before.endswith(cue) for cue in lex.grammar.get("not_in_place", ()))


def _in_complement(view: SentenceView, place: PlaceMention, match: TriggerMatch, lex) -> bool:
    """'aangeboden een ambassadeur in Moskou te accrediteren': the place is in the offer's content."""
    i = word_at(view, place.start)
    after = {w.lower for w in view.words[i + 1:i + 4]}
    between = {w.lower for w in view.words[match.last + 1:i]} if i > match.last else set()
    return bool(after & lex.cue_set("infinitive_markers")) or bool(between & lex.cue_set("complementizers"))


def _opens_with_place(mm, place: PlaceMention) -> bool:
    """'In Seoul protestierten Hunderte Menschen': an unnamed crowd stands on the words before its
    trigger (unnamed_actors.crowd), which may be the place phrase that opens the clause; a place one short
    word into such an actor ('In', 'À', 'En') is where the act happened, not a name of the actor."""
    m = mm.mention
    return m.name is None and m.kind == "title" and m.sector == "CVL" and 0 < place.start - m.start <= 4 \
        and " " not in m.text[:place.start - m.start].strip()


def _is_argument(place: PlaceMention, args: Arguments) -> bool:
    """A place inside an actor's name ('de politie in Iran', 'the ministry in Berlin')."""
    people = args.actors + args.recipients
    inside = any(mm.mention.start <= place.start < mm.mention.end and mm.mention.end - mm.mention.start
                 > place.end - place.start and not _opens_with_place(mm, place) for mm in people)
    speaker = args.speaker is not None and args.speaker.mention.start <= place.start < args.speaker.mention.end
    return inside or speaker
