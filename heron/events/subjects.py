"""The subject of a trigger that names none right before its verb.

A relative clause hangs on its antecedent ('..., who promised'); a participle after a comma,
a subordinate clause and a verb after a coordinator share the subject of the clause they hang on;
a clause that resumes after a relative goes on with the interrupted subject; a pronoun, a
dropped subject (pro-drop) or an inverted pronoun points back; a reported clause without 'that'
has its own subject after the verb of saying; what is told to an addressee ('informed Japan that it
...') is the teller's; an unnamed subject's owner may be the party; a
dependency parse, when there is one, names the subject directly. Separate from the frame rules
(heron.events.frame_rules), which try them one at a time.
"""
from __future__ import annotations

from heron.events import argument_record, clauses, coordination
from heron.events.clauses import QUOTES, MarkedMention, SentenceView
from heron.events.lexicon import Lexicon


def _empty_relative_subject(clause, trigger_index: int, unmarked: list, lex: Lexicon) -> bool:
    """A relative clause with no name before its verb: its subject is the mention it hangs on."""
    return clause.opener in lex.cue_set("relative_pronouns") and not any(mm.first < trigger_index for mm in unmarked)


def _relative_subject_party(view: SentenceView, clause, trigger_index: int, unmarked: list,
                            lex: Lexicon, previous: MarkedMention | None) -> list:
    """'Prime Minister James Marape, who spoke to his counterpart Anthony Albanese by phone': in a
    relative clause whose subject slot before the trigger is empty, the antecedent is a party of a
    symmetric event (the mentions after the trigger are its partners)."""
    if not unmarked or not _empty_relative_subject(clause, trigger_index, unmarked, lex):
        return []
    ante = antecedent(view, clause.index, previous)
    return [ante] if ante and ante not in unmarked else []


def _relative_subject(view: SentenceView, clause, trigger_index: int, unmarked: list,
                      lex: Lexicon) -> list[MarkedMention]:
    """', que se comprometió', ', who promised', ', qui a promis': a relative clause opened right
    after a named party (a comma at most between) with no name before its verb hangs on that party."""
    if not _empty_relative_subject(clause, trigger_index, unmarked, lex) \
            or _teller_of_told_clause(view, clause, lex) is not None:
        return []     # ('informed Japan that it would ...': what is told hangs on no addressee)
    ante = antecedent(view, clause.index, None)
    # (a comma, or the person's name folded into a title: 'el presidente mauritano, Mohamed Ould Ghazouani,')
    if ante is None or not all(w.lower == "," or w.text[:1].isupper() for w in view.words[ante.last + 1:clause.first]) \
            or ante.mention.kind not in {"person", "title", "state", "capital", "igo", "group"}:
        return []
    return [ante]


def _teller_of_told_clause(view: SentenceView, clause, lex: Lexicon) -> MarkedMention | None:
    """'Honduras notified the United States that it was terminating the treaty', 'Polen liet Rusland
    weten dat het vijf diplomaten uitzet', 'La Pologne a informé la Russie qu'elle allait expulser':
    a clause opened by a word that is both complementizer and relative pronoun ('that', 'dat', 'que')
    after the addressee of a verb of telling (grammar.json telling_verbs, right before the addressee or
    between it and the clause) says what was told; it is no relative clause on the addressee, and its
    unnamed subject is the teller, the first party named with no marker in the clause before."""
    if clause.index == 0 or clause.opener not in lex.cue_set("complementizers") & lex.cue_set("relative_pronouns"):
        return None
    before = [mm for mm in view.mentions if mm.last < clause.first]
    if len(before) < 2:
        return None
    addressee, telling = before[-1], lex.cue_set("telling_verbs")

    def told(k: int) -> bool:
        return view.words[k].lemma in telling or view.words[k].lower in telling

    # ('informó a Rusia', 'notified the United States', 'a notifié aux États-Unis': an article or preposition between)
    skip = lex.cue_set("articles") | lex.cue_set("recipient_prepositions")
    k = addressee.first - 1
    while k >= 0 and view.words[k].lower in skip:
        k -= 1
    if not (k >= 0 and told(k)) and not any(told(j) for j in range(addressee.last + 1, clause.first)):
        return None
    earlier = view.clauses[clause.index - 1]
    named = [mm for mm in before if mm is not addressee and mm.clause == earlier.index and not mm.marker
             and mm.mention.country and mm.last < addressee.first and argument_record.usable(mm, view, lex)]
    return named[0] if named else None


