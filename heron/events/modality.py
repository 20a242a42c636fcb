"""Modality of an event from cue words in its clause: asserted, negated, hypothetical, future.

Negated and hypothetical statements are not events (CODING.md section 5); future ones are
(a promise is itself an act), and future CONSULT/SUPPORT/COOPERATE/AID become AGREE.
"""
from __future__ import annotations

from dataclasses import dataclass

from heron.events.clauses import QUOTES, Clause, SentenceView, opened_by
from heron.events.lexicon import Lexicon


@dataclass
class Modality:
    value: str            # asserted | negated | hypothetical | future
    volition: bool        # a promise, offer or intent ('zal', 'wil', 'pledged')
    cue: str | None = None
    conditional_threat: bool = False   # 'will withdraw ... unless', 'zal ... tenzij'
    intent: bool = False               # explicit intent ('willing to', 'bereid'), not just 'will'
    refusal: bool = False              # negated future: 'will not provide', 'zal niet helpen'
    inability: bool = False            # negated ability: 'cannot accept', 'kan niet instemmen'
    ruled_out: bool = False            # 'was not an option', 'geen sprake van': refused by whoever says so
    provisional: bool = False          # the refusal is limited in time or by a condition: 'not for now', 'until ...'


def _phrases(words, first: int, last: int) -> list[str]:
    lowers = [w.lower for w in words[first:last + 1]]
    out = list(lowers)
    for n in (2, 3):
        out += [" ".join(lowers[k:k + n]) for k in range(len(lowers) - n + 1)]
    return out


#: how many words after the trigger a cue may stand ('helpt ... niet'); cues before it count up to the clause start
AFTER = 4
#: how many words before a trigger a 'without' may stand when an infinitive marker ends the gap ('ohne ... zu kritisieren')
PRIVATIVE_REACH = 8


def _denied_by(view: SentenceView, clause: Clause, trigger_last: int, lex: Lexicon,
               trigger_words: frozenset[int] = frozenset()) -> str | None:
    """'Russia denied attacking the hospital', 'Moskou ontkende dat het ... had aangevallen': a
    denial verb before the trigger, in its clause or in the clause right before a complement
    clause that holds it. Not a denial elsewhere in the sentence ('India blames Pakistan ...,
    which Islamabad denies'), and not the trigger's own word ('Islamabad denies', 'a démenti les
    accusations')."""
    verbs = lex.cue_set("denial_verbs")
    for w in view.words[:trigger_last]:
        if (w.lemma not in verbs and w.lower not in verbs) or w.i in trigger_words:
            continue
        if _governs(view, clause, w.i, trigger_last, lex):
            return w.lemma if w.lemma in verbs else w.lower
    return None


def _excluded_by(view: SentenceView, clause: Clause, trigger_last: int, lex: Lexicon,
                 trigger_words: frozenset[int] = frozenset()) -> str | None:
    """'Hij sloot uit dat hij zal aftreden', 'ruled out that he would resign', 'schloss aus, dass er
    zurücktreten werde': the act a party rules out is not done (the ruling out is its own REJECT).
    Not when the ruling out is itself refused or denied: 'weigerde uit te sluiten dat ...'."""
    cues = lex.cue_set("exclusion_verbs")
    for w in view.words[:trigger_last]:
        phrase = next((p for p in (" ".join(x.lower for x in view.words[w.i:w.i + 2]), w.lower, w.lemma)
                       if p in cues), None)
        if phrase is None or w.i in trigger_words:
            continue
        own = view.clause_of(w.i)
        before = view.words[own.first:w.i]
        if any(x.i in view.trigger_anchors or x.lower in lex.cue_set("negation") for x in before):
            continue    # 'refused to rule out', 'did not rule out': the act stays possible
        if _governs(view, clause, w.i, trigger_last, lex):
            return phrase
    return None


def _governs(view: SentenceView, clause: Clause, verb: int, trigger_last: int, lex: Lexicon) -> bool:
    """The verb at `verb` takes the trigger as its content: in the trigger's clause or in the
    clause right before a complement clause that holds it, with no second verb of its own between."""
    if any(x.lower in lex.cue_set("coordinators") for x in view.words[verb + 1:trigger_last]):
        return False    # 'Moscú negó cualquier implicación y culpó a ...': a second verb of its own
    own = view.clause_of(verb)
    return own.index == clause.index or (clause.index == own.index + 1
                                         and clause.opener in lex.cue_set("complementizers"))


