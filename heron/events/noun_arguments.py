"""The parties of an event noun: 'de aanslag door Daesh', 'Russische aanval op Kyiv', 'sancties
tegen Iran', 'Le pilonnage russe de Kharkiv' (the nationality on the noun did it, 'de Kharkiv'
suffered it).

Nouns take their parties from genitives, nationality adjectives and agent phrases on the noun
rather than from the clause's subject; a meeting in a phrase of circumstance tells whom a verb
addressed. Separate from the verb rules of heron.events.frame_rules, which hand a noun trigger
over here (`_link_noun`).
"""
from __future__ import annotations

from heron.events import argument_record, clauses, coordination, subjects, voice
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon


def _addressed_in_meeting(view: SentenceView, trigger_index: int, in_clause: list[MarkedMention],
                          unmarked: list[MarkedMention], roles: dict, lex: Lexicon) -> list[MarkedMention]:
    """'Saito conveyed the decision to Takaichi in a meeting', 'X le dijo a Y durante una reunión':
    a meeting noun in a phrase of circumstance after a subject's verb; the one the verb
    addresses before it is the other party."""
    if not any(mm.first < trigger_index for mm in unmarked) or not argument_record.circumstantial(trigger_index, view, lex) \
            or _purpose(view, trigger_index, lex):
        return []
    markers = lex.cue_set("recipient_prepositions")
    return [mm for mm in in_clause if mm.last < trigger_index and roles[id(mm)] != "unmarked"
            and mm.marker in markers and mm.mention.kind in {"person", "title", "state", "capital", "igo"}
            and mm.marker not in lex.cue_set("locative_markers")][:1]


def _link_noun(trig, words, view, lex, in_clause, roles, args, fallback_actor) -> argument_record.Arguments:
    """Nominal events ('de aanslag door Daesh', 'Russische aanval op Kyiv', 'sancties tegen Iran',
    'Le pilonnage russe de Kharkiv': the nationality on the noun did it, 'de Kharkiv' suffered it)."""
    trigger_index = words[0]
    clause = view.clause_of(trigger_index)
    following = [mm for mm in view.mentions if mm.clause == clause.index + 1 and argument_record.usable(mm, view, lex)
                 and clause.index + 1 < len(view.clauses)
                 and view.clauses[clause.index + 1].opener in lex.cue_set("relative_pronouns")
                 and _relative_on_noun(view.clauses[clause.index + 1], words)]
    agents = [mm for mm in in_clause + following if mm.marker in lex.cue_set("agent_markers")
              and _agent_of_noun(mm, trigger_index, lex)] or _came_from(words, view, lex, in_clause)
    modifier = _nationality(words, view, lex, in_clause)
    right_after = _noun_genitives(words, modifier, view, lex, in_clause, roles)
    # 'l'attentat de Moscou', 'el atentado de Moscú': a capital after an attack noun is where it
    # struck, so whom it hit (CODING 2), not who did it ('l'attaque de la Russie' did)
    struck = [mm for mm in right_after[:1] if trig.event_type == "ASSAULT" and mm.mention.kind == "capital"]
    right_after = [mm for mm in right_after if mm not in struck]
    adjacent = [mm for mm in in_clause if mm.last < trigger_index and trigger_index - mm.last <= 2
                and roles[id(mm)] == "unmarked" and not argument_record.has_word(view, mm.last + 1, trigger_index - 1,
                                                                  clauses.marker_words(lex))]
    recipients = [mm for mm in in_clause if roles[id(mm)] == "recipient"]
    unmarked = [mm for mm in in_clause if roles[id(mm)] == "unmarked" and mm not in adjacent]
    # 'Lavrov said Ukraine attacked Russian villages with drones': a trigger that opens with its verb
    # has the reported clause's subject, not the speaker's ('said Baghdad should take the ultimatum': a
    # noun alone may be the object)
    if min(words) < trigger_index:
        unmarked = subjects._after_reporting_verb(view, clause, min(words), words, unmarked, lex)
    if agents:
        args.actors, args.how = agents[:1], "agent"
    elif modifier:
        args.actors, args.how = _coordinated_nationalities(modifier, in_clause, view, lex), "noun"
    elif right_after:
        args.actors, args.how = right_after[:1], "noun"
    elif adjacent:
        args.actors, args.how = adjacent[-1:], "noun"
    elif argument_record.circumstantial(min(words), view, lex):
        # '30 people were killed in a suicide bombing': the clause's subject did not do it; but
        # 'Macron le dijo a Scholz durante una reunión': the subject of an active verb was at the meeting
        args.actors = _parties_named(trig, words, in_clause, view, lex) \
            or _met_in_circumstance(trig, trigger_index, clause, view, lex, in_clause, roles)
        args.how = "subject" if args.actors else ""
    elif unmarked and unmarked[0].first < trigger_index:
        args.actors, args.how = coordination.coordinated(unmarked[0], unmarked, view, lex), "subject"
        unmarked = [mm for mm in unmarked if mm not in args.actors]
    else:
        args.actors, args.how = fallback_actor()
    targets = [mm for mm in right_after if mm not in args.actors] if (agents or modifier) else []
    if recipients:
        # ('humanitäre Hilfe nach Vietnam, Laos und Kambodscha': every member of a listed recipient)
        args.recipients = coordination.coordinated(recipients[0], recipients, view, lex)
    elif struck:
        args.recipients = struck
    elif targets:
        args.recipients = targets[:1]     # 'the Russian bombardment of Kharkiv', 'el bombardeo de Gaza por Israel'
    elif unmarked:
        args.recipients = [mm for mm in unmarked if mm not in args.actors][:1]
    return args


