"""Content accusations and denials: a reported statement whose content blames another party or
denies a part in what happened.

'The opposition leader insists the elections were rigged', 'Le ministre a affirmé que Moscou finance
illégalement les séparatistes', 'Volgens de premier heeft Hongarije de regels geschonden': the reporting
verb names no event type, but what is said attributes a wrongdoing to a party other than the
speaker, and saying so is itself an accusation (CODING 1: ACCUSE-allege, speaker -> that party).
The act told in the content stays coded as well (the gold keeps it, as optional).

The content is the part of the sentence on the other side of the reporting word from its
speaker. It blames when it holds a word of wrongdoing (grammar.json wrongdoing_words: 'rigged',
'illegal', 'terror', 'ingérence' ...); the party blamed is the first one it names. A content with
no such word ('said New Delhi was helping to finance Moscow's war') is not caught.

'Die Luftwaffe hatte erklärt, sie sei an dem Einsatz nicht beteiligt gewesen', 'Kyiv said it had
nothing to do with the attack', 'a assuré que rien ne permettait d'affirmer que le Mossad disposait
d'un bureau': a content that negates a word of involvement or of a claim's ground (grammar.json
denied_involvement: 'involved', 'beteiligt', 'rien à voir', 'pruebas' ...) is a denial, itself
asserted: REJECT by the speaker (CODING 1, 5). Whom it answers is the accuser the story told
before (coder); the act denied in that clause is not told as done.
"""
from __future__ import annotations

from heron.events import modality
from heron.events.argument_record import Arguments
from heron.events.clauses import STATE_KINDS, MarkedMention, SentenceView
from heron.events.grouping import Candidate
from heron.events.lexicon import Lexicon, Trigger
from heron.events.triggers import TriggerMatch

ALLEGE = Trigger("allege (content)", ("allege",), "ACCUSE", "allege", "svo", (), (), False, "112")
DENY = Trigger("deny (content)", ("deny",), "REJECT", None, "svo", (), (), False, "120")


def reporting_word(view: SentenceView, speaker: MarkedMention, lex: Lexicon) -> int | None:
    """The word that reports the speaker's words: its marker ('volgens X', 'according to X',
    'sagte Kurti') or the nearest reporting verb in its clause ('X said', 'X a affirmé')."""
    if speaker.marker and speaker.marker_at is not None and speaker.marker in lex.cue_set("speaker_markers"):
        return speaker.marker_at
    verbs = lex.cue_set("reporting_verbs") | lex.cue_set("speaker_markers")
    near = [w.i for w in view.words if (w.lemma in verbs or w.lower in verbs)
            and view.clause_of(w.i).index == speaker.clause]
    return min(near, key=lambda k: abs(k - speaker.first), default=None)


def content_span(speaker: MarkedMention, word: int, n_words: int) -> set[int]:
    """The reported words: after the verb when the speaker comes first ('X said that ...'), else
    around the speaker and its marker ('..., sagte Kurti', 'Volgens X heeft Y ...')."""
    if word > speaker.last:
        return set(range(word + 1, n_words))
    return set(range(0, word)) | set(range(speaker.last + 1, n_words))


def _negated(view: SentenceView, span: set[int], lex: Lexicon) -> bool:
    """A negation in the content or a question: 'said Russia had not attacked', 'did Kyiv lie?'."""
    cues = lex.cue_set("negation")
    return any(view.words[k].lower in cues for k in span) or view.text.rstrip().endswith("?")


def _wrongdoing_word(view: SentenceView, span: set[int], lex: Lexicon) -> bool:
    """A word of wrongdoing in the content (grammar.json wrongdoing_words; 'x*' is a stem, a
    space joins two words: 'war crime*')."""
    cues = lex.grammar.get("wrongdoing_words", [])
    exact = {c for c in cues if not c.endswith("*")}
    stems = tuple(c[:-1] for c in cues if c.endswith("*"))
    for k in sorted(span):
        w = view.words[k]
        pair = f"{w.lower} {view.words[k + 1].lower}" if k + 1 < len(view.words) else w.lower
        if _name_or_reason(view, k, lex):
            continue
        if w.lower in exact or w.lemma in exact or pair in exact or w.lower.startswith(stems) \
                or any(" " in stem and pair.startswith(stem) for stem in stems):
            return True
    return False


