"""Receiving constructions: what a party receives from a giver is the giver's act.

'Kiev ontving dinsdag vijftig tanks van Polen', 'Kenya received 50 million dollars in aid from
China', 'Am Dienstag erhielt Pakistan Unterstützung aus China', 'L'Ukraine a reçu de l'Allemagne deux
systèmes Patriot', 'Ucrania recibió de Estados Unidos garantías': the party in the source phrase
(grammar.json receiving_sources) is the actor and the receiving verb's subject (receiving_verbs) the
recipient of the act the object names. The arguments stage asks `received` for a trigger's givers
and receivers; the coder's trigger filter asks `hosts_a_gift` whether a host row of a receiving verb
tells a gift instead of a guest.
"""
from __future__ import annotations

from heron.events import voice
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon


def _receiving_verb(trig, words: tuple[int, ...], view: SentenceView, clause, lex: Lexicon) -> int | None:
    """The receiving verb (grammar.json receiving_verbs) whose object the trigger names: the verb of a
    receive row, which pairs it with the thing received ('ontvangen @arms': 'Kiev ontving vijftig
    tanks'), or for an event noun the verb of its clause ('Pakistan erhielt Unterstützung', 'Egypt
    received an invitation'). Other rows of a receiving verb tell the subject's own act: 'ontving
    de Franse president' hosts a guest, 'recibirá refugiados' gives asylum."""
    if trig.frame not in {"receive", "noun"}:
        return None
    verbs = lex.cue_set("receiving_verbs")
    receiving = [k for k in range(clause.first, clause.last + 1)
                 if view.words[k].lemma in verbs or view.words[k].lower in verbs]
    if trig.frame == "receive":
        return next((k for k in receiving if k in words), min(words))
    return receiving[0] if receiving else None


def _from_source(mm: MarkedMention, view: SentenceView, lex: Lexicon) -> bool:
    """The mention follows a preposition of source (grammar.json receiving_sources), an article
    between: 'van Polen', 'from the United States', 'aus China', 'de l'Allemagne', 'des
    États-Unis', 'del Gobierno chino'."""
    sources = lex.cue_set("receiving_sources")
    if mm.marker in sources:
        return True
    before = [w.lower for w in view.words[max(0, mm.first - 2):mm.first]]
    return bool(before) and (before[-1] in sources or (
        len(before) == 2 and before[-1] in lex.cue_set("articles") and before[0] in sources))


def received(trig, words: tuple[int, ...], view: SentenceView, clause, in_clause: list[MarkedMention],
              lex: Lexicon) -> tuple[list[MarkedMention], list[MarkedMention]] | None:
    """(givers, receivers) of what a receiving verb's subject receives from a party named in a
    source phrase: 'Kiev ontving dinsdag vijftig tanks van Polen', 'Kenya received 50 million
    dollars in aid from China', 'Am Dienstag erhielt Pakistan Unterstützung aus China', 'L'Ukraine a
    reçu de l'Allemagne deux systèmes Patriot', 'Ucrania recibió de Estados Unidos garantías'. The
    giver does the act the object names (CODING 2: AID goes from the giver to the one it is for);
    the subject is its recipient, before the verb or right after it in an inverted clause ('kreeg
    hij van de gouverneur'). None where the trigger is no thing received; no givers where a
    pattern of the verb and its object names none ('Kiev ontving tanks' tells no one's act)."""
    verb = _receiving_verb(trig, words, view, clause, lex)
    if verb is None:
        return None
    receivers = _receiver(view, verb, in_clause, lex)
    after = receivers[0].last if receivers else clause.first - 1
    givers = [mm for mm in in_clause if mm.first > after and _from_source(mm, view, lex)
              and not (mm.last < verb and _on_subject(view, after, mm, lex))]
    if not givers and trig.frame == "noun":
        return None       # 'Pakistan erhielt Unterstützung' names no giver: the noun's own rules decide
    return givers, receivers


def _on_subject(view: SentenceView, subject_end: int, mm: MarkedMention, lex: Lexicon) -> bool:
    """'De premier van Kenia kreeg hulp van China', 'El Gobierno de Cuba recibió': a source phrase
    right after the subject (only its preposition and an article between) is the subject's own."""
    glue = lex.cue_set("receiving_sources") | lex.cue_set("articles")
    return all(view.words[k].lower in glue for k in range(subject_end + 1, mm.first))


def _receiver(view: SentenceView, verb: int, in_clause: list[MarkedMention], lex: Lexicon) -> list[MarkedMention]:
    """The receiving verb's subject: the unmarked party before it ('Kiev ontving'), else the one right
    after it, past only a time phrase or an article, in an inverted clause ('Am Dienstag erhielt
    Pakistan', 'Bij zijn vertrek kreeg hij')."""
    unmarked = [mm for mm in in_clause if not mm.marker and not _from_source(mm, view, lex)]
    skip = lex.cue_set("skip_words")
    return [mm for mm in unmarked if mm.last < verb][:1] or [
        mm for mm in unmarked if mm.first > verb
        and all(k in view.time_words or view.words[k].lower in skip for k in range(verb + 1, mm.first))][:1]


def hosts_a_gift(match, every: list, view: SentenceView, lex: Lexicon) -> bool:
    """'L'Ukraine a reçu des États-Unis l'assurance que ...', 'Egipto recibió una invitación de Rusia': a
    host row of a receiving verb (grammar.json receiving_verbs) with a trigger of another type after
    it in its clause, the thing received, and a party named as its source tells a gift (received),
    not a guest received. A visit received is the host's ('recibió la visita del canciller ruso'), and
    a trigger word inside a named party is no gift ('a reçu des responsables américains'); nor is a
    passive ('Poutine a été reçu ... par le président mongol, pour sa première visite')."""
    verb, verbs = view.words[match.anchor], lex.cue_set("receiving_verbs")
    if match.trigger.frame != "host" or (verb.lemma not in verbs and verb.lower not in verbs) \
            or voice.in_passive(view, match.anchor, lex):
        return False
    clause = view.clause_of(match.anchor)
    gifts = [m for m in every if match.last < m.anchor <= clause.last
             and m.trigger.event_type != match.trigger.event_type
             and not any(mm.first <= m.anchor <= mm.last for mm in view.mentions)]
    return bool(gifts) and any(mm.clause == clause.index and mm.first > match.anchor and _from_source(mm, view, lex)
                               for mm in view.mentions)