def _came_from(words, view: SentenceView, lex: Lexicon, in_clause: list[MarkedMention]) -> list[MarkedMention]:
    """'Kritik kam aus Washington', 'Congratulations came from Brussels', 'Felicitaties kwamen uit
    Brussel': an event noun that is the subject of a verb of coming (grammar.json coming_verbs) was
    made by whoever it came from (came_from_markers), the first such mention after that verb."""
    coming, sources = lex.cue_set("coming_verbs"), lex.cue_set("came_from_markers")
    verb = next((k for k in range(max(words) + 1, min(max(words) + 3, len(view.words)))
                 if view.words[k].lemma in coming or view.words[k].lower in coming), None)
    if verb is None:
        return []
    # (the marker may stand before a title the mention leaves out: 'von US-Präsident Donald Trump')
    return [mm for mm in in_clause if verb < mm.first <= verb + 6
            and (mm.marker in sources or any(w.lower in sources for w in view.words[max(verb + 1, mm.first - 2):mm.first]))][:1]


def _relative_on_noun(relative, words, reach: int = 2) -> bool:
    """A relative clause right after the noun tells of the noun ('l'attaque, qui a été menée par
    le JNIM'); one after further words tells of them ('la visite à Alger du chef de la diplomatie,
    Jean-Noël Barrot, qui avait été reçu par le président Tebboune')."""
    return relative.first - max(words) <= reach


def _agent_of_noun(mm: MarkedMention, trigger_index: int, lex: Lexicon) -> bool:
    """An agent phrase after the noun is its doer ('el bombardeo de Gaza por Israel'); one before it
    belongs to an earlier participle ('la Asamblea, controlada por Nuevas Ideas, recortó las
    donaciones'), except where a participle stands before its noun (grammar.json verb_final:
    'die von Russland verhängten Sanktionen', 'de door Rusland opgelegde sancties')."""
    return mm.first > trigger_index or bool(lex.grammar.get("verb_final"))


def _purpose(view: SentenceView, trigger_index: int, lex: Lexicon) -> bool:
    """'nodigde Kristersson uit voor overleg', 'invited him for talks': a meeting to come (grammar.json
    purpose_prepositions) is no circumstance of the act told."""
    first = view.clause_of(trigger_index).first
    return argument_record.has_word(view, max(first, trigger_index - 4), trigger_index - 1, lex.cue_set("purpose_prepositions"))


