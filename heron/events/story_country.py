"""The countries an article is about: the one it is set in (home_country) and then the others it
names, most named first (home_countries).

Separate from the coder because it reads the whole document, not one sentence, and other parts ask it
too (the confidence and recipient models and their training); the coder gives offices, people and
crowds named without a country the article's country (CODING 3).
"""
from __future__ import annotations

from heron import ontology, places
from heron.document import Document
from heron.events import clauses, lexicon, sentence_words
from heron.places.gazetteer import reporting_hubs


def home_country(document: Document) -> str | None:
    """The country an article is set in: its dateline's when the body names that country again,
    else the one its places and actors name most. A desk's city over a story from elsewhere
    ('MADRID (EUROPA PRESS) - El grupo yihadista JNIM atacó ... Burkina Faso') is not where the story is."""
    return next(iter(home_countries(document)), None)


def home_countries(document: Document) -> list[str]:
    """The countries an article names, the one it is set in first (home_country), then the others,
    most named first."""
    head = document.dateline.place.country if document.dateline and document.dateline.place else None
    head_end = document.dateline.end if head else 0
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    # titles and known people count half: 'de Franse ambassadeur' in Niamey names France, but the
    # story is set in Niger; 'el presidente Luis Arce' says the story is Bolivia's
    # a country named as an actor is counted once, not again as a place
    actor_spans = [(a.start, a.end) for a in document.actors]
    named = [(p.start, p.country, 1.0) for p in document.places
             if not any(s < p.end and p.start < e for s, e in actor_spans)] + \
        [(a.start, a.country, 0.5 if a.kind in {"title", "person"} else 1.0) for a in document.actors
         if a.kind in {"state", "capital", "demonym", "title", "person"}]
    for start, country, weight in sorted(named):
        if start >= head_end and country and len(country) == 3 and country not in ontology.NON_STATE_CODES:
            counts[country] = counts.get(country, 0) + weight
            first.setdefault(country, start)
    # the most named country; on a tie the one named first (news leads with its story's country)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    head = _shared_head(document, head, counts)
    if head and head in counts and _reporting_hub(document):
        # 'NAIROBI (Reuters) - Las fuerzas del estado somalí ... huyeron a la vecina Kenia': a bureau's
        # country named in the story is not its setting unless the lead's subject is of it
        head = _lead_subject_state(document, head_end) or head
        return [head] + [c for c in ranked if c != head]
    if head and (head in counts or not counts):
        return [head] + [c for c in ranked if c != head]
    return ranked


#: how many times more another place of a dateline of several ('Kingston/Havanna') must be named than the
#: first for the story to be set there: a close count keeps the first, which the desk puts first
SHARED_HEAD_MARGIN = 1.5


def _shared_head(document: Document, head: str | None, counts: dict[str, float]) -> str | None:
    """'GINEBRA/TEHERÁN, 25 abr (Reuters) -', 'Bagdad/Stockholm (dpa) -': a dateline of several places
    reports from each of them; the story is set in the one whose country the body names clearly most
    (SHARED_HEAD_MARGIN), not always the first."""
    if head is None or "/" not in document.dateline.text.split("(")[0]:
        return head
    names = [n.strip(" ,") for n in document.dateline.text.split("(")[0].split(",")[0].split("/")]
    found = [place["country"] for n in names if n and (place := places.lookup(n))]
    states = [ontology.sovereign(c) for c in found if c]
    states = [c for c in dict.fromkeys(states) if c in counts]
    best = max(states, key=lambda c: counts[c]) if states else head
    return best if counts.get(best, 0) >= SHARED_HEAD_MARGIN * counts.get(head, 0) else head


def _reporting_hub(document: Document) -> bool:
    """The dateline is a regional news bureau's city (places data reporting_hubs.tsv: 'NAIROBI, 13 dic
    (Reuters) - Las fuerzas del estado somalí ...', 'BANGKOK (Reuters) - Camboya entregó ...'): the
    place the correspondent reports from, which the story may well name (soldiers fleeing to Kenya)
    without being set there."""
    return document.dateline.place.geonames_id in reporting_hubs()


def _lead_subject_state(document: Document, head_end: int) -> str | None:
    """The state of the lead's subject, the first name of the article's first sentence that no
    preposition governs, or of its owner after a genitive marker ('Las fuerzas del estado somalí de
    Jubalandia expulsaron', 'Die sudanesische RSF-Miliz ... haben', 'Camboya entregó a Tailandia';
    not 'Nach schweren Vorwürfen des US-Botschafters gegen Südafrika bemühen sich Pretoria und
    Washington', whose subject is Pretoria): what a news story leads with is the state it is about."""
    lex = lexicon.load(document.language or "")
    lead = next((s for s in document.sentences if s.end > head_end), None)
    if lex is None or lead is None:
        return None
    fresh = "_tokens" not in document.meta
    words = sentence_words.words(document, lead, head_end)
    if fresh:    # (the tokens sentence_words.words keeps are the events stage's, which clears them when it is done)
        document.meta.pop("_tokens", None)
        document.meta.pop("_token_starts", None)
    mentions = [m for m in document.actors if lead.start <= m.start < lead.end and m.start >= head_end]
    view = clauses.build(words, mentions, lex, lead.text, lead.start, [])
    subject = next((mm for mm in view.mentions if not mm.marker or mm.marker in lex.cue_set("genitive_markers")), None)
    country = subject.mention.country if subject else None
    return country if country and len(country) == 3 and country not in ontology.NON_STATE_CODES else None