def _future_verb(view: SentenceView, index: int, lex: Lexicon) -> bool:
    """French and Spanish mark the future on the verb: 'no otorgará', 'n'accordera pas'."""
    suffixes = tuple(lex.grammar.get("future_suffixes", ()))
    return bool(suffixes) and view.words[index].lower.endswith(suffixes)


def _future_trigger_word(view: SentenceView, trigger_last: int, trigger_words: frozenset[int],
                         lex: Lexicon) -> int | None:
    """The trigger's word in the future tense, if any: its last word ('livrera'), or its verb when
    the pattern ends in the object ('enviará ayuda', 'donará 10 millones'). Only an inflected word
    (not its dictionary form) can be that verb: 'caméra', 'frontera' are no futures."""
    if _future_verb(view, trigger_last, lex):
        return trigger_last
    return next((k for k in sorted(trigger_words) if view.words[k].inflected and _future_verb(view, k, lex)), None)


def _reported_future(view: SentenceView, trigger_words: frozenset[int], present: set[str], lex: Lexicon,
                     conditional: bool = False) -> str | None:
    """'Kenya said it would send an envoy', 'zei dat het hulp zou sturen', 'anunció que ayudaría':
    the future of a reported clause (future in the past: 'would', a conditional verb) is a promise
    like 'will'. The cue when a reporting verb stands before the trigger, else None. Not after a
    reporting verb that is an event of its own: 'warned that any attack would meet a response'.
    `conditional`: a condition clause stands beside the act's (_beside_condition)."""
    first = min(trigger_words)
    verbs = lex.cue_set("reporting_verbs")
    if not any(w.lemma in verbs and w.i not in view.trigger_anchors for w in view.words[:first]):
        return None
    if present & lex.cue_set("passive_auxiliaries") and not conditional:
        # 'projecten zouden worden besproken op een forum': a planned meeting, no promise; but 'zei dat
        # Netanyahu zou worden gearresteerd als hij Ierland bezoekt' announces an act on a condition
        return None
    cue = next(iter(sorted(present & lex.cue_set("reported_future"))), None)
    # the trigger's own verb in the conditional ('anunció que ayudaría')
    suffixes = tuple(lex.grammar.get("conditional_suffixes", ()))
    verb = next((view.words[k].lower for k in sorted(trigger_words)
                 if suffixes and view.words[k].lower.endswith(suffixes)), None)
    return cue or verb


def _announced_future(view: SentenceView, clause: Clause, trigger_words: frozenset[int], lex: Lexicon) -> bool:
    """'anunció que no otorgará el salvoconducto', 'a annoncé qu'elle n'accordera pas', 'La Hongrie ne
    soutiendra pas les sanctions, a affirmé Orban', 'a déclaré que la France « ne rouvrira pas de
    places »': a future verb in a that-clause, in a quotation, or in a quote whose verb of saying follows
    it. Not a bare 'Milei no se reunirá con los sindicatos', a plan and no answer."""
    told = clause.opener in lex.cue_set("complementizers") or clause.quoted or _said_after(view, trigger_words, lex)
    return told and any(future_form(view, k, lex) for k in trigger_words)


def future_form(view: SentenceView, index: int, lex: Lexicon) -> bool:
    """A word with the future or the conditional marked on it ('otorgará', 'serait', 'ayudaría';
    grammar.json future_suffixes, conditional_suffixes)."""
    return _future_verb(view, index, lex) or _conditional_verb(view, index, lex)


def _said_after(view: SentenceView, trigger_words: frozenset[int], lex: Lexicon) -> bool:
    """A verb of saying after the act, behind a comma, that is no event of its own: ', a affirmé
    Orban', ', dijo el ministro', ', a indiqué le ministère'."""
    verbs = lex.cue_set("reporting_verbs")
    rest = view.words[max(trigger_words) + 1:]
    comma = next((w.i for w in rest if w.lower == ","), None)
    return comma is not None and any((w.lemma in verbs or w.lower in verbs) and w.i not in view.trigger_anchors
                                     for w in view.words[comma + 1:])