def _met_in_circumstance(trig, trigger_index: int, clause, view: SentenceView, lex: Lexicon,
                         in_clause: list[MarkedMention], roles: dict) -> list[MarkedMention]:
    """'Saito conveyed the decision to Takaichi in a meeting', 'Tras un encuentro en el palacio,
    Sánchez defendió ...': a meeting noun in a phrase of circumstance; the subject of the clause's
    active verb (before it, or right after the comma that closes a fronted phrase) and the one that
    verb addresses are its parties."""
    if trig.event_type != "CONSULT" or voice._passive(view, clause.first, clause.last, lex):
        return []
    if _purpose(view, trigger_index, lex):
        return []
    if argument_record.has_word(view, clause.first, trigger_index - 1, lex.cue_set("future")):
        return []     # 'Les ministres vont traiter de la sécurité lors de la réunion': a plan, no meeting told
    unmarked = [mm for mm in in_clause if roles[id(mm)] == "unmarked"]
    before = [mm for mm in unmarked if mm.last < trigger_index]
    comma = next((w.i for w in view.words[trigger_index:clause.last + 1] if w.lower == ","), None)
    fronted = [mm for mm in unmarked if comma is not None and mm.first == comma + 1] \
        if not argument_record.has_word(view, clause.first, trigger_index - 1, frozenset({","})) and not before else []
    subject = before[:1] or fronted[:1]
    if not subject:
        return []
    return subject + _addressed_in_meeting(view, trigger_index, in_clause, subject, roles, lex)