def _name_or_reason(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'at the Terrorism Confinement Center' is a name; 'detained for espionage', 'wegen Betrugs
    verurteilt' gives the reason of another act, 'de strijd tegen terrorisme' what is fought and
    'medidas para detener el genocidio' what is to be stopped, not what the speaker blames
    (grammar.json wrongdoing_reasons, up to three words before)."""
    w = view.words[k]
    if k > 0 and w.text[:1].isupper() and not lex.grammar.get("capitalised_nouns"):
        return True
    return any(view.words[j].lower in lex.cue_set("wrongdoing_reasons") for j in range(max(0, k - 3), k))


def _own_side(party: MarkedMention, speaker: MarkedMention) -> bool:
    """'The Kremlin said Russian forces struck ...': the speaker's own country is no one it blames."""
    return party is speaker or (party.mention.country is not None
                                and party.mention.country == speaker.mention.country)


def _blamed_party(view: SentenceView, span: set[int], speaker: MarkedMention) -> list[MarkedMention] | None:
    """The first party named unmarked in the content ('Volgens de premier heeft Hongarije ...'),
    [] when it names none, None when it is the speaker's own state."""
    named = [mm for mm in view.mentions if mm.first in span and not mm.marker and mm.mention.country]
    if not named:
        return []
    if _own_side(named[0], speaker) and speaker.mention.kind in STATE_KINDS | {"title", "person"} \
            and named[0].mention.kind in STATE_KINDS:
        return None
    return [] if _own_side(named[0], speaker) else named[:1]


def content_accusation(view: SentenceView, lex: Lexicon, speaker: MarkedMention | None,
                       candidates: list[Candidate], every: list[TriggerMatch]) -> Candidate | None:
    """The ACCUSE a reported statement makes by what it says, or None. (A hostile act told in the
    content is not enough: 'Rusia bombardeó Járkov, informaron las autoridades' reports an attack,
    the gold codes no accusation for it.)"""
    if speaker is None or any(c.event_type == "ACCUSE" for c in candidates):
        return None
    word = reporting_word(view, speaker, lex)
    if word is None or any(word in m.words for m in every):
        return None     # 'X denied that ...', 'X warned that ...': the verb is an event of its own
    span = content_span(speaker, word, len(view.words))
    if _negated(view, span, lex):
        return None
    if not _wrongdoing_word(view, span, lex):
        return None
    blamed = _blamed_party(view, span, speaker)
    if blamed is None:
        return None
    match = TriggerMatch(ALLEGE, word, (word,))
    args = Arguments(actors=[speaker], recipients=blamed, speaker=speaker, how="speaker")
    return Candidate(match, args, modality.Modality("asserted", False), "ACCUSE", ALLEGE.cameo)


def _phrases(view: SentenceView, k: int) -> tuple[str, ...]:
    """The word at k, its lemma, and the phrases of two and three words it starts."""
    word = view.words[k]
    return (word.lower, word.lemma) + tuple(view.phrase_before(k + n, n) for n in (2, 3) if k + n <= len(view.words))


def denying_clauses(view: SentenceView, span: set[int], lex: Lexicon) -> set[int]:
    """The clauses of the content that deny: a word of involvement or of a claim's ground
    (grammar.json denied_involvement: 'beteiligt', 'involved', 'impliquée', 'implicado',
    'betrokken', 'nothing to do', 'evidence', 'affirmer') with a negation in its clause ('sie sei
    an dem Einsatz nicht beteiligt gewesen', 'rien ne permettait d'affirmer', 'no tenía nada que ver')."""
    cues, negation = lex.cue_set("denied_involvement"), lex.cue_set("negation")
    out = set()
    for k in sorted(span):
        if not set(_phrases(view, k)) & cues:
            continue
        clause = view.clause_of(k)
        if any(set(_phrases(view, j)) & negation for j in range(clause.first, clause.last + 1) if j in span):
            out.add(clause.index)
    return out


def content_denial(view: SentenceView, lex: Lexicon, speaker: MarkedMention | None,
                   candidates: list[Candidate], every: list[TriggerMatch]) -> tuple[Candidate, set[int]] | None:
    """The REJECT a reported statement makes by denying a part in something or the ground of a claim,
    with the clauses that deny; None when there is none, or the sentence already tells a rejection
    ('X denied that ...', 'liet weten niets te maken te hebben': the verb or phrase is the event)."""
    if speaker is None or any(c.event_type == "REJECT" for c in candidates):
        return None
    word = reporting_word(view, speaker, lex)
    if word is None or any(word in m.words for m in every):
        return None
    span = content_span(speaker, word, len(view.words))
    denying = denying_clauses(view, span, lex)
    if not denying or view.text.rstrip().endswith("?"):
        return None
    match = TriggerMatch(DENY, word, (word,))
    args = Arguments(actors=[speaker], recipients=[], speaker=speaker, how="speaker")
    return Candidate(match, args, modality.Modality("asserted", False), "REJECT", DENY.cameo), denying
