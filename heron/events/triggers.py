"""Finding trigger words in a sentence: lemma (or word form) lookup in the language's lexicon.

A multiword pattern matches when all its words occur in one clause within a short window,
in any order (Dutch separable and verb-final verbs: 'trokken zich ... terug', 'hulp ... bieden'),
on one side of a coordinator that joins a second verb ('rejected the result and called for').
The most specific pattern wins where several claim the same word.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from heron.events.clauses import POSSESSIVE_S, SentenceView, Word, zu_infinitive
from heron.events import clauses, lexicon
from heron.events.lexicon import QUOTED_LABEL, Lexicon, Trigger

WINDOW = 15


@dataclass
class TriggerMatch:
    trigger: Trigger
    anchor: int               # word index of the pattern's first word
    words: tuple[int, ...]    # all the pattern's word indices

    @property
    def first(self) -> int:
        return min(self.words)

    @property
    def last(self) -> int:
        return max(self.words)


def _particle_ok(view: SentenceView, k: int, token: str, lex: Lexicon) -> bool:
    """'bieden aan+': a separable particle stands at the end of its phrase ('bood hulp aan.',
    'boden aan te bemiddelen', 'sloot uit dat hij ...'), unlike the preposition in 'hulp bieden aan
    de autoriteiten'."""
    if not token.endswith("+"):
        return True
    nxt = view.words[k + 1].lower if k + 1 < len(view.words) else "."
    # ('hield drie verdachten aan na de rellen': a preposition after the particle opens a new phrase;
    # the language lists such prepositions in grammar.json "particle_followers")
    return not nxt[:1].isalnum() or nxt in lex.cue_set("infinitive_markers") or nxt in lex.cue_set("coordinators") \
        or nxt in lex.cue_set("complementizers") or nxt in lex.cue_set("particle_followers")


def _particle_after_verb(view: SentenceView, k: int, token: str, used: list[int], lex: Lexicon) -> bool:
    """'zeigen an+': a split particle follows its verb ('zeigte ihn an'); 'hielten Autos an und ließen
    sich Papiere zeigen' has the particle of another verb. Only a zu-infinitive puts the particle
    first ('om hulp aan te bieden')."""
    if not token.endswith("+") or k > used[0]:
        return True
    nxt = view.words[k + 1].lower if k + 1 < len(view.words) else ""
    return nxt in lex.cue_set("infinitive_markers")


def _matches_at(view: SentenceView, k: int, token: str) -> bool:
    """Word k is the pattern token's word; «» (QUOTED_LABEL) is an opening quotation mark."""
    if token == QUOTED_LABEL:
        return view.words[k].lower in OPENING_QUOTES and quotation_mark(view, k)
    return _word_matches(view.words[k], token)


def quotation_mark(view: SentenceView, k: int) -> bool:
    """Word k is a quotation mark; an apostrophe glued to a word of one or two letters is an
    elision, not a quote ("qualifié d'« attaque »", "l'arrestation")."""
    w = view.words[k]
    if w.lower != "'":
        return w.lower in clauses.QUOTES
    before = view.words[k - 1] if k > 0 else None
    return not (before is not None and before.end == w.start and before.text.isalpha() and len(before.text) <= 2)


def _word_matches(w: Word, token: str) -> bool:
    token = token.rstrip("+")
    if token.startswith("~"):
        return w.lower.endswith(token[1:]) or w.lemma.endswith(token[1:])
    if token.endswith("*"):
        return w.lower.startswith(token[:-1]) or w.lemma.startswith(token[:-1])
    return w.lemma == token or w.lower == token


@cache
def _affix_index(language: str) -> tuple[dict, dict, tuple[int, ...], tuple[int, ...]]:
    """Word endings and beginnings of the ~x / x* patterns, indexed by their text, so each word
    looks up its few possible affixes instead of scanning every pattern."""
    lex = lexicon.load(language)
    ends: dict[str, list[Trigger]] = {}
    starts: dict[str, list[Trigger]] = {}
    for end, t in lex.suffixes:
        ends.setdefault(end, []).append(t)
    for start, t in lex.prefixes:
        starts.setdefault(start, []).append(t)
    return ends, starts, tuple(sorted({len(e) for e in ends})), tuple(sorted({len(b) for b in starts}))


def _candidates(w: Word, lex: Lexicon) -> list[Trigger]:
    found = list(lex.exact.get(w.lemma, ())) + [t for t in lex.exact.get(w.lower, ()) if w.lower != w.lemma]
    heads = dict.fromkeys(form.rsplit("-", 1)[1] for form in (w.lemma, w.lower) if "-" in form[1:-1])
    # 'EU-Sanktionen', 'VS-heffingen': the head after the hyphen is the word; not of a word that is a
    # trigger word itself ('staakt-het-vuren' is a ceasefire, no 'vuren af')
    found += [t for head in heads for t in lex.exact.get(head, ()) if t not in found] if not found else []
    ends, starts, end_lengths, start_lengths = _affix_index(lex.language)
    seen: set[int] = set()
    for n in end_lengths:
        for form in (w.lower, w.lemma):
            for t in ends.get(form[-n:], ()) if len(form) >= n else ():
                if id(t) not in seen:
                    seen.add(id(t))
                    found.append(t)
    for n in start_lengths:
        found += starts.get(w.lower[:n], ()) if len(w.lower) >= n else ()
    return found