def _main_clause_subject(view: SentenceView, clause, lex: Lexicon) -> MarkedMention | None:
    """'Für Verstimmung hatte Präsident Macron gesorgt, als er ... vorwarf': the pronoun of a
    subordinate clause (not a relative or content clause) is the subject of the clause it hangs on,
    the first party named there with no marker, before the previous sentence's subject."""
    if not clause.opener or clause.opener in lex.cue_set("relative_pronouns") \
            or clause.opener in lex.cue_set("complementizers") or clause.index == 0:
        return None
    earlier = view.clauses[clause.index - 1]
    named = [mm for mm in view.mentions if mm.clause == earlier.index and not mm.marker and mm.mention.country
             and argument_record.usable(mm, view, lex)]
    return named[0] if named else None


def _participle_subject(view: SentenceView, trigger_index: int, lex: Lexicon) -> tuple[MarkedMention, int] | None:
    """(the subject of the sentence's first clause, the comma) when the trigger is a present
    participle right after a comma, alone or coordinated with one ('..., calling it a crime and
    urging Beijing to', '..., qualifiant', '..., asegurando'; grammar.json participle_endings)."""
    endings = tuple(lex.grammar.get("participle_endings", ()))

    def participle(k: int) -> bool:
        w = view.words[k]
        return w.lower.endswith(endings) and w.lemma != w.lower

    if not endings or trigger_index < 2 or not participle(trigger_index):
        return None
    comma = trigger_index - 1
    if view.words[comma].lower in lex.cue_set("coordinators"):
        # ('..., calling it a crime and urging': the second of a coordinated pair)
        comma = next((k - 1 for k in range(comma - 1, 0, -1) if view.words[k - 1].lower == "," and participle(k)), -1)
    if comma < 1 or view.words[comma].lower != ",":
        return None
    opener = view.clause_of(comma).opener
    if opener and opener not in lex.cue_set("complementizers") | lex.cue_set("relative_pronouns") | {","} | QUOTES:
        return None     # ('..., while dozens of Chagossians protested outside, demanding ...': that clause's own)
    speaker = argument_record.speaker_of(view, lex) if opener not in lex.cue_set("complementizers") else None
    if speaker is not None and speaker.last < comma and speaker.mention.country:
        return speaker, comma     # ('« ... », a assuré le commissaire européen, promettant que ...')
    first_verb = min([k for k in view.trigger_anchors if k < comma], default=comma)
    named = [mm for mm in view.mentions if mm.clause == 0 and mm.last < first_verb and not mm.marker
             and argument_record.usable(mm, view, lex)]
    return (named[0], comma) if named and named[0].mention.country else None


def antecedent(view: SentenceView, clause_index: int, previous: MarkedMention | None) -> MarkedMention | None:
    """The mention a relative clause ('..., die ...') hangs on: the last one before it."""
    clause = view.clauses[clause_index]
    before = [mm for mm in view.mentions if mm.last < clause.first]
    return before[-1] if before else previous