def _conditional_verb(view: SentenceView, index: int, lex: Lexicon) -> bool:
    """The future in the past of a that-clause: 'a fait savoir qu'il ne reconnaîtrait pas les
    résultats', 'anunció que no reconocería': a refusal like 'ne reconnaîtra pas'."""
    suffixes = tuple(lex.grammar.get("conditional_suffixes", ()))
    return bool(suffixes) and view.words[index].lower.endswith(suffixes)


def _sequence_opener(view: SentenceView, lex) -> set[str]:
    """'Plus tard, le gouvernement a libéré les prisonniers', 'Más tarde, el Gobierno liberó a los presos': a time
    adverb that opens the sentence before a comma (grammar.json sequence_openers) orders the story's events; it
    is no future cue there. French and Spanish mark the future on the verb ('libérera', found by
    _future_trigger_word) or with an auxiliary ('va libérer'), which stay future cues."""
    words = view.words
    return {cue for cue in lex.cue_set("sequence_openers")
            if len(words) > (n := len(cue.split())) and " ".join(w.lower for w in words[:n]) == cue
            and words[n].text == ","}


def _werden_passive(view: SentenceView, trigger_last: int, future: set[str], lex: Lexicon) -> bool:
    """'gegen sie wird intern ermittelt': 'werden' with a participle is a present passive, with
    an infinitive a future ('wird ermitteln'); the participle is the verb not in its dictionary
    form (grammar.json passive_future_auxiliaries)."""
    word = view.words[trigger_last]
    return future <= lex.cue_set("passive_future_auxiliaries") and word.inflected


def ruled_out(view: SentenceView, clause: Clause, trigger_words: frozenset[int], lex: Lexicon) -> str | None:
    """'delivering Taurus to Kyiv was "not an option"', 'Van het intrekken van de wet is geen sprake',
    'Eine Lieferung an die Ukraine kommt nicht in Frage', 'Il est hors de question de négocier', 'Una
    reunión con Maduro no está sobre la mesa': a predicate of refusal (grammar.json
    refusal_predicates) in the act's clause says the act will not be done: the one who says so
    refuses it. Not a predicate on the act's own words, nor one of a second clause after it ('would
    keep negotiating with Washington and that countermeasures were not on the table')."""
    words = [w for w in view.words[clause.first:clause.last + 1] if w.i not in trigger_words]
    lowers = [w.lower for w in words]
    openers = lex.cue_set("clause_openers")
    cues = [(c, c.split()) for c in sorted(lex.cue_set("refusal_predicates"), key=len, reverse=True)]
    for n in range(len(words)):
        cue = next((c for c, parts in cues if lowers[n:n + len(parts)] == parts), None)
        if cue is None:
            continue
        between = [w.lower for w in words if trigger_words and max(trigger_words) < w.i < words[n].i]
        if not set(between) & openers:
            return cue
    return None


def _provisional(view: SentenceView, clause: Clause, lex: Lexicon) -> bool:
    """'no enviarán por ahora más cazas', 'ne normalisera pas ... tant que la guerre se poursuit',
    'würden vorerst nicht eingestellt', 'no trade talks with India until the dispute was resolved':
    a 'not yet' limited in time or by a condition (candidates: a refusal only of what is demanded)."""
    rest = view.words[clause.first:]
    return bool(set(_phrases(rest, 0, len(rest) - 1)) & lex.cue_set("provisional"))


def _urgency_words(view: SentenceView, first: int, last: int, lex: Lexicon) -> set[int]:
    """The words of a phrase of urgency ('as soon as possible', 'zo snel mogelijk', 'lo antes
    posible'): its 'possible' or 'soon' says how fast, not that the act may or will happen."""
    out: set[int] = set()
    lowers = [w.lower for w in view.words]
    for phrase in lex.cue_set("urgency_phrases"):
        parts = phrase.split()
        for k in range(first, last + 1):     # a phrase the cue window cuts off counts too
            if lowers[k:k + len(parts)] == parts:
                out.update(range(k, k + len(parts)))
    return out


def _in_order(words, cue: str) -> bool:
    """The words of `cue` stand in this order among `words`, others between: 'zou ... hebben'."""
    tokens = cue.split()
    k = 0
    for w in words:
        if k < len(tokens) and w.lower == tokens[k]:
            k += 1
    return k == len(tokens)