def _parties_named(trig, words, in_clause: list[MarkedMention], view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """'El pacto llegó tras una reunión entre Albares y Lammy', 'après une rencontre entre le ministre
    espagnol et son homologue britannique': a meeting in a phrase of circumstance whose parties of
    two countries follow it ('entre', 'between', comitative_markers) was held by them, though the
    clause's subject was not there."""
    if trig.event_type != "CONSULT":
        return []
    last = max(words)
    after = [mm for mm in in_clause if 0 < mm.first - last <= 8 and mm.marker in lex.cue_set("comitative_markers")]
    if not after:
        return []
    group = coordination.coordinated(after[0], [mm for mm in in_clause if mm.first > after[0].last], view, lex)
    return group if len({mm.mention.country for mm in group if mm.mention.country}) >= 2 else []


def _noun_genitives(words, modifier, view, lex, in_clause, roles) -> list[MarkedMention]:
    """The genitives of the event noun's own phrase: 'de aanval van Rusland', 'le pilonnage russe
    de Kharkiv' (after its nationality), 'un ataque con drones de Ucrania' (on a word of the
    trigger), 'ein Luftangriff der Armee' (German, by article)."""
    own = set(words) | ({modifier.last} if modifier else set())
    return [mm for mm in in_clause if mm.genitive_head is not None and (
        (roles[id(mm)] == "genitive" and (abs(mm.genitive_head - words[0]) <= 1 or mm.genitive_head in own))
        or (mm.via_genitive and mm.genitive_head in words))] + _genitive_article(words, view, lex, in_clause)


def _nationality(words: tuple[int, ...], view: SentenceView, lex: Lexicon,
                 in_clause: list[MarkedMention]) -> MarkedMention | None:
    """The nationality adjective on an event noun, whatever marks the phrase: 'Bei einem
    israelischen Luftangriff', 'A Russian missile strike', 'Lors d'une frappe aérienne russe',
    'En un bombardeo israelí' (grammar.json adjective_after_noun: the side it stands on), also inside
    a pattern of several words ('un ataque ucraniano con drones', 'une attaque ukrainienne de drones')."""
    after = lex.grammar.get("adjective_after_noun")
    first, last = min(words), max(words)
    function_words = clauses.marker_words(lex) | lex.cue_set("articles") | lex.cue_set("skip_words")
    for mm in in_clause:
        if mm.mention.kind != "demonym" or (mm.first <= first if after else mm.last >= first):
            continue
        head = last if mm.first > last or not after else first
        gap = view.words[head + 1:mm.first] if after else view.words[mm.last + 1:first]
        if len(gap) <= 2 and all(w.lower.isalpha() and w.lower not in function_words for w in gap) \
                and not any(o is not mm and gap and gap[0].i <= o.first <= gap[-1].i for o in view.mentions):
            return mm
    return None


def _nationality_of_antecedent(view: SentenceView, clause, trigger_index: int,
                               lex: Lexicon) -> tuple[MarkedMention, int] | None:
    """(the nationality, the relative pronoun's index) for 'des frappes de missiles iraniens qui ont
    tué quatre civils', 'los ataques con misiles iraníes que mataron', 'Iranian missile strikes that
    killed', 'Iraanse raketten die vier burgers doodden', 'iranische Raketen, die vier Zivilisten
    töteten': a relative clause with no party named between its pronoun and its verb hangs on the noun
    right before the pronoun (a comma at most between); the nationality on that noun (a weapon, a unit,
    an attack: `_nationality`) is the verb's subject."""
    relatives = lex.cue_set("relative_pronouns")
    # (German 'der/die' are articles too: a relative pronoun only where it opens its clause)
    pronoun = next((k for k in range(trigger_index - 1, clause.first - 1, -1) if view.words[k].lower in relatives
                    and (view.words[k].lower not in lex.cue_set("articles") or k == clause.first)), None)
    if pronoun is None or pronoun < 2 or any(pronoun < t < trigger_index for t in view.trigger_anchors) \
            or _own_subject_between(view, pronoun, trigger_index, lex):
        return None
    head = pronoun - 1 - (view.words[pronoun - 1].lower == ",")
    named = [mm for mm in view.mentions if mm.last < pronoun and argument_record.usable(mm, view, lex)]
    if lex.grammar.get("adjective_after_noun"):
        # ('missiles iraniens qui': the nationality is the last word before the pronoun)
        after = [mm for mm in named if mm.last == head and mm.mention.kind == "demonym"]
        return (after[0], pronoun) if after else None
    found = _nationality((head,), view, lex, named)
    return (found, pronoun) if found is not None else None


def _own_subject_between(view: SentenceView, pronoun: int, trigger_index: int, lex: Lexicon) -> bool:
    """A party or a subject pronoun between a relative pronoun and its verb is the clause's own subject:
    'les missiles que la Russie a tirés', 'un cargo japonais, dont ils se sont emparés'; civilians are
    its victims ('die vier burgers in Erbil doodden'), a place is where ('die in Erbil ... töteten')."""
    pronouns = lex.cue_set("subject_pronouns") - lex.cue_set("articles")    # (Dutch 'het' is 'the' too)
    return argument_record.has_word(view, pronoun + 1, trigger_index - 1, pronouns) or any(
        pronoun < mm.first < trigger_index and mm.mention.country and not mm.marker
        and not (mm.mention.kind == "title" and mm.mention.sector == "CVL") for mm in view.mentions)


def _coordinated_nationalities(modifier: MarkedMention, in_clause: list[MarkedMention], view: SentenceView,
                               lex: Lexicon) -> list[MarkedMention]:
    """'Russian and Iranian attacks', 'les frappes russes et iraniennes': the nationality adjectives
    joined by a coordinator (or a comma) on the same event noun are all its doers."""
    if lex.grammar.get("adjective_after_noun"):
        found = coordination.coordinated(modifier, [mm for mm in in_clause if mm.first > modifier.last], view, lex)
        return [mm for mm in found if mm.mention.kind == "demonym"]
    joins = lex.cue_set("coordinators") | {","}
    group = [modifier]
    for mm in sorted((mm for mm in in_clause if mm.last < modifier.first), key=lambda m: -m.last):
        between = view.words[mm.last + 1:group[-1].first]
        if mm.mention.kind != "demonym" or not between or not all(w.lower in joins for w in between):
            break
        group.append(mm)
    return sorted(group, key=lambda m: m.first)


def _genitive_article(words: tuple[int, ...], view: SentenceView, lex: Lexicon,
                      in_clause: list[MarkedMention]) -> list[MarkedMention]:
    """'Bei einem Luftangriff der Armee': a German genitive right after the event noun, marked
    only by its article (grammar.json genitive_articles); the phrase's own preposition ('bei')
    stands before the noun."""
    articles = lex.cue_set("genitive_articles")
    last = max(words)
    return [mm for mm in in_clause if mm.first > last and (mm.marker_at is None or mm.marker_at < min(words))
            and 0 < mm.first - last <= 2 and all(w.lower in articles for w in view.words[last + 1:mm.first])]