def _shared_subject(view: SentenceView, floor: int, in_clause: list[MarkedMention], lex: Lexicon) -> list[MarkedMention]:
    """The subject a verb after a coordinator shares with the verb before it: the first name with
    no marker before that verb ('Iran accused Israel ... and threatened', 'dass Russland das Ergebnis
    zurückweist und ... fordert'); in a verb-second language with nothing before the verb but a
    phrase, the name right after it ('Am Montag verurteilte Deutschland den Angriff und forderte').
    None when a subject pronoun comes first ('Il a condamné la Russie et appelé l'Ukraine', 'sie habe
    Russland verurteilt und der Ukraine Hilfe zugesagt') or no name stands in the subject's place."""
    clause = view.clause_of(floor)
    unmarked = [mm for mm in in_clause if not mm.marker]
    before = [mm for mm in unmarked if mm.last < floor]
    opening = before[0].first if before else floor
    # (a pronoun that is also the name's article is none: 'Het Kremlin wees dat van de hand en beschuldigde')
    pronouns, articles = lex.cue_set("subject_pronouns"), lex.cue_set("articles")
    if any(view.words[k].lower in pronouns and not (before and k == opening - 1 and view.words[k].lower in articles)
           for k in range(clause.first, opening)):
        return []
    if before:
        return coordination.coordinated(before[0], before, view, lex)
    if not lex.grammar.get("verb_final"):
        return []
    skip = lex.cue_set("skip_words")
    inverted = [mm for mm in unmarked if mm.first > floor and all(
        k in view.time_words or view.words[k].lower in skip for k in range(floor + 1, mm.first))]
    return inverted[:1]


def _contact_relative(view: SentenceView, clause, trigger_index: int, words: tuple[int, ...],
                      unmarked: list[MarkedMention], lex: Lexicon) -> MarkedMention | None:
    """'a charge the Afghan authorities reject': where the verb never ends a clause after its
    object (no grammar.json verb_final), a verb that ends its clause right after a name, with
    another name earlier in the clause set off by a comma and not joined to it, has that name as
    its subject (a relative clause without 'that'); the earlier name is no party of it."""
    if lex.grammar.get("verb_final") or len(unmarked) < 2:
        return None
    last = max(words or (trigger_index,))
    if any(w.text[:1].isalnum() for w in view.words[last + 1:clause.last + 1]):
        return None
    near = next((mm for mm in unmarked[1:] if mm.last == min(words or (trigger_index,)) - 1), None)
    if near is None or near in coordination.coordinated(unmarked[0], unmarked, view, lex):
        return None
    # the relative clause hangs on a noun set off by a comma (', a charge the ... reject'); with no
    # comma the name is an object ('declared the French ambassador persona non grata')
    set_off = any(w.lower == "," for w in view.words[unmarked[0].last + 1:near.first])
    return near if set_off else None


def _elided_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> list[MarkedMention]:
    """'Le ministère a remercié ses partenaires, avec lesquels il partage ..., et a appelé la Russie
    à cesser': a clause that opens with a coordinator and its verb or auxiliary ('und hatte die
    Beziehungen zu Kigali abgebrochen') shares the subject of the sentence's first clause."""
    if clause.resumes is not None:
        return _resumed_subject(view, clause, trigger_index, lex)
    # 'sondern verlangten'; 'anunció un alto el fuego, aunque advirtió que ...': where subject pronouns
    # are dropped, a subordinator right before the verb (grammar.json subject_sharing_subordinators) goes on
    # with the subject of the sentence's first clause too
    joining = lex.cue_set("coordinators") | lex.cue_set("contrast_coordinators") \
        | lex.cue_set("subject_sharing_subordinators")
    if clause.index == 0 or view.words[clause.first].lower not in joining:
        return []
    # 'and both countries expelled': a word of its own after the coordinator is a new subject; a time
    # phrase is none ('y el año pasado envió', 'and last year sent', 'et l'année dernière a envoyé')
    after = past_time_phrase(view, clause.first + 1, trigger_index, lex)
    if after != trigger_index and view.words[after].lower not in lex.cue_set("auxiliaries") \
            and not _verb_attachments(view, after, trigger_index, lex):
        return []
    if any(clause.first < mm.first < trigger_index for mm in view.mentions):
        return []
    main = [mm for mm in view.mentions if mm.clause == 0 and not mm.marker and argument_record.usable(mm, view, lex)]
    return coordination.coordinated(main[0], main, view, lex) if main else []