def _own_noun_or_particle(view: SentenceView, clause: Clause, k: int, trigger_words: frozenset[int],
                          lex: Lexicon) -> bool:
    """A trigger word that is no cue of its own modality: a noun after an article ('a accordé un
    prêt': a loan, not 'prêt' = ready) or a particle closing the clause ('stellte 50 Millionen Euro
    bereit': 'bereitstellen', not 'bereit' = willing); 'se tenait prête à aider' keeps its cue."""
    if k not in trigger_words:
        return False
    last = max((w.i for w in view.words[clause.first:clause.last + 1] if w.text[:1].isalnum()), default=-1)
    return (k > 0 and view.words[k - 1].lower in lex.cue_set("articles")) or (k == last and k - 1 not in trigger_words)


def _given_in_saying(view: SentenceView, trigger_words: frozenset[int], lex: Lexicon) -> bool:
    """The trigger offers a thing that is given in the very words of the offer (grammar.json
    given_in_saying): 'offered condolences', 'ofreció sus condolencias' is sympathy expressed, not a
    promise; its 'offered' is no volition cue, as it is in 'offered to mediate'."""
    given = lex.cue_set("given_in_saying")
    return any(view.words[k].lemma in given or view.words[k].lower in given for k in trigger_words)


def _on_condition(view: SentenceView, clause, trigger_last: int, lex: Lexicon) -> bool:
    """A future act tied to a condition (grammar.json threat_conditions): after it ('will impose
    sanctions unless ...') or in a clause before it ('If Moscow does not withdraw, the EU will
    impose new sanctions', 'Si Rusia no se retira, la UE impondrá nuevas sanciones')."""
    conditions = lex.cue_set("threat_conditions")
    # a condition of several words or opened by its verb ('au cas où', 'should Belarus close') is a clause
    opening = conditions | lex.cue_set("conditional_verbs")
    return bool({w.lower for w in view.words[trigger_last + 1:]} & conditions) \
        or any(opened_by(view.words, c.first, opening) for c in view.clauses
               if c.index < clause.index or c.first > trigger_last)


def _beside_condition(view: SentenceView, clause: Clause, lex: Lexicon) -> bool:
    """Another clause of the sentence opens with a conditional ('als hij Ierland bezoekt', 'if he
    visited Ireland'); a bare 'als' inside a clause is mostly 'as' ('noemde projecten als mogelijke
    samenwerkingsgebieden')."""
    return any(opened_by(view.words, c.first, lex.cue_set("conditional_openers"))
               for c in view.clauses if c.index != clause.index)


def _inverted_condition(view: SentenceView, trigger_last: int, lex: Lexicon) -> str | None:
    """'Hadden de partners ingestemd, ...', 'Hätte der Block gewonnen, ...', 'Had Russia agreed, ...':
    a sentence that opens with a subjunctive verb is a condition up to its first comma."""
    if not view.words or view.words[0].lower not in lex.cue_set("inverted_conditionals"):
        return None
    comma = next((w.i for w in view.words if w.lower == ","), None)
    return view.words[0].lower if comma is not None and trigger_last < comma else None


def _counterfactual(view: SentenceView, clause: Clause, trigger_last: int, lex: Lexicon) -> str | None:
    """'dan zou Nederland de grenzen hebben gesloten', 'it would have withdrawn', 'hätte er die
    Gespräche abgebrochen', 'il aurait fermé', 'habría cerrado': a past conditional next to a
    condition ('if', 'als', 'si' or an inverted 'Hadden ..., ') is unreal. Without a condition it
    is reported speech ('Rusland zou drones hebben gestuurd', 'l'armée aurait tué')."""
    words = view.words[clause.first:min(clause.last, trigger_last + AFTER) + 1]
    cue = next((c for c in sorted(lex.cue_set("counterfactual")) if _in_order(words, c)), None)
    if cue is None or any(_in_order(words, e) for e in lex.cue_set("counterfactual_exceptions")):
        return None
    inverted = bool(view.words) and view.words[0].lower in lex.cue_set("inverted_conditionals")
    condition = any(opened_by(view.words, c.first, lex.cue_set("conditional_openers"))
                    for c in view.clauses if c.index != clause.index)
    return cue if inverted or condition else None