def second_verb_at(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """Word k is a coordinator with a finite verb or participle right after it that opens a second
    act of the same subject: 'rejected the result and called for a recount', 'wies das Ergebnis zurück
    und forderte', 'a rejeté le résultat et appelé à', 'rechazó el resultado y ha pedido'. Not a
    capitalised word (a name, a German noun), not an infinitive ('threatened to expel and arrest').
    One adverb may stand between ('and also called for', 'y también pidió', 'et aussitôt exigé';
    grammar.json adverbs_after_coordinator)."""
    if view.words[k].lower not in lex.cue_set("coordinators") or k + 1 >= len(view.words):
        return False
    j = k + 2 if view.words[k + 1].lower in lex.cue_set("adverbs_after_coordinator") else k + 1
    if j >= len(view.words):
        return False
    verb = view.words[j]
    if not verb.text.isalpha() or not verb.text[:1].islower():
        return False
    if verb.lower in lex.cue_set("auxiliaries") - lex.cue_set("possessives"):    # (not 'en zijn regering')
        return True
    return _finite_form(view, j, lex) or _verb_of_same_form(view, j, lex)


def _finite_form(view: SentenceView, j: int, lex: Lexicon) -> bool:
    """Word j is an inflected form of a verb the lexicon knows (a verb trigger's first word or a
    reporting verb), told from a plural noun, which adds its ending to its dictionary form ('threats',
    'reddingswerkers', 'militares'), by its form: it does not begin with its whole dictionary form
    ('riep'/'roepen', 'impuso'/'imponer', 'appelé'/'appeler', 'said'/'say') and has no plural ending
    that changes it (grammar.json plural_endings: 'supplies'/'supply'); or it ends in the past suffix
    (grammar.json reduced_relative_suffix: 'called'); or an article or possessive, its object, follows
    ('and demands a recount', 'and denies the charges')."""
    word = view.words[j]
    if not word.inflected or not (word.lemma in lex.cue_set("reporting_verbs") or any(
            t.frame != "noun" for t in lex.exact.get(word.lemma, ()))):
        return False
    suffix = lex.grammar.get("reduced_relative_suffix")
    objects = (lex.cue_set("articles") | lex.cue_set("possessives")) - lex.cue_set("genitive_markers")
    plural = word.lower.endswith(tuple(lex.cue_set("plural_endings")))
    return not (word.lower.startswith(word.lemma) or plural) or bool(suffix and word.lower.endswith(suffix)) \
        or (j + 1 < len(view.words) and view.words[j + 1].lower in objects)


def _verb_of_same_form(view: SentenceView, j: int, lex: Lexicon) -> bool:
    """'accuse Israël de sabotage et menace les États-Unis de représailles', 'rejette la proposition et
    menace d'expulser', 'acusa a Israel de sabotaje y amenaza a Estados Unidos': a noun trigger's word
    in its dictionary form right after a coordinator, with no determiner of its own, before an object
    (an article or possessive; an infinitive marker and a verb; grammar.json object_markers and a
    name) is the verb of the same form ('menace', 'amenaza')."""
    word = view.words[j]
    if word.inflected or j + 2 >= len(view.words) or not any(t.frame == "noun" for t in lex.exact.get(word.lemma, ())):
        return False
    nxt, after = view.words[j + 1], view.words[j + 2]
    if nxt.lower in lex.cue_set("articles") | lex.cue_set("possessives"):
        return True
    if nxt.lower in lex.cue_set("infinitive_markers") and not after.inflected \
            and any(t.frame != "noun" for t in lex.exact.get(after.lemma, ())):
        return True
    return nxt.lower in lex.cue_set("object_markers") and any(mm.first == j + 2 for mm in view.mentions)


def _pattern_window(view: SentenceView, i: int, joins: list[int], lex: Lexicon) -> tuple[int, int]:
    """The words a pattern anchored at word i may take its other words from: its clause, within
    WINDOW words, and not across a coordinator that joins a second verb (`joins`: 'Russia rejected the
    result and called for a recount' has no 'reject call for'). A relative clause opened right after
    its noun takes that noun too ('des civils qui auraient été exécutés': 'exécuter civil')."""
    clause = view.clause_of(i)
    first = clause.first - 1 if clause.opener in lex.cue_set("relative_pronouns") and clause.first > 0 \
        and view.words[clause.first - 1].text[:1].isalpha() else clause.first
    lo, hi = max(first, i - WINDOW), min(clause.last, i + WINDOW)
    return max([k + 1 for k in joins if k < i] + [lo]), min([k - 1 for k in joins if k > i] + [hi])


def find(view: SentenceView, lex: Lexicon) -> list[TriggerMatch]:
    matches: list[TriggerMatch] = []
    joins = [k for k in range(len(view.words)) if second_verb_at(view, k, lex)]
    # the words each pattern token matches, found once per sentence: most rows share their later tokens, and
    # testing every word of every window again for every row was the coder's largest cost (bench/RESULTS.md)
    matching: dict[str, frozenset[int]] = {}
    by_form: dict[str, set[int]] = {}
    for w in view.words:
        by_form.setdefault(w.lemma, set()).add(w.i)
        by_form.setdefault(w.lower, set()).add(w.i)

    def words_matching(token: str) -> frozenset[int]:
        if token not in matching:
            bare = token.rstrip("+")
            if token != QUOTED_LABEL and not bare.startswith("~") and not bare.endswith("*"):
                matching[token] = frozenset(by_form.get(bare, ()))      # what _word_matches tests
            else:
                matching[token] = frozenset(k for k in range(len(view.words)) if _matches_at(view, k, token))
        return matching[token]

    for w in view.words:
        lo, hi = _pattern_window(view, w.i, joins, lex)
        for trig in _candidates(w, lex):
            if _office_noun(view, w.i, trig, lex):
                continue
            used = [w.i]
            for token in trig.tokens[1:]:
                at = words_matching(token.lstrip("="))
                # '=on': right after the word before it ('called on Iran', not 'called the strike on Kharkiv ...');
                # else the nearest to the pattern's first word ('riep de organisatoren op de protesten op te
                # schorten': the second 'op' is 'opschorten''s, the first 'oproepen''s)
                span = range(used[-1] + 1, min(used[-1] + 2, hi + 1)) if token.startswith("=") \
                    else sorted((k for k in range(lo, hi + 1) if k in at and not _set_off_before(view, k, w.i, trig)),
                                key=lambda k: abs(k - w.i))
                hit = next((k for k in span if k not in used and k in at
                            and _particle_ok(view, k, token, lex) and _particle_after_verb(view, k, token, used, lex)),
                           None)
                if hit is None:
                    break
                used.append(hit)
            else:
                matches.append(TriggerMatch(trig, w.i, tuple(used)))
    # most specific first, a quoted label of any words after a row of as many ('spreken =van prestatie' reads
    # 'sprak van een "spectaculaire prestatie"'); a word belongs to one trigger only
    matches.sort(key=lambda m: (-m.trigger.specificity, m.trigger.labels, m.last - m.first,
                                view.words[m.anchor].lemma != m.trigger.tokens[0], m.anchor))
    taken: set[int] = set()
    kept = []
    for m in matches:
        if taken.isdisjoint(m.words):
            kept.append(m)
            taken.update(m.words)
    return sorted((m for m in kept if not m.trigger.is_blocker), key=lambda m: m.anchor)


def _office_noun(view: SentenceView, k: int, trig: Trigger, lex: Lexicon) -> bool:
    """'un haut responsable américain', 'selon les responsables de l'école', 'los responsables del
    ministerio': a one-word blame row whose word is also a noun of office (grammar.json office_nouns),
    right after an article (one lower-case adjective at most between), names officials; it judges no one."""
    if trig.frame != "blame" or len(trig.tokens) != 1 or view.words[k].lower not in lex.cue_set("office_nouns"):
        return False
    articles = lex.cue_set("articles")
    j = k - 1
    if j > 0 and view.words[j].lower not in articles and view.words[j].text.isalpha() and view.words[j].text.islower():
        j -= 1
    return j >= 0 and view.words[j].lower in articles


def _set_off_before(view: SentenceView, k: int, anchor: int, trig: Trigger) -> bool:
    """Word k, before the verb of a row whose other words are its complement (flag complement), is set
    off from it by a comma: a phrase about the subject ('Orban, a close ally of Fico, called it
    "heinous"' has no 'call ... close ally'), not the verb's own words ('Poetin, die hij een goede
    vriend noemde')."""
    return trig.complement and k < anchor and any(view.words[j].lower == "," for j in range(k + 1, anchor))


def embedded(match: TriggerMatch, earlier: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """True when the trigger is the content of an earlier one in its clause, not an event of
    its own: 'veroordeelde de aanslag', 'rejected the criticism', 'threatened to expel'."""
    if _joined_verb(match, view, lex):
        return False
    clause = view.clause_of(match.anchor)
    # 'were killed in a suicide bombing': an attack is no content of a verb of violence
    containers = [m for m in earlier if m.anchor < match.first and view.clause_of(m.anchor) is clause
                  and m.trigger.frame != "noun" and not m.trigger.event_type == match.trigger.event_type == "ASSAULT"]
    # 'in den schwer getroffenen Gemeinden verhängten die Behörden eine Ausgangssperre': a participle
    # describing a noun is no verb whose content the later trigger is
    containers = [m for m in containers if not _between_article_and_noun(m, view, lex)]
    if not containers and lex.grammar.get("verb_final") and _infinitive_clause(view, clause, lex):
        # 'warf Indien vor, Gewalt unterstützt zu haben', 'forderde Rusland op, ... te stoppen':
        # a comma-separated infinitive is the content of the verb before it
        # (not a verb of a relative clause: 'die seit Juli protestiert, kündigte an, ihre Proteste
        # auszusetzen' announces the pause; the protest is no container)
        relative = lex.cue_set("relative_pronouns")
        return any(m.anchor < clause.first and view.clause_of(m.anchor).index == clause.index - 1
                   and m.trigger.frame != "noun" and view.clause_of(m.anchor).opener not in relative
                   for m in earlier)
    # 'a interdit TikTok et annoncé l'envoi de policiers': the noun is the object of a second verb
    if match.trigger.frame == "noun":
        containers = [m for m in containers if not _second_verb(view, m.last, match.first, lex)]
    if not containers:
        return False
    if _circumstance(match, containers, view, clause, lex) or dated_setting(match, view, lex):
        return False
    if _reason_gerund(match, containers, view, lex):
        return True
    # ('und die Beziehungen zu Kinshasa abgebrochen': a verb with its object noun is no nominal use)
    if match.trigger.frame == "noun" or (len(match.words) == 1 and nominal(match, view, lex)):
        return True
    # ('a quien acusa de', 'después de que se negara': a preposition before a relative pronoun
    # or complementizer opens a finite clause, no infinitive)
    clause_words = lex.cue_set("relative_pronouns") | lex.cue_set("complementizers")
    start = _aspect_start(view, match.first, lex)
    before = {view.words[k].lower for k in range(max(clause.first, start - 2), start)
              if view.words[k + 1].lower not in clause_words}
    # the pattern's verb after its object: 'dreigde het leger in te zetten' (verb-final: its last word),
    # 'ont appelé les partis à suspendre leur campagne' (else its first); the marker is before the verb
    verb = max(match.words) if lex.grammar.get("verb_final") else match.anchor
    if len(match.words) > 1 and verb > match.first:
        at = _aspect_start(view, verb, lex)
        before |= {view.words[at - 1].lower} if at - 1 not in match.words else set()
    if lex.grammar.get("verb_final"):    # 'warf Indien vor, Gewalt unterstützt zu haben'
        before |= {view.words[k].lower for k in range(match.last + 1, min(clause.last, match.last + 2) + 1)}
    return bool(before & lex.cue_set("infinitive_markers")) or _bare_infinitive(match, view, lex) \
        or _zu_infix_verb(match, view, lex) or _coordinated_infinitive(match, containers, view, lex)


def _aspect_start(view: SentenceView, k: int, lex: Lexicon) -> int:
    """'dreigde de steun te blijven blokkeren', 'prometió seguir bloqueando la ayuda', 'vowed to keep
    blocking': the first of the verbs of continuing (grammar.json aspectual_verbs) right before word
    k, whose infinitive marker is the act's; k when there are none."""
    verbs = lex.cue_set("aspectual_verbs")
    while k > 0 and (view.words[k - 1].lower in verbs or view.words[k - 1].lemma in verbs):
        k -= 1
    return k


def _coordinated_infinitive(match: TriggerMatch, containers: list[TriggerMatch], view: SentenceView,
                            lex: Lexicon) -> bool:
    """'urged the generals to lift the restrictions and let aid reach those in need', 'urged Israel
    to stop its strikes and allow aid trucks in': a verb in its dictionary form right after a
    coordinator is a second asked act under the infinitive marker of the first."""
    k = match.anchor
    if k == 0 or view.words[k - 1].lower not in lex.cue_set("coordinators") or view.words[k].inflected:
        return False
    markers = lex.cue_set("infinitive_markers")
    return any(view.words[j].lower in markers for j in range(min(m.last for m in containers) + 1, k - 1))


def _joined_verb(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'Er verurteilte Polen und forderte die Ukraine zu Verhandlungen auf', 'Hij veroordeelde Polen en
    riep Oekraïne op te onderhandelen', 'a rejeté les résultats et dénoncé des fraudes': an inflected
    verb right after a coordinator is a second act of the same subject, not the content of the verb
    before it (an infinitive is: 'threatened to expel and arrest', 'dreigde te vertrekken en te sluiten')."""
    k = match.first
    if match.trigger.frame == "noun":     # ('et menace les États-Unis': a verb of a noun's form)
        return k > 0 and view.words[k - 1].lower in lex.cue_set("coordinators") and view.words[k].text.islower() \
            and _verb_of_same_form(view, k, lex)
    return k > 0 and view.words[k - 1].lower in lex.cue_set("coordinators") and view.words[k].inflected


def object_of_final_verb(match: TriggerMatch, every: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """'betogers die het aftreden van de president eisten', 'Südkorea hatte Hilfsgüter angeboten':
    in a Dutch or German subordinate clause, and in a perfect, the verb comes last, after the event
    noun that is its object (embedded() sees only the triggers before)."""
    if not lex.grammar.get("verb_final") or not (
            match.trigger.frame == "noun" or (len(match.words) == 1 and nominal(match, view, lex))):
        return False
    clause = view.clause_of(match.anchor)
    # ('Unter chinesischer Vermittlung haben sich ... geeinigt': a noun after a preposition is no object)
    prepositions = lex.cue_set("recipient_prepositions") | lex.cue_set("locative_markers") \
        | lex.cue_set("temporal_prepositions") | lex.cue_set("purpose_prepositions") \
        | lex.cue_set("circumstance_prepositions")
    if any(view.words[k].lower in prepositions for k in range(max(clause.first, match.first - 2), match.first)):
        return False
    # the verb that ends the clause ('kündigte neue Kundgebungen an und forderte Rutos Rücktritt': no)
    end = max(k for k in range(clause.first, clause.last + 1) if view.words[k].text[:1].isalnum())
    return any(m.anchor > match.last and view.clause_of(m.anchor) is clause and m.trigger.frame != "noun"
               and m.anchor >= end - 1 and m.trigger.event_type in CONTENT_CONTAINERS | JUDGING for m in every)


def alleged(match: TriggerMatch, earlier: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """'Duitsland beschuldigde Rusland ervan dat het steden had gebombardeerd', 'Berlin warf Moskau vor,
    dass es Städte bombardiert habe': the act in the 'that' clause of an accusation is what is
    alleged, the accusation's content, not an asserted event (as 'accused Russia of bombing' is)."""
    clause = view.clause_of(match.anchor)
    if clause.index == 0 or clause.opener not in lex.cue_set("complementizers") or match.trigger.event_type == "REJECT":
        return False     # ('..., ce que Kaboul conteste': a denial answers the accusation)
    return any(m.trigger.event_type == "ACCUSE" and m.trigger.mode == "allege" and m.trigger.frame != "noun"
               and view.clause_of(m.anchor).index == clause.index - 1 for m in earlier)


#: verbal types whose 'of/for + -ing' phrase is the reason, not an event of the speaker
_REASON_CONTAINERS = {"ACCUSE", "SUPPORT"}


def _reason_gerund(match: TriggerMatch, containers: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """'criticised Hungary for blocking the aid package', 'accused Kyiv of violating the deal',
    'praised Qatar for helping': the -ing act (or the noun phrase) after a reason preposition
    (grammar.json reason_prepositions) is what the accusation or praise is about, not the
    speaker's own act."""
    markers = lex.cue_set("reason_prepositions")
    suffix = lex.grammar.get("progressive_suffix")
    if not markers or not suffix or not any(m.trigger.event_type in _REASON_CONTAINERS for m in containers):
        return False
    word = view.words[match.first]
    if word.lower.endswith(suffix) and any(
            view.words[k].lower in markers for k in range(max(0, match.first - 2), match.first)):
        return True
    # 'accused India of an unprovoked attack', 'criticised Hungary for its blockade': a noun phrase
    # after the reason preposition is what the accusation is about too
    determiners = lex.cue_set("articles") | lex.cue_set("possessives")
    return any(view.words[k].lower in markers and view.words[k + 1].lower in determiners
               for k in range(max(0, match.first - 4), match.first - 1))


def _second_verb(view: SentenceView, after: int, before: int, lex: Lexicon) -> bool:
    """Between two words, a coordinator, one word that is no article, then an article: a second
    verb with its own object ('et annoncé l'envoi', 'and announced the deployment', 'y anunció el envío');
    or a coordinator and a verb known as one (second_verb_at)."""
    articles = lex.cue_set("articles")
    skip = articles | lex.cue_set("possessives") | lex.cue_set("coordinators")
    # ('und verhängte Zölle auf', 'and announced sanctions against': a known verb needs no article after it)
    return any(view.words[k].lower in lex.cue_set("coordinators") and view.words[k + 1].lower not in skip
               and view.words[k + 1].text[:1].islower() and view.words[k + 2].lower in articles
               for k in range(after + 1, before - 2)) \
        or any(second_verb_at(view, k, lex) for k in range(after + 1, before))


def _circumstance(match: TriggerMatch, containers: list[TriggerMatch], view: SentenceView, clause,
                  lex: Lexicon) -> bool:
    """A meeting noun after a preposition of time is the setting of the clause, a meeting of its
    own, not the content of its verb: 'tijdens een bezoek aan Kyiv zegde hij toe', 'après un
    appel avec Lutnick'. ('a été reçu lors d'une visite d'État': the visit is the meeting told.)"""
    if match.trigger.frame != "noun" or match.trigger.event_type != "CONSULT" or any(
            m.trigger.event_type == "CONSULT" for m in containers):
        return False
    return _preposition_before(match, clause, view, lex.cue_set("temporal_prepositions"))


#: words before an event noun in which a preposition of time sets it ('después de su primera detención')
SETTING_REACH = 4
#: words after an event noun in which its own time is told ('attack on Belgorod on Friday')
OWN_TIME_REACH = 6


def dated_setting(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """An event noun after a preposition of time with a time of its own right after it is an earlier
    act told with its date, no content of its clause's verb: 'tres meses después de su primera
    detención en marzo', 'drei Monate nach seiner ersten Festnahme im März', 'trois mois après sa
    première arrestation en mars', 'days after a Ukrainian drone attack on Belgorod on Friday'."""
    clause = view.clause_of(match.anchor)
    determiners = lex.cue_set("articles") | lex.cue_set("possessives")
    # ('his first arrest': a verb trigger after a determiner is its noun)
    if match.trigger.frame != "noun" and not nominal(match, view, lex) and not any(
            view.words[k].lower in determiners for k in range(max(clause.first, match.first - 2), match.first)):
        return False
    if not any(view.words[k].lower in lex.cue_set("temporal_prepositions")
               for k in range(max(clause.first, match.first - SETTING_REACH), match.first)):
        return False
    for k in range(match.last + 1, min(match.last + 1 + OWN_TIME_REACH, clause.last + 1)):
        if k in view.time_words:
            return True
        if view.words[k].lower in PUNCT:
            return False
    return False


#: CAMEO codes of acts whose content is a meeting: an intent to meet (invitations, offers of talks)
#: and a call to meet (triggers.tsv cameo column)
MEETING_INTENTS = {"036", "108"}


def meeting_as_content(match: TriggerMatch, every: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """A meeting named as what is offered, asked or refused, not a meeting held (the invitation or
    refusal is the event): in the clause of an invitation, offer or call to meet (MEETING_INTENTS:
    'invited Putin to the BRICS summit', 'Zum Brics-Gipfel im August hat Ramaphosa Putin
    eingeladen', 'heeft Poetin uitgenodigd voor de top'), or after a refusal in its clause or in the
    infinitive clause after it ('refused to attend EU-mediated talks with Pashinyan', 'weigerte sich,
    an den von der EU vermittelten Gesprächen teilzunehmen'). Not one told as the setting, after a
    preposition of time or place: 'tras la cumbre', 'rejected the plan at talks in Geneva'."""
    if match.trigger.event_type != "CONSULT":
        return False
    clause = view.clause_of(match.anchor)
    if _preposition_before(match, clause, view, lex.cue_set("temporal_prepositions")):
        return False
    if any(m is not match and m.trigger.cameo in MEETING_INTENTS and view.clause_of(m.anchor) is clause
           for m in every):
        return True
    if _preposition_before(match, clause, view, lex.cue_set("locative_markers")):
        return False
    follows = {clause.index, clause.index - 1} if _infinitive_clause(view, clause, lex) else {clause.index}
    return any(m.trigger.event_type == "REJECT" and m.last < match.first and view.clause_of(m.anchor).index in follows
               for m in every)


def protest_setting(match: TriggerMatch, every: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """A protest noun after a preposition of time before the verb event of its clause is the
    setting of that act: 'Nach den tödlichen Protesten hat Ruto das Gesetz zurückgezogen'; not one
    told with a date of its own ('die na de grote protesten van juli 2021 waren opgepakt': dated_setting)."""
    if match.trigger.frame != "noun" or match.trigger.event_type != "PROTEST" or dated_setting(match, view, lex):
        return False
    clause = view.clause_of(match.anchor)
    if not any(m.first > match.last and m.trigger.frame != "noun" and view.clause_of(m.anchor) is clause
               for m in every):
        return False
    prepositions = lex.cue_set("temporal_prepositions") | lex.cue_set("circumstance_prepositions")
    return _preposition_before(match, clause, view, prepositions)


def _preposition_before(match: TriggerMatch, clause, view: SentenceView, prepositions: frozenset[str]) -> bool:
    """One of the three words before the trigger, in its clause, is one of `prepositions`."""
    return any(view.words[k].lower in prepositions for k in range(max(clause.first, match.first - 3), match.first))


def _bare_infinitive(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'exigió al ELN renunciar a esa práctica', 'pidió a Rusia liberar a los presos': an
    infinitive with no marker after the asking verb's object. Only where an infinitive is
    the verb's dictionary form and no finite form is (grammar.json bare_infinitive)."""
    word = view.words[_aspect_start(view, match.anchor, lex)]    # ('prometió seguir bloqueando')
    return bool(lex.grammar.get("bare_infinitive")) and not word.inflected \
        and word.lower.endswith(tuple(lex.grammar["bare_infinitive"]))


def _zu_infix_verb(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'rief dazu auf, die Proteste auszusetzen', 'forderte Israel auf, Hilfslieferungen zuzulassen':
    a separable verb with its 'zu' inside (grammar.json zu_infix_prefixes) is an infinitive whose
    marker no word before it shows."""
    return any(zu_infinitive(view.words[k].lower, lex) for k in match.words)


#: acts whose complement clause is their content, not an act done: a request, a promise, a warning
CONTENT_CONTAINERS = {"REQUEST", "AGREE", "THREATEN"}


def requested_content(match: TriggerMatch, earlier: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """True when the trigger is the act a request, promise or warning speaks of in a complement
    clause, not an act done: 'pidió a la Policía Federal que investigue', 'demanded that Russia
    withdraw', 'beloofde dat Turkije zal helpen', 'warned that the unions would walk out'. A comma
    before the complementizer marks a relative clause ('pidió ayuda a Brasil, que envió
    bomberos'), whose act is done, where the complementizer is also a relative pronoun: German
    writes a comma before every 'dass' ('verlangte, dass Russland seine Truppen abzieht')."""
    comps = lex.cue_set("complementizers") - lex.cue_set("conditional_openers")
    relatives = lex.cue_set("relative_pronouns")
    clause = view.clause_of(match.anchor)
    for req in earlier:
        if req.trigger.event_type not in CONTENT_CONTAINERS or req.last >= match.first:
            continue
        between = range(req.last + 1, match.first)
        k = next((k for k in reversed(between) if view.words[k].lower in comps), None)
        if k is None:
            continue
        whole = _whole_content_clause(match, k, view, lex)
        if (match.first - k > 4 and not whole) or (view.words[k - 1].lower == "," and view.words[k].lower in relatives):
            continue
        if any(m is not req and req.last < m.anchor < match.first and (m.anchor < k or not whole) for m in earlier):
            continue    # a verb of its own between ('... en vertelde RIA dat', '..., avertissant que')
        if req.trigger.event_type != "REQUEST" and k - req.last > 2:
            # a promise's or warning's content follows it ('warned that'), not a later verb of saying
            # ('banden aan het versterken zijn en vertelde RIA dat Rusland heeft aangeboden')
            continue
        req_clause = view.clause_of(req.anchor)
        if view.clause_of(k).index in (req_clause.index, req_clause.index + 1) and clause.index <= req_clause.index + 1:
            return True
    return False


def _whole_content_clause(match: TriggerMatch, k: int, view: SentenceView, lex: Lexicon) -> bool:
    """The act may stand anywhere in the that-clause the complementizer at k opens, past its other
    acts: at the end of a verb-final clause ('eiste dat de regering de gearresteerde journalisten
    vrijlaat') or after a coordinator with no comma before it, a second act asked ('pidió a Estados
    Unidos que suspenda las deportaciones y libere a los migrantes'). Not in an infinitive phrase,
    where a finite verb after the coordinator is the speaker's own ('riep Kampala op de wet in te
    trekken en dreigde met sancties'), not past a comma ('dass Jakarta ... anerkennt, was die
    Regierung strikt ablehnte'), and not a second request, promise or warning ('advirtió de que ...
    y reclamó a los Veintisiete que')."""
    if view.clause_of(k) is not view.clause_of(match.anchor) or view.words[k].lower in lex.cue_set("infinitive_markers") \
            or any(view.words[j].lower in PUNCT for j in range(k + 1, match.first)):
        return False
    coordinated = view.words[match.first - 1].lower in lex.cue_set("coordinators") \
        and match.trigger.event_type not in CONTENT_CONTAINERS
    return bool(lex.grammar.get("verb_final")) or coordinated


#: marks that end a that-clause's run of words
PUNCT = {",", ";", ":", "(", ")", "–", "—"}


#: verbs whose object is an act judged, not done: 'hat die Zölle kritisiert', 'the tariffs were criticised'
JUDGING = {"ACCUSE", "SUPPORT", "REJECT"}
# a judged accusation, demand or threat is rejected: 'bezeichnete die Vorwürfe der Ukraine als absurd'
SPOKEN = {"ACCUSE", "REQUEST", "THREATEN"}
#: quotation marks that open a quoted judgement ('called the tariff a "horror scenario"')
OPENING_QUOTES = {"\"", "“", "„", "«", "'"}


def judged_after(match: TriggerMatch, every: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """A noun trigger that is the object of a judging verb after it in its clause ('China hat die
    Zölle der EU kritisiert', 'les sanctions ont été condamnées'), not one after a preposition
    ('Nach dem Angriff verurteilte ...': the attack is told, not only judged)."""
    if match.trigger.frame != "noun" or match.first == 0:
        return False
    clause = view.clause_of(match.anchor)
    joins = lex.cue_set("coordinators")
    if not any(m.first > match.last and view.clause_of(m.anchor) is clause and m.trigger.frame != "noun"
               and m.trigger.event_type in JUDGING
               # 'sancties aangekondigd en het luchtruim gesloten': the next verb has its own object
               and not any(view.words[k].lower in joins for k in range(match.last + 1, m.first))
               and not _purpose_verb(match, m, view, lex) for m in every):
        return False
    prepositions = (lex.cue_set("temporal_prepositions") | lex.cue_set("recipient_prepositions")
                    | lex.cue_set("locative_markers") | lex.cue_set("circumstance_prepositions")
                    | lex.cue_set("agent_markers"))
    return not _preposition_before(match, clause, view, prepositions)


def _judgeable(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """A one-word act named by a noun (or a verb used as one) that a judgement can be about; not a
    spoken act ('bezeichnete die Vorwürfe ... als absurd' is a pattern of its own)."""
    return (match.trigger.frame == "noun" or nominal(match, view, lex)) \
        and match.trigger.event_type not in SPOKEN and len(match.words) == 1


def judged_before(match: TriggerMatch, every: list[TriggerMatch], view: SentenceView, lex: Lexicon,
                  reach: int = 2) -> bool:
    """A noun trigger right after a naming or judging verb ('Swissmem called the tariff a "horror
    scenario"', 'Saar noemde de sancties "schandalig"', 'what it called a mob attack'): the act named
    is judged, it is someone else's and told elsewhere; the judgement is the event."""
    if match.first == 0 or not _judgeable(match, view, lex):
        return False
    skip = lex.cue_set("articles") | lex.cue_set("possessives") | OPENING_QUOTES
    k = match.first - 1
    while k > 0 and match.first - k <= reach and view.words[k].lower in skip:
        k -= 1
    word = view.words[k]
    if view.clause_of(k) is not view.clause_of(match.anchor):
        return False
    naming = lex.cue_set("copulas") - lex.cue_set("auxiliaries")
    return word.lower in naming and word.lower not in lex.cue_set("possessives") or any(
        m.last == k and m.trigger.frame != "noun" and m.trigger.event_type in JUDGING for m in every)


def judged_as(match: TriggerMatch, view: SentenceView, lex: Lexicon, reach: int = 3) -> bool:
    """A noun trigger that is the subject of a quoted verdict ('Kishida said the ban was "completely
    unexpected"', 'les résultats de la rencontre étaient « proches de zéro »'): the act is spoken of,
    not told; the verdict is the event."""
    if not _judgeable(match, view, lex):
        return False
    words = view.words[match.last + 1:match.last + 1 + reach]
    for n, w in enumerate(words):
        if w.lower in lex.cue_set("copulas"):
            return any(x.lower in OPENING_QUOTES for x in words[n + 1:n + 3])
    return False


def no_label(match: TriggerMatch, every: list[TriggerMatch], view: SentenceView, lex: Lexicon) -> bool:
    """A quoted-label row ('@naming «»': 'called the charges "unfounded"', 'sprak van "politieke
    vervolging"', 'calificó sus palabras de "repugnantes"') whose quote is not the speaker's label
    of what is named: the lexicon reads the quote itself, by a judgement it holds ('noemde het
    besluit "onaanvaardbaar"', 'called Brazil a "strategic partner"'); the quote is a name or what
    is said (_name_or_content); or the verb is a noun ('in a call')."""
    if not match.trigger.labels:
        return False
    quote = next(k for k, t in zip(match.words, match.trigger.tokens) if t.lstrip("=") == QUOTED_LABEL)
    label = _quoted(view, quote)
    if any(m is not match and m.trigger.event_type in JUDGING and not set(m.words).isdisjoint(label)
           for m in every):
        return True
    return _name_or_content(view, match.anchor, quote, label, lex) or nominal(match, view, lex)


def _name_or_content(view: SentenceView, verb: int, quote: int, label: list[int], lex: Lexicon) -> bool:
    """The quote is a name (outside German a capital opens it: 'an operation he called "Midnight
    Hammer"') or a clause of what is said ('het bewijs "dat niemand boven de wet staat"', 'considera
    que "..."'; grammar.json content_complementizers)."""
    if not label:
        return True
    opening, content = view.words[label[0]], lex.cue_set("content_complementizers")
    if opening.text[:1].isupper() and not lex.grammar.get("capitalised_nouns"):
        return True
    between = view.words[min(verb, quote) + 1:max(verb, quote)]
    return opening.lower in content or any(w.lower in content for w in between)


def _quoted(view: SentenceView, quote: int) -> list[int]:
    """The words inside the pair of quotation marks one of which is word `quote` (opening or
    closing: 'een "terreurdaad" genoemd' is found from the verb after it)."""
    marks = [w.i for w in view.words if quotation_mark(view, w.i)]
    for opening, closing in zip(marks[::2], marks[1::2]):
        if quote in (opening, closing):
            return list(range(opening + 1, closing))
    return list(range(quote + 1, len(view.words))) if quote in marks[::2] else []


def _purpose_verb(noun: TriggerMatch, verb: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'mantuvieron los bloqueos ... para exigir la renuncia', 'blocked roads to demand': an
    infinitive after the noun says what the act is for, it does not judge it. Verb-final
    languages put the object before 'te/zu' + verb ('die Zölle zu kritisieren'): not there."""
    if lex.grammar.get("verb_final"):
        return False
    markers = lex.cue_set("infinitive_markers")
    return any(view.words[k].lower in markers for k in range(noun.last + 1, verb.first))


def _infinitive_clause(view: SentenceView, clause, lex: Lexicon) -> bool:
    """A clause that ends in 'zu/te' + verb ('..., Ruanda zu schützen', '..., steun te hebben verleend'),
    or in a German separable verb with 'zu' inside ('..., die Angriffe einzustellen')."""
    words = [w for w in view.words[clause.first:clause.last + 1] if w.text[:1].isalnum()]
    markers = lex.cue_set("infinitive_markers")
    # 'te hebben verleend': the marker two words back before a lower-case verb; 'die Beziehungen zu
    # Kigali abgebrochen' has a preposition before a name, no infinitive
    return clause.index > 0 and ((len(words) >= 2 and words[-2].lower in markers)
                                 or (len(words) >= 3 and words[-3].lower in markers and words[-2].text[:1].islower())
                                 or any(zu_infinitive(w.lower, lex) for w in words[-2:]))


def attributive(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """A participle with no auxiliary in its clause describes a noun ('l'accord signé en 2015',
    'el acuerdo firmado con'): not an event. Only for languages whose participles are
    unambiguous by their ending (grammar.json participle_suffixes)."""
    if _between_article_and_noun(match, view, lex) or _reduced_relative(match, view, lex) \
            or _after_its_noun(match, view, lex) or _attributive_before_object(match, view, lex) \
            or _hyphenated_participle(match, view, lex):
        return True
    suffixes = tuple(lex.grammar.get("participle_suffixes", ()))
    word = view.words[match.anchor]
    if not suffixes or match.trigger.frame == "noun" or not word.lower.endswith(suffixes):
        return False
    clause = view.clause_of(match.anchor)
    before = {w.lower for w in view.words[clause.first:match.anchor]}
    return not (before & lex.cue_set("auxiliaries")) and match.anchor > clause.first


def _after_its_noun(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'dans les zones évacuées', 'les avoirs russes gelés', 'a un soldado secuestrado': a
    participle (grammar.json participle_suffixes) right after an article and its noun, with no
    auxiliary between, describes the noun. With its agent after it the participle tells an act:
    'un adolescent tué par un policier', 'une proposition saluée par le secrétaire général'."""
    suffixes = tuple(lex.grammar.get("participle_suffixes", ()))
    k = match.anchor
    if not suffixes or len(match.words) != 1 or match.trigger.frame == "noun" \
            or not view.words[k].lower.endswith(suffixes):
        return False
    if k + 1 < len(view.words) and view.words[k + 1].lower in lex.cue_set("agent_markers"):
        return False
    if k > 0 and view.words[k - 1].lower in lex.cue_set("coordinators"):
        # 'a rejeté les résultats et dénoncé des fraudes', 'ha rechazado los resultados y denunciado':
        # a participle right after a coordinator is a second verb sharing the auxiliary, not the
        # attribute of the noun before the coordinator
        return False
    verbs = lex.cue_set("auxiliaries") | lex.cue_set("passive_auxiliaries")
    articles = lex.cue_set("articles")
    for gap in (2, 3):
        if k - gap < 0 or view.words[k - gap].lower not in articles:
            continue
        between = view.words[k - gap + 1:k]
        if all(w.text.isalpha() and w.lower not in verbs | articles for w in between):
            return True
    return False


def _hyphenated_participle(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'EU-mediated talks', 'a Qatar-brokered deal': a participle (grammar.json
    reduced_relative_suffix, English '-ed') joined by a hyphen to the word before it is a compound
    attribute of the noun after it; it tells no act."""
    suffix = lex.grammar.get("reduced_relative_suffix")
    k = match.anchor
    if not suffix or len(match.words) != 1 or k < 2 or not view.words[k].lower.endswith(suffix):
        return False
    hyphen = view.words[k - 1]
    return hyphen.text == "-" and view.words[k - 2].end == hyphen.start and hyphen.end == view.words[k].start


def _reduced_relative(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'Five Americans detained in Iran were freed on Monday': a participle right after its noun,
    with the clause's own finite verb after it, describes the noun (grammar.json
    reduced_relative_suffix: English '-ed', which is also the past tense)."""
    suffix = lex.grammar.get("reduced_relative_suffix")
    k = match.anchor
    if not suffix or len(match.words) != 1 or k == 0 or not view.words[k].lower.endswith(suffix):
        return False
    prev = view.words[k - 1]
    if not prev.text[:1].isalpha() or prev.lower in lex.cue_set("auxiliaries") | lex.cue_set("passive_auxiliaries"):
        return False
    clause = view.clause_of(k)
    # a new clause, a coordination or an infinitive before the finite verb: 'agreed that they should'
    stops = (lex.cue_set("coordinators") | lex.cue_set("clause_openers") | lex.cue_set("complementizers")
             | lex.cue_set("infinitive_markers"))
    for w in view.words[k + 1:clause.last + 1]:
        if w.lower in stops or not w.text[:1].isalnum():
            return False
        if w.lower in lex.cue_set("auxiliaries") and w.text[:1].islower():
            return True     # not the month: 'attacked Kyiv in May'
    return False


def _participle_and_its_noun(match: TriggerMatch, k: int, view: SentenceView, lex: Lexicon) -> bool:
    """'The freed detainees were driven by bus': a two-word pattern ('free detainee') whose
    participle (grammar.json reduced_relative_suffix, English '-ed') and noun stand together
    after an article names people, it tells no act."""
    suffix = lex.grammar.get("reduced_relative_suffix")
    return bool(suffix) and view.words[k].lower.endswith(suffix) and _verb_then_its_noun(match, k)


def _verb_then_its_noun(match: TriggerMatch, k: int) -> bool:
    """A two-word pattern matched as word k and the word right after it ('freed detainees')."""
    return sorted(match.words) == [k, k + 1]


def _attributive_before_object(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'de terugname van uitgezette migranten', 'the return of deported migrants', 'die Zahl der
    abgeschobenen Migranten': a verb + object pattern whose verb, inflected, stands right between an
    article or preposition and its object noun describes the noun: no finite verb stands there.
    The verb is known by its dictionary form (grammar.json infinitive_endings; English by its
    '-ed' form, so 'after sending troops' stays an act); not an infinitive ('to deport migrants').
    French and Spanish put the participle after its noun (_after_its_noun): their list is empty."""
    k = match.anchor
    if match.trigger.frame == "noun" or k == 0 or not _verb_then_its_noun(match, k):
        return False
    word, before = view.words[k], view.words[k - 1].lower
    suffix, endings = lex.grammar.get("reduced_relative_suffix"), tuple(lex.grammar.get("infinitive_endings", ()))
    verb = word.lower.endswith(suffix) if suffix else bool(endings) and word.lemma.endswith(endings)
    if not word.inflected or not verb:
        return False
    openers = (lex.cue_set("articles") | lex.cue_set("genitive_markers") | lex.cue_set("recipient_prepositions")
               | lex.cue_set("topic_prepositions") | lex.cue_set("locative_markers"))
    return before in openers and before not in lex.cue_set("infinitive_markers")


def _between_article_and_noun(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'the detained protesters', 'die festgenommenen Demonstranten', 'de veroordeelde
    oppositieleider': a one-word verb trigger between an article and the noun it describes."""
    k = match.anchor
    if match.trigger.frame == "noun" or k == 0 or k + 1 >= len(view.words):
        return False
    if len(match.words) != 1 and not _participle_and_its_noun(match, k, view, lex):
        return False
    if view.words[k - 1].lower not in lex.cue_set("articles") and not _modified_participle(k, view, lex):
        return False
    nxt = view.words[k + 1]
    if not nxt.text.isalpha():
        return False
    function_words = (lex.cue_set("genitive_markers") | lex.cue_set("recipient_prepositions")
                      | lex.cue_set("temporal_prepositions") | lex.cue_set("locative_markers")
                      | lex.cue_set("agent_markers") | lex.cue_set("coordinators") | lex.cue_set("auxiliaries")
                      | lex.cue_set("clause_openers") | lex.cue_set("comitative_markers"))
    if lex.grammar.get("capitalised_nouns"):
        # ('den in Berlin verurteilten russischen Auftragsmörder': an adjective may stand between the
        # participle and its noun; 'die Gefechte am Freitag' is a noun with a preposition after it)
        adjective = view.words[k].text.islower() and nxt.text.islower() and k + 2 < len(view.words) \
            and view.words[k + 2].text[:1].isupper() and nxt.lower not in function_words | lex.cue_set("articles")
        return nxt.text[:1].isupper() or adjective
    return nxt.lower not in function_words and not any(
        mm.first == k + 1 and mm.mention.kind not in {"title", "demonym"} for mm in view.mentions)


def _modified_participle(k: int, view: SentenceView, lex: Lexicon) -> bool:
    """'in den besonders schwer getroffenen Gemeinden': an article, then up to three lower-case
    modifiers, then the participle. Only where every noun is capitalised (German), so lower-case
    words between article and participle are no nouns; not over an auxiliary or a pronoun
    ('dass die beiden sich getroffen hatten': the next word is no noun anyway)."""
    if not lex.grammar.get("capitalised_nouns"):
        return _extended_attribute(k, view, lex)
    for j in range(k - 1, max(-1, k - 4), -1):
        w = view.words[j]
        if w.lower in lex.cue_set("articles"):
            return j < k - 1
        if not (w.text.isalpha() and w.text.islower()) or w.lower in lex.cue_set("auxiliaries"):
            break
    return _extended_attribute(k, view, lex)


#: how many words an extended attribute may hold between its determiner and its participle
ATTRIBUTE_LONGEST = 6


def _extended_attribute(k: int, view: SentenceView, lex: Lexicon) -> bool:
    """'einen in den USA verurteilten Afghanen', 'einem von Athen unterstützten Putsch', 'der vom
    Iran unterstützten Huthis', 'die 2019 verhängten Exportbeschränkungen', 'een in de VS veroordeelde
    Afghaan': a determiner (an article or a number), then a prepositional phrase or a year that opens
    right after it (in German also an adverb: no German noun is lower case), then the participle. A
    name stands there only inside the prepositional phrase: 'Die USA verurteilten', 'weil die Richter
    in Moskau Nawalny verurteilten', 'dat de rechtbank in Berlijn veroordeelde' have their subject
    after the article, a finite verb and no attribute."""
    prepositions = (lex.cue_set("locative_markers") | lex.cue_set("recipient_prepositions")
                    | lex.cue_set("temporal_prepositions") | lex.cue_set("agent_markers")
                    | lex.cue_set("comitative_markers") | lex.cue_set("topic_prepositions"))
    if not lex.grammar.get("extended_attributes") or not view.words[k].text.islower():
        return False      # (a noun: 'die Gefechte'); French, Spanish and English put the participle after its noun
    determiners = lex.cue_set("articles") | lex.cue_set("number_words")
    for d in range(k - 2, max(-1, k - 2 - ATTRIBUTE_LONGEST), -1):
        opening = view.words[d + 1]
        opens = opening.lower in prepositions or opening.text.isdigit() or (
            lex.grammar.get("capitalised_nouns") and opening.text.islower())
        if view.words[d].lower in determiners and opens and _attribute_span(view.words[d + 1:k], prepositions, lex):
            return True
    return False


def _attribute_span(span: list, prepositions: frozenset[str], lex: Lexicon) -> bool:
    """The words of an extended attribute before its participle: prepositions with their articles
    and nouns, numbers, lower-case adverbs; capitalised words only after a preposition."""
    in_phrase = False
    for w in span:
        if w.lower in prepositions:
            in_phrase = True
        elif w.lower in lex.cue_set("auxiliaries") or not (w.text.replace("-", "").isalnum()):
            return False
        elif w.text[:1].isupper() and not in_phrase:
            return False
    return True


def nominal(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """A verb trigger used as a noun: 'the arrests', 'van het steunen', 'days of fighting'; also
    after a nationality that follows such a word ('the Russian attack') or after a possessive 's
    ('Russia's attack')."""
    k = match.first - 1
    if k < 0:
        return False
    if view.words[k].lower in POSSESSIVE_S:
        return True
    # (a verb's noun only: 'op een Russisch-Afghaans zakenforum' is a meeting of its own)
    owner = next((mm for mm in view.mentions if mm.last == k and mm.mention.kind in OWNER_KINDS), None) \
        if match.trigger.frame == "svo" else None
    if owner is not None:
        k = owner.first - 1
        if k < 0:
            return False
    prev = view.words[k].lower
    # ('this attack', 'deze aanval', 'cette attaque'; not 'the group that attacked')
    demonstratives = lex.cue_set("anaphoric_determiners") - lex.cue_set("relative_pronouns") \
        - lex.cue_set("complementizers")
    return prev in (lex.cue_set("articles") | lex.cue_set("genitive_markers") | demonstratives
                    | lex.cue_set("temporal_prepositions") | lex.cue_set("recipient_prepositions"))


#: mentions that stand between an article and a noun ('the Russian attack'); a state there is a
#: subject ('Die USA verurteilten')
OWNER_KINDS = {"demonym"}


def _modifier(mention, word: Word) -> bool:
    """'EU' in 'EU-Sanktionen': a name before the hyphen of a compound, not a name holding the word."""
    cut = mention.end - word.start
    return word.start <= mention.start and 0 < cut < len(word.text) and word.text[cut] == "-"


def state_passive(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'Im Senegal sind noch rund 350 Soldaten stationiert', 'der seit 2008 in Guantánamo inhaftiert
    ist': a participle with a form of 'sein' and no 'werden' in its clause (the German state passive)
    tells a lasting state, not the act that led to it. Only participles whose state is the usual
    reading (grammar.json state_participles); 'hat ... stationiert', 'wurden stationiert' stay acts."""
    participles = lex.cue_set("state_participles")
    if not participles or not any(view.words[k].lower in participles for k in match.words):
        return False
    clause = view.clause_of(match.anchor)
    forms = {w.lower for w in view.words[clause.first:clause.last + 1]}
    return bool(forms & lex.cue_set("state_auxiliaries")) and not forms & lex.cue_set("process_auxiliaries")


def in_name(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """A trigger word inside a name is no event: 'Ejército de Liberación Nacional', 'Front de
    libération', 'Hilfswerk' as part of a named organisation the actor stage found. Outside
    German (which capitalises every noun), a capitalised trigger word mid-sentence next to
    another capitalised word is part of a proper name too."""
    k = match.anchor
    word = view.words[k]
    if any(mm.first <= k <= mm.last and mm.mention.kind not in {"title", "demonym"}
           and not _modifier(mm.mention, word) for mm in view.mentions):
        return True
    if lex.grammar.get("capitalised_nouns") or k == 0 or not view.words[k].text[:1].isupper():
        return False
    neighbours = [view.words[j] for j in (k - 1, k + 1) if 0 <= j < len(view.words)]
    skip = lex.cue_set("genitive_markers") | lex.cue_set("articles")
    # 'Ejército de Liberación Nacional': look past 'de', 'del', 'la' to the next word of the name
    further = [view.words[j] for j in (k - 2, k + 2) if 0 <= j < len(view.words)]
    return any(w.text[:1].isupper() and w.text.isalpha() for w in neighbours) or (
        any(n.lower in skip for n in neighbours) and any(w.text[:1].isupper() and w.text.isalpha() for w in further))


def party_noun(match: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """'He thanked his host', 'Modi a remercié son invité', 'agradeció a su invitado': a verb's word
    after a possessive, where the actor stage found a party (a title mention over that word alone:
    coreference.visit_roles), is the noun that names the party, not the act of hosting or inviting."""
    k = match.anchor
    if match.trigger.frame == "noun" or len(match.words) > 1 or k == 0 \
            or view.words[k - 1].lower not in lex.cue_set("possessives"):
        return False
    return any(mm.first == k == mm.last and mm.mention.kind == "title" for mm in view.mentions)