def _verb_attachments(view: SentenceView, first: int, trigger_index: int, lex: Lexicon) -> bool:
    """The words first..trigger_index-1 only stand with the verb, no subject of their own: adverbs
    that follow a coordinator ('and again ruled out', 'y también pidió'; grammar.json
    adverbs_after_coordinator), auxiliaries, and where object pronouns are clitics before the verb
    (grammar.json clitic_objects) those and reflexive and negation clitics ('y las acusó', "et s'est
    réservé le droit", 'et les a accusées')."""
    attached = lex.cue_set("auxiliaries") | lex.cue_set("adverbs_after_coordinator")
    if lex.grammar.get("clitic_objects"):
        attached = attached | lex.cue_set("object_pronouns") | lex.cue_set("plural_object_pronouns") \
            | lex.cue_set("reflexive_pronouns") | lex.cue_set("negation_clitics")
    return first < trigger_index and all(w.lower in attached for w in view.words[first:trigger_index])


def past_time_phrase(view: SentenceView, k: int, trigger_index: int, lex: Lexicon) -> int:
    """The first word from k on that is not part of a time expression (nor the preposition or
    comma that opens it: 'en 2023', 'im vergangenen Jahr'), stopping at the trigger."""
    openers = lex.cue_set("temporal_prepositions") | lex.cue_set("locative_markers") | {","}
    while k < trigger_index and (k in view.time_words or (view.words[k].lower in openers and k + 1 in view.time_words)):
        k += 1
    return k


def _resumed_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> list[MarkedMention]:
    """'Olaf Scholz, who met Macron on Monday, criticized China': after the comma that closes a
    relative clause the verb goes on with the subject of the clause the relative interrupted."""
    if clause.resumes is None or any(clause.first < mm.first < trigger_index for mm in view.mentions):
        return []
    main = [mm for mm in view.mentions if mm.clause == clause.resumes and not mm.marker and argument_record.usable(mm, view, lex)]
    return coordination.coordinated(main[0], main, view, lex) if main else []


def _after_reporting_verb(view: SentenceView, clause, trigger_index: int, words: tuple[int, ...],
                          unmarked: list[MarkedMention], lex: Lexicon) -> list[MarkedMention]:
    """'The Kremlin said Putin had accepted an invitation', 'Germany said France had attacked Russia':
    a reported clause without 'that' has its own subject after the reporting verb; the speaker
    before the verb is not the actor of the reported act."""
    reporting = lex.cue_set("reporting_verbs")
    for k in range(clause.first, trigger_index):
        word = view.words[k]
        if k in words or k in view.trigger_anchors or (word.lemma not in reporting and word.lower not in reporting):
            # 'erklärte zwei Diplomaten zu unerwünschten Personen', 'warned the United States would pay':
            # a verb that is itself a trigger names its object
            continue
        before = [mm for mm in unmarked if mm.last < k]
        after = [mm for mm in unmarked if k < mm.first < trigger_index]
        # ... with a verb of its own: 'declared the French ambassador persona non grata' has none
        if before and after and clauses.next_to_verb(view, before[-1].last, k, lex) \
                and clauses.next_to_verb(view, k, after[0].first, lex) \
                and (argument_record.has_word(view, after[0].last + 1, trigger_index - 1, lex.cue_set("auxiliaries"))
                     or (word.lemma in lex.cue_set("bare_clause_verbs")
                         and _bare_reported_clause(view, after[0].last, trigger_index, lex))):
            return [mm for mm in unmarked if mm.first > k]
    return unmarked


def _bare_reported_clause(view: SentenceView, subject_end: int, trigger_index: int, lex: Lexicon) -> bool:
    """'Seoul said North Korea fired a missile', 'officials said Russian drones hit Kyiv': the name
    after the reporting verb is followed by the trigger, with at most a few words of its noun phrase
    between ('jets', 'Iran-backed militias') and nothing that opens another clause or phrase ('to',
    'that', a comma). Only after verbs whose clause may go without 'that' (grammar.json
    bare_clause_verbs; not 'declared the ambassador persona non grata', 'called the attack a crime')."""
    gap = view.words[subject_end + 1:trigger_index]
    stops = lex.cue_set("infinitive_markers") | lex.cue_set("complementizers") | lex.cue_set("relative_pronouns")
    return len(gap) <= 3 and not any(w.lower in stops or not (w.text[:1].isalnum() or w.text == "-") for w in gap)


