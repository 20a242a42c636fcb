"""Active or passive: whether a trigger is told in the passive ('werd ontvangen', 'was detained',
'wurde verhängt'), and whether a feeling in it makes it a state ('se mostró preocupada por').

The checks read auxiliaries and participles (grammar.json passive_auxiliaries, have_auxiliaries,
progressive_suffix) with their exceptions (Dutch 'zijn' is also 'his', German 'werden' also makes
a future). Separate from the argument rules because they decide only the voice, which those rules
and the receiving checks (heron.events.receiving) then read.
"""
from __future__ import annotations

from heron.events import clauses
from heron.events.clauses import SentenceView
from heron.events.lexicon import Lexicon


def _progressive(word, lex: Lexicon) -> bool:
    """An English -ing form ('is attacking', 'students marching'): grammar.json progressive_suffix."""
    suffix = lex.grammar.get("progressive_suffix")
    return bool(suffix) and word.lower.endswith(suffix)


def _passive(view: SentenceView, first: int, last: int, lex: Lexicon) -> bool:
    """A passive auxiliary in the span; Dutch 'zijn' before a name or title is 'his', not 'are'
    ('riep zijn ambassadeur terug'); one after a reflexive pronoun is an active reflexive
    ('La Russie s'est retirée du traité')."""
    auxiliaries, possessives = lex.cue_set("passive_auxiliaries"), lex.cue_set("possessives")
    reflexives = lex.cue_set("reflexive_pronouns")
    starts = {mm.first for mm in view.mentions}
    return any(view.words[k].lower in auxiliaries
               and not (view.words[k].lower in possessives
                        and (k + 1 in starts or _after_have(view, k, lex) or _event_noun_after(view, k, lex)))
               and not (k > 0 and view.words[k - 1].lower in reflexives)
               for k in range(first, last + 1))


def _after_have(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'Rwanda had al zijn ontwikkelingssamenwerking opgeschort': after a perfect 'have' in its
    clause (grammar.json have_auxiliaries) Dutch 'zijn' is 'his'; a passive perfect takes 'is'."""
    haves = lex.cue_set("have_auxiliaries")
    return any(view.words[j].lower in haves for j in range(view.clause_of(k).first, k))


def _event_noun_after(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'Een Poolse rechtbank beval zijn vrijlating': before an event noun in its dictionary form
    (a trigger word, not a participle) Dutch 'zijn' is 'his', not 'are'. A preposition that opens a
    trigger phrase is no event noun ('Twee toeristen zijn in Moskou gearresteerd', not 'in hechtenis')."""
    after = view.words[k + 1] if k + 1 < len(view.words) else None
    return after is not None and not after.inflected and bool(lex.exact.get(after.lemma)) \
        and after.lower not in clauses.marker_words(lex)


def _werden_future(view: SentenceView, verb: int, lex: Lexicon) -> bool:
    """'Die EU wird neue Sanktionen gegen Russland verhängen': 'werden' with an infinitive (a verb
    in its dictionary form) is a future, not a passive; with a participle it is one ('wird
    verhängt'). The clause's only auxiliaries are grammar.json passive_future_auxiliaries (as in
    modality._werden_passive)."""
    clause = view.clause_of(verb)
    found = {w.lower for w in view.words[clause.first:clause.last + 1]} & lex.cue_set("passive_auxiliaries")
    return bool(found) and found <= lex.cue_set("passive_future_auxiliaries") and not view.words[verb].inflected


def in_passive(view: SentenceView, trigger_index: int, lex: Lexicon) -> bool:
    """'Lula werd in Peking ontvangen', 'was detained': a passive auxiliary near the trigger.
    Verb-final languages put it anywhere before the participle ('werden am Abend in Minsk
    freigelassen'); the others right before it ('was detained', 'fue detenido'), and a 'was'
    further back belongs to another verb ('Lissu was charged ... after police arrested him')."""
    clause = view.clause_of(trigger_index)
    reach = trigger_index - clause.first if lex.grammar.get("verb_final") else 3
    # 'troepen zijn Rafah binnengevallen', 'sind einmarschiert', 'sont entrés': a perfect with 'be'
    active = view.words[trigger_index].lemma in lex.cue_set("be_perfect_verbs")
    return _passive(view, max(clause.first, trigger_index - reach), min(clause.last, trigger_index + 3), lex) \
        and not _progressive(view.words[trigger_index], lex) and not active    # 'is attacking'


def feeling(view: SentenceView, words: tuple[int, ...], lex: Lexicon) -> bool:
    """A participle or adjective of feeling in the trigger is a state of its subject, not a
    passive: 'Germany was deeply concerned by the arrest', 'La France s'est dite préoccupée par',
    'España se mostró preocupada por'; its 'by/par/por/door/über' names what it is about."""
    states = lex.cue_set("feeling_states")
    return any(view.words[k].lower in states for k in words)