def _window_end(view: SentenceView, clause: Clause, trigger_last: int, lex: Lexicon) -> int:
    """The last word a cue after the trigger may stand on: up to AFTER words, not past a comma and
    coordinator that start a second verb ('overweegt de sancties te versoepelen, maar wil eerst
    zien': 'wil' is not this act's)."""
    end = min(clause.last, trigger_last + AFTER)
    if lex.grammar.get("verb_final") and clause.last > end:
        # 'Moskou erkent de bevoegdheid van het Internationaal Gerechtshof niet': a main clause's
        # negation stands at its end, after an object of any length
        last = next((w.i for w in reversed(view.words[end + 1:clause.last + 1]) if w.text[:1].isalnum()), None)
        if last is not None and view.words[last].lower in lex.cue_set("negation") \
                and not any(trigger_last < k < last for k in view.trigger_anchors):
            end = last
    for w in view.words[trigger_last + 1:end]:
        if w.lower == "," and view.words[w.i + 1].lower in lex.cue_set("coordinators") | lex.cue_set(
                "contrastive_conjunctions"):
            return w.i - 1
    return end


def _second_verb_after(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """Word k is a coordinator ('and', 'en', 'und', 'et', 'y') with an auxiliary or an inflected
    trigger verb right after it: a second verb of its own ('and did not rule out', 'and called on')."""
    if view.words[k].lower not in lex.cue_set("coordinators") or k + 1 >= len(view.words):
        return False
    nxt = view.words[k + 1]
    return nxt.lower in lex.cue_set("auxiliaries") or (nxt.i in view.trigger_anchors and nxt.lemma != nxt.lower)


def _window_start(view: SentenceView, clause: Clause, trigger_first: int, lex: Lexicon) -> int:
    """The first word a cue before the trigger may stand on: the clause start, or the word after
    a coordinator with a second inflected verb of its own ('would never tolerate ... and did not
    rule out', 'pledged to defend ... and called on': 'never', 'pledged' are the first verb's)."""
    start = clause.first
    for k in range(clause.first + 1, trigger_first):
        if _second_verb_after(view, k, lex):
            start = k + 1
    return start


def _complement_negation(view: SentenceView, trigger_first: int, trigger_last: int, k: int, lex: Lexicon,
                         trigger_words: frozenset[int] = frozenset()) -> bool:
    """'a exhorté Bruxelles à ne pas politiser', 'urged Moscow not to escalate', 'riep op om niet te
    escaleren': a negation after the trigger next to an infinitive marker negates the asked act,
    not the asking; so does one inside a row that ends on its marker ('had Washington gevraagd de
    munitie niet te leveren'), and, where a bare infinitive follows the verb (grammar.json
    bare_infinitive: 'acordaron no recurrir a la fuerza'), one right before that infinitive. Not with
    a negation clitic right before the trigger (grammar.json negation_clitics): 'Le gouvernement
    n'exclut pas de solliciter l'UE' does not rule it out."""
    if view.words[k].lower not in lex.cue_set("negation") or k in trigger_words:
        return False
    markers = lex.cue_set("infinitive_markers")
    if trigger_first < k < trigger_last:
        # ('niet uit te voeren': a separable particle may stand between; 'stimmte ... nicht zu,' ends on a
        # particle that is no marker, with no verb after it)
        return any(j in trigger_words and view.words[j].lower in markers and j + 1 < len(view.words)
                   and view.words[j + 1].text[:1].isalpha() for j in (k + 1, k + 2))
    if k <= trigger_last:
        return False
    if trigger_first > 0 and view.words[trigger_first - 1].lower in lex.cue_set("negation_clitics"):
        return False    # 'n'exclut pas de solliciter': the clitic before the verb makes the negation the verb's own
    near = {view.words[j].lower for j in range(max(trigger_last + 1, k - 2), k)}
    if k + 1 < len(view.words):
        near.add(view.words[k + 1].lower)
    return bool(near & markers) or _late_infinitive(view, trigger_last, k, lex) or _bare_infinitive_after(view, k, lex)


def _bare_infinitive_after(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'acordaron no recurrir': the negation right before a verb in its dictionary form (grammar.json
    bare_infinitive), where the language puts a verb's own negation before it ('no acordaron')."""
    endings = tuple(lex.grammar.get("bare_infinitive", ()))
    nxt = view.words[k + 1] if k + 1 < len(view.words) else None
    return bool(endings) and nxt is not None and not nxt.inflected and nxt.lower.endswith(endings)


def _late_infinitive(view: SentenceView, trigger_last: int, k: int, lex: Lexicon) -> bool:
    """'waarschuwde Washington niet met vuur te spelen': in a verb-final language the infinitive
    marker of the asked act comes a few words after its negation (grammar.json
    "late_infinitive_reach"; 0 or missing = off). Not for a negation right after the trigger
    ('stuurt geen wapens om ... te helpen' is a denial of the sending)."""
    reach = lex.grammar.get("late_infinitive_reach", 0)
    if not reach or k <= trigger_last + 1:
        return False
    markers = lex.cue_set("infinitive_markers")
    for j in range(k + 1, min(len(view.words), k + 1 + reach)):
        w = view.words[j].lower
        if w in PUNCT_STOPS:
            return False
        if w in markers:
            return True
    return False


PUNCT_STOPS = {",", ".", ";", ":", "?", "!"}


def _attributive_negation(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'nach einem ersten, nicht rechtskräftigen Urteil begnadigt', 'een niet bindende resolutie':
    a negation right after an article (or after an article, an adjective and a comma) negates an
    adjective of the noun phrase, not the verb. Not 'Staaten, die nicht zustimmten' (a relative pronoun),
    nor an article that is the pronoun subject of a that-clause ('zegt dat het niet zal deelnemen')."""
    if view.words[k].lower not in lex.cue_set("negation"):
        return False
    articles = lex.cue_set("articles")
    before = [w.lower for w in view.words[max(0, k - 3):k]]
    if len(before) == 3 and before[2] == "," and before[0] in articles:
        return True
    return len(before) >= 2 and before[-1] in articles \
        and before[-2] not in PUNCT_STOPS | lex.cue_set("complementizers")


def _content_negation(view: SentenceView, trigger_last: int, k: int, lex: Lexicon) -> bool:
    """'prometió que "no faltarán recursos"', 'beloofde dat er geen nieuwe tarieven komen',
    'assured that such a raid would not happen again': a negation after a that-word after the
    trigger negates the promised or stated content, not the promising."""
    if k <= trigger_last or view.words[k].lower not in lex.cue_set("negation"):
        return False
    openers = lex.cue_set("content_complementizers")
    return any(view.words[j].lower in openers for j in range(trigger_last + 1, k))


def _quoted_label_negation(view: SentenceView, trigger_first: int, trigger_last: int, k: int, lex: Lexicon) -> bool:
    """'bezeichnete die Wahl als «weder frei noch fair»', 'noemde de Russische houding "niet
    acceptabel"': a naming row that ends on the quote of its label (the pattern token of an opening
    quotation mark) judges with the quoted words; a negation among them is the label's, not the act's.
    Not where the trigger stands in a quote itself: the quote mark then closes it."""
    if k <= trigger_last or view.words[k].lower not in lex.cue_set("negation") \
            or view.words[trigger_last].lower not in QUOTES:
        return False
    before = sum(1 for j in range(trigger_first) if view.words[j].lower in QUOTES)
    between = sum(1 for j in range(trigger_first, k) if view.words[j].lower in QUOTES)
    return before % 2 == 0 and between % 2 == 1


def _attributive_cue(view: SentenceView, trigger_last: int, k: int, lex: Lexicon) -> bool:
    """'expressed concern over possible consequences', 'äußerte Besorgnis über mögliche Folgen',
    'por las posibles consecuencias': a 'possible' after the trigger behind a preposition or an
    article describes the object noun, not the act."""
    if k <= trigger_last + 1 or view.words[k].lower not in lex.cue_set("attributive_cues"):
        return False
    before = lex.cue_set("articles") | lex.cue_set("recipient_prepositions") | lex.cue_set(
        "topic_prepositions") | lex.cue_set("temporal_prepositions")
    return view.words[k - 1].lower in before


def _month_name(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """'attacked Kyiv in May', 'In May, Russia attacked', 'a May Day march': a word of a time
    expression, or a capitalised 'May' inside a sentence of a language that does not capitalise its
    nouns, is a month, not the modal 'may'."""
    w = view.words[k]
    if w.lower not in lex.cue_set("hypothetical"):
        return False    # 'volgend jaar', 'next week' are time expressions that are future cues
    return k in view.time_words or (w.text[:1].isupper() and w.text[1:].islower() and k > 0
                                    and not lex.grammar.get("capitalised_nouns"))


def _capitalised_nouns(view: SentenceView, words: list, lex: Lexicon) -> set[str]:
    """'nahm am Morgen 40 Aktivisten fest', 'hatten sich am Morgen versammelt': in a language that
    capitalises its nouns, a cue word written with a capital after another word of the sentence is
    the noun ('Morgen' = morning), not the adverb ('morgen' = tomorrow); after a quotation mark or a
    colon it may open a sentence ('„Bald werden wir ...')."""
    if not lex.grammar.get("capitalised_nouns"):
        return set()
    return {w.lower for w in words if w.i > 0 and w.text[:1].isupper() and w.text[1:].islower()
            and view.words[w.i - 1].text[:1].isalnum()}


def _privative(view: SentenceView, trigger_words: frozenset[int], lex: Lexicon) -> str | None:
    """'followed the situation without criticising the decision', 'sans toutefois appeler à
    manifester', 'ohne die Entscheidung zu kritisieren': a trigger word that is the complement of a
    preposition meaning 'without' (grammar.json privative_markers) tells an act not done. The marker
    stands at most two words before it ('without first consulting', 'without US support') or, in a
    verb-final language, anywhere before the infinitive marker right before it; no punctuation
    between, nor a coordinator. Set phrases are no such marker ('sin embargo', 'sans doute'), nor is
    a name's word ('Reporters Without Borders', 'Médecins sans frontières')."""
    markers = lex.cue_set("privative_markers")
    infinitive = lex.cue_set("infinitive_markers") if lex.grammar.get("verb_final") else frozenset()
    coordinators = lex.cue_set("coordinators")
    for t in sorted(trigger_words):
        for m in range(t - 1, max(-1, t - PRIVATIVE_REACH - 1), -1):
            word = view.words[m]
            if not word.text[:1].isalnum() or word.lower in coordinators:
                break       # 'sans visa et promis': the trigger is a second verb of its own
            if word.lower not in markers or word.text[:1].isupper() \
                    or any(mm.first <= m <= mm.last for mm in view.mentions):
                continue    # 'Verslaggevers Zonder Grenzen', 'Médecins sans frontières': a name's word
            if f"{word.lower} {view.words[m + 1].lower}" in lex.cue_set("privative_exceptions"):
                break
            if t - m <= 3 or view.words[t - 1].lower in infinitive:
                return word.lower
            break
    return None


def _beside_trigger(words: list, trigger_words: frozenset[int]) -> list[str]:
    """The clause's phrases without the trigger's own words: a row whose pattern holds the negation
    ('did not rule out the use of force' = a threat, 'never tolerate') is itself the event, not its
    denial; 'has not offered to mediate' is no refusal ('offered' is the trigger, not a volition
    cue on it); 'will not offer' is one."""
    own = [w for w in words if w.i not in trigger_words] if trigger_words else words
    return _phrases(own, 0, len(own) - 1)


def detect(view: SentenceView, clause: Clause, trigger_last: int, lex: Lexicon,
           other_triggers: frozenset[int] = frozenset(), trigger_words: frozenset[int] = frozenset(),
           whole_clause: bool = False) -> Modality:
    """`other_triggers`: word indices of the clause's other events, whose words are not cues
    for this one ('veroordeelden de aanvallen en beloofden hulp': 'beloofden' is its own event).
    `whole_clause`: cues may stand anywhere after the trigger in its clause ('Ein Treffen
    zwischen Kurti und Vučić ist derzeit nicht geplant')."""
    end = clause.last if whole_clause else _window_end(view, clause, trigger_last, lex)
    start = _window_start(view, clause, min(trigger_words) if trigger_words else trigger_last, lex)
    urgency = _urgency_words(view, clause.first, end, lex)
    words = [w for w in view.words[start:end + 1] if w.i not in other_triggers and w.i not in urgency
             and not _own_noun_or_particle(view, clause, w.i, trigger_words, lex)
             and not _complement_negation(view, min(trigger_words, default=trigger_last), trigger_last, w.i, lex,
                                          trigger_words)
             and not _content_negation(view, trigger_last, w.i, lex)
             and not _quoted_label_negation(view, min(trigger_words, default=trigger_last), trigger_last, w.i, lex)
             and not _attributive_negation(view, w.i, lex)
             and not _attributive_cue(view, trigger_last, w.i, lex)
             and not _month_name(view, w.i, lex)]
    phrases = _phrases(words, 0, len(words) - 1)
    present = set(phrases)
    exceptions = lex.cue_set("negation_exceptions")
    beside = _beside_trigger(words, trigger_words)
    negation_hits = [p for p in beside if p in lex.cue_set("negation")]
    if negation_hits and not any(e in present for e in exceptions):
        # ('no será bienvenido mientras no se retracte': a clause the cue opens is the condition, no refusal)
        refusal = (bool(set(beside) & (lex.cue_set("future") | lex.cue_set("volition")))
                   or _announced_future(view, clause, trigger_words, lex)) \
            and not opened_by(view.words, clause.first, lex.cue_set("provisional"))
        inability = bool(set(beside) & lex.cue_set("ability_modals"))
        return Modality("negated", False, negation_hits[0], refusal=refusal, inability=inability,
                        provisional=refusal and _provisional(view, clause, lex))
    privative = _privative(view, trigger_words or frozenset({trigger_last}), lex)
    if privative:
        return Modality("negated", False, privative)
    denial = _denied_by(view, clause, trigger_last, lex, trigger_words) \
        or _excluded_by(view, clause, trigger_last, lex, trigger_words)
    if denial:
        return Modality("negated", False, denial)
    if opened_by(view.words, clause.first, lex.cue_set("conditional_openers")):
        return Modality("hypothetical", False, view.words[clause.first].lower)
    unreal = _inverted_condition(view, trigger_last, lex) or _counterfactual(view, clause, trigger_last, lex)
    if unreal:
        return Modality("hypothetical", False, unreal)
    if view.text.rstrip().endswith(lex.grammar.get("question_mark", "?")) and not clause.quoted:
        return Modality("hypothetical", False, "?")
    hypothetical = present & lex.cue_set("hypothetical")
    if trigger_words and any(p in lex.cue_set("negation")
                             for p in _phrases(view.words, min(trigger_words), max(trigger_words))):
        # a row that holds its negation ('could not accept the demand'): the modal tells ability, not a maybe
        hypothetical -= lex.cue_set("ability_modals")
    future_word = _future_trigger_word(view, trigger_last, trigger_words, lex)
    if future_word is not None and not hypothetical:
        # French and Spanish mark the future on the verb: 'livrera', 'invertirá'
        return Modality("future", True, view.words[future_word].lower,
                        _on_condition(view, clause, trigger_last, lex))
    volition = present & lex.cue_set("volition")
    if _given_in_saying(view, trigger_words, lex):
        volition -= set(_phrases([view.words[k] for k in sorted(trigger_words)], 0, len(trigger_words) - 1))
    future = (present & lex.cue_set("future")) - _capitalised_nouns(view, words, lex)
    # 'liet de gevangenen gaan': a future auxiliary that is the row's own verb is its main verb
    future -= {view.words[k].lower for k in trigger_words} & lex.cue_set("main_verb_futures")
    # 'Deux jours plus tard, la France a livré ...': later than a past moment the story tells, not the future
    told_later = present & lex.cue_set("narrative_later")
    future = {f for f in future if not any(f in later for later in told_later)} - _sequence_opener(view, lex)
    if future and _werden_passive(view, trigger_last, future, lex):
        volition, future = volition - future, set()
    reported = _reported_future(view, trigger_words, present, lex, _beside_condition(view, clause, lex)) \
        if trigger_words else None
    if reported and not hypothetical:
        volition = volition | {reported}     # 'said it would send': a reported 'will send'
    if hypothetical and not volition:
        return Modality("hypothetical", False, sorted(hypothetical)[0])
    if volition or future:
        return Modality("future", bool(volition), sorted(volition or future)[0],
                        _on_condition(view, clause, trigger_last, lex),
                        bool(present & lex.cue_set("intent")))
    return Modality("asserted", False)