def _subject_owner(genitive: list[MarkedMention], clause, trigger_index: int, floor: int,
                   view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """'Het noodhulpfonds van de Verenigde Naties maakte vijf miljoen dollar vrij': a subject that
    is no known actor ('fonds') stands for the owner its genitive names, when that noun opens the
    clause (only articles and skip words before it), no earlier verb could own it and the owner has a
    country and is an organisation: a body of the UN is the UN's, 'L'équipe de France' is not France's
    government, 'Der Vorstand von BMW' no political actor."""
    if floor >= clause.first:
        return []
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    for mm in genitive:
        head = mm.genitive_head
        if head is None or mm.mention.country is None or mm.mention.kind not in {"igo", "group"} \
                or not (clause.first <= head < mm.first and mm.last < trigger_index):
            continue
        if all(w.lower in skip or not w.text[:1].isalnum() for w in view.words[clause.first:head]) \
                and head - clause.first <= 2:
            return [mm]
        if _named_body(view, clause.first, head, lex) or _common_noun_chain(view, clause.first, head, lex):
            return _coordinated_genitives(mm, genitive, trigger_index, view, lex)
    return []


def _owner_of_unnamed_subject(genitive: list[MarkedMention], clause, trigger_index: int, view: SentenceView,
                              lex: Lexicon) -> list[MarkedMention]:
    """'Le maître du Kremlin exige', 'Los socios de izquierda del Gobierno criticaron', 'Die Parteien der
    Regierungskoalition von Ministerpräsident Akhannouch': when nothing else names a doer, a subject
    no one knows stands for its genitive's owner (a capital, an office, a person or an organisation;
    _subject_owner takes organisations only, where a doer may still be found; a country's team or
    people is not its state). The subject opens the clause (articles, skip words
    and at most two other words before its noun) and the owner ends right before the verb."""
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    for mm in genitive:
        head = mm.genitive_head
        if head is None or mm.mention.country is None or not (clause.first <= head < mm.first and mm.last < trigger_index):
            continue
        if mm.mention.kind == "state":
            continue          # "L'équipe de France", 'the people of Iran': a country's own is not its state
        opening = [w for w in view.words[clause.first:head] if w.lower not in skip and w.text[:1].isalnum()]
        if len(opening) <= 2 and trigger_index - mm.last <= 3:
            return _coordinated_genitives(mm, genitive, trigger_index, view, lex)
    return []


def _coordinated_genitives(first: MarkedMention, genitive: list[MarkedMention], trigger_index: int,
                           view: SentenceView, lex: Lexicon) -> list[MarkedMention]:
    """'de la Cédéao et de l'Union africaine': owners joined by a coordinator that repeats the genitive marker."""
    joins = lex.cue_set("coordinators") | lex.cue_set("genitive_markers") | lex.cue_set("articles") | {","}
    group = [first]
    for mm in genitive:
        if mm.first <= group[-1].last or mm.last >= trigger_index:
            continue
        between = view.words[group[-1].last + 1:mm.first]
        if not between or not all(w.lower in joins for w in between) \
                or not any(w.lower in lex.cue_set("coordinators") for w in between):
            break
        group.append(mm)
    return group


def _common_noun_chain(view: SentenceView, first: int, head: int, lex: Lexicon) -> bool:
    """'Les missions d'observation de la Cédéao', 'La misión de observación electoral de la OEA':
    the subject's head is a short chain of common nouns and adjectives joined by genitive markers,
    no name and no other trigger in it; it is a body of the organisation its last genitive names."""
    skip = lex.cue_set("articles") | lex.cue_set("skip_words") | lex.cue_set("genitive_markers")
    words = view.words[first:head + 1]
    if head - first > 6 or any(mm.first <= head and mm.last >= first for mm in view.mentions) \
            or any(first <= k <= head for k in view.trigger_anchors):
        return False
    return all(w.lower in skip or (w.text.isalpha() and (w.text.islower() or w.i == first)) for w in words)


def _named_body(view: SentenceView, first: int, head: int, lex: Lexicon) -> bool:
    """'La Misión de Verificación de la ONU pidió ...', 'El Programa Mundial de Alimentos de la ONU':
    the subject's head is a capitalised name of several words (joined by genitive markers) that is
    no known actor; it is a body of the organisation its last genitive names."""
    skip = lex.cue_set("articles") | lex.cue_set("skip_words")
    words = [w for w in view.words[first:head + 1] if w.lower not in skip]
    if not words or head - first > 7 or not words[0].text[:1].isupper():
        return False
    joins = lex.cue_set("genitive_markers") | lex.cue_set("coordinators")
    return all(w.text[:1].isupper() or w.lower in joins for w in words)


def _dropped_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> bool:
    """'Además, convocó al encargado de negocios': a language that drops subject pronouns
    (grammar.json pro_drop) opens a sentence with its verb, only adverbs and commas before it, or
    after a fronted phrase set off by a comma that names no one ('Al mismo tiempo, instó a Pekín',
    'Por la tarde, convocó al embajador': as 'Zugleich forderte er Peking auf', `_inverted_pronoun`)."""
    if not lex.grammar.get("pro_drop") or clause.index != 0:
        return False
    skip = lex.cue_set("skip_words") | lex.cue_set("sentence_adverbs")
    before = view.words[clause.first:trigger_index]
    fronted = bool(before) and before[-1].lower == "," \
        and not any(clause.first <= mm.first < trigger_index for mm in view.mentions)
    return fronted or all(w.lower in skip or not w.text[:1].isalnum() for w in before)


def _pronoun_subject(view: SentenceView, clause, trigger_index: int, lex: Lexicon) -> bool:
    """'Het verweet Stockholm onderdak te bieden', 'Sie warfen Frankreich vor', 'They accused
    Kyiv': a subject pronoun (grammar.json subject_pronouns) up to two words before the verb,
    auxiliaries not counted."""
    pronouns, auxiliaries = lex.cue_set("subject_pronouns"), lex.cue_set("auxiliaries")
    if lex.grammar.get("verb_final") and trigger_index == clause.first + 1 and clause.opener == "," \
            and trigger_index + 1 <= clause.last and view.words[trigger_index + 1].lower in pronouns:
        return True     # verb-second after a fronted clause: 'Deutschland schiebe ..., warf er Berlin vor'
    articles = lex.cue_set("articles")
    for k in range(max(clause.first, trigger_index - 4), trigger_index):
        # 'Il avait aussi menacé de fermer l'industrie automobile canadienne': an auxiliary between
        # the pronoun and the verb does not count
        between = [w for w in view.words[k + 1:trigger_index] if w.lower not in auxiliaries]
        # ... but a word that is also an article stands right before its verb ('Na het gesprek
        # bekritiseerde Rutte China': 'het gesprek' is a noun phrase, not 'het' + adverb)
        if view.words[k].lower in pronouns and len(between) <= (0 if view.words[k].lower in articles else 1):
            return True
    return False


def _pronoun_opens(view: SentenceView, clause, unmarked: list[MarkedMention], trigger_index: int,
                   lex: Lexicon) -> int | None:
    """'..., als er afrikanischen Staatschefs Undankbarkeit vorwarf', '..., toen hij Rusland
    beschuldigde': in a verb-final subordinate clause a subject pronoun right after the opener is the
    subject, and the names between it and the verb are objects (its index; None otherwise)."""
    at = clause.first + 1
    if bool(lex.grammar.get("verb_final")) and clause.opener not in {"", ","} \
            and clause.opener not in lex.cue_set("relative_pronouns") and at < trigger_index \
            and view.words[at].lower in lex.cue_set("subject_pronouns") \
            and any(at < mm.first < trigger_index for mm in unmarked):
        return at
    return None


def _inverted_pronoun(view: SentenceView, clause, verb: int, lex: Lexicon, victim: bool) -> int | None:
    """'Zugleich warf er Washington vor', 'Am Abend hat sie den Botschafter einbestellt', 'Daarnaast
    beschuldigde hij Rusland', 'Gisteren heeft zij de ambassadeur ontboden': a main clause of a
    verb-second language (grammar.json verb_final) puts its finite verb (the trigger, or an auxiliary
    before it) after a fronted adverb or phrase, and its subject right after that verb; a subject
    pronoun there is the subject, and the names after it are objects (its index; None otherwise). `verb`
    is the trigger's first word ('ontbood hij de Russische ambassadeur'). Not when a name with no marker
    comes before the finite verb (that name is the subject) and the pronoun may be an object too ('ze',
    'sie'; a pronoun only ever a subject, 'hij', 'er', makes that name the object), nor for an act done
    to someone when the pronoun may be its object ('Wenige Tage später nahm sie die Polizei fest', 'the police arrested
    her': grammar.json object_form_pronouns)."""
    if not lex.grammar.get("verb_final") or clause.opener not in {"", ","}:
        return None
    auxiliaries = lex.cue_set("auxiliaries")
    finite = next((k for k in range(clause.first, verb) if view.words[k].lower in auxiliaries), verb)
    if finite == clause.first or finite + 1 > min(clause.last, verb + 1):
        return None
    pronoun = view.words[finite + 1].lower
    # ('De Amerikanen noemde hij verraders', 'Israel warf er Völkermord vor': a pronoun that is only ever a
    # subject makes the name fronted before the finite verb its object, coreference resolved or not)
    nominative = pronoun in lex.cue_set("subject_pronouns") - lex.cue_set("object_form_pronouns")
    fronted = any(clause.first <= mm.first < finite and not mm.marker for mm in view.mentions)
    if fronted and nominative:
        return finite + 1
    # (Dutch 'het' is 'the' too: 'Daarna veroordeelde het ministerie Rusland'; a pronoun coreference
    # resolved is a mention, the first name and so the subject already)
    if fronted or pronoun not in lex.cue_set("subject_pronouns") - lex.cue_set("articles") \
            or (victim and pronoun in lex.cue_set("object_form_pronouns")) \
            or any(mm.first == finite + 1 for mm in view.mentions):
        return None
    return finite + 1


def _fronted_object(view: SentenceView, trigger_index: int, in_clause: list[MarkedMention],
                    lex: Lexicon) -> tuple[list[MarkedMention], list[MarkedMention]] | None:
    """'Het voorstel van Oekraïne wees Rusland af', 'Een volledig staakt-het-vuren, waarmee Kyiv had
    ingestemd, wees hij af', 'Den Vorschlag Kiews lehnte Moskau ab', 'Diesen Plan hatte Washington
    abgelehnt', 'La propuesta de Kiev la rechazó Moscú': a sentence that opens with a noun phrase that
    is no subject puts its subject (a name, or a pronoun as in `_inverted_pronoun`) right after the
    finite verb (the trigger, or an auxiliary before it). Where verbs end their clause (grammar.json
    verb_final) the phrase is an object when an article of an object case opens it
    (object_case_articles) or its head is a thing one proposes, offers or demands (`_thing_head`);
    elsewhere when an object clitic takes it up right before the verb (clitic_objects: 'la rechazó').
    (the subject named, empty for a pronoun; the parties the phrase names: whose proposal it was, the
    one the act answers); None otherwise."""
    pronouns = lex.cue_set("subject_pronouns") - lex.cue_set("articles")

    def subject_after(k: int) -> bool:
        return k + 1 < len(view.words) and (view.words[k + 1].lower in pronouns or any(
            mm.first == k + 1 and not mm.marker and mm.mention.country for mm in in_clause))

    # the finite verb: the trigger or the auxiliary nearest before it, with the subject right after it
    finite = next((k for k in range(trigger_index, 1, -1) if subject_after(k)
                   and (k == trigger_index or view.words[k].lower in lex.cue_set("auxiliaries"))), None)
    # (a name or title that opens the sentence is a subject, or an object its article marks: 'Den Haag
    # warf Moskau vor', 'Der Regierung in Kiew warf Moskau vor', clauses._mark_fronted_objects)
    if finite is None or any(mm.first <= 1 and mm.mention.kind != "demonym" for mm in view.mentions):
        return None
    determined = view.words[0].lower in lex.cue_set("articles") | lex.cue_set("anaphoric_determiners")
    if lex.grammar.get("verb_final"):
        if not (view.words[0].lower in lex.cue_set("object_case_articles") or _thing_head(view, finite, determined, lex)):
            return None
    elif not (determined and lex.grammar.get("clitic_objects")
              and view.words[finite - 1].lower in lex.cue_set("object_pronouns") | lex.cue_set("plural_object_pronouns")):
        return None
    named = [mm for mm in in_clause if mm.first == finite + 1]
    subject = coordination.coordinated(named[0], in_clause, view, lex) if named else []
    own = {mm.mention.country for mm in subject}
    owners = [mm for mm in view.mentions if mm.last < finite and mm.mention.country and mm.mention.country not in own]
    return subject, coordination.coordinated(owners[0], owners, view, lex, one_phrase=True) if owners else []


def _thing_head(view: SentenceView, end: int, determined: bool, lex: Lexicon) -> bool:
    """The phrase that opens the sentence (words before `end`) has as its head, after its article
    (`determined`) and at most two adjectives, or with no article as its first word ('Aanbiedingen van
    reddingsteams'), a noun of a thing one proposes, offers or demands (grammar.json
    fronted_object_nouns), or a compound that ends with one ('vredesplan', 'Hilfsangebote'); a short
    one ('eis') only alone."""
    nouns = lex.cue_set("fronted_object_nouns")
    for w in view.words[int(determined):min(end, 4 if determined else 1)]:
        for form in {w.lower, w.lemma}:
            if form in nouns or any(len(noun) > 3 and form.endswith(noun) for noun in nouns):
                return True
        if not w.text.isalpha() and "-" not in w.text:
            return False
    return False


def _own_pronoun(view: SentenceView, clause, lex: Lexicon) -> bool:
    """'said that it had accepted offers from Spain, Qatar ...': a subject pronoun right after the
    opener is the clause's subject, whether 'that' opens a complement or a relative clause."""
    k = clause.first + 1
    return k <= clause.last and view.words[k].lower in lex.cue_set("subject_pronouns")


def _root(mm: MarkedMention, view: SentenceView) -> int:
    """The mention's syntactic head word: the one whose head lies outside the mention."""
    for k in range(mm.first, mm.last + 1):
        if not (mm.first <= view.words[k].head <= mm.last) or view.words[k].head == k:
            return k
    return mm.last


def _governs(verb: int, word: int, view: SentenceView) -> bool:
    """True when `word` hangs on `verb` directly, or on a verb coordinated with it or an
    auxiliary of it ('Rusland heeft ... verwijderd', 'zien en waarderen')."""
    head = view.words[word].head
    if head == verb:
        return True
    return head >= 0 and view.words[verb].dep == "conj" and view.words[verb].head == head


def _from_parse(trigger_index: int, unmarked: list[MarkedMention], view: SentenceView):
    """(actors, recipients) from the trigger's nsubj / obj dependents, or None without a parse
    or when the parse names no subject among the mentions (then the lexical rules decide)."""
    if not view.words or view.words[trigger_index].head < 0 and not view.words[trigger_index].dep:
        return None
    subjects, objects = [], []
    for mm in unmarked:
        root = _root(mm, view)
        dep = view.words[root].dep
        if not _governs(trigger_index, root, view):
            continue
        if dep.startswith("nsubj") and not dep.endswith("pass"):
            subjects.append(mm)
        elif dep in {"obj", "iobj", "nsubj:pass"}:
            objects.append(mm)
    if not subjects:
        return None
    return subjects, objects
